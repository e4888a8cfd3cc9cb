//! Resuming the commonest generators in place:
//! - a body that is one `for` loop yielding one value a pass (`for x in src: yield f(x)`,
//!   optionally under one `if`), the shape of every generator expression with at most
//!   one condition;
//! - a body ending in a `while` loop, stopped at a `yield` of the loop's own block
//!   (`while i < n: yield i; i += 1`, `while True: x = yield total; ...`).
//!
//! The general path ([`Interp::resume_block`]) descends through the records of the
//! statements the `yield` stopped in, and a `yield` unwinds back out through them. Here
//! the loop goes on from the `yield` itself and stops at it again with the records left
//! where they were. Steps, error locations and records are the general path's, so either
//! can take up where the other stopped.

use super::eval::{focus, stmt_addr, stmt_index, Exec, ForState, Frame, Record, Resume, Unwind};
use crate::error::PyResult;
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;

/// A generator body of one of those shapes, stopped where it can be resumed in place.
pub(super) enum Loop<'a> {
    /// `for target in ...:` with `[if guard:] yield value` as its block.
    For {
        for_stmt: &'a Stmt,
        target: &'a Target,
        guard: Option<(&'a Stmt, &'a Expr)>,
        yield_stmt: &'a Stmt,
        value: &'a Expr,
    },
    /// `while test:` ending the body, stopped at the `yield` at `at` of its block.
    While {
        while_stmt: &'a Stmt,
        test: &'a Expr,
        block: &'a [Stmt],
        at: usize,
        value: Option<&'a Expr>,
        store: Option<&'a Target>,
    },
}

/// The shape of `body`, stopped where `records` say; `None` for any other body or place.
pub(super) fn loop_shape<'a>(body: &'a [Stmt], records: &[Record]) -> Option<Loop<'a>> {
    let last = body.last()?;
    match &last.kind {
        StmtKind::For(target, _, block, orelse) if body.len() == 1 && orelse.is_empty() => {
            let (guard, yield_stmt) = match &**block {
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
            // The records: the `yield`'s, the `if`'s, the loop's; innermost first.
            let n = 2 + usize::from(guard.is_some());
            let placed = records.len() == n
                && matches!(records[0].resume, Resume::Yielded(_))
                && (n == 2 || matches!(records[1].resume, Resume::If(true)))
                && matches!(records[n - 1].resume, Resume::For(_))
                && records[n - 1].at == stmt_addr(last);
            placed.then_some(Loop::For {
                for_stmt: last,
                target,
                guard,
                yield_stmt,
                value,
            })
        }
        StmtKind::While(test, block, orelse) if orelse.is_empty() => {
            let [Record {
                resume: Resume::Yielded(_),
                at: y,
            }, Record {
                resume: Resume::While,
                at: w,
            }] = records
            else {
                return None;
            };
            if *w != stmt_addr(last) {
                return None;
            }
            let at = stmt_index(block, *y)?;
            let StmtKind::Yield(value, store) = &block[at].kind else {
                return None;
            };
            Some(Loop::While {
                while_stmt: last,
                test,
                block,
                at,
                value: value.as_ref(),
                store: store.as_ref(),
            })
        }
        _ => None,
    }
}

/// How a run of a `while` loop's statements ended.
enum Part {
    Ran,
    Continued,
    Left(Exec),
}

impl Interp {
    /// Resumes a generator stopped in `shape` with the value `sent` (dropped by the `for`
    /// shape, whose `yield` has no target).
    pub(super) fn resume_loop(&mut self, shape: &Loop, f: &mut Frame, sent: Value) -> Exec {
        match *shape {
            Loop::For {
                for_stmt,
                target,
                guard,
                yield_stmt,
                value,
            } => {
                sent.release();
                // The loop's state is taken out while the passes run (the records stay:
                // code the passes run resumes other generators, which keep them aside
                // meanwhile).
                let last = self.suspended.len().saturating_sub(1);
                let Some(Resume::For(mut state)) = self
                    .suspended
                    .get_mut(last)
                    .map(|r| std::mem::replace(&mut r.resume, Resume::While))
                else {
                    return Err(super::eval::lost_place().into());
                };
                match self.for_passes(&mut state, target, guard, yield_stmt, value, f) {
                    Ok(Some(v)) => {
                        if let Some(r) = self.suspended.get_mut(last) {
                            // (Nothing to drop: the placeholder holds nothing.)
                            std::mem::forget(std::mem::replace(&mut r.resume, Resume::For(state)));
                        }
                        self.yielded_again(v)
                    }
                    // The loop ran out, or raised: the body is over, and no statement
                    // holds a place.
                    Ok(None) => self.loop_left(for_stmt, Ok(())),
                    Err(e) => self.loop_left(for_stmt, Err(Unwind::Error(e))),
                }
            }
            Loop::While {
                while_stmt,
                test,
                block,
                at,
                value,
                store,
            } => self.while_passes(while_stmt, test, block, at, value, store, f, sent),
        }
    }

