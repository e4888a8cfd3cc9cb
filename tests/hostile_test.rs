//! Hostile sweep: runs `tests/hostile/sweep.py SECTION` through the `minipy` binary for
//! every section (each built-in type, module and the builtins, plus `edges`: exact overflow
//! boundaries, and `limits`: native loops that must stop at the limits), with
//! `--max-steps`, `--max-memory
//! 256M`, `--timeout`, a 2 MiB main-thread stack (`ulimit -s 2048`) and a 2 GiB address
//! space (`ulimit -v`, so a run that allocates past the memory limit aborts instead of
//! exhausting the machine). It asserts the interpreter never crashes: exit status 0, or 1
//! for a resource limit ("minipy: ... limit exceeded"); never a panic (101), an abort or
//! stack overflow (SIGABRT, SIGSEGV), an uncaught exception escaping the script's own
//! `except BaseException`, or a hang the limits do not stop.
//!
//! The script prints each case's number and label before running it. A run that ends on
//! a limit is resumed after the case that hit it; so is a run that crashed, so one test
//! run reports every crashing case of a section (up to a cap), each with its label.
//! Reproduce one with `minipy tests/hostile/sweep.py SECTION N` (its last stdout line
//! names the case).
//!
//! `HOSTILE_SECTIONS=bytes,list cargo test --test hostile` runs only those sections.

#![cfg(unix)]

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Longest first, so the two workers finish together (`limits` is a series of one-second
/// runs once its cases stop at the limits).
const SECTIONS: &[&str] = &[
    "limits",
    "bytes",
    "bytearray",
    "str",
    "memoryview",
    "builtins",
    "list",
    "dict",
    "array",
    "frozenset",
    "set",
    "tuple",
    "int",
    "float",
    "range",
    "struct",
    "math",
    "exceptions",
    "iterators",
    "slice",
    "deep",
    "edges",
    "sys",
];

const WORKERS: usize = 2;
/// `--timeout` given to minipy (a whole run); the test kills a run that outlives it by
/// `GRACE`. Each `limits` case is meant to end on a limit, and runs alone after a restart,
/// so that section gets one second; `edges` cases are meant to end at once.
const TIMEOUT_SECS: u64 = 20;
const LIMITS_TIMEOUT_SECS: u64 = 1;
const EDGES_TIMEOUT_SECS: u64 = 3;
const GRACE: Duration = Duration::from_secs(8);
/// Address-space cap (KiB) for the child: far above `--max-memory 256M`, so a run that
/// allocates past the memory limit aborts instead of exhausting the machine.
const ADDRESS_SPACE_KIB: u64 = 2 << 20;
const MAX_STEPS: u64 = 50_000_000;
/// Crashing cases reported per section before the section is abandoned.
const MAX_CRASHES: usize = 12;
/// Runs per section (each limit or crash costs one restart).
const MAX_RUNS: usize = 400;

fn sweep_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile/sweep.py")
}

struct Run {
    /// `Some(code)` for a normal exit, `None` for a signal or a kill.
    code: Option<i32>,
    signal: Option<i32>,
    killed: bool,
    stdout: String,
    stderr: String,
}

fn timeout_for(section: &str) -> u64 {
    match section {
        "limits" => LIMITS_TIMEOUT_SECS,
        "edges" => EDGES_TIMEOUT_SECS,
        _ => TIMEOUT_SECS,
    }
}

