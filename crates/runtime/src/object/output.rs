//! Where `print` writes: a sink the host can replace.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Receives everything a script prints.
pub trait Output {
    fn write_str(&mut self, s: &str);
    fn flush(&mut self) {}
}

/// Buffered standard output (the default).
pub struct StdoutOutput {
    out: std::io::BufWriter<std::io::Stdout>,
    /// Flush at every newline (interactive use).
    pub line_buffered: bool,
}

impl StdoutOutput {
    pub fn new() -> StdoutOutput {
        StdoutOutput {
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            line_buffered: false,
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
        if self.line_buffered && s.contains('\n') {
            let _ = self.out.flush();
        }
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

/// Collects output into a shared string (tests and hosts that capture).
#[derive(Clone, Default)]
pub struct CaptureOutput {
    pub buffer: Rc<RefCell<String>>,
}

impl Output for CaptureOutput {
    fn write_str(&mut self, s: &str) {
        self.buffer.borrow_mut().push_str(s);
    }
}
