//! A generator's statements that hold a `yield` inside an expression, lowered (see
//! `lowering.rs`): the statements their header expressions become, then the statement.

use std::rc::Rc;

use minipy_syntax::ast::{self, BinOp, ExprKind as E, Span, StmtKind as S};

use crate::exec::code::*;
use crate::object::value::{BoolWord, Value};

use super::{RResult, Resolver};

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

/// Where a `yield` statement is, for tracebacks: the `yield` itself, as in CPython.
fn yield_span(e: &ast::Expr, stmt: Span) -> Span {
    match e.kind {
        E::Yield(_) | E::YieldFrom(_) => e.span,
        _ => stmt,
    }
}

fn constant(v: Value, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Const(v),
        span,
    }
}

fn slot(kind: fn(u32) -> ExprKind, slot: u32, span: Span) -> Expr {
    Expr {
        kind: kind(slot),
        span,
    }
}

impl<'a> Resolver<'a> {
    /// Lowers a statement whose header holds a `yield`, into `out`.
    pub(super) fn lower_stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) -> RResult<()> {
        let span = s.span;
        let n = self.header_yields(s);
        let kind = match &s.kind {
            S::Expr(e) => {
                let kind = self.lowered(n, span, out, |r| r.yield_or_expr(e, |_| Ok(None)))?;
                out.push(stmt(kind, yield_span(e, span)));
                return Ok(());
            }
            S::Assign { targets, value } => return self.lower_assign(targets, value, span, out),
            S::AnnAssign {
                target,
                value: Some(value),
                ..
            } => return self.lower_assign(std::slice::from_ref(target), value, span, out),
            S::AugAssign { target, op, value } => {
                return self.lower_aug_assign(target, *op, value, span, out)
            }
            S::If { test, body, orelse } => {
                let test = self.lowered(n, span, out, |r| r.expr(test))?;
                StmtKind::If(test, self.block(body)?, self.block(orelse)?)
            }
            S::While { test, body, orelse } => {
                return self.lower_while(test, body, orelse, span, out)
            }
            S::Match { subject, cases } => {
                let subject = self.lowered(n, span, out, |r| r.expr(subject))?;
                self.match_stmt(subject, cases)?
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => return self.lower_for(target, iter, body, orelse, span, out),
            S::Return(Some(v)) => {
                StmtKind::Return(Some(self.lowered(n, span, out, |r| r.expr(v))?))
            }
            S::FunctionDef(f) => {
                let maker = self.lowered(n, span, out, |r| r.function_def(f, span))?;
                StmtKind::FunctionDef(Box::new(maker), self.store(&f.name))
            }
            S::ClassDef(c) => {
                let maker = self.lowered(n, span, out, |r| r.class(c, span))?;
                StmtKind::ClassDef(Box::new(maker), self.store(&c.name))
            }
            S::Delete(targets) => {
                // Each target is deleted before the next one's `yield`.
                for t in targets {
                    let t = self.lowered(self.yields_in(t), span, out, |r| r.target(t))?;
                    out.push(stmt(StmtKind::Delete(vec![t]), span));
                }
                return Ok(());
            }
            S::Raise { exc, cause } => self.lowered(n, span, out, |r| {
                let exc = exc.as_ref().map(|e| r.expr(e)).transpose()?;
                let cause = cause.as_ref().map(|e| r.expr(e)).transpose()?;
                Ok(StmtKind::Raise(exc, cause))
            })?,
            S::With { items, body } => return self.lower_with(items, body, span, out),
            S::Assert { test, msg } => {
                let test = self.lowered(self.yields_in(test), span, out, |r| r.expr(test))?;
                let Some(msg) = msg.as_ref().filter(|m| self.yields_in(m) > 0) else {
                    let msg = msg.as_ref().map(|m| self.expr(m)).transpose()?;
                    out.push(stmt(StmtKind::Assert(test, msg), span));
                    return Ok(());
                };
                // The message (and its `yield`) only when the test fails.
                let mut fail = Vec::new();
                let msg = self.lowered(self.yields_in(msg), span, &mut fail, |r| r.expr(msg))?;
                let never = constant(Value::Bool(BoolWord::FALSE), span);
                fail.push(stmt(StmtKind::Assert(never, Some(msg)), span));
                StmtKind::If(test, Rc::from(vec![]), Rc::from(fail))
            }
            // (`try` lowers its handlers' types itself; the rest hold no expression.)
            _ => {
                out.push(self.stmt_inner(s)?);
                return Ok(());
            }
        };
        out.push(stmt(kind, span));
        Ok(())
    }

    /// `e` as a statement: a `yield` (its received value going to `store`'s target) or
    /// an expression statement.
    fn yield_or_expr(
        &mut self,
        e: &ast::Expr,
        store: impl FnOnce(&mut Self) -> RResult<Option<Target>>,
    ) -> RResult<StmtKind> {
        match &e.kind {
            E::Yield(v) => {
                self.take_yield();
                let value = v.as_ref().map(|v| self.expr(v)).transpose()?;
                Ok(StmtKind::Yield(value, store(self)?))
            }
            E::YieldFrom(v) => {
                self.take_yield();
                let source = self.expr(v)?;
                Ok(StmtKind::YieldFrom(source, store(self)?))
            }
            _ => Ok(StmtKind::Expr(self.expr(e)?)),
        }
    }

    fn lower_assign(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> RResult<()> {
        let in_targets: u32 = targets.iter().map(|t| self.yields_in(t)).sum();
        let n = self.yields_in(value) + in_targets;
        let is_yield = matches!(value.kind, E::Yield(_) | E::YieldFrom(_));
        if targets.len() == 1 && is_yield && matches!(targets[0].kind, E::Name(_)) {
            // `x = yield v`: what the yield receives goes straight to the variable.
            let kind = self.lowered(n, span, out, |r| {
                r.yield_or_expr(value, |r| r.target(&targets[0]).map(Some))
            })?;
            out.push(stmt(kind, value.span));
            return Ok(());
        }
        if in_targets == 0 || targets.len() == 1 {
            let kind = self.lowered(n, span, out, |r| {
                let value = r.expr(value)?;
                let targets = targets
                    .iter()
                    .map(|t| r.target(t))
                    .collect::<RResult<_>>()?;
                Ok(StmtKind::Assign(targets, value))
            })?;
            out.push(stmt(kind, span));
            return Ok(());
        }
        // `a = b[(yield)] = v`: each target is stored before the next one's `yield`.
        self.lowered(n, span, out, |r| {
            let value = r.expr(value)?;
            let (held, vspan) = r.slot_of(value);
            for (i, t) in targets.iter().enumerate() {
                let t = r.target(t)?;
                let read = if i + 1 == targets.len() {
                    ExprKind::Temp
                } else {
                    ExprKind::Local
                };
                r.emit(StmtKind::Assign(vec![t], slot(read, held, vspan)));
            }
            Ok(())
        })
    }

    /// `t += v`: the target's current value is read before `v` is evaluated, as in
    /// CPython, then updated in place and stored back.
    fn lower_aug_assign(
        &mut self,
        target: &ast::Expr,
        op: BinOp,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> RResult<()> {
        let n = self.yields_in(target) + self.yields_in(value);
        let tspan = target.span;
        self.lowered(n, span, out, |r| {
            let (current, store) = match &target.kind {
                E::Name(name) => (r.load(name, tspan), r.store(name)),
                E::Attribute { value: obj, attr } => {
                    let obj = r.expr(obj)?;
                    let (obj, ospan) = r.slot_of(obj);
                    let attr = r.names.intern(attr);
                    let current =
                        ExprKind::Attribute(Box::new(slot(ExprKind::Local, obj, ospan)), attr);
                    let store = Target::Attribute(slot(ExprKind::Temp, obj, ospan), attr);
                    (
                        Expr {
                            kind: current,
                            span: tspan,
                        },
                        store,
                    )
                }
                E::Subscript { value: obj, index } => {
                    let obj = r.expr(obj)?;
                    let (obj, ospan) = r.slot_of(obj);
                    let index = r.expr(index)?;
                    let (index, ispan) = r.slot_of(index);
                    let current = ExprKind::Subscript(
                        Box::new(slot(ExprKind::Local, obj, ospan)),
                        Box::new(slot(ExprKind::Local, index, ispan)),
                    );
                    let store = Target::Subscript(
                        slot(ExprKind::Temp, obj, ospan),
                        slot(ExprKind::Temp, index, ispan),
                    );
                    (
                        Expr {
                            kind: current,
                            span: tspan,
                        },
                        store,
                    )
                }
                _ => return Err(r.error("illegal expression for augmented assignment", tspan)),
            };
            let held = r.store_now(current);
            let rhs = r.expr(value)?;
            r.emit(StmtKind::AugAssign(
                Target::Local(held),
                op,
                rhs,
                tspan,
                false,
            ));
            r.emit(StmtKind::Assign(
                vec![store],
                slot(ExprKind::Temp, held, tspan),
            ));
            Ok(())
        })
    }

    /// `while <test with a yield>:` becomes `while True:` testing at the top of its body;
    /// a flag tells an `else` block whether the loop ran out.
    fn lower_while(
        &mut self,
        test: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> RResult<()> {
        let ran_out = if orelse.is_empty() {
            None
        } else {
            let flag = self.temp();
            let no = constant(Value::Bool(BoolWord::FALSE), span);
            out.push(stmt(StmtKind::Assign(vec![Target::Local(flag)], no), span));
            Some(flag)
        };
        let mut inner = Vec::new();
        let test = self.lowered(self.yields_in(test), span, &mut inner, |r| r.expr(test))?;
        let mut exit = Vec::new();
        if let Some(flag) = ran_out {
            let yes = constant(Value::Bool(BoolWord::TRUE), span);
            exit.push(stmt(StmtKind::Assign(vec![Target::Local(flag)], yes), span));
        }
        exit.push(stmt(StmtKind::Break, span));
        inner.push(stmt(
            StmtKind::If(test, Rc::from(vec![]), Rc::from(exit)),
            span,
        ));
        self.loop_body_into(body, &mut inner)?;
        let forever = constant(Value::Bool(BoolWord::TRUE), span);
        out.push(stmt(
            StmtKind::While(forever, Rc::from(inner), Rc::from(vec![])),
            span,
        ));
        if let Some(flag) = ran_out {
            let orelse = self.block(orelse)?;
            let test = slot(ExprKind::Local, flag, span);
            out.push(stmt(StmtKind::If(test, orelse, Rc::from(vec![])), span));
        }
        Ok(())
    }

    /// `for`: a `yield` in the iterable comes before the loop; one in the target, at the
    /// top of its body, storing from a slot.
    fn lower_for(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> RResult<()> {
        let iter = self.lowered(self.yields_in(iter), span, out, |r| r.expr(iter))?;
        let mut inner = Vec::new();
        let target = match self.yields_in(target) {
            0 => self.target(target)?,
            n => {
                let item = self.temp();
                let t = self.lowered(n, span, &mut inner, |r| r.target(target))?;
                let value = slot(ExprKind::Temp, item, target.span);
                inner.push(stmt(StmtKind::Assign(vec![t], value), span));
                Target::Local(item)
            }
        };
        self.loop_body_into(body, &mut inner)?;
        let orelse = self.block(orelse)?;
        out.push(stmt(
            StmtKind::For(target, iter, Rc::from(inner), orelse),
            span,
        ));
        Ok(())
    }

    /// `with a as x, b as y:` with a `yield` in an item: one `with` per item, nested, so
    /// each item's `yield`s come after the `__enter__` before it.
    fn lower_with(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> RResult<()> {
        let Some((item, rest)) = items.split_first() else {
            for s in body {
                self.stmt_into(s, out)?;
            }
            return Ok(());
        };
        let ctx = &item.context;
        let ctx = self.lowered(self.yields_in(ctx), span, out, |r| r.expr(ctx))?;
        let mut inner = Vec::new();
        let target = match &item.target {
            None => None,
            Some(t) if self.yields_in(t) == 0 => Some(self.target(t)?),
            Some(t) => {
                let entered = self.temp();
                let t2 = self.lowered(self.yields_in(t), span, &mut inner, |r| r.target(t))?;
                let value = slot(ExprKind::Temp, entered, t.span);
                inner.push(stmt(StmtKind::Assign(vec![t2], value), span));
                Some(Target::Local(entered))
            }
        };
        self.lower_with(rest, body, span, &mut inner)?;
        out.push(stmt(
            StmtKind::With(vec![(ctx, target)], Rc::from(inner)),
            span,
        ));
        Ok(())
    }
}
