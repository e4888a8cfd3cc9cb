//! Generators: a function frame that can stop at `yield` and resume later.
//!
//! The evaluator is recursive, so a suspended generator cannot keep Rust frames alive.
//! Instead it keeps its position as a stack of cursors into its statement blocks:
//! statements that contain no `yield` run normally through the evaluator, and only the
//! compound statements around a `yield` are stepped here. `yield` may be a statement,
//! the right-hand side of an assignment, or `yield from`.

use std::rc::Rc;

use crate::args::Args;
use crate::code::{Block, Code, ExprKind, Stmt, StmtKind};
use crate::eval::{Frame, Unwind};
use crate::exceptions::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::iter::IterState;
use crate::value::Value;

/// A statement, found again through the block that holds it.
#[derive(Clone)]
pub struct StmtRef {
    block: Block,
    index: usize,
}

impl StmtRef {
    fn get(&self) -> &Stmt {
        &self.block[self.index]
    }
}

/// Where a suspended generator is.
pub enum Cursor {
    /// Running the statements of `block`, the next one at `index`.
    Block {
        block: Block,
        index: usize,
    },
    /// A `for` loop: its iterator.
    For {
        iter: Value,
        stmt: StmtRef,
    },
    While {
        stmt: StmtRef,
    },
    Try {
        stmt: StmtRef,
        phase: TryPhase,
    },
    With {
        exit: Value,
    },
    /// `yield from`: the delegate, and the statement that receives its result.
    YieldFrom {
        iter: Value,
        stmt: StmtRef,
    },
}

pub enum TryPhase {
    Body,
    Handler,
    Else,
    /// Running `finally`; the error to re-raise afterwards, if any.
    Finally(Option<PyErr>),
}

pub struct Generator {
    pub code: Rc<Code>,
    pub frame: Frame,
    pub cursors: Vec<Cursor>,
    /// The assignment waiting for the value `send()` delivers.
    pub pending_assign: Option<StmtRef>,
    pub started: bool,
    pub finished: bool,
}

/// Makes a generator object for a frame whose code is a generator function.
pub fn new(frame: Frame) -> Value {
    let code = frame.code.clone();
    let gen = Generator {
        code,
        frame,
        cursors: Vec::new(),
        pending_assign: None,
        started: false,
        finished: false,
    };
    crate::iter::make(IterState::Generator(Box::new(gen)))
}

pub fn install(interp: &mut Interp) {
    interp.add_methods(
        "generator",
        &[
            ("send", send),
            ("close", close),
            ("__next__", next_method),
            ("__iter__", iter_method),
        ],
    );
}

enum Step {
    Yielded(Value),
    Returned(Value),
}

/// Runs a generator to its next `yield`; `None` when it returns (for iteration).
pub fn resume(
    interp: &mut Interp,
    cell: &Rc<crate::iter::IterObj>,
    sent: Value,
) -> PyResult<Option<Value>> {
    Ok(resume_with_return(interp, cell, sent)?.ok())
}

/// Like [`resume`], but a return gives `Err(value)`: what `next()` and `send()` raise
/// StopIteration with.
pub fn resume_with_return(
    interp: &mut Interp,
    cell: &Rc<crate::iter::IterObj>,
    sent: Value,
) -> PyResult<Result<Value, Value>> {
    let mut gen = match std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted) {
        IterState::Generator(g) => g,
        other => {
            // Already running (the placeholder is Exhausted while it runs) or finished.
            let running = matches!(other, IterState::Exhausted);
            *cell.borrow_mut() = other;
            if running {
                return Ok(Err(Value::None));
            }
            return Ok(Err(Value::None));
        }
    };
    if gen.finished {
        *cell.borrow_mut() = IterState::Generator(gen);
        return Ok(Err(Value::None));
    }
    if !gen.started {
        if !sent.is_none() {
            *cell.borrow_mut() = IterState::Generator(gen);
            return Err(PyErr::type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        gen.started = true;
        let body = gen.code.body.clone();
        gen.cursors.push(Cursor::Block {
            block: body,
            index: 0,
        });
    }
    if interp.depth >= interp.recursion_limit {
        *cell.borrow_mut() = IterState::Generator(gen);
        return Err(crate::errors::recursion_error());
    }
    interp.depth += 1;
    let result = stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || run(interp, &mut gen, sent));
    interp.depth -= 1;
    let out = match result {
        Ok(Step::Yielded(v)) => Ok(Ok(v)),
        Ok(Step::Returned(v)) => {
            gen.finished = true;
            Ok(Err(v))
        }
        Err(mut e) => {
            gen.finished = true;
            let code = gen.code.clone();
            interp.add_traceback(&mut e, &code, code.span);
            Err(e)
        }
    };
    *cell.borrow_mut() = IterState::Generator(gen);
    out
}

