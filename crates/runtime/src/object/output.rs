//! Where `print` writes: a sink the host can replace.

use std::io::Write;

/// Receives everything a script prints.
pub trait Output {
    /// Takes the next piece of output.
    fn write_str(&mut self, s: &str);
    /// Takes bytes written to `sys.stdout.buffer` (a sink of text sees them decoded,
    /// invalid UTF-8 replaced).
    fn write_bytes(&mut self, b: &[u8]) {
        self.write_str(&String::from_utf8_lossy(b));
    }
    /// Passes buffered output on (when a run ends, and before the script writes to
    /// stderr, so the two streams interleave as in CPython).
    fn flush(&mut self) {}
}

/// Buffered standard output (the default).
pub struct StdoutOutput {
    out: std::io::BufWriter<std::io::Stdout>,
}

impl StdoutOutput {
    pub fn new() -> StdoutOutput {
        StdoutOutput {
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
        }
    }
}

impl Default for StdoutOutput {
    fn default() -> Self {
        StdoutOutput::new()
    }
}

impl Output for StdoutOutput {
    fn write_str(&mut self, s: &str) {
        // A closed pipe is not the script's problem; output is dropped.
        let _ = self.out.write_all(s.as_bytes());
    }

    fn write_bytes(&mut self, b: &[u8]) {
        let _ = self.out.write_all(b);
    }

    fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

impl Drop for StdoutOutput {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}