    /// Runs passes of a `for` loop until one yields (its value) or the items run out.
    fn for_passes(
        &mut self,
        state: &mut ForState,
        target: &Target,
        guard: Option<(&Stmt, &Expr)>,
        yield_stmt: &Stmt,
        value: &Expr,
        f: &mut Frame,
    ) -> PyResult<Option<Value>> {
        loop {
            // The pass that yielded is over: a step, as for every pass.
            self.limits.tick()?;
            let Some(v) = self.next_for_item(state)? else {
                return Ok(None);
            };
            self.assign(target, v, f)?;
            if let Some((if_stmt, test)) = guard {
                self.limits.tick().map_err(|e| focus(e, if_stmt.span))?;
                if !self
                    .condition(test, f)
                    .map_err(|e| focus(e, if_stmt.span))?
                {
                    continue;
                }
            }
            let at_yield = |e| focus(e, yield_stmt.span);
            self.limits.tick().map_err(at_yield)?;
            return self.eval(value, f).map(Some).map_err(at_yield);
        }
    }

    /// The `while` shape: the value sent goes to the `yield`'s target; the rest of the
    /// pass, the test and the statements before the `yield` run as anywhere else.
    #[allow(clippy::too_many_arguments)]
    fn while_passes(
        &mut self,
        while_stmt: &Stmt,
        test: &Expr,
        block: &[Stmt],
        at: usize,
        value: Option<&Expr>,
        store: Option<&Target>,
        f: &mut Frame,
        sent: Value,
    ) -> Exec {
        let y = &block[at];
        let at_yield = |e| Unwind::Error(focus(e, y.span));
        let received = match store {
            Some(t) => self.assign(t, sent, f),
            None => {
                sent.release();
                Ok(())
            }
        };
        if let Err(e) = received {
            return self.loop_left(while_stmt, Err(at_yield(e)));
        }
        loop {
            // The rest of the pass, from the `yield`.
            if let Part::Left(r) = self.while_part(while_stmt, &block[at + 1..], f) {
                return r;
            }
            // A pass is a step; then the test.
            match self.limits.tick().and_then(|()| self.condition(test, f)) {
                Ok(true) => {}
                Ok(false) => return self.loop_left(while_stmt, Ok(())),
                Err(e) => return self.loop_left(while_stmt, Err(Unwind::Error(e))),
            }
            match self.while_part(while_stmt, &block[..at], f) {
                Part::Ran => {}
                Part::Continued => continue,
                Part::Left(r) => return r,
            }
            if let Err(e) = self.limits.tick() {
                return self.loop_left(while_stmt, Err(at_yield(e)));
            }
            let v = match value.map(|e| self.eval(e, f)) {
                Some(Ok(v)) => v,
                Some(Err(e)) => return self.loop_left(while_stmt, Err(at_yield(e))),
                None => Value::None,
            };
            return self.yielded_again(v);
        }
    }

    /// Runs some of the loop's statements (the records of the stop stay meanwhile).
    fn while_part(&mut self, while_stmt: &Stmt, part: &[Stmt], f: &mut Frame) -> Part {
        for st in part {
            if let Err(u) = self.exec(st, f) {
                return match u {
                    Unwind::Continue => Part::Continued,
                    Unwind::Break => Part::Left(self.loop_left(while_stmt, Ok(()))),
                    // Stopped at another `yield`: its records follow the two of the
                    // stop that was resumed, which give way to the loop's.
                    Unwind::Yield => {
                        self.stopped_at(st);
                        self.suspended.drain(..self.suspended.len().min(2));
                        self.suspended.push(Record {
                            at: stmt_addr(while_stmt),
                            resume: Resume::While,
                        });
                        Part::Left(Err(Unwind::Yield))
                    }
                    u => Part::Left(self.loop_left(while_stmt, Err(u))),
                };
            }
        }
        Part::Ran
    }

    /// Stops at the same `yield` again, with `v`: its record (the first) takes it.
    fn yielded_again(&mut self, v: Value) -> Exec {
        if let Some(Record {
            resume: Resume::Yielded(old),
            ..
        }) = self.suspended.first_mut()
        {
            std::mem::replace(old, v).release();
        }
        Err(Unwind::Yield)
    }

    /// The loop is over (the generator's body with it), or left by `return` or an error:
    /// no statement holds a place.
    fn loop_left(&mut self, loop_stmt: &Stmt, r: Exec) -> Exec {
        self.suspended.clear();
        match r {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, loop_stmt.span))),
            r => r,
        }
    }
}
