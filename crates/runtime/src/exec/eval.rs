//! The tree-walking evaluator over the resolved tree.

use std::cell::RefCell;
use std::rc::Rc;

use minipy_syntax::ast::Span;

use crate::class::AttrMap;
use crate::code::*;
use crate::exceptions::{PyErr, PyResult};
use crate::function::CellRef;
use crate::interp::Interp;
use crate::value::Value;

/// A running function's (or module's) variables.
pub struct Frame {
    pub code: Rc<Code>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    /// The namespace a class body fills.
    pub class_ns: Option<Box<AttrMap>>,
}

/// A generator's frame can hold the generator it iterates: freed without deep recursion.
impl Drop for Frame {
    fn drop(&mut self) {
        // A returning call's locals went back to the pool already: nothing to do.
        if !self.locals.is_empty() {
            for v in std::mem::take(&mut self.locals).into_iter().flatten() {
                crate::value::drop_value(v);
            }
        }
        if !self.cells.is_empty() {
            crate::function::cell_values(std::mem::take(&mut self.cells))
                .for_each(crate::value::drop_value);
        }
        if let Some(ns) = self.class_ns.take() {
            ns.into_values().for_each(crate::value::drop_value);
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, locals: Vec<Option<Value>>) -> Frame {
        Frame {
            code,
            locals,
            cells: Vec::new(),
            class_ns: None,
        }
    }

    /// Stores into a local variable.
    #[inline(always)]
    pub fn set_local(&mut self, i: usize, v: Value) {
        if let Some(old) = self.locals[i].replace(v) {
            old.release();
        }
    }

    /// Creates this scope's own cells (moving captured parameters in) and appends the
    /// closure's cells.
    #[inline]
    pub fn init_cells(&mut self, code: &Code, closure: &[CellRef]) {
        if code.own_cells == 0 && closure.is_empty() {
            return;
        }
        self.make_cells(code, closure);
    }

    pub(super) fn make_cells(&mut self, code: &Code, closure: &[CellRef]) {
        self.cells = (0..code.own_cells)
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        for &(slot, cell) in &code.cell_params {
            if cell < code.own_cells {
                *self.cells[cell].borrow_mut() = self.locals[slot].take();
            }
        }
        self.cells.extend(closure.iter().cloned());
    }
}

/// How a statement can end other than normally.
pub enum Unwind {
    Error(PyErr),
    Return(Value),
    Break,
    Continue,
}

impl From<PyErr> for Unwind {
    fn from(e: PyErr) -> Unwind {
        Unwind::Error(e)
    }
}

pub(super) type Exec = Result<(), Unwind>;

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

impl Interp {
    /// Runs a frame's body to completion; records the traceback entry on error.
    pub fn run_frame_body(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        self.run_body(&code.body, frame)
    }

    /// Runs `body` in `frame` (a function's body, borrowed from its code).
    pub fn run_body(&mut self, body: &[Stmt], frame: &mut Frame) -> PyResult<Value> {
        match self.exec_block(body, frame) {
            Ok(()) => Ok(Value::None),
            Err(Unwind::Return(v)) => Ok(v),
            Err(Unwind::Error(mut e)) => {
                if e.skip_frame {
                    e.skip_frame = false;
                } else {
                    let code = frame.code.clone();
                    self.add_traceback(&mut e, &code, code.span);
                }
                Err(e)
            }
            Err(Unwind::Break | Unwind::Continue) => Ok(Value::None),
        }
    }
}
