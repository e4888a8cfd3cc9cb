//! Generator objects: a frame that stops at `yield` and goes on later.
//!
//! The statement executor runs a generator's body like any function's. At a `yield`, the
//! generator keeps its frame and the records of where its statements stopped
//! ([`crate::exec::eval::Record`]); resuming hands both back to the executor
//! ([`Interp::resume_block`]). This file holds only the object: its state, `send`,
//! `throw`, `close`, `__next__` and `__iter__`, and the entry point that runs it.

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::Code;
use crate::exec::eval::{Exec, Frame, Record, Resume, Sent, Thrown, Unwind};
use crate::exec::yield_loop::loop_shape;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::iterator::{IterObj, IterState};

pub struct Generator {
    pub code: Rc<Code>,
    /// The frame: its variables. Taken out while it runs (boxed, so that is cheap);
    /// dropped once the generator finishes.
    frame: Option<Box<Frame>>,
    /// Where it stopped: its statements' records, handed to the executor
    /// ([`Interp::suspended`]) while it runs.
    records: Vec<Record>,
    state: State,
}

/// A suspended generator's records can hold the generator it iterates: freed without
/// deep recursion.
impl Drop for Generator {
    fn drop(&mut self) {
        if !self.records.is_empty() {
            let mut held = Vec::new();
            for r in std::mem::take(&mut self.records) {
                r.resume.release_into(&mut held);
            }
            crate::object::value::drop_values(held);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Created,
    Suspended,
    Running,
    Finished,
}

/// The generator an iterator object holds, if it is one (the iterator type keeps it
/// opaque: the execution layer defines it).
fn generator(state: &mut IterState) -> Option<&mut Generator> {
    match state {
        IterState::Generator(g) => g.downcast_mut::<Generator>(),
        _ => None,
    }
}

/// Makes a generator object for a frame whose code is a generator function.
pub fn new(frame: Frame) -> Value {
    let gen = Generator {
        code: frame.code.clone(),
        frame: Some(Box::new(frame)),
        records: Vec::new(),
        state: State::Created,
    };
    crate::types::iterator::make(IterState::Generator(Box::new(gen)))
}

pub fn install(interp: &mut Interp) {
    interp.add_methods(
        "generator",
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", next_method),
            ("__iter__", iter_method),
        ],
    );
    interp.add_getters(
        "generator",
        &[
            ("__name__", |_, a| {
                Ok(Value::str(&*read(&a, |g| g.code.clone())?.name))
            }),
            ("__qualname__", |_, a| {
                Ok(Value::str(&*read(&a, |g| g.code.clone())?.qualname))
            }),
            ("gi_code", |_, a| {
                let code =
                    crate::object::function::CodeObject::Function(read(&a, |g| g.code.clone())?);
                Ok(Value::Code(crate::object::alloc::alloc(code)))
            }),
            ("gi_running", |_, a| {
                Ok(Value::from_bool(read(&a, |g| g.state)? == State::Running))
            }),
            ("gi_suspended", |_, a| {
                Ok(Value::from_bool(read(&a, |g| g.state)? == State::Suspended))
            }),
            ("gi_yieldfrom", |_, a| {
                Ok(read(&a, delegate)?.unwrap_or(Value::None))
            }),
        ],
    );
}

/// What a getter reads of the generator it is called on.
fn read<T>(a: &Args, f: impl FnOnce(&Generator) -> T) -> PyResult<T> {
    let cell = this(a.pos.first().ok_or_else(messages::getset_not_callable)?)?;
    let mut state = cell.borrow_mut();
    generator(&mut state)
        .map(|g| f(g))
        .ok_or_else(messages::getset_not_callable)
}

/// Runs a generator to its next `yield`; `None` when it returns (for iteration).
#[inline]
pub fn resume(interp: &mut Interp, cell: &Rc<IterObj>, sent: Value) -> PyResult<Option<Value>> {
    Ok(resume_with_return(interp, cell, sent)?.ok())
}

/// Like [`resume`], but a return gives `Err(value)`: what `next()` and `send()` raise
/// StopIteration with.
#[inline]
pub fn resume_with_return(
    interp: &mut Interp,
    cell: &Rc<IterObj>,
    sent: Value,
) -> PyResult<Result<Value, Value>> {
    run(interp, cell, Sent::Value(sent))
}

/// Raises `e` where the generator stopped (`throw()`): the value it yields next, or its
/// return value, as [`resume_with_return`].
pub(crate) fn throw_into(
    interp: &mut Interp,
    cell: &Rc<IterObj>,
    e: PyErr,
    args: Option<Vec<Value>>,
) -> PyResult<Result<Value, Value>> {
    let outside = interp.handling.len();
    run(
        interp,
        cell,
        Sent::Raise(Box::new(Thrown {
            err: e,
            outside,
            args,
        })),
    )
}

/// The iterator a suspended generator's `yield from` delegates to (`gi_yieldfrom`).
fn delegate(gen: &Generator) -> Option<Value> {
    match gen.records.get(1) {
        Some(Record {
            resume: Resume::Delegate(d),
            ..
        }) if gen.state == State::Suspended => Some(d.clone()),
        _ => None,
    }
}

/// Whether a suspended generator is in a `yield from` whose delegate (at any depth) is
/// not a generator but has a `throw` method: `throw()`'s arguments go to it as they are.
fn delegates_throw(interp: &mut Interp, cell: &Rc<IterObj>) -> bool {
    let Some(delegate) = generator(&mut cell.borrow_mut()).and_then(|g| delegate(g)) else {
        return false;
    };
    if let Value::Iterator(inner) = &delegate {
        if matches!(&*inner.borrow(), IterState::Generator(_)) {
            let inner = inner.clone();
            return matches!(
                interp.recurse("in generator throw", |interp| Ok(delegates_throw(
                    interp, &inner
                ))),
                Ok(true)
            );
        }
    }
    let throw = interp.intern("throw");
    interp.get_attr(&delegate, throw).is_ok()
}

/// Runs the generator's frame until it yields, returns or raises.
fn run(interp: &mut Interp, cell: &Rc<IterObj>, sent: Sent) -> PyResult<Result<Value, Value>> {
    let (code, mut frame, started) = {
        let mut state = cell.borrow_mut();
        let Some(gen) = generator(&mut state) else {
            return Ok(Err(Value::None));
        };
        match (gen.state, &sent) {
            (State::Running, _) => return Err(messages::generator_running()),
            (State::Finished, Sent::Value(_)) => return Ok(Err(Value::None)),
            (State::Created, Sent::Value(v)) if !v.is_none() => {
                return Err(messages::send_to_just_started())
            }
            // Thrown into after it finished: raised right there.
            (State::Finished, Sent::Raise(_)) => {
                drop(state);
                let Sent::Raise(t) = sent else {
                    return Ok(Err(Value::None));
                };
                return Err(t.err);
            }
            _ => {}
        }
        let Some(frame) = gen.frame.take() else {
            return Ok(Err(Value::None));
        };
        let started = gen.state == State::Suspended;
        gen.state = State::Running;
        // The executor works on the running generator's records; the generator holds
        // the outer ones (none: no statement is stopped while code runs) meanwhile.
        std::mem::swap(&mut interp.suspended, &mut gen.records);
        (gen.code.clone(), frame, started)
    };
    if interp.depth >= interp.recursion_limit {
        if let Some(gen) = generator(&mut cell.borrow_mut()) {
            gen.state = if started {
                State::Suspended
            } else {
                State::Created
            };
            gen.frame = Some(frame);
            std::mem::swap(&mut interp.suspended, &mut gen.records);
        }
        return Err(messages::recursion_error());
    }
    interp.depth += 1;
    interp.enter_call_site(&code);
    let prev = interp.enter_namespace(&code.ns);
    // (Checking the stack every few levels is enough, as for calls.)
    let result = if interp.depth.is_multiple_of(8) {
        crate::object::alloc::with_stack(256 * 1024, 4 * 1024 * 1024, || {
            step(interp, &code, &mut frame, sent, started)
        })
    } else {
        step(interp, &code, &mut frame, sent, started)
    };
    interp.leave_namespace(prev);
    interp.leave_call_site();
    interp.depth -= 1;
    let result = match result {
        Err(u @ Unwind::Yield) => {
            // (Forgotten, not dropped: nothing to drop, and the drop glue is a call.)
            std::mem::forget(u);
            // The `yield`'s own record, the first, keeps a placeholder for its value.
            if let Some(Record {
                resume: Resume::Yielded(v),
                ..
            }) = interp.suspended.first_mut()
            {
                let v = std::mem::replace(v, Value::None);
                if let Some(gen) = generator(&mut cell.borrow_mut()) {
                    gen.state = State::Suspended;
                    // (Nothing to drop there: the frame was taken out.)
                    std::mem::forget(gen.frame.replace(frame));
                    std::mem::swap(&mut interp.suspended, &mut gen.records);
                }
                return Ok(Ok(v));
            }
            Err(Unwind::Yield)
        }
        other => other,
    };
    finish(interp, cell, &code, frame, result)
}

/// Runs the frame from its start, or resumes it where it stopped.
#[inline(always)]
fn step(interp: &mut Interp, code: &Code, frame: &mut Frame, sent: Sent, started: bool) -> Exec {
    match sent {
        Sent::Value(v) if started => match loop_shape(&code.body, &interp.suspended) {
            Some(shape) => interp.resume_loop(&shape, frame, v),
            None => interp.resume_block(&code.body, frame, Sent::Value(v)),
        },
        _ if started => interp.resume_block(&code.body, frame, sent),
        Sent::Value(_) => interp.exec_block(&code.body, frame),
        // Thrown into before it started: raised at its first line.
        Sent::Raise(t) => Err(Unwind::Error(t.err)),
    }
}

/// A generator's frame ended (or lost its place): the return value or the exception.
fn finish(
    interp: &mut Interp,
    cell: &Rc<IterObj>,
    code: &Rc<Code>,
    frame: Box<Frame>,
    result: Exec,
) -> PyResult<Result<Value, Value>> {
    if let Some(gen) = generator(&mut cell.borrow_mut()) {
        std::mem::swap(&mut interp.suspended, &mut gen.records);
    }
    // Its variables (and the records a frame that lost its place leaves) are freed now.
    drop(mark_finished(cell));
    drop(frame);
    match result {
        Ok(()) | Err(Unwind::Break | Unwind::Continue) => Ok(Err(Value::None)),
        Err(Unwind::Return(v)) => Ok(Err(v)),
        Err(Unwind::Error(mut e)) => {
            interp.leave_frame(&mut e, code);
            Err(stop_iteration_escaped(interp, e))
        }
        Err(Unwind::Yield) => Err(crate::exec::eval::lost_place()),
    }
}

/// Marks a generator finished; what it held, for the caller to free outside the borrow.
fn mark_finished(cell: &Rc<IterObj>) -> Option<(Option<Box<Frame>>, Vec<Record>)> {
    let mut state = cell.borrow_mut();
    let gen = generator(&mut state)?;
    gen.state = State::Finished;
    Some((gen.frame.take(), std::mem::take(&mut gen.records)))
}

/// A StopIteration leaving a generator's frame becomes RuntimeError (PEP 479), caused by it.
fn stop_iteration_escaped(interp: &mut Interp, mut e: PyErr) -> PyErr {
    let stop = interp.exc_class(ExcKind::StopIteration);
    if !interp.err_matches(&e, &stop) {
        return e;
    }
    let Some(cause) = interp.materialize(&mut e) else {
        return e;
    };
    let mut err = messages::generator_raised_stop_iteration();
    if let Some(obj) = interp.materialize(&mut err) {
        if let Some(data) = &obj.exc {
            let mut d = data.borrow_mut();
            d.cause = Some(Value::Instance(cause.clone()));
            d.context = Some(Value::Instance(cause));
            d.suppress_context = true;
        }
    }
    err
}

/// The generator a method was called on.
fn this(v: &Value) -> PyResult<&Rc<IterObj>> {
    match v {
        Value::Iterator(it) if matches!(&*it.borrow(), IterState::Generator(_)) => Ok(it),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'generator' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn send(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("send", 1, 1)?;
    let cell = this(v)?;
    finish_step(resume_with_return(interp, cell, a[0].clone())?)
}

fn next_method(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("__next__", 0, 0)?;
    let cell = this(v)?;
    finish_step(resume_with_return(interp, cell, Value::None)?)
}

/// A yielded value, or StopIteration carrying the return value.
pub fn finish_step(step: Result<Value, Value>) -> PyResult<Value> {
    match step {
        Ok(v) => Ok(v),
        Err(Value::None) => Err(crate::error::messages::stop_iteration()),
        Err(v) => Err(PyErr::with_args(ExcKind::StopIteration, vec![v])),
    }
}

fn iter_method(_: &mut Interp, v: &Value, _: Args) -> PyResult<Value> {
    Ok(v.clone())
}

/// `gen.throw(typ[, val[, tb]])`: raises the exception where the generator stopped.
fn throw(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("throw", 1, 3)?;
    let cell = this(v)?;
    let err = match thrown(interp, a) {
        Ok(exc) => PyErr::object(exc),
        // (A delegate's `throw` may take what the generator cannot raise.)
        Err(e) if delegates_throw(interp, cell) => e,
        Err(e) => return Err(e),
    };
    finish_step(throw_into(interp, cell, err, Some(a.to_vec()))?)
}

/// The exception `throw(type[, value[, traceback]])` raises.
fn thrown(interp: &mut Interp, a: &[Value]) -> PyResult<Rc<crate::object::class::Instance>> {
    if a.get(2).is_some_and(|tb| !tb.is_none()) {
        return Err(messages::throw_bad_traceback());
    }
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let exc = match &a[0] {
        Value::Instance(i) if i.exc.is_some() => {
            if !value.is_none() {
                return Err(messages::throw_instance_with_value());
            }
            i.clone()
        }
        Value::Class(c) if c.is_exception() => match value {
            Value::Instance(i) if i.class.is_subclass(c) => i,
            other => {
                let args = match other {
                    Value::None => vec![],
                    Value::Tuple(t) => t.to_vec(),
                    v => vec![v],
                };
                match interp.call(&a[0], args, vec![])? {
                    Value::Instance(i) if i.exc.is_some() => i,
                    other => return Err(messages::throw_not_exception(other.type_name())),
                }
            }
        },
        other => return Err(messages::throw_not_exception(other.type_name())),
    };
    Ok(exc)
}

/// `gen.close()`: raises GeneratorExit where the generator stopped, so its `finally`
/// blocks and `with` exits run.
fn close(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let cell = this(v)?;
    close_generator(interp, cell)?;
    Ok(Value::None)
}

/// Closes a generator (also one a `yield from` delegates to, when its delegator closes).
pub(crate) fn close_generator(interp: &mut Interp, cell: &Rc<IterObj>) -> PyResult<()> {
    let state = match generator(&mut cell.borrow_mut()) {
        Some(gen) => gen.state,
        None => return Ok(()),
    };
    match state {
        State::Created => {
            drop(mark_finished(cell));
            return Ok(());
        }
        State::Finished => return Ok(()),
        State::Running | State::Suspended => {}
    }
    let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
    match throw_into(interp, cell, exit, None) {
        Ok(Ok(_)) => Err(messages::generator_ignored_exit()),
        Ok(Err(_)) => Ok(()),
        Err(e) => {
            let exit = interp.exc_class(ExcKind::GeneratorExit);
            let stop = interp.exc_class(ExcKind::StopIteration);
            if interp.err_matches(&e, &exit) || interp.err_matches(&e, &stop) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

impl Interp {
    /// `next()` on a generator: its next value, or `None` once it has returned.
    pub(crate) fn resume_generator(&mut self, cell: &Rc<IterObj>) -> PyResult<Option<Value>> {
        resume(self, cell, Value::None)
    }
}
