//! What an embedded interpreter may reach: nothing by default; mounted directories with
//! their mode; the environment when allowed; modules from memory.

use std::path::{Path, PathBuf};

use minipy::Interpreter;

/// A fresh directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("minipy-host-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("f.txt"), "data").unwrap();
        TempDir(dir.canonicalize().unwrap())
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The exception type a statement raises, or "ok".
fn outcome(py: &mut Interpreter, stmt: &str) -> String {
    let src = format!(
        "import os\ntry:\n    {stmt}\n    outcome = 'ok'\nexcept Exception as e:\n    outcome = type(e).__name__\n"
    );
    py.run("<t>", &src).unwrap();
    py.get_global::<String>("outcome").unwrap()
}

#[test]
fn a_default_interpreter_reaches_nothing() {
    let tmp = TempDir::new("default");
    let mut py = Interpreter::new();
    let f = tmp.path().join("f.txt");
    let f = f.to_string_lossy();
    for stmt in [
        format!("os.stat({f:?})"),
        format!("os.listdir({:?})", tmp.path().to_string_lossy()),
        format!("os.remove({f:?})"),
        "os.getcwd()".to_string(),
        "os.listdir('/')".to_string(),
    ] {
        assert_eq!(outcome(&mut py, &stmt), "PermissionError", "{stmt}");
    }
    assert_eq!(
        outcome(&mut py, "import no_such_module_on_disk"),
        "ModuleNotFoundError"
    );
    py.run("<t>", "n = len(os.environ)\nhas = os.path.exists('/')")
        .unwrap();
    assert_eq!(py.get_global::<i64>("n").unwrap(), 0);
    assert!(!py.get_global::<bool>("has").unwrap());
    assert!(tmp.path().join("f.txt").exists());
}

