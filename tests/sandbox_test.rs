//! The command line's capabilities: the process's own by default, nothing with
//! `--sandbox`, single directories with `--mount` (read-only unless `::rw`), the
//! environment with `--allow-env`. Escapes through `..`, absolute paths and symlinks
//! are refused with PermissionError.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Run {
    stdout: String,
    stderr: String,
    status: i32,
}

fn minipy_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot start minipy: {e}"));
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

/// A fresh directory under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("minipy-sandbox-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("make temp dir");
        TempDir(dir.canonicalize().expect("canonical temp dir"))
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn s(&self) -> String {
        self.0.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A script that prints the exception type (or "ok") for each statement.
fn probe(lines: &[&str]) -> String {
    let mut s = String::from("import os\nimport platform\n");
    for line in lines {
        s.push_str(&format!(
            "try:\n    r = {line}\n    print('ok', repr(r))\nexcept Exception as e:\n    print(type(e).__name__)\n"
        ));
    }
    s
}

fn run_probe(dir: &Path, flags: &[&str], lines: &[&str]) -> Vec<String> {
    let code = probe(lines);
    let mut args: Vec<&str> = flags.to_vec();
    args.push("-c");
    args.push(&code);
    let r = minipy_in(dir, &args);
    assert_eq!(r.status, 0, "stderr: {}", r.stderr);
    r.stdout.lines().map(str::to_string).collect()
}

#[test]
fn default_grants_the_process_access() {
    let tmp = TempDir::new("default");
    std::fs::write(tmp.path().join("f.txt"), "hi").expect("write");
    let out = run_probe(
        tmp.path(),
        &[],
        &[
            "os.listdir('.')",
            "len(os.environ) > 0",
            "os.getcwd() == os.path.realpath('.')",
        ],
    );
    assert_eq!(out, ["ok ['f.txt']", "ok True", "ok True"]);
}

#[test]
fn sandbox_grants_nothing() {
    let tmp = TempDir::new("none");
    std::fs::write(tmp.path().join("helper.py"), "X = 1\n").expect("write");
    let out = run_probe(
        tmp.path(),
        &["--sandbox"],
        &[
            "os.listdir('.')",
            "os.listdir('/')",
            "os.scandir('.')",
            "os.stat('/etc/passwd')",
            "os.getcwd()",
            "len(os.environ)",
            "os.getenv('PATH')",
            "os.path.exists('/etc')",
            "os.path.isdir('.')",
            "os.mkdir('new')",
            "os.remove('helper.py')",
            "os.path.abspath('/a/../b')",
            "os.path.abspath('x')",
            "platform.node()",
            "exec('import helper')",
        ],
    );
    assert_eq!(
        out,
        [
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "ok 0",
            "ok None",
            "ok False",
            "ok False",
            "PermissionError",
            "PermissionError",
            "ok '/b'",
            "PermissionError",
            "ok ''",
            "ModuleNotFoundError",
        ]
    );
    assert!(tmp.path().join("helper.py").exists());
    assert!(!tmp.path().join("new").exists());
}

#[test]
fn sandbox_refuses_open() {
    let tmp = TempDir::new("open");
    std::fs::write(tmp.path().join("f.txt"), "hi").expect("write");
    let out = run_probe(
        tmp.path(),
        &["--sandbox"],
        &[
            "open('f.txt').read()",
            "open('g.txt', 'w')",
            "open('/etc/passwd', 'rb')",
        ],
    );
    assert_eq!(
        out,
        ["PermissionError", "PermissionError", "PermissionError"]
    );
    assert!(!tmp.path().join("g.txt").exists());
}

#[test]
fn allow_env_shows_the_environment_in_a_sandbox() {
    let tmp = TempDir::new("env");
    let out = run_probe(
        tmp.path(),
        &["--sandbox", "--allow-env"],
        &["len(os.environ) > 0", "os.getenv('PATH') is not None"],
    );
    assert_eq!(out, ["ok True", "ok True"]);
}

/// A host tree: `inner/` (mounted) with a file, a subdirectory, and symlinks leading
/// inside and outside; `secret.txt` beside it.
fn tree(tag: &str) -> TempDir {
    let tmp = TempDir::new(tag);
    let inner = tmp.path().join("inner");
    std::fs::create_dir_all(inner.join("sub")).expect("mkdir");
    std::fs::write(inner.join("f.txt"), "inside").expect("write");
    std::fs::write(inner.join("sub/g.txt"), "deeper").expect("write");
    std::fs::write(tmp.path().join("secret.txt"), "outside").expect("write");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), inner.join("out.txt"))
            .expect("symlink");
        std::os::unix::fs::symlink(tmp.path(), inner.join("up")).expect("symlink");
        std::os::unix::fs::symlink("f.txt", inner.join("alias.txt")).expect("symlink");
    }
    tmp
}

