//! Bombs under limits, through the `minipy` binary: each line of `tests/limits/*.txt` is
//! one program (`\n` in it is a newline; `#` lines are comments).
//!
//! - `timeout-*.txt`: programs that would run for ever. Under `--timeout 1` each must end
//!   with "time limit exceeded" and exit status 1 within 1.2 s; under
//!   `--max-steps 5000000` with "step limit exceeded" (work in built-ins is charged in
//!   steps, so the step limit bounds CPU too).
//! - `memory.txt`: programs that would hold unbounded memory. Under `--max-memory 50M`
//!   each must end with "memory limit exceeded", exit status 1, and a peak RSS at most
//!   50 MiB + the interpreter's own base (the peak RSS of `pass`) + 10%. The peak is the
//!   child's own, from `getrusage`, read by a python3 wrapper (the one process it waits for).

#![cfg(unix)]

#[path = "limits_support.rs"]
mod limits_support;

use limits_support::bombs;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const MAX_MEMORY: u64 = 50 << 20;
const DEADLINE: Duration = Duration::from_millis(1200);
const MAX_STEPS: &str = "5000000";

fn minipy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minipy"))
}

fn stderr_tail(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    lines[lines.len().saturating_sub(3)..].join("\n")
}

/// One test at a time: each runs its bombs two at a time (CI has two cores), and a
/// deadline measured on a machine running more would measure the machine.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs the bombs on two threads, collecting every failure.
fn run_all(bombs: Vec<(String, String)>, check: impl Fn(&str) -> Result<(), String> + Sync) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bombs = std::sync::Mutex::new(bombs.into_iter());
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let next = bombs.lock().map(|mut b| b.next()).ok().flatten();
                let Some((label, program)) = next else { break };
                if let Err(e) = check(&program) {
                    failures
                        .lock()
                        .map(|mut f| f.push(format!("{label}\n    {e}")))
                        .ok();
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_default();
    assert!(
        failures.is_empty(),
        "{} bombs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn expect_limit(out: &Output, what: &str) -> Result<(), String> {
    let err = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(1)
        || !(err.contains(&format!("minipy: {what} limit")) && err.contains("exceeded"))
    {
        return Err(format!(
            "status {:?}, stderr: {}",
            out.status,
            stderr_tail(out)
        ));
    }
    Ok(())
}

#[test]
fn time_bombs_stop_at_the_deadline() {
    run_all(bombs("timeout"), |program| {
        // A bomb that overran runs once more: the deadline is wall-clock time, and a
        // shared machine sometimes stalls a process for longer than the slack. A missing
        // check overruns every time.
        let mut overruns = Vec::new();
        while overruns.len() < 2 {
            let start = Instant::now();
            let out = minipy()
                .args(["--timeout", "1", "-c", program])
                .output()
                .map_err(|e| e.to_string())?;
            let took = start.elapsed();
            expect_limit(&out, "time")?;
            if took <= DEADLINE {
                return Ok(());
            }
            overruns.push(format!("{took:?}"));
        }
        Err(format!("stopped after {}", overruns.join(", then ")))
    });
}

#[test]
fn time_bombs_stop_at_the_step_limit() {
    run_all(bombs("timeout"), |program| {
        let out = minipy()
            .args(["--max-steps", MAX_STEPS, "--timeout", "20", "-c", program])
            .output()
            .map_err(|e| e.to_string())?;
        expect_limit(&out, "step")
    });
}

/// Runs minipy under python3, which reports the child's peak RSS in bytes.
fn peak_rss(args: &[&str]) -> Result<(Output, u64), String> {
    let wrapper = "import resource, subprocess, sys\n\
        r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n\
        sys.stderr.buffer.write(r.stderr)\n\
        print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)";
    let out = Command::new("python3")
        .args(["-c", wrapper, env!("CARGO_BIN_EXE_minipy")])
        .args(args)
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut fields = text.split_whitespace();
    let code: i32 = fields
        .next()
        .and_then(|f| f.parse().ok())
        .ok_or(text.clone())?;
    let rss: u64 = fields
        .next()
        .and_then(|f| f.parse().ok())
        .ok_or(text.clone())?;
    let child = Output {
        status: std::os::unix::process::ExitStatusExt::from_raw(if code >= 0 {
            code << 8
        } else {
            -code
        }),
        stdout: Vec::new(),
        stderr: out.stderr,
    };
    Ok((child, rss))
}

#[test]
fn memory_bombs_stop_within_the_limit() {
    let (_, base) = peak_rss(&["-c", "pass"]).expect("base run");
    let bound = base + MAX_MEMORY + MAX_MEMORY / 10;
    run_all(bombs("memory"), |program| {
        let (out, rss) = peak_rss(&["--max-memory", "50M", "--timeout", "60", "-c", program])?;
        expect_limit(&out, "memory")?;
        if rss > bound {
            return Err(format!(
                "peak RSS {} MiB, bound {} MiB",
                rss >> 20,
                bound >> 20
            ));
        }
        Ok(())
    });
}