#[test]
fn mounts_grant_their_directory_and_mode() {
    let ro = TempDir::new("ro");
    let rw = TempDir::new("rw");
    let mut py = Interpreter::new();
    py.mount_dir(ro.path(), "/in", false).unwrap();
    py.mount_dir(rw.path(), "/out", true).unwrap();
    assert!(py
        .mount_dir(ro.path().join("f.txt"), "/file", false)
        .is_err());
    assert!(py
        .mount_dir(ro.path().join("missing"), "/m", false)
        .is_err());
    py.run(
        "<t>",
        "import os\nroot = sorted(os.listdir('/'))\nsize = os.path.getsize('/in/f.txt')",
    )
    .unwrap();
    assert_eq!(py.eval::<String>("repr(root)").unwrap(), "['in', 'out']");
    assert_eq!(py.get_global::<i64>("size").unwrap(), 4);
    assert_eq!(outcome(&mut py, "os.mkdir('/in/x')"), "PermissionError");
    assert_eq!(
        outcome(&mut py, "os.remove('/in/f.txt')"),
        "PermissionError"
    );
    assert_eq!(outcome(&mut py, "os.mkdir('/out/x')"), "ok");
    assert_eq!(
        outcome(&mut py, "os.rename('/out/f.txt', '/out/x/g.txt')"),
        "ok"
    );
    assert_eq!(
        outcome(&mut py, "os.stat('/in/../../etc/passwd')"),
        "PermissionError"
    );
    assert_eq!(
        outcome(&mut py, "os.stat('/etc/passwd')"),
        "PermissionError"
    );
    assert_eq!(
        outcome(&mut py, "os.rename('/in/f.txt', '/out/f.txt')"),
        "PermissionError"
    );
    assert!(rw.path().join("x/g.txt").exists());
    assert!(ro.path().join("f.txt").exists() && !ro.path().join("x").exists());
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_a_mount_are_refused() {
    let outer = TempDir::new("outer");
    let inner = outer.path().join("sub");
    std::os::unix::fs::symlink(outer.path().join("f.txt"), inner.join("link")).unwrap();
    let mut py = Interpreter::new();
    py.mount_dir(&inner, "/", true).unwrap();
    assert_eq!(outcome(&mut py, "os.stat('/link')"), "PermissionError");
    assert_eq!(outcome(&mut py, "os.remove('/link')"), "PermissionError");
    assert_eq!(outcome(&mut py, "os.listdir('/')"), "ok");
    assert_eq!(
        outcome(&mut py, "os.stat('/../f.txt')"),
        "FileNotFoundError"
    );
}

#[test]
fn the_environment_is_shown_only_when_allowed() {
    let mut py = Interpreter::new();
    py.allow_env(true);
    py.run("<t>", "import os\nn = len(os.environ)").unwrap();
    assert!(py.get_global::<i64>("n").unwrap() > 0);
}

#[test]
fn process_access_is_what_python3_has() {
    let mut py = Interpreter::new();
    py.allow_process_access();
    let here = std::env::current_dir().unwrap();
    py.run("<t>", "import os\ncwd = os.getcwd()\nn = len(os.environ)")
        .unwrap();
    assert_eq!(
        py.get_global::<String>("cwd").unwrap(),
        here.to_string_lossy()
    );
    assert!(py.get_global::<i64>("n").unwrap() > 0);
}

#[test]
fn modules_from_memory_and_module_dirs() {
    let tmp = TempDir::new("mods");
    std::fs::write(tmp.path().join("ondisk.py"), "VALUE = 7\n").unwrap();
    let mut py = Interpreter::new();
    py.add_module_source("inmemory", "VALUE = 5\n");
    py.add_module_dir(tmp.path()).unwrap();
    py.run(
        "<t>",
        "import inmemory, ondisk\ntotal = inmemory.VALUE + ondisk.VALUE",
    )
    .unwrap();
    assert_eq!(py.get_global::<i64>("total").unwrap(), 12);
}

#[test]
fn open_follows_the_mounts() {
    let tmp = TempDir::new("open");
    let mut py = Interpreter::new();
    assert_eq!(outcome(&mut py, "open('/x')"), "PermissionError");
    py.mount_dir(tmp.path(), "/m", false).unwrap();
    py.run("<t>", "text = open('/m/f.txt').read()").unwrap();
    assert_eq!(py.get_global::<String>("text").unwrap(), "data");
    assert_eq!(outcome(&mut py, "open('/m/f.txt', 'w')"), "PermissionError");
    assert_eq!(outcome(&mut py, "open('/m/g.txt', 'x')"), "PermissionError");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("f.txt")).unwrap(),
        "data"
    );
}

#[test]
fn standard_input_is_what_the_host_supplies() {
    let mut py = Interpreter::new();
    py.run("<t>", "import sys\nempty = sys.stdin.read()")
        .unwrap();
    assert_eq!(py.get_global::<String>("empty").unwrap(), "");
    let mut py = Interpreter::new();
    py.set_stdin_bytes(b"first\nsecond\n".to_vec());
    py.run("<t>", "import sys\na = input()\nrest = sys.stdin.read()")
        .unwrap();
    assert_eq!(py.get_global::<String>("a").unwrap(), "first");
    assert_eq!(py.get_global::<String>("rest").unwrap(), "second\n");
}

/// Dropping an interpreter flushes what its modules keep open, as CPython's
/// finalization does: a module's functions refer back to its globals, which are
/// emptied first.
#[test]
fn dropping_flushes_files_modules_keep_open() {
    let tmp = TempDir::new("finalize");
    let out = tmp.path().join("log.txt");
    let mut py = Interpreter::new();
    py.mount_dir(tmp.path(), "/data", true).unwrap();
    py.add_module_source(
        "holder",
        "log = open('/data/log.txt', 'w')\ndef write(s):\n    log.write(s)\n",
    );
    py.run("<t>", "import holder\nholder.write('kept')")
        .unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "");
    drop(py);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept");
}
