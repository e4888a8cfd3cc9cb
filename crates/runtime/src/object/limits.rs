//! What a script may spend: steps, memory, time; and the interrupt flag another thread
//! (or the REPL's Ctrl-C handler) can raise.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::messages;
use crate::error::{ExcKind, LimitError, PyErr, PyResult};
use crate::object::alloc::{heap_in_use, resident_bytes, Refused};

/// Allocations this large are probed before they are made (see `Limits::check_alloc`).
const PROBE_FROM: usize = 16 << 20;

/// How often (in steps) the clock and the interrupt flag are looked at.
const CHECK_EVERY: u32 = 1024;

#[derive(Default)]
pub struct Limits {
    pub max_steps: Option<u64>,
    pub max_memory: Option<usize>,
    pub timeout: Option<Duration>,
    deadline: Option<Instant>,
    /// Steps counted up to the start of the current window.
    steps: u64,
    /// Steps in the current window: `CHECK_EVERY`, or fewer so that the window ends
    /// exactly at the step past `max_steps`.
    window: u32,
    /// Steps left in the current window; the check runs when it reaches 0.
    countdown: u32,
    /// Set from anywhere to stop the script at its next step.
    pub interrupt: Arc<AtomicBool>,
    /// Whether an interrupt surfaces as a catchable KeyboardInterrupt (the CLI) or as a
    /// limit error the script cannot catch (embedders).
    pub interrupt_as_keyboard: bool,
    /// Memory in use when the interpreter was made: the limit counts what comes after.
    heap_base: usize,
    /// Resident memory when the first run under a memory limit started.
    rss_base: Option<usize>,
    /// Checks left until resident memory is read again (see `over_memory`).
    rss_countdown: u8,
    /// The limit that fired in this run. It is final: every later check fires it again,
    /// so code that swallowed the error (a built-in's fallback) cannot run on.
    fired: Option<LimitError>,
}

impl Limits {
    /// No limits, ready to count (a window open, so a step outside a run is counted).
    pub fn new() -> Limits {
        let mut limits = Limits::default();
        limits.open_window();
        limits
    }

    /// Starts the clock for a run.
    pub fn start(&mut self) {
        // A limit too far off to be represented is no limit (rather than a panic).
        self.deadline = self.timeout.and_then(|t| Instant::now().checked_add(t));
        self.steps = 0;
        self.fired = None;
        self.open_window();
        if self.max_memory.is_some() && self.rss_base.is_none() {
            self.rss_base = resident_bytes();
        }
        let ceiling = self.max_memory.map(|m| m.saturating_add(self.heap_base));
        crate::object::alloc::set_stack_limits(ceiling.unwrap_or(usize::MAX), self.deadline);
    }

    /// Reports a stack segment the limits refused (see `alloc::with_stack`).
    pub fn check_stack(&mut self) -> PyResult<()> {
        match (crate::object::alloc::take_stack_refused(), self.max_memory) {
            (Some(Refused::Memory), Some(max)) => Err(self.fire(LimitError::Memory(max))),
            (Some(Refused::Time), _) => Err(self.fire(LimitError::Timeout)),
            _ => Ok(()),
        }
    }

    /// Ends a run: an interrupt it did not notice (it arrived while a built-in ran and the
    /// script ended before its next step) was aimed at it, not at the next run.
    pub fn finish(&mut self) {
        self.interrupt.store(false, Ordering::Relaxed);
        crate::object::alloc::set_stack_limits(usize::MAX, None);
    }

    /// Fires a limit: from now on every check in this run fires it again.
    #[cold]
    fn fire(&mut self, limit: LimitError) -> PyErr {
        self.fired = Some(limit.clone());
        self.window = 1;
        self.countdown = 1;
        PyErr::limit(limit)
    }

    /// Starts the next window of steps: at most `CHECK_EVERY` (when the clock and the
    /// interrupt flag are looked at again), and ending at the step past `max_steps`, so
    /// the step limit fires at exactly that step.
    fn open_window(&mut self) {
        let left = self.max_steps.map_or(u64::MAX, |max| {
            max.saturating_sub(self.steps).saturating_add(1)
        });
        self.window = left.min(u64::from(CHECK_EVERY)).max(1) as u32;
        self.countdown = self.window;
    }