fn run_once(section: &str, start: usize) -> Run {
    let minipy = env!("CARGO_BIN_EXE_minipy");
    let script = sweep_script();
    let timeout = timeout_for(section);
    // A 2 MiB main-thread stack, like a small embedding thread, and a bounded address space.
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -s 2048 && ulimit -v {ADDRESS_SPACE_KIB} && exec \"$0\" \"$@\""
        ))
        .arg(minipy)
        .arg("--max-steps")
        .arg(MAX_STEPS.to_string())
        .arg("--max-memory")
        .arg("256M")
        .arg("--timeout")
        .arg(timeout.to_string())
        .arg(&script)
        .arg(section)
        .arg(start.to_string())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {minipy}: {e}"));
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + Duration::from_secs(timeout) + GRACE;
    let mut killed = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if Instant::now() >= deadline {
                    let _ = child.kill();
                    killed = true;
                    break child.wait().expect("wait");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("waiting for minipy: {e}"),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Run {
        code: status.code(),
        signal: status.signal(),
        killed,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// The last case the script announced: its number and label.
fn last_case(section: &str, stdout: &str) -> Option<(usize, String)> {
    let tag = format!(" {section} ");
    stdout.lines().rev().find_map(|line| {
        let (num, rest) = line.split_once(' ')?;
        let n: usize = num.parse().ok()?;
        let label = format!(" {rest}").strip_prefix(&tag)?.to_string();
        Some((n, label))
    })
}

fn done_count(section: &str, stdout: &str) -> Option<usize> {
    let tag = format!("DONE {section} ");
    stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix(&tag)?.trim().parse().ok())
}

fn is_limit(run: &Run) -> bool {
    let e = run.stderr.trim();
    run.code == Some(1)
        && e.starts_with("minipy: ")
        && e.contains("limit")
        && e.contains("exceeded")
}

/// What went wrong, in one line: the panic message or the tail of stderr.
fn describe(run: &Run, section: &str) -> String {
    let what = if run.killed {
        format!(
            "hang: still running {}s after its --timeout {}",
            GRACE.as_secs(),
            timeout_for(section)
        )
    } else if let Some(sig) = run.signal {
        format!("killed by signal {sig}")
    } else {
        format!("exit status {}", run.code.unwrap_or(-1))
    };
    let lines: Vec<&str> = run.stderr.lines().collect();
    let detail = match lines.iter().position(|l| l.contains("panicked at")) {
        Some(i) => format!(
            "{} {}",
            lines[i].trim(),
            lines.get(i + 1).map(|s| s.trim()).unwrap_or("")
        ),
        None => {
            let tail: Vec<&str> = lines
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect();
            tail[tail.len().saturating_sub(3)..].join(" | ")
        }
    };
    let detail: String = detail.chars().take(400).collect();
    format!("{what}: {detail}")
}

struct Report {
    section: String,
    cases: Option<usize>,
    runs: usize,
    limits: Vec<String>,
    crashes: Vec<String>,
    secs: f64,
}

fn sweep_section(section: &str) -> Report {
    let t0 = Instant::now();
    let mut start = 0usize;
    let mut runs = 0usize;
    let mut limits = Vec::new();
    let mut crashes = Vec::new();
    let mut cases = None;
    while runs < MAX_RUNS {
        runs += 1;
        let run = run_once(section, start);
        if run.code == Some(0) {
            if let Some(n) = done_count(section, &run.stdout) {
                cases = Some(n);
                break;
            }
        }
        let Some((n, label)) = last_case(section, &run.stdout) else {
            crashes.push(format!(
                "before any case (from case {start}): {}",
                describe(&run, section)
            ));
            break;
        };
        if is_limit(&run) {
            limits.push(format!("case {n} `{label}`: {}", run.stderr.trim()));
        } else {
            crashes.push(format!("case {n} `{label}`: {}", describe(&run, section)));
            if crashes.len() >= MAX_CRASHES {
                crashes.push(format!("(section abandoned after {MAX_CRASHES} crashes)"));
                break;
            }
        }
        start = n + 1;
    }
    if runs >= MAX_RUNS && cases.is_none() {
        crashes.push(format!("(section abandoned after {MAX_RUNS} runs)"));
    }
    Report {
        section: section.to_string(),
        cases,
        runs,
        limits,
        crashes,
        secs: t0.elapsed().as_secs_f64(),
    }
}

#[test]
fn hostile_sweep() {
    assert!(
        sweep_script().exists(),
        "missing {}",
        sweep_script().display()
    );
    let wanted: Vec<String> = match std::env::var("HOSTILE_SECTIONS") {
        Ok(s) if !s.trim().is_empty() => s.split(',').map(|x| x.trim().to_string()).collect(),
        _ => SECTIONS.iter().map(|s| s.to_string()).collect(),
    };
    let next = Mutex::new(0usize);
    let reports = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                    *n += 1;
                    *n - 1
                };
                let Some(section) = wanted.get(i) else { break };
                let r = sweep_section(section);
                reports.lock().unwrap_or_else(|e| e.into_inner()).push(r);
            });
        }
    });
    let mut reports = reports.into_inner().unwrap_or_else(|e| e.into_inner());
    reports.sort_by_key(|r| wanted.iter().position(|w| *w == r.section));
    let mut failures = Vec::new();
    for r in &reports {
        eprintln!(
            "hostile {:<11} {:>6} cases  {:>3} runs  {:>2} limits  {:>2} crashes  {:5.1}s",
            r.section,
            r.cases.map(|n| n.to_string()).unwrap_or_else(|| "?".into()),
            r.runs,
            r.limits.len(),
            r.crashes.len(),
            r.secs
        );
        for l in r.limits.iter().take(3) {
            eprintln!("    limit: {l}");
        }
        if r.limits.len() > 3 {
            eprintln!("    limit: ... and {} more", r.limits.len() - 3);
        }
        for c in &r.crashes {
            failures.push(format!("{}: {c}", r.section));
        }
    }
    assert!(
        failures.is_empty(),
        "{} crashing cases (reproduce one with `minipy tests/hostile/sweep.py SECTION N`):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