fn unsupported() -> PyErr {
    PyErr::new(
        ExcKind::SystemError,
        "minipy supports yield as a statement, as an assignment's value, or yield from",
    )
}

fn run(interp: &mut Interp, gen: &mut Generator, sent: Value) -> PyResult<Step> {
    if let Some(stmt) = gen.pending_assign.take() {
        if let StmtKind::Assign(targets, _) = &stmt.get().kind {
            for t in targets {
                interp.assign(t, sent.clone(), &mut gen.frame)?;
            }
        }
    }
    loop {
        let result = step(interp, gen);
        match result {
            Ok(Some(s)) => return Ok(s),
            Ok(None) => {}
            Err(Unwind::Return(v)) => return Ok(Step::Returned(v)),
            Err(Unwind::Break) => loop_control(gen, true),
            Err(Unwind::Continue) => loop_control(gen, false),
            Err(Unwind::Error(e)) => handle_error(interp, gen, e)?,
        }
    }
}

/// Unwinds to the innermost loop for `break` (leaving it) or `continue`.
fn loop_control(gen: &mut Generator, is_break: bool) {
    while let Some(c) = gen.cursors.last() {
        if matches!(c, Cursor::For { .. } | Cursor::While { .. }) {
            if is_break {
                gen.cursors.pop();
            }
            return;
        }
        gen.cursors.pop();
    }
}

