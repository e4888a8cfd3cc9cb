//! The `yield` and `yield from` statements: where a generator stops and what it receives
//! when it goes on.

use std::rc::Rc;

use super::eval::{lost_place, Exec, Frame, Resume, Sent, Thrown, Unwind};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::iterator::IterState;

/// What one step of a `yield from` delegate gave: a value it yielded, or its return value.
type Step = Result<Value, Value>;

impl Interp {
    /// A `yield` taken up: stores what the generator was sent, or raises what was thrown.
    #[inline]
    pub(super) fn yield_received(
        &mut self,
        store: Option<&Target>,
        sent: Sent,
        f: &mut Frame,
    ) -> Exec {
        match sent {
            Sent::Value(v) => {
                match store {
                    Some(t) => self.assign(t, v, f)?,
                    // (Most often `None`, from `next()`: nothing to free, no drop glue
                    // called.)
                    None => v.release(),
                }
                Ok(())
            }
            Sent::Raise(t) => {
                let Thrown {
                    err: mut e,
                    outside,
                    ..
                } = *t;
                // An exception the generator itself handles becomes the thrown one's
                // context.
                if self.handling.len() > outside {
                    if let (Some(obj), Some(handled)) =
                        (self.materialize(&mut e), self.handling.last())
                    {
                        if !Rc::ptr_eq(&obj, handled) {
                            if let Some(exc) = &obj.exc {
                                exc.borrow_mut().context = Some(Value::Instance(handled.clone()));
                            }
                        }
                    }
                }
                Err(Unwind::Error(e))
            }
        }
    }

    pub(super) fn exec_yield_from(
        &mut self,
        source: &Expr,
        store: Option<&Target>,
        f: &mut Frame,
    ) -> Exec {
        let source = self.eval(source, f)?;
        let delegate = self.iter(&source)?;
        self.delegate(delegate, Sent::Value(Value::None), store, f)
    }

    /// A `yield from` taken up: passes what the generator was sent on to the delegate.
    pub(super) fn resume_delegate(
        &mut self,
        store: Option<&Target>,
        sent: Sent,
        f: &mut Frame,
    ) -> Exec {
        let Some(Resume::Delegate(delegate)) = self.resumed() else {
            return Err(lost_place().into());
        };
        if !self.resumed_yield() {
            return Err(lost_place().into());
        }
        self.delegate(delegate, sent, store, f)
    }

    /// One step of `yield from`: the delegate's next value is yielded in turn; its return
    /// value goes to the target.
    fn delegate(
        &mut self,
        delegate: Value,
        sent: Sent,
        store: Option<&Target>,
        f: &mut Frame,
    ) -> Exec {
        match self.delegate_step(&delegate, sent)? {
            Ok(v) => {
                self.note(Resume::Yielded(v));
                self.note(Resume::Delegate(delegate));
                Err(Unwind::Yield)
            }
            Err(returned) => {
                if let Some(t) = store {
                    self.assign(t, returned, f)?;
                }
                Ok(())
            }
        }
    }

    fn delegate_step(&mut self, delegate: &Value, sent: Sent) -> PyResult<Step> {
        if let Sent::Raise(t) = &sent {
            let e = &t.err;
            let exit = self.exc_class(ExcKind::GeneratorExit);
            if self.err_matches(e, &exit) {
                self.close_delegate(delegate)?;
                return Err(match sent {
                    Sent::Raise(t) => t.err,
                    Sent::Value(_) => crate::exec::eval::lost_place(),
                });
            }
        }
        if let Value::Iterator(cell) = delegate {
            if matches!(&*cell.borrow(), IterState::Generator(_)) {
                return match sent {
                    Sent::Value(v) => super::generator::resume_with_return(self, cell, v),
                    Sent::Raise(t) => super::generator::throw_into(self, cell, t.err, t.args),
                };
            }
        }
        let result = match sent {
            Sent::Value(Value::None) => match delegate {
                Value::Instance(_) => {
                    match self.call_special(
                        delegate,
                        crate::object::intern::sym::__next__,
                        Vec::new,
                    ) {
                        Some(r) => r,
                        None => Err(PyErr::type_error(format!(
                            "'{}' object is not an iterator",
                            delegate.type_name()
                        ))),
                    }
                }
                // (A StopIteration raised inside a native iterator, `map`'s function
                // for one, ends the delegation with its value.)
                _ => match self.next(delegate) {
                    Ok(Some(v)) => return Ok(Ok(v)),
                    Ok(None) => return Ok(Err(Value::None)),
                    Err(e) => Err(e),
                },
            },
            Sent::Value(v) => {
                let send = self.intern("send");
                self.call_method(delegate, send, vec![v])
            }
            Sent::Raise(t) => return self.throw_to_delegate(delegate, t.err, t.args),
        };
        self.stop_value(result)
    }

    /// Closes a delegate when its delegator is closed: a generator, or an iterator with
    /// a `close` method.
    fn close_delegate(&mut self, delegate: &Value) -> PyResult<()> {
        if let Value::Iterator(cell) = delegate {
            if matches!(&*cell.borrow(), IterState::Generator(_)) {
                return super::generator::close_generator(self, cell);
            }
        }
        let close = self.intern("close");
        if let Ok(m) = self.get_attr(delegate, close) {
            self.call(&m, vec![], vec![])?;
        }
        Ok(())
    }

    /// A delegate that is not a generator gets a thrown exception through its `throw`
    /// method, if it has one (with `throw()`'s own arguments); else it is raised here.
    fn throw_to_delegate(
        &mut self,
        delegate: &Value,
        mut e: PyErr,
        args: Option<Vec<Value>>,
    ) -> PyResult<Step> {
        let throw = self.intern("throw");
        let Ok(m) = self.get_attr(delegate, throw) else {
            return Err(e);
        };
        let args = match args {
            Some(args) => args,
            None => match self.materialize(&mut e) {
                Some(obj) => vec![Value::Instance(obj)],
                None => return Err(e),
            },
        };
        let r = self.call(&m, args, vec![]);
        self.stop_value(r)
    }

    /// A delegate's step: StopIteration is its return value.
    fn stop_value(&mut self, r: PyResult<Value>) -> PyResult<Step> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(mut e) => {
                let stop = self.exc_class(ExcKind::StopIteration);
                if !self.err_matches(&e, &stop) {
                    return Err(e);
                }
                Ok(Err(stop_iteration_value(self, &mut e)))
            }
        }
    }
}

/// `StopIteration.value`: its first argument, or None.
pub(crate) fn stop_iteration_value(interp: &mut Interp, e: &mut PyErr) -> Value {
    interp
        .materialize(e)
        .map(|o: Rc<crate::object::class::Instance>| {
            o.exc_args().first().cloned().unwrap_or(Value::None)
        })
        .unwrap_or(Value::None)
}
