//! Resuming the commonest generator: a body that is one `for` loop yielding one value a
//! pass (`for x in src: yield f(x)`, optionally under one `if`), the shape of every
//! generator expression with at most one condition.
//!
//! The general path ([`Interp::resume_block`]) descends through the records of the
//! statements the `yield` stopped in, and a `yield` unwinds back out through them. Here
//! the loop runs in place: the next item, the target, the condition, the value, and the
//! same records the general path would leave. Steps, error locations and records are the
//! general path's, so either can take up where the other stopped.

use super::eval::{focus, Exec, ForState, Frame, Record, Resume, Unwind};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;

/// The parts of a body of that shape.
struct Shape<'a> {
    for_stmt: &'a Stmt,
    target: &'a Target,
    guard: Option<(&'a Stmt, &'a Expr)>,
    yield_stmt: &'a Stmt,
    value: &'a Expr,
}

fn shape(body: &[Stmt]) -> Option<Shape<'_>> {
    let [for_stmt] = body else { return None };
    let StmtKind::For(target, _, loop_body, orelse) = &for_stmt.kind else {
        return None;
    };
    if !orelse.is_empty() {
        return None;
    }
    let (guard, yield_stmt) = match &**loop_body {
        [if_stmt @ Stmt {
            kind: StmtKind::If(test, then, otherwise),
            ..
        }] if otherwise.is_empty() => match &**then {
            [y] => (Some((if_stmt, test)), y),
            _ => return None,
        },
        [y] => (None, y),
        _ => return None,
    };
    let StmtKind::Yield(Some(value), None) = &yield_stmt.kind else {
        return None;
    };
    Some(Shape {
        for_stmt,
        target,
        guard,
        yield_stmt,
        value,
    })
}

impl Interp {
    /// Resumes a generator whose `body` has that shape and stopped at its `yield` (the
    /// value sent to it is dropped: the `yield` has no target); `None`, with nothing
    /// done, for any other body or place.
    pub(super) fn resume_yield_loop(&mut self, body: &[Stmt], f: &mut Frame) -> Option<Exec> {
        let s = shape(body)?;
        // The records: the `yield`'s, the `if`'s (in its body), the loop's; innermost first.
        let placed = match self.suspended.as_slice() {
            [Record {
                resume: Resume::Yielded(_),
                ..
            }, Record {
                resume: Resume::If(true),
                ..
            }, Record {
                resume: Resume::For(_),
                at,
            }] => s.guard.is_some() && *at == s.for_stmt as *const Stmt as usize,
            [Record {
                resume: Resume::Yielded(_),
                ..
            }, Record {
                resume: Resume::For(_),
                at,
            }] => s.guard.is_none() && *at == s.for_stmt as *const Stmt as usize,
            _ => false,
        };
        if !placed {
            return None;
        }
        // The loop's state is taken out while the passes run (the records stay: code
        // the passes run resumes other generators, which keep them aside meanwhile).
        let last = self.suspended.len() - 1;
        let Resume::For(mut state) =
            std::mem::replace(&mut self.suspended[last].resume, Resume::While)
        else {
            return None;
        };
        Some(match self.yield_loop(&s, &mut state, f) {
            Ok(Some(v)) => {
                // (Nothing to drop: the placeholder holds nothing.)
                std::mem::forget(std::mem::replace(
                    &mut self.suspended[last].resume,
                    Resume::For(state),
                ));
                if let Resume::Yielded(old) = &mut self.suspended[0].resume {
                    std::mem::replace(old, v).release();
                }
                Err(Unwind::Yield)
            }
            // The loop ran out, or raised: the body is over, and no statement holds a place.
            Ok(None) => {
                self.suspended.clear();
                Ok(())
            }
            Err(e) => {
                self.suspended.clear();
                Err(Unwind::Error(focus(e, s.for_stmt.span)))
            }
        })
    }

    /// Runs passes of the loop until one yields (its value) or the items run out.
    fn yield_loop(
        &mut self,
        s: &Shape,
        state: &mut ForState,
        f: &mut Frame,
    ) -> crate::error::PyResult<Option<Value>> {
        loop {
            // The pass that yielded is over: a step, as for every pass.
            self.limits.tick()?;
            let item = match state {
                ForState::Range { next, stop, step } => {
                    let i = *next;
                    if (*step > 0 && i < *stop) || (*step < 0 && i > *stop) {
                        *next = i.checked_add(*step).unwrap_or(*stop);
                        Some(Value::Int(i))
                    } else {
                        None
                    }
                }
                ForState::Seq { seq, next } => {
                    let item = super::loops::seq_item(seq, *next);
                    *next += 1;
                    item
                }
                ForState::Iter(it) => self.next_item(it)?,
            };
            let Some(v) = item else { return Ok(None) };
            self.assign(s.target, v, f)?;
            if let Some((if_stmt, test)) = s.guard {
                self.limits.tick().map_err(|e| focus(e, if_stmt.span))?;
                if !self
                    .condition(test, f)
                    .map_err(|e| focus(e, if_stmt.span))?
                {
                    continue;
                }
            }
            let at_yield = |e| focus(e, s.yield_stmt.span);
            self.limits.tick().map_err(at_yield)?;
            return self.eval(s.value, f).map(Some).map_err(at_yield);
        }
    }
}
