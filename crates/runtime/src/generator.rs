//! Generators: a function frame that can stop at `yield` and resume later.
//!
//! The evaluator is recursive, so a generator keeps its position as a stack of cursors
//! into its statement blocks; statements without a `yield` run normally.

use std::rc::Rc;

use crate::code::{Block, Code};
use crate::eval::Frame;
use crate::value::Value;

/// Where a suspended generator is inside one block.
pub enum Cursor {
    /// Running the statements of `block`, next at `index`.
    Block { block: Block, index: usize },
    /// Inside a `for` loop's body: the loop's iterator and the statement index of the loop.
    For {
        iter: Value,
        stmt: usize,
        block: Block,
    },
    /// Inside a `while` loop's body.
    While { stmt: usize, block: Block },
    /// Inside a `try` statement.
    Try {
        stmt: usize,
        block: Block,
        phase: TryPhase,
    },
    /// Inside a `with` statement: the context manager's `__exit__`.
    With {
        exit: Value,
        stmt: usize,
        block: Block,
    },
    /// Inside `yield from`: the delegate iterator, and where its result goes.
    YieldFrom {
        iter: Value,
        stmt: usize,
        block: Block,
    },
}

#[derive(Clone)]
pub enum TryPhase {
    Body,
    Handler(Value),
    Else,
    Finally(Option<Rc<crate::class::Instance>>),
}

pub struct Generator {
    pub code: Rc<Code>,
    pub frame: Frame,
    pub cursors: Vec<Cursor>,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
}

/// Makes a generator object for a frame whose code is a generator function.
pub fn new(frame: Frame) -> Value {
    let code = frame.code.clone();
    let gen = Generator {
        code,
        frame,
        cursors: Vec::new(),
        started: false,
        finished: false,
        running: false,
    };
    crate::iter::make(crate::iter::IterState::Generator(Box::new(gen)))
}

/// Runs a generator to its next `yield`; `None` when it returns.
pub fn resume(
    interp: &mut crate::interp::Interp,
    cell: &std::rc::Rc<std::cell::RefCell<crate::iter::IterState>>,
    _sent: Value,
) -> crate::exceptions::PyResult<Option<Value>> {
    let _ = (interp, cell);
    Err(crate::exceptions::PyErr::new(
        crate::exceptions::ExcKind::NotImplementedError,
        "generators are not implemented yet",
    ))
}
