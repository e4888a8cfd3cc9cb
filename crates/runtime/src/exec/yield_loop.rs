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

/// A `while` loop ending a generator's body, stopped at the `yield` at `at` in its block.
struct WhileShape<'a> {
    while_stmt: &'a Stmt,
    test: &'a Expr,
    body: &'a [Stmt],
    at: usize,
    value: Option<&'a Expr>,
    store: Option<&'a Target>,
}

fn while_shape<'a>(body: &'a [Stmt], records: &[Record]) -> Option<WhileShape<'a>> {
    let while_stmt = body.last()?;
    let StmtKind::While(test, block, orelse) = &while_stmt.kind else {
        return None;
    };
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
    if !orelse.is_empty() || *w != while_stmt as *const Stmt as usize {
        return None;
    }
    // (Its index from its address, as the general path finds a statement.)
    let offset = y.checked_sub(block.as_ptr() as usize)?;
    let at = offset / std::mem::size_of::<Stmt>();
    if offset % std::mem::size_of::<Stmt>() != 0 {
        return None;
    }
    let StmtKind::Yield(value, store) = &block.get(at)?.kind else {
        return None;
    };
    Some(WhileShape {
        while_stmt,
        test,
        body: block,
        at,
        value: value.as_ref(),
        store: store.as_ref(),
    })
}

/// How a run of a `while` loop's statements ended.
enum Part {
    Ran,
    Continued,
    Left(Exec),
}

impl Interp {
    /// Resumes a generator with `sent` (taken only when used) in place when its `body`
    /// has one of those shapes and it stopped there; `None`, with nothing done, otherwise.
    pub(super) fn resume_loop(
        &mut self,
        body: &[Stmt],
        f: &mut Frame,
        sent: &mut Value,
    ) -> Option<Exec> {
        if let Some(s) = while_shape(body, &self.suspended) {
            let sent = std::mem::replace(sent, Value::None);
            return Some(self.resume_while_yield(&s, f, sent));
        }
        self.resume_yield_loop(body, f)
    }

    /// The `for` shape (the value sent is dropped: the `yield` has no target).
    fn resume_yield_loop(&mut self, body: &[Stmt], f: &mut Frame) -> Option<Exec> {
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
        let Some(Resume::For(mut state)) = self
            .suspended
            .get_mut(last)
            .map(|r| std::mem::replace(&mut r.resume, Resume::While))
        else {
            return None;
        };
        Some(match self.yield_loop(&s, &mut state, f) {
            Ok(Some(v)) => {
                if let Some(r) = self.suspended.get_mut(last) {
                    // (Nothing to drop: the placeholder holds nothing.)
                    std::mem::forget(std::mem::replace(&mut r.resume, Resume::For(state)));
                }
                self.yielded_again(v)
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

impl Interp {
    /// The `while` shape: the value sent goes to the `yield`'s target; the rest of the
    /// pass, the test and the statements before the `yield` run as anywhere else.
    fn resume_while_yield(&mut self, s: &WhileShape, f: &mut Frame, sent: Value) -> Exec {
        let y = &s.body[s.at];
        let received = match s.store {
            Some(t) => self.assign(t, sent, f),
            None => {
                sent.release();
                Ok(())
            }
        };
        if let Err(e) = received {
            return self.while_left(s, Err(Unwind::Error(focus(e, y.span))));
        }
        loop {
            // The rest of the pass, from the `yield`.
            if let Part::Left(r) = self.while_part(s, &s.body[s.at + 1..], f) {
                return r;
            }
            // A pass is a step; then the test.
            let go_on = self.limits.tick().and_then(|()| self.condition(s.test, f));
            match go_on {
                Ok(true) => {}
                Ok(false) => return self.while_left(s, Ok(())),
                Err(e) => return self.while_left(s, Err(Unwind::Error(e))),
            }
            match self.while_part(s, &s.body[..s.at], f) {
                Part::Ran => {}
                Part::Continued => continue,
                Part::Left(r) => return r,
            }
            let at_yield = |e| Unwind::Error(focus(e, y.span));
            if let Err(e) = self.limits.tick() {
                return self.while_left(s, Err(at_yield(e)));
            }
            let v = match s.value {
                Some(e) => match self.eval(e, f) {
                    Ok(v) => v,
                    Err(e) => return self.while_left(s, Err(at_yield(e))),
                },
                None => Value::None,
            };
            return self.yielded_again(v);
        }
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

    /// Runs some of the loop's statements (the records of the stop stay meanwhile).
    fn while_part(&mut self, s: &WhileShape, part: &[Stmt], f: &mut Frame) -> Part {
        for st in part {
            if let Err(u) = self.exec(st, f) {
                return match u {
                    Unwind::Continue => Part::Continued,
                    Unwind::Break => Part::Left(self.while_left(s, Ok(()))),
                    // Stopped at another `yield`: its records follow the two of the
                    // stop that was resumed, which give way to the loop's.
                    Unwind::Yield => {
                        self.stopped_at(st);
                        self.suspended.drain(..self.suspended.len().min(2));
                        self.suspended.push(Record {
                            at: s.while_stmt as *const Stmt as usize,
                            resume: Resume::While,
                        });
                        Part::Left(Err(Unwind::Yield))
                    }
                    u => Part::Left(self.while_left(s, Err(u))),
                };
            }
        }
        Part::Ran
    }

    /// The loop is over (the generator's body with it), or left by `return` or an error:
    /// no statement holds a place.
    fn while_left(&mut self, s: &WhileShape, r: Exec) -> Exec {
        self.suspended.clear();
        match r {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, s.while_stmt.span))),
            r => r,
        }
    }
}
