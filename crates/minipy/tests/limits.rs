//! Limits under attack, through the embedding API: the bombs of `tests/limits/` run in
//! this process under `Limits`, an interrupt from another thread stops long built-ins,
//! and captured output counts against the memory limit.
//!
//! The memory count is the process's, so the tests of this binary run one at a time.

#[path = "../../../tests/limits_support.rs"]
mod limits_support;

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use limits_support::bombs;
use minipy::{ErrorKind, Interpreter, LimitError, Limits};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

fn limit_of(result: Result<(), minipy::Error>) -> Result<LimitError, String> {
    match result {
        Ok(()) => Err("finished".into()),
        Err(e) => match e.kind {
            ErrorKind::Limit(l) => Ok(l),
            other => Err(format!("{other:?}: {}", e.traceback)),
        },
    }
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} bombs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn memory_bombs_hit_the_memory_limit() {
    let _one = serial();
    let mut failures = Vec::new();
    for (label, program) in bombs("memory") {
        let mut py = Interpreter::new();
        py.set_limits(Limits {
            max_memory: Some(50 << 20),
            timeout: Some(Duration::from_secs(60)),
            ..Limits::default()
        });
        match limit_of(py.run("<bomb>", &program)) {
            Ok(LimitError::Memory(_)) => {}
            other => failures.push(format!("{label}\n    {other:?}")),
        }
    }
    report(failures);
}

#[test]
fn time_bombs_hit_the_deadline() {
    let _one = serial();
    let mut failures = Vec::new();
    for (label, program) in bombs("timeout") {
        // A bomb that overran is run once more: a deadline is measured in wall-clock
        // time, and a shared machine sometimes stalls a process for longer than the
        // slack. A missing check overruns every time.
        let mut tries = Vec::new();
        let mut passed = false;
        while !passed && tries.len() < 2 {
            let mut py = Interpreter::new();
            py.set_limits(Limits {
                timeout: Some(Duration::from_millis(300)),
                ..Limits::default()
            });
            let start = Instant::now();
            let r = limit_of(py.run("<bomb>", &program));
            let took = start.elapsed();
            let timed_out = r == Ok(LimitError::Timeout);
            passed = timed_out && took < Duration::from_millis(500);
            tries.push(format!("{r:?} after {took:?}"));
            if !timed_out {
                break;
            }
        }
        if !passed {
            failures.push(format!("{label}\n    {}", tries.join("; ")));
        }
    }
    report(failures);
}

#[test]
fn a_sleep_ends_at_the_deadline_or_an_interrupt() {
    let _one = serial();
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        timeout: Some(Duration::from_millis(300)),
        ..Limits::default()
    });
    let start = Instant::now();
    let r = limit_of(py.run(
        "<t>",
        "import time\ntry:\n    time.sleep(3600)\nexcept BaseException:\n    pass\n",
    ));
    assert_eq!(r, Ok(LimitError::Timeout));
    assert!(start.elapsed() < Duration::from_millis(600));

    let mut py = Interpreter::new();
    let handle = py.interrupt_handle();
    let waker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let start = Instant::now();
    let r = limit_of(py.run("<t>", "import time\ntime.sleep(3600)"));
    waker.join().unwrap();
    assert_eq!(r, Ok(LimitError::Interrupted));
    assert!(start.elapsed() < Duration::from_secs(1));
}

#[test]
fn an_interrupt_stops_long_builtins() {
    let _one = serial();
    for program in [
        "sum(range(10**12))",
        "all(range(1, 10**12))",
        "(-1) in iter(range(10**12))",
        "max(range(10**12))",
        "b = bytes(10**8)\nwhile True: b.count(b'x')",
        "while True: [0] * 10**4 * 10**3",
    ] {
        let mut py = Interpreter::new();
        let handle = py.interrupt_handle();
        let waker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            handle.interrupt();
        });
        let start = Instant::now();
        let r = limit_of(py.run("<t>", program));
        waker.join().unwrap();
        assert_eq!(r, Ok(LimitError::Interrupted), "{program}");
        assert!(start.elapsed() < Duration::from_secs(2), "{program}");
    }
}

#[test]
fn captured_output_counts_against_the_memory_limit() {
    let _one = serial();
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_memory: Some(50 << 20),
        ..Limits::default()
    });
    let out = py.capture_output();
    let r = limit_of(py.run("<t>", "while True: print('x' * 10**6)"));
    assert_eq!(r, Ok(LimitError::Memory(50 << 20)));
    assert!(out.take().len() < 60 << 20);
}

/// A script that prints without end to the host's sink still meets its deadline.
#[test]
fn printing_meets_the_deadline() {
    let _one = serial();
    struct Discard;
    impl minipy::Output for Discard {
        fn write_str(&mut self, _: &str) {}
    }
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        timeout: Some(Duration::from_millis(200)),
        ..Limits::default()
    });
    py.set_output(Box::new(Discard));
    let start = Instant::now();
    let r = limit_of(py.run("<t>", "while True: print('x' * 10**7)"));
    assert_eq!(r, Ok(LimitError::Timeout));
    assert!(start.elapsed() < Duration::from_millis(500));
}

/// Memory the script frees stops counting: a run that stays under the limit by freeing
/// as it goes finishes, after a run that hit it.
#[test]
fn freed_memory_is_released() {
    let _one = serial();
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_memory: Some(50 << 20),
        ..Limits::default()
    });
    let r = limit_of(py.run("<t>", "x = [str(i) for i in range(10**7)]"));
    assert_eq!(r, Ok(LimitError::Memory(50 << 20)));
    py.run(
        "<t>",
        "x = None\nfor i in range(20):\n    y = [str(j) for j in range(10**5)]\n",
    )
    .unwrap();
}