/// One step: runs one statement or advances one cursor. `Some` when it yields.
fn step(interp: &mut Interp, gen: &mut Generator) -> Result<Option<Step>, Unwind> {
    let Some(top) = gen.cursors.last_mut() else {
        return Err(Unwind::Return(Value::None));
    };
    match top {
        Cursor::Block { block, index } => {
            if *index >= block.len() {
                gen.cursors.pop();
                return Ok(None);
            }
            let stmt = StmtRef {
                block: block.clone(),
                index: *index,
            };
            *index += 1;
            if !stmt.get().has_yield {
                interp.exec_block(std::slice::from_ref(stmt.get()), &mut gen.frame)?;
                return Ok(None);
            }
            start_statement(interp, gen, stmt)
        }
        Cursor::For { iter, stmt } => {
            let (iter, stmt) = (iter.clone(), stmt.clone());
            let StmtKind::For(target, _, body, orelse) = &stmt.get().kind else {
                return Ok(None);
            };
            match interp.next(&iter)? {
                Some(v) => {
                    interp.assign(target, v, &mut gen.frame)?;
                    gen.cursors.push(Cursor::Block {
                        block: body.clone(),
                        index: 0,
                    });
                }
                None => {
                    gen.cursors.pop();
                    gen.cursors.push(Cursor::Block {
                        block: orelse.clone(),
                        index: 0,
                    });
                }
            }
            Ok(None)
        }
        Cursor::While { stmt } => {
            let stmt = stmt.clone();
            let StmtKind::While(test, body, orelse) = &stmt.get().kind else {
                return Ok(None);
            };
            let t = interp.eval(test, &mut gen.frame)?;
            if interp.truthy(&t)? {
                gen.cursors.push(Cursor::Block {
                    block: body.clone(),
                    index: 0,
                });
            } else {
                gen.cursors.pop();
                gen.cursors.push(Cursor::Block {
                    block: orelse.clone(),
                    index: 0,
                });
            }
            Ok(None)
        }
        Cursor::Try { stmt, phase } => {
            let stmt = stmt.clone();
            let StmtKind::Try(t) = &stmt.get().kind else {
                return Ok(None);
            };
            match std::mem::replace(phase, TryPhase::Finally(None)) {
                TryPhase::Body => {
                    *phase = TryPhase::Else;
                    gen.cursors.push(Cursor::Block {
                        block: t.orelse.clone(),
                        index: 0,
                    });
                }
                TryPhase::Handler => {
                    interp.handling.pop();
                    gen.cursors.push(Cursor::Block {
                        block: t.finalbody.clone(),
                        index: 0,
                    });
                }
                TryPhase::Else => gen.cursors.push(Cursor::Block {
                    block: t.finalbody.clone(),
                    index: 0,
                }),
                TryPhase::Finally(pending) => {
                    gen.cursors.pop();
                    if let Some(e) = pending {
                        return Err(Unwind::Error(e));
                    }
                }
            }
            Ok(None)
        }
        Cursor::With { exit } => {
            let exit = exit.clone();
            gen.cursors.pop();
            interp.call(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
            Ok(None)
        }
        Cursor::YieldFrom { iter, stmt } => {
            let (iter, stmt) = (iter.clone(), stmt.clone());
            match interp.next(&iter) {
                Ok(Some(v)) => Ok(Some(Step::Yielded(v))),
                Ok(None) => {
                    gen.cursors.pop();
                    deliver(interp, gen, &stmt, Value::None)?;
                    Ok(None)
                }
                Err(mut e) => {
                    let stop = interp.exc_class(ExcKind::StopIteration);
                    if interp.err_matches(&e, &stop) {
                        gen.cursors.pop();
                        let value = interp
                            .materialize(&mut e)
                            .map(|o| o.exc_args().first().cloned().unwrap_or(Value::None))
                            .unwrap_or(Value::None);
                        deliver(interp, gen, &stmt, value)?;
                        return Ok(None);
                    }
                    Err(Unwind::Error(e))
                }
            }
        }
    }
}

/// Gives an assignment statement the value its `yield` produced.
fn deliver(interp: &mut Interp, gen: &mut Generator, stmt: &StmtRef, value: Value) -> PyResult<()> {
    if let StmtKind::Assign(targets, _) = &stmt.get().kind {
        for t in targets {
            interp.assign(t, value.clone(), &mut gen.frame)?;
        }
    }
    Ok(())
}

/// Begins a statement that contains a `yield`.
fn start_statement(
    interp: &mut Interp,
    gen: &mut Generator,
    stmt: StmtRef,
) -> Result<Option<Step>, Unwind> {
    let f = &mut gen.frame;
    match &stmt.get().kind {
        StmtKind::Expr(e) | StmtKind::Assign(_, e) => match &e.kind {
            ExprKind::Yield(v) => {
                let value = match v {
                    Some(v) => interp.eval(v, f)?,
                    None => Value::None,
                };
                if matches!(stmt.get().kind, StmtKind::Assign(..)) {
                    gen.pending_assign = Some(stmt.clone());
                }
                Ok(Some(Step::Yielded(value)))
            }
            ExprKind::YieldFrom(inner) => {
                let source = interp.eval(inner, f)?;
                let iter = interp.iter(&source)?;
                gen.cursors.push(Cursor::YieldFrom { iter, stmt });
                Ok(None)
            }
            _ => Err(unsupported().into()),
        },
        StmtKind::If(test, body, orelse) => {
            let t = interp.eval(test, f)?;
            let block = if interp.truthy(&t)? {
                body.clone()
            } else {
                orelse.clone()
            };
            gen.cursors.push(Cursor::Block { block, index: 0 });
            Ok(None)
        }
        StmtKind::While(..) => {
            gen.cursors.push(Cursor::While { stmt });
            Ok(None)
        }
        StmtKind::For(_, iter, _, _) => {
            let source = interp.eval(iter, f)?;
            let iter = interp.iter(&source)?;
            gen.cursors.push(Cursor::For { iter, stmt });
            Ok(None)
        }
        StmtKind::Try(t) => {
            let body = t.body.clone();
            enter_try_phase(gen, stmt, TryPhase::Body, body);
            Ok(None)
        }
        StmtKind::With(items, body) if items.len() == 1 => {
            let (ctx, target) = &items[0];
            let mgr = interp.eval(ctx, f)?;
            let enter = interp.lookup_special(&mgr, crate::intern::sym::__enter__);
            let exit = interp.lookup_special(&mgr, crate::intern::sym::__exit__);
            let (Some(enter), Some(exit)) = (enter, exit) else {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    mgr.type_name()
                ))
                .into());
            };
            let v = interp.call(&enter, vec![], vec![])?;
            if let Some(t) = target {
                interp.assign(t, v, f)?;
            }
            gen.cursors.push(Cursor::With { exit });
            gen.cursors.push(Cursor::Block {
                block: body.clone(),
                index: 0,
            });
            Ok(None)
        }
        StmtKind::Return(Some(_)) => Err(unsupported().into()),
        _ => Err(unsupported().into()),
    }
}

