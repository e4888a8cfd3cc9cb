//! The tree-walking evaluator over the resolved tree.

use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use minipy_syntax::ast::Span;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::class::{AttrMap, Instance};
use crate::object::function::CellRef;
use crate::object::value::Value;

/// A running function's (or module's) variables.
/// The fields that own memory are `ManuallyDrop`: `Drop` below empties them, so a call's
/// frame (its locals already back in the pool) is freed without calling their drop glue
/// (which the compiler stopped inlining: fib spent 9% there).
pub struct Frame {
    pub code: Rc<Code>,
    pub locals: ManuallyDrop<Vec<Option<Value>>>,
    /// The scope's own cells (a class body's: and its closure's), then through
    /// [`Frame::cell`] the cells of `closure`.
    pub cells: ManuallyDrop<Vec<CellRef>>,
    /// The function whose closure cells follow the frame's own: held, not copied, so a
    /// call of a closure does not build a vector of cells.
    pub closure: ManuallyDrop<Option<Rc<crate::object::function::Function>>>,
    /// The namespace a class body fills.
    pub class_ns: ManuallyDrop<Option<Box<AttrMap>>>,
}

/// What one statement of a suspended generator noted when it stopped: which statement
/// it is (its address, which its block turns back into an index), and where it was
/// inside.
pub struct Record {
    pub at: usize,
    pub resume: Resume,
}

/// A generator's frame can hold the generator it iterates: freed without deep recursion.
impl Drop for Frame {
    /// (Inline: a returning call's frame has nothing left to free, which three tests
    /// show; the freeing is out of line.)
    #[inline]
    fn drop(&mut self) {
        // A returning call's locals went back to the pool already: nothing to do.
        // (What `take` leaves behind is empty and owns no memory: nothing to free.)
        if self.locals.capacity() != 0
            || self.cells.capacity() != 0
            || self.closure.is_some()
            || self.class_ns.is_some()
        {
            self.free();
        }
    }
}

impl Frame {
    #[inline(never)]
    fn free(&mut self) {
        if self.locals.capacity() != 0 {
            for v in std::mem::take(&mut *self.locals).into_iter().flatten() {
                crate::object::value::drop_value(v);
            }
        }
        if self.cells.capacity() != 0 {
            crate::object::function::cell_values(std::mem::take(&mut *self.cells))
                .for_each(crate::object::value::drop_value);
        }
        if let Some(mut ns) = self.class_ns.take() {
            ns.free();
        }
        drop(self.closure.take());
    }

    pub fn new(code: Rc<Code>, locals: Vec<Option<Value>>) -> Frame {
        Frame {
            code,
            locals: ManuallyDrop::new(locals),
            cells: ManuallyDrop::new(Vec::new()),
            closure: ManuallyDrop::new(None),
            class_ns: ManuallyDrop::new(None),
        }
    }

    /// Stores into a local variable.
    #[inline(always)]
    pub fn set_local(&mut self, i: usize, v: Value) {
        if let Some(old) = self.locals[i].replace(v) {
            old.release();
        }
    }

    /// Cell `i`: the scope's own, then its closure's.
    #[inline(always)]
    pub fn cell(&self, i: usize) -> &CellRef {
        match self.cells.get(i) {
            Some(c) => c,
            None => match &*self.closure {
                Some(func) => &func.closure[i - self.cells.len()],
                None => &self.cells[i],
            },
        }
    }

    /// Every cell, in [`Frame::cell`]'s order.
    pub fn all_cells(&self) -> impl Iterator<Item = &CellRef> {
        let closure = self.closure.as_ref().map_or(&[][..], |f| &f.closure[..]);
        self.cells.iter().chain(closure)
    }

    /// Creates this scope's own cells, moving captured parameters in.
    pub fn make_cells(&mut self, code: &Code) {
        *self.cells = (0..code.own_cells)
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        for &(slot, cell) in &code.cell_params {
            if cell < code.own_cells {
                *self.cells[cell].borrow_mut() = self.locals[slot].take();
            }
        }
    }
}

/// How a statement can end other than normally.
pub enum Unwind {
    Error(PyErr),
    Return(Value),
    Break,
    Continue,
    /// A generator stops at a `yield`. The `yield` notes the value in the records
    /// ([`Interp::suspended`], [`Resume::Yielded`] the first), and each statement it
    /// unwinds through notes where it stopped. (Not carrying the value keeps
    /// `Result<(), Unwind>` as small as a value, for every statement.)
    Yield,
}

