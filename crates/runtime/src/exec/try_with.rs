//! `try`, `with` and `raise`.

use std::rc::Rc;

use minipy_syntax::ast::Span;

use super::eval::{lost_place, Exec, Frame, Resume, Sent, TryPhase, Unwind};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::class::Instance;
use crate::object::intern::sym;
use crate::object::value::Value;

impl Interp {
    pub(super) fn raise(
        &mut self,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        f: &mut Frame,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            return match self.handling.last() {
                Some(current) => {
                    let mut e = PyErr::object(current.clone());
                    e.skip_frame = true;
                    Ok(e)
                }
                None => Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                )),
            };
        };
        let v = self.eval(exc, f)?;
        let obj = self.exception_from(v)?;
        if let Some(c) = cause {
            let cv = self.eval(c, f)?;
            let cause = match cv {
                Value::None => None,
                other => Some(Value::Instance(self.exception_from(other)?)),
            };
            if let Some(data) = &obj.exc {
                let mut d = data.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        if let Some(current) = self.handling.last() {
            if !Rc::ptr_eq(current, &obj) {
                if let Some(data) = &obj.exc {
                    data.borrow_mut().context = Some(Value::Instance(current.clone()));
                }
            }
        }
        Ok(PyErr::object(obj))
    }

    /// The exception object `raise v` raises (instantiating a class if needed).
    pub fn exception_from(&mut self, v: Value) -> PyResult<Rc<crate::object::class::Instance>> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Ok(i),
            Value::Class(c) if c.is_exception() => {
                match self.call(&Value::Class(c), vec![], vec![])? {
                    Value::Instance(i) if i.exc.is_some() => Ok(i),
                    _ => Err(PyErr::type_error(
                        "exceptions must derive from BaseException",
                    )),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    pub(super) fn exec_try(&mut self, t: &TryStmt, f: &mut Frame) -> Exec {
        let r = self.exec_block(&t.body, f);
        self.try_body_done(t, r, f)
    }

    /// A `try` statement after its body: its handlers or `else`, then `finally`.
    fn try_body_done(&mut self, t: &TryStmt, r: Exec, f: &mut Frame) -> Exec {
        let r = match r {
            Err(Unwind::Error(err)) if !err.is_limit() && !t.handlers.is_empty() => {
                self.try_handlers(t, err, f)
            }
            Ok(()) => self.try_else(t, None, f),
            Err(u @ Unwind::Yield) => {
                return Err(self.suspending(u, || Resume::Try(TryPhase::Body)));
            }
            other => other,
        };
        self.try_finally(t, r, f)
    }

    /// Runs (or, with `sent`, takes up) the `else` block of a `try` statement.
    fn try_else(&mut self, t: &TryStmt, sent: Option<Sent>, f: &mut Frame) -> Exec {
        let r = match sent {
            None => self.exec_block(&t.orelse, f),
            Some(sent) => self.resume_block(&t.orelse, f, sent),
        };
        r.map_err(|u| self.suspending(u, || Resume::Try(TryPhase::Else)))
    }

    /// Finds the handler for `err` and runs it.
    fn try_handlers(&mut self, t: &TryStmt, err: PyErr, f: &mut Frame) -> Exec {
        self.match_handlers(t, 0, err, None, f)
    }

    /// Matches `err` against the handlers from `start` on and runs the first that
    /// matches. With `sent`, a generator resumes in handler `start`'s type (a `yield`
    /// there, lowered to statements run before the type).
    fn match_handlers(
        &mut self,
        t: &TryStmt,
        start: usize,
        mut err: PyErr,
        mut sent: Option<Sent>,
        f: &mut Frame,
    ) -> Exec {
        for (i, h) in t.handlers.iter().enumerate().skip(start) {
            let matched = match &h.typ {
                None => true,
                Some(typ) => {
                    if !h.prelude.is_empty() {
                        let r = match sent.take() {
                            None => self.exec_block(&h.prelude, f),
                            Some(sent) => self.resume_block(&h.prelude, f, sent),
                        };
                        if let Err(u) = r {
                            return Err(
                                self.suspending(u, || Resume::Try(TryPhase::Matching(i, err)))
                            );
                        }
                    }
                    let tv = self.eval(typ, f)?;
                    is_exception_match(self, &err, &tv)?
                }
            };
            if !matched {
                continue;
            }
            // The frame's entry is recorded where the exception happened.
            let code = f.code.clone();
            self.add_traceback(&mut err, &code, h.span);
            let Some(obj) = self.materialize(&mut err) else {
                return Err(Unwind::Error(err));
            };
            if let Some(name) = &h.name {
                self.assign(name, Value::Instance(obj.clone()), f)?;
            }
            self.handling.push(obj.clone());
            let r = self.exec_block(&h.body, f);
            return self.handler_done(t, i, obj, r, f);
        }
        Err(Unwind::Error(err))
    }

    /// After the body of handler `i` (handling `obj`, the innermost of `handling`).
    fn handler_done(
        &mut self,
        t: &TryStmt,
        i: usize,
        obj: Rc<Instance>,
        mut r: Exec,
        f: &mut Frame,
    ) -> Exec {
        if let Err(Unwind::Error(e)) = &mut r {
            // Chain while the handled exception is still current.
            self.materialize(e);
        }
        // A suspended generator's handled exception is put back when it resumes.
        self.handling.pop();
        if let Err(u @ Unwind::Yield) = r {
            return Err(self.suspending(u, || Resume::Try(TryPhase::Handler(i, obj))));
        }
        if let Some(name) = &t.handlers[i].name {
            let _ = self.delete(name, f);
        }
        r
    }

    /// The `finally` block of a `try` statement that ended with `r`.
    fn try_finally(&mut self, t: &TryStmt, r: Exec, f: &mut Frame) -> Exec {
        if t.finalbody.is_empty() {
            return r;
        }
        match r {
            // A fired limit is final; a yield comes back here when the generator resumes.
            Err(Unwind::Error(ref e)) if e.is_limit() => r,
            Err(Unwind::Yield) => r,
            // While `finally` runs, a pending exception is the one being handled.
            Err(Unwind::Error(mut e)) => {
                let obj = self.materialize(&mut e);
                self.run_finally(t, Err(Unwind::Error(e)), obj, None, f)
            }
            other => self.run_finally(t, other, None, None, f),
        }
    }

    /// Runs (or, with `sent`, takes up) a `finally` block, then ends the statement as
    /// `pending` says unless the block ends it otherwise.
    fn run_finally(
        &mut self,
        t: &TryStmt,
        pending: Exec,
        handled: Option<Rc<Instance>>,
        sent: Option<Sent>,
        f: &mut Frame,
    ) -> Exec {
        if let Some(obj) = &handled {
            self.handling.push(obj.clone());
        }
        let mut fin = match sent {
            None => self.exec_block(&t.finalbody, f),
            Some(sent) => self.resume_block(&t.finalbody, f, sent),
        };
        if let Err(Unwind::Error(e)) = &mut fin {
            if handled.is_some() {
                self.materialize(e);
            }
        }
        if handled.is_some() {
            self.handling.pop();
        }
        match fin {
            Ok(()) => pending,
            Err(u @ Unwind::Yield) => {
                Err(self.suspending(u, || Resume::Try(TryPhase::Finally(pending, handled))))
            }
            Err(u) => Err(u),
        }
    }

    /// Takes up a `try` statement where a generator stopped in it.
    pub(super) fn resume_try(&mut self, t: &TryStmt, f: &mut Frame, sent: Sent) -> Exec {
        let Some(Resume::Try(phase)) = self.resumed() else {
            return Err(lost_place().into());
        };
        match phase {
            TryPhase::Body => {
                let r = self.resume_block(&t.body, f, sent);
                self.try_body_done(t, r, f)
            }
            TryPhase::Handler(i, obj) => {
                let Some(h) = t.handlers.get(i) else {
                    return Err(lost_place().into());
                };
                self.handling.push(obj.clone());
                let r = self.resume_block(&h.body, f, sent);
                let r = self.handler_done(t, i, obj, r, f);
                self.try_finally(t, r, f)
            }
            TryPhase::Matching(i, err) => {
                let r = self.match_handlers(t, i, err, Some(sent), f);
                self.try_finally(t, r, f)
            }
            TryPhase::Else => {
                let r = self.try_else(t, Some(sent), f);
                self.try_finally(t, r, f)
            }
            TryPhase::Finally(pending, handled) => {
                self.run_finally(t, pending, handled, Some(sent), f)
            }
        }
    }

    pub(super) fn exec_with(
        &mut self,
        items: &[(Expr, Option<Target>)],
        body: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(body, f);
        };
        let mgr = self.eval(ctx, f)?;
        let exit = self.lookup_special(&mgr, sym::__exit__);
        let enter = self.lookup_special(&mgr, sym::__enter__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let t = mgr.type_name().to_string();
            return Err(PyErr::type_error(format!(
                "'{t}' object does not support the context manager protocol"
            ))
            .into());
        };
        let v = self.call(&enter, vec![], vec![])?;
        // (Storing the target is inside the statement, as in CPython: `__exit__` sees
        // its errors.)
        let r = match target {
            Some(t) => match self.assign(t, v, f) {
                Ok(()) => self.exec_with(rest, body, f),
                Err(e) => Err(e.into()),
            },
            None => self.exec_with(rest, body, f),
        };
        self.with_done(exit, r, f)
    }

    /// Takes up a `with` statement where a generator stopped in its body.
    pub(super) fn resume_with(
        &mut self,
        items: &[(Expr, Option<Target>)],
        body: &[Stmt],
        f: &mut Frame,
        sent: Sent,
    ) -> Exec {
        let Some(Resume::With(exit)) = self.resumed() else {
            return Err(lost_place().into());
        };
        let r = match items.get(1..) {
            Some(rest) if !rest.is_empty() => self.resume_with(rest, body, f, sent),
            _ => self.resume_block(body, f, sent),
        };
        self.with_done(exit, r, f)
    }

    /// Calls `__exit__` for a `with` statement whose body ended with `r`.
    fn with_done(&mut self, exit: Value, r: Exec, f: &mut Frame) -> Exec {
        match r {
            Err(Unwind::Error(mut err)) if !err.is_limit() => {
                let code = f.code.clone();
                self.add_traceback(&mut err, &code, Span::default());
                err.skip_frame = true;
                let Some(obj) = self.materialize(&mut err) else {
                    return Err(Unwind::Error(err));
                };
                let typ = Value::Class(obj.class.clone());
                self.handling.push(obj.clone());
                let r = self.call(
                    &exit,
                    vec![typ, Value::Instance(obj.clone()), Value::None],
                    vec![],
                );
                self.handling.pop();
                let suppress = self.truthy(&r?)?;
                if suppress {
                    Ok(())
                } else {
                    Err(Unwind::Error(err))
                }
            }
            // A fired limit is final: no `__exit__` runs that could replace or swallow it.
            Err(Unwind::Error(err)) => Err(Unwind::Error(err)),
            Err(u @ Unwind::Yield) => Err(self.suspending(u, || Resume::With(exit))),
            other => {
                self.call(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
                other
            }
        }
    }

    /// `obj.name` looked up for a protocol method (bound), or `None`.
    pub fn lookup_special(
        &mut self,
        obj: &Value,
        name: crate::object::intern::Sym,
    ) -> Option<Value> {
        let class = self.type_of(obj);
        let m = class.lookup(name)?;
        Some(match m {
            Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(
                crate::object::alloc::alloc(crate::object::function::BoundMethod {
                    func: m,
                    receiver: obj.clone(),
                }),
            ),
            other => other,
        })
    }
}

/// Whether an error matches an `except` clause's class (or tuple of classes).
fn is_exception_match(interp: &mut Interp, err: &PyErr, typ: &Value) -> PyResult<bool> {
    match typ {
        Value::Class(c) if c.is_exception() => Ok(interp.err_matches(err, c)),
        Value::Tuple(items) => {
            for t in items.iter() {
                if is_exception_match(interp, err, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}