    /// Steps counted in this run so far.
    pub fn steps_taken(&self) -> u64 {
        self.steps
            .saturating_add(u64::from(self.window.saturating_sub(self.countdown)))
    }

    /// The limit that fired in this run, as its error (for work a guard stopped).
    pub fn fired_error(&self) -> Option<PyErr> {
        self.fired.clone().map(PyErr::limit)
    }

    /// Counts one step (a statement or a loop iteration): one decrement and one branch.
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
        self.countdown = 0;
        self.check()
    }

    /// Waits `d` (`time.sleep`) in short naps, so an interrupt or the deadline ends it:
    /// a sleep past the deadline stops there with the timeout error.
    pub fn sleep(&mut self, d: Duration) -> PyResult<()> {
        let start = Instant::now();
        let end = start.checked_add(d);
        loop {
            if let Some(limit) = self.fired.clone() {
                return Err(self.fire(limit));
            }
            if self.interrupt.swap(false, Ordering::Relaxed) {
                if self.interrupt_as_keyboard {
                    return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
                }
                return Err(self.fire(LimitError::Interrupted));
            }
            let now = Instant::now();
            if self.deadline.is_some_and(|dl| now >= dl) {
                return Err(self.fire(LimitError::Timeout));
            }
            let left = match end {
                Some(end) if now >= end => return Ok(()),
                Some(end) => end - now,
                None => Duration::from_secs(3600),
            };
            let mut nap = left.min(Duration::from_millis(20));
            if let Some(dl) = self.deadline {
                nap = nap.min(dl.saturating_duration_since(now));
            }
            std::thread::sleep(nap);
        }
    }

    /// Runs when a window of steps is used up (`countdown` is 0).
    #[cold]
    fn check(&mut self) -> PyResult<()> {
        if let Some(limit) = self.fired.clone() {
            return Err(self.fire(limit));
        }
        self.steps = self.steps.saturating_add(u64::from(self.window));
        self.open_window();
        if let Some(max) = self.max_steps {
            if self.steps > max {
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
        if let Some(max) = self.max_memory {
            if self.over_memory(max) {
                return Err(self.fire(LimitError::Memory(max)));
            }
        }
        Ok(())
    }

    /// Whether the script holds more than `max` bytes. The allocation count misses the
    /// allocator's own overhead (a few bytes an object, a third of a small one), so near
    /// the limit the growth of resident memory decides too; reading it costs a read of
    /// `/proc`, so it is looked at every eighth check.
    fn over_memory(&mut self, max: usize) -> bool {
        let counted = self.memory_in_use();
        if counted > max {
            return true;
        }
        if counted <= max / 2 {
            return false;
        }
        self.rss_countdown = self.rss_countdown.saturating_sub(1);
        if self.rss_countdown > 0 {
            return false;
        }
        self.rss_countdown = 8;
        match (self.rss_base, resident_bytes()) {
            (Some(base), Some(now)) => now.saturating_sub(base) > max,
            _ => false,
        }
    }

    /// Counts memory from now on: what exists already (the interpreter's own base) is not
    /// the script's.
    pub fn set_heap_base(&mut self) {
        self.heap_base = heap_in_use();
    }

    /// Memory the script holds: everything allocated since the interpreter was made and
    /// not yet freed.
    pub fn memory_in_use(&self) -> usize {
        heap_in_use().saturating_sub(self.heap_base)
    }

    /// Refuses an allocation of `bytes` before it is made: added to the memory in use,
    /// it may not pass the memory limit.
    #[inline]
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        let max_memory = self.max_memory;
        match max_memory {
            Some(max) if bytes > max || self.memory_in_use().saturating_add(bytes) > max => {
                Err(self.fire(LimitError::Memory(max)))
            }
            // Without a limit, still refuse what could never succeed, as MemoryError.
            None if bytes > (1usize << 40) => Err(messages::memory_error()),
            // Large sizes are probed: MemoryError where the allocation would abort.
            _ if bytes >= PROBE_FROM => messages::check_size(bytes),
            _ => Ok(()),
        }
    }
}