/// Where a statement stopped when its frame (a generator's) stopped at a `yield`.
pub enum Resume {
    /// The `yield` itself: the value it yields, taken by the generator's caller.
    Yielded(Value),
    /// An `if`: in the body (true) or the `else` block.
    If(bool),
    /// A `match` statement: in the body of the case at this index.
    Case(usize),
    /// A `while` loop's body.
    While,
    /// A `for` loop's body, and how the loop goes on after it.
    For(ForState),
    /// A loop's `else` block.
    Else,
    Try(TryPhase),
    /// A `with` statement's body, and the `__exit__` to call after it.
    With(Value),
    /// `yield from`: the iterator delegated to.
    Delegate(Value),
}

/// Where a `for` loop goes on after the pass that stopped at a `yield`.
pub enum ForState {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A list, tuple, bytes or bytearray, indexed.
    Seq {
        seq: Value,
        next: usize,
    },
    Iter(Value),
}

/// The part of a `try` statement a `yield` stopped in.
pub enum TryPhase {
    Body,
    /// Matching the exception against handler `i`, whose type holds a `yield`.
    Matching(usize, PyErr),
    /// The handler at this index, and the exception it handles.
    Handler(usize, Rc<Instance>),
    Else,
    /// The `finally` block; how the statement ends after it (an exception, a return,
    /// a break) and the exception it handles, if any.
    Finally(Exec, Option<Rc<Instance>>),
}

impl Resume {
    /// The values the record holds, for freeing without deep recursion.
    pub(crate) fn release_into(self, out: &mut Vec<Value>) {
        match self {
            Resume::For(ForState::Seq { seq: v, .. } | ForState::Iter(v))
            | Resume::Yielded(v)
            | Resume::With(v)
            | Resume::Delegate(v) => out.push(v),
            Resume::Try(TryPhase::Handler(_, e)) => out.push(Value::Instance(e)),
            Resume::Try(TryPhase::Finally(pending, e)) => {
                out.extend(e.map(Value::Instance));
                if let Err(Unwind::Return(v)) = pending {
                    out.push(v);
                }
            }
            _ => {}
        }
    }
}

/// What a suspended generator resumes with.
pub enum Sent {
    /// The value `send()` (or `next()`: None) gives the `yield`.
    Value(Value),
    /// The exception `throw()` raises at the `yield`.
    Raise(Box<Thrown>),
}

/// An exception thrown into a generator. (Boxed in [`Sent`]: throwing is rare, and a
/// small `Sent` passes in registers.)
pub struct Thrown {
    pub err: PyErr,
    /// How many exceptions were being handled outside the generator: those it handles
    /// itself become the exception's context, as in CPython.
    pub outside: usize,
    /// `throw()`'s own arguments, which a `yield from` delegate that is not a generator
    /// gets as they were (`None`: the exception was raised otherwise, by `close()`).
    pub args: Option<Vec<Value>>,
}

/// A frame resumed with records that do not fit its code: a bug, reported as one.
pub(crate) fn lost_place() -> PyErr {
    PyErr::new(
        ExcKind::SystemError,
        "generator resumed at a statement it did not stop in",
    )
}

impl From<PyErr> for Unwind {
    fn from(e: PyErr) -> Unwind {
        Unwind::Error(e)
    }
}

/// How a statement ended.
pub type Exec = Result<(), Unwind>;

/// Keyword arguments of a call, in order.
pub type Keywords = Vec<(Rc<str>, Value)>;

/// Sets the error's focus to `span` unless an inner expression already did.
#[inline]
pub(super) fn focus(mut e: PyErr, span: Span) -> PyErr {
    if e.focus.is_none() {
        e.focus = Some(span);
    }
    e
}

/// A statement's address: what a record keeps of where it stopped.
#[inline(always)]
pub(super) fn stmt_addr(s: &Stmt) -> usize {
    s as *const Stmt as usize
}

/// The index in `block` of the statement at address `at`, if it is one of the block's.
#[inline(always)]
pub(super) fn stmt_index(block: &[Stmt], at: usize) -> Option<usize> {
    let offset = at.checked_sub(block.as_ptr() as usize)?;
    let i = offset / std::mem::size_of::<Stmt>();
    (i < block.len() && offset % std::mem::size_of::<Stmt>() == 0).then_some(i)
}

