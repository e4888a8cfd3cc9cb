//! The statement executor, for functions and generators alike.
//!
//! Statements run recursively. A generator stops at a `yield` statement by unwinding
//! with [`Unwind::Yield`]; each statement it unwinds through notes where it was in a
//! record ([`Interp::suspended`]: which statement of its block, and a loop its iterator,
//! a `try` its phase, a `with` its `__exit__`). Resuming descends again through the same
//! statements, each taking its record back ([`Interp::resume_block`]), and goes on
//! through the same code that runs them. Code that never yields pays only for a check
//! of the unwind's kind on the way out of a block.

use std::rc::Rc;

use super::eval::{focus, lost_place, Exec, Frame, Resume, Sent, Unwind};
use super::expressions::{compare_peeked, peek_int, peek_int_binop};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;

impl Interp {
    /// Runs a block of statements.
    #[inline(always)]
    pub fn exec_block(&mut self, block: &[Stmt], f: &mut Frame) -> Exec {
        self.exec_stmts::<false>(block, f)
    }

    /// Runs a function's body: [`Interp::exec_block`], with its `return x` and its guard
    /// clauses (`if n < 2: return n`, the opening of most recursive functions) run in
    /// place, without the executor's dispatch and a call of it. (Only here: in a loop's
    /// body the extra test would cost every pass.)
    #[inline(always)]
    pub fn exec_body(&mut self, body: &[Stmt], f: &mut Frame) -> Exec {
        self.exec_stmts::<true>(body, f)
    }

    #[inline(always)]
    fn exec_stmts<const BODY: bool>(&mut self, block: &[Stmt], f: &mut Frame) -> Exec {
        for s in block {
            if BODY {
                if let StmtKind::Return(Some(e)) = &s.kind {
                    return self.exec_return(s, e, f);
                }
                if let Some((test, ret, value)) = guard(s) {
                    self.limits.tick().map_err(|err| focus(err, s.span))?;
                    match self.condition(test, f) {
                        Ok(true) => return self.exec_return(ret, value, f),
                        Ok(false) => continue,
                        Err(err) => return Err(Unwind::Error(focus(err, s.span))),
                    }
                }
            }
            if let Err(u) = self.exec(s, f) {
                if let Unwind::Yield = u {
                    self.stopped_at(s);
                }
                return Err(u);
            }
        }
        Ok(())
    }

    /// `return value`, the statement `s`.
    #[inline(always)]
    fn exec_return(&mut self, s: &Stmt, value: &Expr, f: &mut Frame) -> Exec {
        self.limits.tick().map_err(|err| focus(err, s.span))?;
        match self.eval(value, f) {
            Ok(v) => Err(Unwind::Return(v)),
            Err(err) => Err(Unwind::Error(focus(err, s.span))),
        }
    }

    /// Runs a block's statements from the one at `start`.
    fn exec_block_from(&mut self, block: &[Stmt], start: usize, f: &mut Frame) -> Exec {
        match block.get(start..) {
            Some(rest) => self.exec_block(rest, f),
            None => Ok(()),
        }
    }

    /// Takes up a block where a generator stopped in it (its records say where),
    /// with what the generator was resumed with, and runs the rest of the block.
    pub fn resume_block(&mut self, block: &[Stmt], f: &mut Frame, sent: Sent) -> Exec {
        let Some(i) = self.resume_at(block) else {
            return Err(lost_place().into());
        };
        let s = &block[i];
        if let Err(u) = self.resume_stmt(s, f, sent) {
            if let Unwind::Yield = u {
                self.stopped_at(s);
            }
            return Err(u);
        }
        self.exec_block_from(block, i + 1, f)
    }

