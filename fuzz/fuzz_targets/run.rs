//! Arbitrary bytes as a script, run through the embedding API under tight limits.
//! Exceptions and limit errors are fine; a panic (or abort, overflow, OOM) is a bug.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use minipy::{Interpreter, Limits};
use minipy::Output;

/// Discards everything the script prints.
struct Sink;

impl Output for Sink {
    fn write_str(&mut self, _s: &str) {}
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let mut py = Interpreter::new();
    py.set_output(Box::new(Sink));
    py.set_limits(Limits {
        max_steps: Some(100_000),
        max_memory: Some(64 << 20),
        max_recursion: None,
        timeout: Some(Duration::from_secs(1)),
    });
    if let Err(e) = py.run("<fuzz>", src) {
        // Reporting the error (str() of the exception, traceback) runs code too.
        let _ = e.process_status();
        let _ = e.to_string();
    }
});