#[test]
fn a_read_only_mount_allows_reading_its_directory_only() {
    let tmp = tree("ro");
    let spec = format!("{}/inner::/data", tmp.s());
    let out = run_probe(
        tmp.path(),
        &["--mount", &spec],
        &[
            "os.getcwd()",
            "os.listdir('/')",
            "sorted(os.listdir('/data'))",
            "os.listdir('/data/sub')",
            "[(e.name, e.path, e.is_dir()) for e in os.scandir('/')]",
            "sorted(e.name for e in os.scandir('/data') if e.name != 'out.txt' and e.name != 'up' and e.is_file())",
            // An entry that leads out of the mount cannot be asked about.
            "[e.is_file() for e in os.scandir('/data') if e.name == 'out.txt']",
            "[e.stat().st_size for e in os.scandir('/data/sub')]",
            "os.stat('/data/f.txt').st_size",
            "os.path.getsize('data/sub/g.txt')",
            "os.path.isdir('/')",
            "os.path.isfile('/data/f.txt')",
            "os.path.abspath('data/./sub/..')",
            "os.stat('/data/alias.txt').st_size",
            "open('/data/f.txt').read()",
            "open('data/sub/g.txt', 'rb').read()",
            "open('/data/new.txt', 'w')",
            "open('/data/f.txt', 'a')",
            "open('/data/f.txt', 'r+')",
            "open('/data/out.txt').read()",
            "open('/data/up/secret.txt').read()",
            // Writes are refused on a read-only mount.
            "os.mkdir('/data/new')",
            "os.remove('/data/f.txt')",
            "os.rename('/data/f.txt', '/data/h.txt')",
            "os.rmdir('/data/sub')",
            // Escapes: `..` stops at the root, absolute host paths are not mounted,
            // symlinks leading out are refused.
            "os.stat('/data/../secret.txt')",
            "os.stat('/data/../../../etc/passwd')",
            &format!("os.stat({:?})", format!("{}/secret.txt", tmp.s())),
            "os.stat('/etc/passwd')",
            "os.stat('/data/out.txt')",
            "os.listdir('/data/up')",
            "os.path.exists('/data/up/secret.txt')",
            "len(os.environ)",
        ],
    );
    let sorted = "ok ['alias.txt', 'f.txt', 'out.txt', 'sub', 'up']";
    assert_eq!(
        out,
        [
            "ok '/'",
            "ok ['data']",
            sorted,
            "ok ['g.txt']",
            "ok [('data', '/data', True)]",
            "ok ['alias.txt', 'f.txt']",
            "PermissionError",
            "ok [6]",
            "ok 6",
            "ok 6",
            "ok True",
            "ok True",
            "ok '/data'",
            "ok 6",
            "ok 'inside'",
            "ok b'deeper'",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "ok False",
            "ok 0",
        ]
    );
    let inner = tmp.path().join("inner");
    assert!(inner.join("f.txt").exists() && inner.join("sub").exists());
    assert!(!inner.join("new").exists());
}

#[test]
fn a_writable_mount_allows_changes_inside_it() {
    let tmp = tree("rw");
    let spec = format!("{}/inner::/work::rw", tmp.s());
    let out = run_probe(
        tmp.path(),
        &["--mount", &spec],
        &[
            "os.mkdir('/work/new')",
            "open('/work/new/w.txt', 'w').write('written')",
            "open('/work/new/w.txt').read()",
            "open('/work/../w.txt', 'w')",
            "os.makedirs('/work/a/b/c', exist_ok=True)",
            "os.makedirs('/work/a/b', exist_ok=True)",
            "os.rename('/work/f.txt', '/work/new/f2.txt')",
            "os.remove('/work/sub/g.txt')",
            "os.rmdir('/work/sub')",
            "sorted(os.listdir('/work'))",
            "os.mkdir('/work/../escape')",
            "os.remove('/work/up/secret.txt')",
            "os.makedirs('/elsewhere/x')",
            "os.mkdir('/work/new')",
        ],
    );
    assert_eq!(
        out,
        [
            "ok None",
            "ok 7",
            "ok 'written'",
            "PermissionError",
            "ok None",
            "ok None",
            "ok None",
            "ok None",
            "ok None",
            "ok ['a', 'alias.txt', 'new', 'out.txt', 'up']",
            "PermissionError",
            "PermissionError",
            "PermissionError",
            "FileExistsError",
        ]
    );
    let inner = tmp.path().join("inner");
    assert_eq!(
        std::fs::read_to_string(inner.join("new/f2.txt")).unwrap_or_default(),
        "inside"
    );
    assert!(inner.join("a/b/c").is_dir());
    assert!(!tmp.path().join("escape").exists());
    assert!(tmp.path().join("secret.txt").exists());
}

#[test]
fn two_mounts_and_a_read_only_one_beside_a_writable_one() {
    let tmp = tree("two");
    let ro = format!("{}/inner/sub::/ro", tmp.s());
    let rw = format!("{}/inner::/rw::rw", tmp.s());
    let out = run_probe(
        tmp.path(),
        &["--mount", &ro, "--mount", &rw],
        &[
            "os.listdir('/')",
            "os.listdir('/ro')",
            "os.mkdir('/ro/x')",
            "os.mkdir('/rw/x')",
            "os.path.isdir('/rw/sub/../x')",
        ],
    );
    assert_eq!(
        out,
        [
            "ok ['ro', 'rw']",
            "ok ['g.txt']",
            "PermissionError",
            "ok None",
            "ok True"
        ]
    );
}

#[test]
fn bad_mount_specs_are_usage_errors() {
    let tmp = TempDir::new("bad");
    let file = tmp.path().join("file.txt");
    std::fs::write(&file, "x").expect("write");
    let specs = [
        "nodest".to_string(),
        format!("{}::relative", tmp.s()),
        format!("{}::/v::rx", tmp.s()),
        format!("{}::/v::rw::extra", tmp.s()),
        format!("{}/missing::/v", tmp.s()),
        format!("{}::/v", file.display()),
        "::/v".to_string(),
    ];
    for spec in &specs {
        let r = minipy_in(tmp.path(), &["--mount", spec, "-c", "print(1)"]);
        assert_eq!(r.status, 2, "{spec}: {}", r.stderr);
        assert!(r.stderr.contains("error:"), "{spec}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn help_lists_the_sandbox_flags() {
    let tmp = TempDir::new("help");
    let r = minipy_in(tmp.path(), &["--help"]);
    assert_eq!(r.status, 0);
    for flag in ["--sandbox", "--mount", "--allow-env"] {
        assert!(
            r.stdout.contains(flag),
            "{flag} missing from:\n{}",
            r.stdout
        );
    }
}