    /// Takes up a statement where a generator stopped in it.
    fn resume_stmt(&mut self, s: &Stmt, f: &mut Frame, sent: Sent) -> Exec {
        let r = match &s.kind {
            StmtKind::Yield(_, store) => {
                if !self.resumed_yield() {
                    return Err(lost_place().into());
                }
                self.yield_received(store.as_ref(), sent, f)
            }
            StmtKind::YieldFrom(_, store) => self.resume_delegate(store.as_ref(), sent, f),
            StmtKind::If(_, body, orelse) => {
                let Some(Resume::If(branch)) = self.resumed() else {
                    return Err(lost_place().into());
                };
                let block = if branch { body } else { orelse };
                self.resume_block(block, f, sent)
                    .map_err(|u| self.suspending(u, || Resume::If(branch)))
            }
            StmtKind::While(test, body, orelse) => self.resume_while(test, body, orelse, f, sent),
            StmtKind::For(target, _, body, orelse) => {
                self.resume_for(target, body, orelse, f, sent)
            }
            StmtKind::Try(t) => self.resume_try(t, f, sent),
            StmtKind::Match(m) => {
                let Some(Resume::Case(i)) = self.resumed() else {
                    return Err(lost_place().into());
                };
                let Some(case) = m.cases.get(i) else {
                    return Err(lost_place().into());
                };
                self.resume_block(&case.body, f, sent)
                    .map_err(|u| self.suspending(u, || Resume::Case(i)))
            }
            StmtKind::With(items, body) => self.resume_with(items, body, f, sent),
            _ => Err(lost_place().into()),
        };
        match r {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, s.span))),
            other => other,
        }
    }

    #[inline(always)]
    pub(super) fn exec(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        self.limits.tick().map_err(|e| focus(e, s.span))?;
        match self.exec_inner(s, f) {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, s.span))),
            other => other,
        }
    }

    pub(super) fn exec_inner(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(e, f)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval(value, f)?;
                if targets.len() == 1 {
                    self.assign(&targets[0], v, f)?;
                } else {
                    for t in targets {
                        self.assign(t, v.clone(), f)?;
                    }
                }
            }
            StmtKind::AugAssign(target, op, value, span, rebinds) => {
                // An int local op= an int local or constant: computed in place. (Neither
                // can rebind the local.)
                if let (Target::Local(i), Some(y)) = (target, peek_int(value, f)) {
                    if let Some(Value::Int(x)) = &mut f.locals[*i as usize] {
                        if let Some(r) = crate::types::numbers::int::fast_int_binop(*op, *x, y) {
                            *x = r;
                            return Ok(());
                        }
                    }
                }
                self.aug_assign(target, *op, value, *span, *rebinds, f)?
            }
            StmtKind::If(test, body, orelse) => {
                let branch = self.condition(test, f)?;
                let block = if branch { body } else { orelse };
                if let Err(u) = self.exec_block(block, f) {
                    return Err(self.suspending(u, || Resume::If(branch)));
                }
            }
            StmtKind::While(test, body, orelse) => self.exec_while(test, body, orelse, f)?,
            StmtKind::For(target, iter, body, orelse) => {
                self.exec_for(target, iter, body, orelse, f)?
            }
            StmtKind::Break => return Err(Unwind::Break),
            StmtKind::Continue => return Err(Unwind::Continue),
            StmtKind::Pass | StmtKind::Nothing => {}
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(e, f)?,
                    None => Value::None,
                };
                return Err(Unwind::Return(v));
            }
            StmtKind::Yield(v, _) => {
                let v = match v {
                    Some(e) => self.eval(e, f)?,
                    None => Value::None,
                };
                self.note(Resume::Yielded(v));
                return Err(Unwind::Yield);
            }
            _ => self.exec_rare(s, f)?,
        }
        Ok(())
    }

    /// The statements that are not in inner loops, kept out of [`Interp::exec_inner`] so
    /// the hot path stays small.
    #[inline(never)]
    pub(super) fn exec_rare(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        match &s.kind {
            StmtKind::FunctionDef(maker, target) => {
                let decs = self.decorators(&maker.decorators, f)?;
                let func = self.make_function(maker, f)?;
                let func = self.decorate(func, decs)?;
                self.assign(target, func, f)?;
            }
            StmtKind::ClassDef(maker, target) => {
                let decs = self.decorators(&maker.decorators, f)?;
                let class = self.make_class(maker, f)?;
                let class = self.decorate(class, decs)?;
                self.assign(target, class, f)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t, f)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                return Err(Unwind::Error(self.raise(
                    exc.as_ref(),
                    cause.as_ref(),
                    f,
                )?))
            }
            StmtKind::Try(t) => self.exec_try(t, f)?,
            StmtKind::With(items, body) => self.exec_with(items, body, f)?,
            StmtKind::Match(m) => self.exec_match(m, f)?,
            StmtKind::YieldFrom(source, store) => {
                self.exec_yield_from(source, store.as_ref(), f)?
            }
            StmtKind::Assert(test, msg) => {
                let t = self.eval(test, f)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(m, f)?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(ExcKind::AssertionError, args).into());
                }
            }
            StmtKind::Import(names) => {
                for n in names {
                    let module = self.import_module(&n.module)?;
                    let bound = if n.bind_top && n.module.contains('.') {
                        let top = n.module.split('.').next().unwrap_or("");
                        self.import_module(top)?
                    } else {
                        module
                    };
                    self.assign(&n.target, bound, f)?;
                }
            }
            StmtKind::ImportStar(module) => {
                let (m, _) = self.import_for_from(module, &[Rc::from("*")])?;
                for (name, v) in self.public_names(&m)? {
                    let id = self.globals.id(&name);
                    self.globals.set(id, v);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                let wanted: Vec<Rc<str>> = names.iter().map(|(n, _)| self.name(*n)).collect();
                let (m, _) = self.import_for_from(module, &wanted)?;
                for ((_, target), name) in names.iter().zip(&wanted) {
                    let v = self.import_from(&m, name)?;
                    self.assign(target, v, f)?;
                }
            }
            StmtKind::Expr(_)
            | StmtKind::Assign(..)
            | StmtKind::AugAssign(..)
            | StmtKind::If(..)
            | StmtKind::While(..)
            | StmtKind::For(..)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Nothing
            | StmtKind::Return(_)
            | StmtKind::Yield(..) => return self.exec_inner(s, f),
        }
        Ok(())
    }

    /// The truth of a condition, without building a bool for simple int comparisons and
    /// str equality.
    #[inline(always)]
    pub(super) fn condition(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
        if let ExprKind::Compare(left, ops) = &test.kind {
            if let [(op, right)] = ops.as_slice() {
                if let Some(r) = compare_peeked(*op, left, right, f) {
                    return Ok(r);
                }
            }
        }
        self.condition_slow(test, f)
    }

    /// [`Interp::condition`] of an operand of `and`, `or` or `if-else`, growing the stack
    /// every few levels as [`Interp::eval_nested`] does (`a if b else c if d else ...`
    /// nests as deep as the source is long). (Its own copy of those few lines: one
    /// helper taking a closure for both made the compiler lay out `eval_nested` worse,
    /// +3% instructions on fib and +4.6% on checksum.)
    fn operand_condition(&mut self, e: &Expr, f: &mut Frame) -> PyResult<bool> {
        self.nesting += 1;
        let r = if self.nesting.is_multiple_of(16) {
            match self.limits.tick().and_then(|()| self.limits.check_stack()) {
                Err(err) => Err(err),
                Ok(()) => crate::object::alloc::with_stack(256 * 1024, 2 * 1024 * 1024, || {
                    self.condition(e, f)
                }),
            }
        } else {
            self.condition(e, f)
        };
        self.nesting -= 1;
        r
    }

    /// The truth of a condition, tested as CPython's jumps test it: `a and b`, `a or b`
    /// and `a if c else b` by their operands' truth (each `__bool__` called once, no
    /// value built). A failing truth test is reported at the statement, except for a
    /// comparison's result, which is reported at the comparison.
    pub(super) fn condition_slow(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
        // `not x`: the truth of `x`, without building the bool `not` makes.
        let (operand, negate) = match &test.kind {
            ExprKind::UnaryOp(minipy_syntax::ast::UnaryOp::Not, operand) => (&**operand, true),
            // `while True:`
            ExprKind::Const(Value::Bool(b)) => return Ok(b.get()),
            _ => (test, false),
        };
        let v = match &operand.kind {
            // One comparison (`x % 2 == 0`): its operands compared here, no bool built
            // when no Python code takes part.
            ExprKind::Compare(left, ops) if ops.len() == 1 => {
                let (op, right) = &ops[0];
                // `x % 2 == 0`: int arithmetic on locals and constants compared with an
                // int, computed without making either int.
                if let Some(y) = peek_int(right, f) {
                    if let Some(x) = peek_int_binop(left, f) {
                        if let Some(r) = crate::protocols::ops::compare_ints(*op, x, y) {
                            return Ok(r != negate);
                        }
                    }
                }
                let a = self.eval(left, f)?;
                let b = self.eval(right, f)?;
                if let Some(r) = crate::protocols::ops::compare_native(*op, &a, &b) {
                    return Ok(r != negate);
                }
                self.compare(*op, &a, &b)
                    .map_err(|e| focus(e, operand.span))?
            }
            ExprKind::BoolOp(op, values) => {
                let stop = *op == minipy_syntax::ast::BoolOp::Or;
                for v in values {
                    if self.operand_condition(v, f)? == stop {
                        return Ok(stop != negate);
                    }
                }
                return Ok(stop == negate);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let branch = if self.operand_condition(test, f)? {
                    body
                } else {
                    orelse
                };
                return Ok(self.operand_condition(branch, f)? != negate);
            }
            _ => self.eval(operand, f)?,
        };
        match v {
            Value::Bool(b) => Ok(b.get() != negate),
            v => match self.truthy(&v) {
                Ok(b) => Ok(b != negate),
                Err(e) if matches!(operand.kind, ExprKind::Compare(..)) => {
                    Err(focus(e, operand.span))
                }
                Err(e) => Err(e),
            },
        }
    }
}

/// A guard clause, `if test: return value`: its test, its `return` and the value.
#[inline(always)]
fn guard(s: &Stmt) -> Option<(&Expr, &Stmt, &Expr)> {
    match &s.kind {
        StmtKind::If(test, body, orelse) if orelse.is_empty() => match &body[..] {
            [ret] => match &ret.kind {
                StmtKind::Return(Some(value)) => Some((test, ret, value)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}