/// The records of the running generator's statements ([`Interp::suspended`]): each
/// statement a `yield` unwinds through notes where it stopped; resuming takes them back.
impl Interp {
    /// Notes, when `u` is a `yield` unwinding through a statement, where that statement
    /// stopped (`at`), for [`Interp::resume_block`] to take up again.
    #[inline(always)]
    pub(super) fn suspending(&mut self, u: Unwind, at: impl FnOnce() -> Resume) -> Unwind {
        if let Unwind::Yield = u {
            self.note(at());
        }
        u
    }

    #[inline]
    pub(super) fn note(&mut self, resume: Resume) {
        // (With room known, the push has no call to grow the vector, and the record can
        // be written straight into its slot instead of built on the stack and copied.)
        if self.suspended.len() < self.suspended.capacity() {
            self.suspended.push(Record { at: 0, resume });
        } else {
            self.note_growing(Record { at: 0, resume });
        }
    }

    #[cold]
    #[inline(never)]
    fn note_growing(&mut self, r: Record) {
        self.suspended.push(r);
    }

    /// Notes which statement just stopped (its record is the last). (Its address: the
    /// block needs nothing more kept at hand while its statements run.)
    #[inline(always)]
    pub(super) fn stopped_at(&mut self, s: &Stmt) {
        if let Some(r) = self.suspended.last_mut() {
            r.at = stmt_addr(s);
        }
    }

    /// The index in `block` of the statement to resume (its record stays, for it).
    #[inline(always)]
    pub(super) fn resume_at(&self, block: &[Stmt]) -> Option<usize> {
        stmt_index(block, self.suspended.last()?.at)
    }

    /// The record the statement being resumed noted when it stopped.
    #[inline(always)]
    pub(super) fn resumed(&mut self) -> Option<Resume> {
        self.suspended.pop().map(|r| r.resume)
    }

    /// Takes back the record a `yield` noted (its value went to the caller).
    #[inline(always)]
    pub(super) fn resumed_yield(&mut self) -> bool {
        match self.suspended.pop() {
            Some(Record {
                resume: Resume::Yielded(v),
                ..
            }) => {
                v.release();
                true
            }
            Some(other) => {
                drop(other);
                false
            }
            None => false,
        }
    }
}

impl Interp {
    /// Runs a frame's body to completion; records the traceback entry on error.
    pub fn run_frame_body(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        self.run_body(&code.body, frame)
    }

    /// Runs `body` in `frame` (a function's body, borrowed from its code).
    #[inline(always)]
    pub fn run_body(&mut self, body: &[Stmt], frame: &mut Frame) -> PyResult<Value> {
        self.enter_call_site(&frame.code);
        let r = self.exec_body(body, frame);
        self.leave_call_site();
        match r {
            Ok(()) => Ok(Value::None),
            Err(Unwind::Return(v)) => Ok(v),
            Err(Unwind::Error(mut e)) => {
                self.leave_frame(&mut e, &frame.code);
                Err(e)
            }
            Err(Unwind::Break | Unwind::Continue) => Ok(Value::None),
            // (Only generators' code yields, and generators run through `generator::resume`.)
            Err(Unwind::Yield) => Err(lost_place()),
        }
    }

    /// Records a frame running `code` as entered from the caller's current call; until
    /// the frame makes a call of its own, its line is its code's start (a frame entered
    /// without a call, by an operator's special method, is reported there).
    #[inline(always)]
    pub(crate) fn enter_call_site(&mut self, code: &Rc<Code>) {
        self.call_sites
            .push((crate::exec::code::code_id(code), self.pending_call));
        self.pending_call = code.span;
    }

    /// Ends the running frame's record: the caller's current call is again the one it
    /// made to enter the frame.
    #[inline(always)]
    pub(crate) fn leave_call_site(&mut self) {
        if let Some((_, caller)) = self.call_sites.pop() {
            self.pending_call = caller;
        }
    }

    /// Records, for an error leaving a frame running `code`, the frame's traceback entry.
    pub(super) fn leave_frame(&mut self, e: &mut PyErr, code: &Rc<Code>) {
        if e.skip_frame {
            e.skip_frame = false;
        } else {
            let code = code.clone();
            self.add_traceback(e, &code, code.span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every statement returns `Result<(), Unwind>`: it must stay as small as a value
    /// (a yield does not carry its value, a thrown exception is boxed).
    #[test]
    fn unwinding_is_as_small_as_a_value() {
        assert_eq!(std::mem::size_of::<Exec>(), std::mem::size_of::<Value>());
        assert_eq!(std::mem::size_of::<Sent>(), std::mem::size_of::<Value>());
    }
}
