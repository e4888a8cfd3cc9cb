//! Runs every program folder under `tests/programs/` through minipy and `python3`
//! (CPython 3.11) and checks that both print the same stdout and stderr, exit with the
//! same status and leave the same files behind; the minipy side is snapshotted with insta
//! beside the folder (`tests/programs/<name>.snap`).
//!
//! A folder holds `main.py` and whatever modules, packages and data files it needs, plus
//! optionally:
//! - `args`: the program's arguments, one a line;
//! - `stdin`: what the program reads from standard input;
//! - `run`: one line of interpreter arguments that replace `main.py` (`-m pkg.tool`);
//! - `env`: `NAME=value` lines set for the run (`MINIPYPATH` is given to `python3` as
//!   `PYTHONPATH`; `{dir}` in a value is the run's directory).
//!
//! Each run gets its own copy of the folder in a fresh temporary directory and runs with
//! that copy as its working directory, so programs may write files; the copy's path is
//! shown as `<dir>` in the output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// The control files of a program folder: read by the runner, not part of the program.
const CONTROL: &[&str] = &["args", "stdin", "run", "env"];

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
    /// Files created, changed or removed by the run: name -> new content (None: removed).
    files: BTreeMap<String, Option<String>>,
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs")
}

fn program_folders() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(programs_dir()) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && (p.join("main.py").is_file() || p.join("run").is_file()))
        .collect();
    out.sort();
    out
}

/// Every file under `dir` (relative name -> bytes), `__pycache__` left out.
fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let Some(name) = p.file_name() else { continue };
        if name == "__pycache__" {
            continue;
        }
        let dest = to.join(name);
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap_or_else(|e| panic!("cannot copy {}: {e}", p.display()));
        }
    }
}

/// A fresh, empty directory for one run of one program.
fn scratch(name: &str, who: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "minipy-programs-{}-{name}-{who}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Addresses differ between runs and implementations.
fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let n = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        if n >= 6 && (rest[..i].ends_with("at ") || rest[..i].ends_with("at\t")) {
            out.push_str("0x…");
        } else {
            out.push_str(&rest[i..i + 2 + n]);
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

/// The temporary copy's path differs between runs: it is shown as `<dir>`.
fn normalise(text: &str, dir: &Path) -> String {
    let canon = dir.canonicalize().unwrap_or(dir.to_path_buf());
    redact(
        &text
            .replace(&canon.display().to_string(), "<dir>")
            .replace(&dir.display().to_string(), "<dir>"),
    )
}

fn run(program: &str, folder: &Path, who: &str) -> Outcome {
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = scratch(&name, who);
    copy_dir(folder, &dir);
    let before = files_under(&dir);
    let mut cmd = Command::new(program);
    let run_line = lines(&folder.join("run"));
    match run_line.first() {
        Some(line) => cmd.args(line.split_whitespace()),
        None => cmd.arg("main.py"),
    };
    cmd.args(lines(&folder.join("args")));
    cmd.current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .env_remove("MINIPYPATH");
    for line in lines(&folder.join("env")) {
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let k = if k == "MINIPYPATH" && program == "python3" {
            "PYTHONPATH"
        } else {
            k
        };
        cmd.env(k, v.replace("{dir}", &dir.display().to_string()));
    }
    let stdin = folder.join("stdin");
    if stdin.is_file() {
        let file = std::fs::File::open(&stdin).unwrap_or_else(|e| panic!("{e}"));
        cmd.stdin(Stdio::from(file));
    } else {
        cmd.stdin(Stdio::null());
    }
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let after = files_under(&dir);
    let mut files = BTreeMap::new();
    for (k, v) in &after {
        if CONTROL.contains(&k.as_str()) && before.get(k) == Some(v) {
            continue;
        }
        if before.get(k) != Some(v) {
            files.insert(
                k.clone(),
                Some(normalise(&String::from_utf8_lossy(v), &dir)),
            );
        }
    }
    for k in before.keys() {
        if !after.contains_key(k) {
            files.insert(k.clone(), None);
        }
    }
    let outcome = Outcome {
        stdout: normalise(&String::from_utf8_lossy(&output.stdout), &dir),
        stderr: normalise(&String::from_utf8_lossy(&output.stderr), &dir),
        status: output.status.code().unwrap_or(-1),
        files,
    };
    let _ = std::fs::remove_dir_all(&dir);
    outcome
}

fn python_ok() -> bool {
    let Ok(out) = Command::new("python3")
        .arg("-c")
        .arg("import sys; print(sys.version_info >= (3, 11))")
        .output()
    else {
        return false;
    };
    String::from_utf8_lossy(&out.stdout).trim() == "True"
}

/// Programs whose output deliberately differs from CPython's, with the reason.
fn known_differences() -> Vec<String> {
    let text = std::fs::read_to_string(programs_dir().join("DIFFERENCES.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(':').next().map(|s| s.trim().to_string()))
        .collect()
}

fn render(o: &Outcome) -> String {
    let mut out = format!(
        "--- stdout\n{}--- stderr\n{}--- status {}\n",
        o.stdout, o.stderr, o.status
    );
    for (name, content) in &o.files {
        match content {
            Some(text) => out.push_str(&format!("--- file {name}\n{text}\n")),
            None => out.push_str(&format!("--- removed {name}\n")),
        }
    }
    out
}

#[test]
fn programs() {
    let root = programs_dir();
    let folders = program_folders();
    assert!(
        !folders.is_empty(),
        "no program folders under {}",
        root.display()
    );
    let parity = python_ok();
    if !parity {
        eprintln!(
            "\n*** WARNING: python3 >= 3.11 not found: the CPython parity check was SKIPPED ***\n"
        );
    }
    let skip = known_differences();
    let minipy = env!("CARGO_BIN_EXE_minipy");
    let failures = Mutex::new(Vec::<String>::new());
    let next = Mutex::new(0usize);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                    *n += 1;
                    *n - 1
                };
                let Some(folder) = folders.get(i) else { break };
                let name = folder
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let ours = run(minipy, folder, "minipy");
                if parity && !skip.contains(&name) {
                    let theirs = run("python3", folder, "python3");
                    if render(&ours) != render(&theirs) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(format!(
                                "{name}: differs from python3\n=== minipy\n{}=== python3\n{}",
                                render(&ours),
                                render(&theirs)
                            ));
                    }
                }
                results.lock().unwrap_or_else(|e| e.into_inner()).push((
                    folder.clone(),
                    name,
                    ours,
                ));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.1.cmp(&b.1));
    let mut snapshot_failures = Vec::new();
    for (folder, name, ours) in &results {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(&root);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_input_file(folder.join("main.py"));
        let body = render(ours);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.as_str(), body));
        }));
        if r.is_err() {
            snapshot_failures.push(name.clone());
        }
    }
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    for f in &failures {
        eprintln!("{f}");
    }
    eprintln!(
        "programs: {} folders, {} parity failures, {} snapshot failures",
        results.len(),
        failures.len(),
        snapshot_failures.len()
    );
    assert!(
        failures.is_empty() && snapshot_failures.is_empty(),
        "parity: {:?}\nsnapshots: {:?}",
        failures
            .iter()
            .map(|f| f.lines().next().unwrap_or(""))
            .collect::<Vec<_>>(),
        snapshot_failures
    );
}
