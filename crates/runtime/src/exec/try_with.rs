//! `try`, `with` and `raise`.

use std::rc::Rc;

use minipy_syntax::ast::Span;

use super::eval::{Exec, Frame, Unwind};
use crate::code::*;
use crate::errors;
use crate::exceptions::{ExcKind, PyErr, PyResult};
use crate::intern::sym;
use crate::interp::Interp;
use crate::value::Value;

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
    pub fn exception_from(&mut self, v: Value) -> PyResult<Rc<crate::class::Instance>> {
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
        let result = match self.exec_block(&t.body, f) {
            Err(Unwind::Error(mut err)) if !err.is_limit() && !t.handlers.is_empty() => {
                let mut handled = None;
                for h in &t.handlers {
                    let matched = match &h.typ {
                        None => true,
                        Some(typ) => {
                            let tv = self.eval(typ, f)?;
                            crate::builtins::functions::is_exception_match(self, &err, &tv)?
                        }
                    };
                    if matched {
                        handled = Some(h);
                        break;
                    }
                }
                match handled {
                    None => Err(Unwind::Error(err)),
                    Some(h) => {
                        // The frame's entry is recorded where the exception happened.
                        let code = f.code.clone();
                        self.add_traceback(&mut err, &code, h.span);
                        let obj = self.materialize(&mut err);
                        match obj {
                            None => Err(Unwind::Error(err)),
                            Some(obj) => {
                                if let Some(name) = &h.name {
                                    self.assign(name, Value::Instance(obj.clone()), f)?;
                                }
                                self.handling.push(obj);
                                let mut r = self.exec_block(&h.body, f);
                                if let Err(Unwind::Error(e)) = &mut r {
                                    // Chain while the handled exception is still current.
                                    self.materialize(e);
                                }
                                self.handling.pop();
                                if let Some(name) = &h.name {
                                    let _ = self.delete(name, f);
                                }
                                r
                            }
                        }
                    }
                }
            }
            Ok(()) => self.exec_block(&t.orelse, f),
            other => other,
        };
        if t.finalbody.is_empty() {
            return result;
        }
        if let Err(Unwind::Error(e)) = &result {
            if e.is_limit() {
                return result;
            }
        }
        // While `finally` runs, a pending exception is the one being handled.
        let pending = match result {
            Err(Unwind::Error(mut e)) => {
                let obj = self.materialize(&mut e);
                (Some(e), obj)
            }
            other => {
                self.exec_block(&t.finalbody, f)?;
                return other;
            }
        };
        if let Some(obj) = &pending.1 {
            self.handling.push(obj.clone());
        }
        let mut fin = self.exec_block(&t.finalbody, f);
        if let Err(Unwind::Error(e)) = &mut fin {
            self.materialize(e);
        }
        if pending.1.is_some() {
            self.handling.pop();
        }
        fin?;
        Err(Unwind::Error(
            pending.0.unwrap_or_else(errors::stop_iteration),
        ))
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
            let missing = if self.lookup_special(&mgr, sym::__enter__).is_none() {
                ""
            } else {
                " the context manager protocol (missed __exit__ method)"
            };
            let _ = missing;
            return Err(PyErr::type_error(format!(
                "'{t}' object does not support the context manager protocol"
            ))
            .into());
        };
        let v = self.call(&enter, vec![], vec![])?;
        if let Some(t) = target {
            self.assign(t, v, f)?;
        }
        let result = self.exec_with(rest, body, f);
        match result {
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
            other => {
                self.call(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
                other
            }
        }
    }

    /// `obj.name` looked up for a protocol method (bound), or `None`.
    pub fn lookup_special(&mut self, obj: &Value, name: crate::intern::Sym) -> Option<Value> {
        let class = self.type_of(obj);
        let m = class.lookup(name)?;
        Some(match m {
            Value::Function(_) | Value::Builtin(_) => {
                Value::BoundMethod(Rc::new(crate::function::BoundMethod {
                    func: m,
                    receiver: obj.clone(),
                }))
            }
            other => other,
        })
    }
}
