//! `while` and `for` loops, begun or taken up where a generator stopped in them.

use super::eval::{lost_place, Exec, ForState, Frame, Resume, Sent, Unwind};
use crate::error::PyResult;
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;

impl Interp {
    #[inline(always)]
    pub(super) fn exec_while(
        &mut self,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        loop {
            if !self.condition(test, f)? {
                return self.loop_else(orelse, f);
            }
            match self.exec_block(body, f) {
                Ok(()) | Err(Unwind::Continue) => {}
                Err(Unwind::Break) => return Ok(()),
                Err(u) => return Err(self.suspending(u, || Resume::While)),
            }
            // An iteration is a step, as a `for` loop's.
            self.limits.tick()?;
        }
    }

    /// A loop's `else` block, run when the loop ran out.
    #[inline]
    fn loop_else(&mut self, orelse: &[Stmt], f: &mut Frame) -> Exec {
        if orelse.is_empty() {
            return Ok(());
        }
        self.exec_block(orelse, f)
            .map_err(|u| self.suspending(u, || Resume::Else))
    }

    pub(super) fn resume_while(
        &mut self,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
        sent: Sent,
    ) -> Exec {
        match self.resumed() {
            // (Forgotten, not dropped: nothing to drop, and the drop glue is a call.)
            Some(r @ Resume::While) => {
                std::mem::forget(r);
                let r = self.resume_block(body, f, sent);
                match r {
                    Ok(()) | Err(Unwind::Continue) => {
                        self.limits.tick()?;
                        self.exec_while(test, body, orelse, f)
                    }
                    Err(Unwind::Break) => Ok(()),
                    Err(u) => Err(self.suspending(u, || Resume::While)),
                }
            }
            Some(Resume::Else) => self.resume_else(orelse, f, sent),
            _ => Err(lost_place().into()),
        }
    }

    fn resume_else(&mut self, orelse: &[Stmt], f: &mut Frame, sent: Sent) -> Exec {
        self.resume_block(orelse, f, sent)
            .map_err(|u| self.suspending(u, || Resume::Else))
    }

    /// After one pass of a `for` body: true when it broke out of the loop.
    #[inline(always)]
    fn pass_done(&mut self, r: Exec) -> Result<bool, Unwind> {
        if let Err(u) = r {
            match u {
                Unwind::Break => return Ok(true),
                // (Forgotten, not dropped: nothing to drop, and the drop glue is a call.)
                Unwind::Continue => std::mem::forget(u),
                u => return Err(u),
            }
        }
        self.limits.tick()?;
        Ok(false)
    }

    pub(super) fn exec_for(
        &mut self,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        let it = self.eval(iter, f)?;
        // Fast path: a range needs no iterator object.
        if let Value::Range(r) = &it {
            return self.for_range(r.start, r.stop, r.step, target, body, orelse, f);
        }
        // Fast path: index through bytes-like and list data without an iterator object.
        if matches!(
            it,
            Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_)
        ) {
            return self.for_seq(it, 0, target, body, orelse, f);
        }
        // (An error here points at the whole statement, as in CPython.)
        let iterator = self.iter(&it)?;
        self.for_iter(iterator, target, body, orelse, f)
    }

    /// The rest of a `for` loop over a range, from `i`.
    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        mut i: i64,
        stop: i64,
        step: i64,
        target: &Target,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            self.assign(target, Value::Int(i), f)?;
            let r = self.exec_block(body, f);
            match self.pass_done(r) {
                Ok(false) => {}
                Ok(true) => return Ok(()),
                Err(u) => {
                    // (Past the end of i64, the loop is over: `stop` says so.)
                    let next = i.checked_add(step).unwrap_or(stop);
                    return Err(
                        self.suspending(u, || Resume::For(ForState::Range { next, stop, step }))
                    );
                }
            }
            i = match i.checked_add(step) {
                Some(next) => next,
                None => break,
            };
        }
        self.loop_else(orelse, f)
    }

    /// The rest of a `for` loop over a list, tuple, bytes or bytearray, from index `i`.
    fn for_seq(
        &mut self,
        seq: Value,
        mut i: usize,
        target: &Target,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        loop {
            let Some(v) = seq_item(&seq, i) else { break };
            i += 1;
            self.assign(target, v, f)?;
            let r = self.exec_block(body, f);
            match self.pass_done(r) {
                Ok(false) => {}
                Ok(true) => return Ok(()),
                Err(u) => {
                    return Err(self.suspending(u, || Resume::For(ForState::Seq { seq, next: i })))
                }
            }
        }
        self.loop_else(orelse, f)
    }

    /// The rest of a `for` loop over an iterator.
    fn for_iter(
        &mut self,
        iterator: Value,
        target: &Target,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        loop {
            let Some(v) = self.next_item(&iterator)? else {
                break;
            };
            self.assign(target, v, f)?;
            let r = self.exec_block(body, f);
            match self.pass_done(r) {
                Ok(false) => {}
                Ok(true) => return Ok(()),
                Err(u) => return Err(self.suspending(u, || Resume::For(ForState::Iter(iterator)))),
            }
        }
        self.loop_else(orelse, f)
    }

    pub(super) fn resume_for(
        &mut self,
        target: &Target,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
        sent: Sent,
    ) -> Exec {
        let state = match self.resumed() {
            Some(Resume::For(state)) => state,
            Some(Resume::Else) => return self.resume_else(orelse, f, sent),
            _ => return Err(lost_place().into()),
        };
        let r = self.resume_block(body, f, sent);
        match self.pass_done(r) {
            Ok(false) => {}
            Ok(true) => return Ok(()),
            Err(u) => return Err(self.suspending(u, || Resume::For(state))),
        }
        match state {
            ForState::Range { next, stop, step } => {
                self.for_range(next, stop, step, target, body, orelse, f)
            }
            ForState::Seq { seq, next } => self.for_seq(seq, next, target, body, orelse, f),
            ForState::Iter(iterator) => self.for_iter(iterator, target, body, orelse, f),
        }
    }
}

impl Interp {
    /// The next item of a `for` loop stopped at a `yield` (what `for_range`, `for_seq`
    /// and `for_iter` take next); `None` once it runs out.
    pub(super) fn next_for_item(&mut self, state: &mut ForState) -> PyResult<Option<Value>> {
        Ok(match state {
            ForState::Range { next, stop, step } => {
                let i = *next;
                if !((*step > 0 && i < *stop) || (*step < 0 && i > *stop)) {
                    return Ok(None);
                }
                // (Past the end of i64, the loop is over: `stop` says so.)
                *next = i.checked_add(*step).unwrap_or(*stop);
                Some(Value::Int(i))
            }
            ForState::Seq { seq, next } => {
                let item = seq_item(seq, *next);
                *next += usize::from(item.is_some());
                item
            }
            ForState::Iter(it) => self.next_item(it)?,
        })
    }
}

/// The item at `i` of a list, tuple, bytes or bytearray a `for` loop indexes through.
#[inline(always)]
fn seq_item(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::Bytes(b) | Value::ByteArray(b) => b.borrow().get(i).map(|x| Value::Int(*x as i64)),
        Value::List(l) => l.borrow().get(i).cloned(),
        Value::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}
