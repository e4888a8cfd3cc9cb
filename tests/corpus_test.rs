//! Runs every script under `tests/corpus/` through minipy, snapshots its stdout, stderr
//! and exit status with insta, and checks the same three against `python3` (CPython
//! 3.11), so a snapshot can never enshrine a wrong answer.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
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

/// The checkout's location differs between machines; tracebacks name it.
fn unroot(text: &str) -> String {
    let root = corpus_dir();
    let canon = root.canonicalize().unwrap_or(root.clone());
    text.replace(&format!("{}/", canon.display()), "")
        .replace(&format!("{}/", root.display()), "")
}

fn run(program: &str, rel: &str) -> Outcome {
    let output = Command::new(program)
        .arg(rel)
        .current_dir(corpus_dir())
        .env("PYTHONHASHSEED", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    Outcome {
        stdout: redact(&unroot(&String::from_utf8_lossy(&output.stdout))),
        stderr: redact(&unroot(&String::from_utf8_lossy(&output.stderr))),
        status: output.status.code().unwrap_or(-1),
    }
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

/// Scripts whose output deliberately differs from CPython's, with the reason.
fn known_differences() -> Vec<String> {
    let text = std::fs::read_to_string(corpus_dir().join("DIFFERENCES.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(':').next().map(|s| s.trim().to_string()))
        .collect()
}

fn render(o: &Outcome) -> String {
    format!(
        "--- stdout\n{}--- stderr\n{}--- status {}\n",
        o.stdout, o.stderr, o.status
    )
}

#[test]
fn corpus() {
    let root = corpus_dir();
    let mut files = Vec::new();
    scripts(&root, &mut files);
    assert!(
        files.len() > 10,
        "the corpus went missing: {} scripts",
        files.len()
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
                let Some(path) = files.get(i) else { break };
                let rel = path
                    .strip_prefix(&root)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .replace('\\', "/");
                let ours = run(minipy, &rel);
                if parity && !skip.contains(&rel) {
                    let theirs = run("python3", &rel);
                    if render(&ours) != render(&theirs) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(format!(
                                "{rel}: differs from python3\n=== minipy\n{}=== python3\n{}",
                                render(&ours),
                                render(&theirs)
                            ));
                    }
                }
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((path.clone(), rel, ours));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.1.cmp(&b.1));
    let mut snapshot_failures = Vec::new();
    for (path, rel, ours) in &results {
        let dir = path.parent().unwrap_or(&root).to_path_buf();
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(dir);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_input_file(path);
        let body = render(ours);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.as_str(), body));
        }));
        if r.is_err() {
            snapshot_failures.push(rel.clone());
        }
    }
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    for f in &failures {
        eprintln!("{f}");
    }
    eprintln!(
        "corpus: {} scripts, {} parity failures, {} snapshot failures",
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