/// Finds a handler for an error among the open `try` and `with` statements.
/// Runs `block`, then continues the `try` statement `stmt` in `phase`.
fn enter_try_phase(gen: &mut Generator, stmt: StmtRef, phase: TryPhase, block: Block) {
    gen.cursors.push(Cursor::Try { stmt, phase });
    gen.cursors.push(Cursor::Block { block, index: 0 });
}

fn handle_error(interp: &mut Interp, gen: &mut Generator, mut err: PyErr) -> PyResult<()> {
    if err.is_limit() {
        return Err(err);
    }
    while let Some(cursor) = gen.cursors.pop() {
        match cursor {
            Cursor::Try {
                stmt,
                phase: TryPhase::Body,
            } => {
                let StmtKind::Try(t) = &stmt.get().kind else {
                    continue;
                };
                for h in &t.handlers {
                    let matched = match &h.typ {
                        None => true,
                        Some(typ) => {
                            let tv = interp.eval(typ, &mut gen.frame)?;
                            crate::builtins::functions::is_exception_match(interp, &err, &tv)?
                        }
                    };
                    if matched {
                        let code = gen.code.clone();
                        interp.add_traceback(&mut err, &code, h.span);
                        let Some(obj) = interp.materialize(&mut err) else {
                            return Err(err);
                        };
                        if let Some(name) = &h.name {
                            interp.assign(name, Value::Instance(obj.clone()), &mut gen.frame)?;
                        }
                        interp.handling.push(obj);
                        let body = h.body.clone();
                        enter_try_phase(gen, stmt.clone(), TryPhase::Handler, body);
                        return Ok(());
                    }
                }
                if !t.finalbody.is_empty() {
                    let fin = t.finalbody.clone();
                    enter_try_phase(gen, stmt.clone(), TryPhase::Finally(Some(err)), fin);
                    return Ok(());
                }
            }
            Cursor::Try {
                stmt,
                phase: phase @ (TryPhase::Handler | TryPhase::Else),
            } => {
                if matches!(phase, TryPhase::Handler) {
                    interp.materialize(&mut err);
                    interp.handling.pop();
                }
                let StmtKind::Try(t) = &stmt.get().kind else {
                    continue;
                };
                if !t.finalbody.is_empty() {
                    let fin = t.finalbody.clone();
                    enter_try_phase(gen, stmt.clone(), TryPhase::Finally(Some(err)), fin);
                    return Ok(());
                }
            }
            Cursor::With { exit } => {
                let Some(obj) = interp.materialize(&mut err) else {
                    return Err(err);
                };
                let typ = Value::Class(obj.class.clone());
                let r = interp.call(&exit, vec![typ, Value::Instance(obj), Value::None], vec![])?;
                if interp.truthy(&r)? {
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    Err(err)
}

fn this(v: &Value) -> PyResult<Rc<crate::iter::IterObj>> {
    match v {
        Value::Iterator(it)
            if matches!(
                &*it.borrow(),
                IterState::Generator(_) | IterState::Exhausted
            ) =>
        {
            Ok(it.clone())
        }
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'generator' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn send(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("send", 1, 1)?;
    let cell = this(v)?;
    finish_step(resume_with_return(interp, &cell, a[0].clone())?)
}

fn next_method(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("__next__", 0, 0)?;
    let cell = this(v)?;
    finish_step(resume_with_return(interp, &cell, Value::None)?)
}

/// A yielded value, or StopIteration carrying the return value.
pub fn finish_step(step: Result<Value, Value>) -> PyResult<Value> {
    match step {
        Ok(v) => Ok(v),
        Err(Value::None) => Err(crate::errors::stop_iteration()),
        Err(v) => Err(PyErr::with_args(ExcKind::StopIteration, vec![v])),
    }
}

fn iter_method(_: &mut Interp, v: &Value, _: Args) -> PyResult<Value> {
    Ok(v.clone())
}

fn close(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let cell = this(v)?;
    if let IterState::Generator(g) = &mut *cell.borrow_mut() {
        g.finished = true;
    }
    Ok(Value::None)
}
