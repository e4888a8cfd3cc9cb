//! The one allocation path, and the memory count the memory limit reads.
//!
//! Every object a script can create is made by [`alloc`]. What objects cost is measured
//! one level below: with the `count-memory` feature the runtime installs a counting
//! global allocator (the `cap` crate over the system allocator), so every heap
//! allocation (object headers, list, dict and set growth, string and big-int digits,
//! buffers, frames, captured output) is charged when it is made and released when it is
//! freed. [`heap_in_use`] reads that count. The evaluator's stack segments, which
//! `stacker` maps outside the heap, are charged by [`with_stack`] while they are in use.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

#[cfg(feature = "count-memory")]
#[global_allocator]
static HEAP: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

thread_local! {
    /// Bytes of evaluator stack segments in use on this thread.
    static STACK: Cell<usize> = const { Cell::new(0) };
    /// What the running script may spend when the stack grows: memory in use past which,
    /// and a time after which, a new segment is refused; and why one was.
    static CEILING: Cell<usize> = const { Cell::new(usize::MAX) };
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    static REFUSED: Cell<Option<Refused>> = const { Cell::new(None) };
}

/// Why a stack segment was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refused {
    Memory,
    Time,
}

/// Sets what growing the stack may not pass: the memory in use (as [`heap_in_use`]
/// counts it, `usize::MAX` for none) and the deadline.
pub fn set_stack_limits(ceiling: usize, deadline: Option<Instant>) {
    CEILING.with(|c| c.set(ceiling));
    DEADLINE.with(|d| d.set(deadline));
    REFUSED.with(|r| r.set(None));
}

/// Why a stack segment was refused since the last call, if one was (and clears it).
/// Recursive work that cannot fail (the resolver's scope pass) looks at
/// [`stack_refused`] to unwind; its caller then reports the limit.
pub fn take_stack_refused() -> Option<Refused> {
    REFUSED.with(|r| r.take())
}

/// Whether a stack segment was refused: deep recursion unwinds at once.
#[inline]
pub fn stack_refused() -> bool {
    REFUSED.with(Cell::get).is_some()
}

/// Checked when a segment is made (every megabyte or so of recursion, so deep work
/// that never reaches a step, like resolving a deeply nested expression, meets the
/// limits too).
#[cold]
fn check_segment(size: usize) {
    let refused = if heap_in_use().saturating_add(size) > CEILING.with(Cell::get) {
        Some(Refused::Memory)
    } else if DEADLINE
        .with(Cell::get)
        .is_some_and(|d| Instant::now() >= d)
    {
        Some(Refused::Time)
    } else {
        None
    };
    if refused.is_some() {
        REFUSED.with(|r| r.set(refused));
    }
}

/// Makes a heap object.
#[inline]
pub fn alloc<T>(payload: T) -> Rc<T> {
    Rc::new(payload)
}

/// Bytes in use now: the process's heap (0 without the counting allocator) and this
/// thread's evaluator stack segments.
pub fn heap_in_use() -> usize {
    #[cfg(feature = "count-memory")]
    let heap = HEAP.allocated();
    #[cfg(not(feature = "count-memory"))]
    let heap: usize = 0;
    heap.saturating_add(STACK.with(Cell::get))
}

/// The process's resident memory, where the system tells it (Linux's `/proc`).
pub fn resident_bytes() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// Runs `f` with at least `red_zone` bytes of native stack, growing the stack by a
/// segment of `size` bytes when less is left (as `stacker::maybe_grow`), and charges the
/// segment to the memory count while `f` runs on it. A segment past the ceiling is still
/// made (`f` must run), but marked refused: the recursion unwinds from there.
#[inline]
pub fn with_stack<R>(red_zone: usize, size: usize, f: impl FnOnce() -> R) -> R {
    match stacker::remaining_stack() {
        Some(left) if left >= red_zone => f(),
        _ => {
            check_segment(size);
            STACK.with(|s| s.set(s.get() + size));
            let r = stacker::grow(size, f);
            STACK.with(|s| s.set(s.get() - size));
            r
        }
    }
}

#[cfg(all(test, feature = "count-memory"))]
mod tests {
    use crate::object::value::Value;

    #[test]
    fn allocations_are_counted_and_released() {
        // The count is the process's: other tests' threads allocate too, but far less.
        let before = super::heap_in_use();
        let v = Value::bytes(vec![0u8; 64 << 20]);
        let during = super::heap_in_use();
        assert!(during >= before + (64 << 20));
        drop(v);
        assert!(super::heap_in_use() < during - (60 << 20));
    }

    #[test]
    fn resident_memory_is_read() {
        if cfg!(target_os = "linux") {
            assert!(super::resident_bytes().is_some_and(|n| n > 0));
        }
    }

    #[test]
    fn stack_segments_are_counted_while_in_use() {
        let inside = super::with_stack(usize::MAX, 1 << 20, super::heap_in_use);
        assert!(inside >= 1 << 20);
    }
}
