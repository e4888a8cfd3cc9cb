//! What a script may spend: steps, memory, time; and the interrupt flag another thread
//! (or the REPL's Ctrl-C handler) can raise.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use std::rc::Weak;

use crate::error::messages;
use crate::error::{ExcKind, LimitError, PyErr, PyResult};
use crate::object::buffer::Buffer;
use crate::object::value::{PyStr, Value};

/// Objects at least this large count against the memory limit while they live.
const TRACK_FROM: usize = 64 * 1024;
/// Allocations this large are probed before they are made (see `Limits::check_alloc`).
const PROBE_FROM: usize = 16 << 20;

/// A large object the script holds, watched without keeping it alive.
enum Held {
    Buffer(Weak<Buffer>),
    Str(Weak<PyStr>),
}

impl Held {
    fn alive(&self) -> bool {
        match self {
            Held::Buffer(w) => w.strong_count() > 0,
            Held::Str(w) => w.strong_count() > 0,
        }
    }
}

/// How often (in steps) the clock and the interrupt flag are looked at.
const CHECK_EVERY: u32 = 1024;

#[derive(Default)]
pub struct Limits {
    pub max_steps: Option<u64>,
    pub max_memory: Option<usize>,
    pub timeout: Option<Duration>,
    deadline: Option<Instant>,
    steps: u64,
    countdown: u32,
    /// Set from anywhere to stop the script at its next step.
    pub interrupt: Arc<AtomicBool>,
    /// Whether an interrupt surfaces as a catchable KeyboardInterrupt (the CLI) or as a
    /// limit error the script cannot catch (embedders).
    pub interrupt_as_keyboard: bool,
    /// Large live objects and their sizes, for the memory limit.
    held: Vec<(Held, usize)>,
    /// The limit that fired in this run. It is final: every later check fires it again,
    /// so code that swallowed the error (a built-in's fallback) cannot run on.
    fired: Option<LimitError>,
}

impl Limits {
    /// Starts the clock for a run.
    pub fn start(&mut self) {
        // A limit too far off to be represented is no limit (rather than a panic).
        self.deadline = self.timeout.and_then(|t| Instant::now().checked_add(t));
        self.steps = 0;
        self.countdown = CHECK_EVERY;
        self.fired = None;
    }

    /// Ends a run: an interrupt it did not notice (it arrived while a built-in ran and the
    /// script ended before its next step) was aimed at it, not at the next run.
    pub fn finish(&mut self) {
        self.interrupt.store(false, Ordering::Relaxed);
    }

    /// Fires a limit: from now on every check in this run fires it again.
    #[cold]
    fn fire(&mut self, limit: LimitError) -> PyErr {
        self.fired = Some(limit.clone());
        self.countdown = 1;
        PyErr::limit(limit)
    }

    /// Counts one step (a statement or a loop iteration).
    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        self.countdown -= 1;
        if self.countdown == 0 {
            return self.check();
        }
        Ok(())
    }

    /// Counts `steps` steps of work at once: a built-in whose work grows with its input
    /// charges in proportion to it (about one step per item, or per 64 bytes of bulk
    /// byte work), in pieces small enough that a check comes at least every millisecond.
    #[inline]
    pub fn charge(&mut self, steps: u64) -> PyResult<()> {
        if steps < u64::from(self.countdown) {
            self.countdown -= steps as u32;
            return Ok(());
        }
        self.charge_slow(steps)
    }

    #[cold]
    fn charge_slow(&mut self, steps: u64) -> PyResult<()> {
        // The window's countdown is used up; the steps past it count directly.
        self.steps = self.steps.saturating_add(steps - u64::from(self.countdown));
        self.check()
    }

    #[cold]
    fn check(&mut self) -> PyResult<()> {
        if let Some(limit) = self.fired.clone() {
            return Err(self.fire(limit));
        }
        self.steps += CHECK_EVERY as u64;
        self.countdown = CHECK_EVERY;
        if let Some(max) = self.max_steps {
            if self.steps >= max {
                return Err(self.fire(LimitError::Steps(max)));
            }
        }
        if self.interrupt.swap(false, Ordering::Relaxed) {
            if self.interrupt_as_keyboard {
                return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
            }
            return Err(self.fire(LimitError::Interrupted));
        }
        if let Some(deadline) = self.deadline {
            if Instant::now() >= deadline {
                return Err(self.fire(LimitError::Timeout));
            }
        }
        Ok(())
    }

    /// Refuses an allocation of `bytes` before it is made: alone, or added to the large
    /// objects the script still holds, it may not pass the memory limit.
    #[inline]
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        let max_memory = self.max_memory;
        match max_memory {
            Some(max) if bytes > max => Err(self.fire(LimitError::Memory(max))),
            Some(max) if bytes >= TRACK_FROM && self.held_bytes().saturating_add(bytes) > max => {
                Err(self.fire(LimitError::Memory(max)))
            }
            // Without a limit, still refuse what could never succeed, as MemoryError.
            None if bytes > (1usize << 40) => Err(messages::memory_error()),
            // Large sizes are probed: MemoryError where the allocation would abort.
            _ if bytes >= PROBE_FROM => messages::check_size(bytes),
            _ => Ok(()),
        }
    }

    /// Counts a newly made object against the memory limit while it lives.
    pub fn track(&mut self, v: &Value) {
        if self.max_memory.is_none() {
            return;
        }
        let entry = match v {
            Value::Str(s) if s.as_str().len() >= TRACK_FROM => {
                (Held::Str(std::rc::Rc::downgrade(s)), s.as_str().len())
            }
            other => match other.byte_buffer() {
                Some(b) if b.len() >= TRACK_FROM => {
                    (Held::Buffer(std::rc::Rc::downgrade(b)), b.len())
                }
                _ => return,
            },
        };
        self.held.push(entry);
    }

    /// Bytes held by the tracked objects still alive.
    fn held_bytes(&mut self) -> usize {
        self.held.retain(|(h, _)| h.alive());
        self.held.iter().map(|(_, n)| n).sum()
    }
}
