//! Generator lowering: every `yield` becomes a statement of its own.
//!
//! A generator stops only between statements (see `exec/statements.rs`), so a `yield`
//! inside an expression (`print((yield) + 1)`, `f(a, (yield))`, `x += yield`) is moved
//! out of it: the values the statement computes before the `yield`, in CPython's order,
//! wait in hidden slots ([`ExprKind::Temp`]); the `yield` becomes a
//! [`StmtKind::Yield`] storing what it receives in another slot; and the rest of the
//! statement reads those slots. `and`, `or`, conditional expressions and comparison
//! chains become `if` statements, so what they skip is still skipped. Only a generator's
//! statements that hold such a `yield` are lowered.

use minipy_syntax::ast::{self, BoolOp, ExprKind as E, Span, StmtKind as S};
use minipy_syntax::SyntaxError;

use crate::exec::code::*;

use super::scopes::key;
use super::{RResult, Resolver};

/// The statement being lowered.
pub(super) struct Lowering {
    /// The statements that run before it.
    out: Vec<Stmt>,
    /// Its `yield`s not lowered yet: a value computed while some remain must wait in a
    /// slot, since a `yield` comes between it and its use.
    pub(super) remaining: u32,
    /// Its span, for the statements it lowers to.
    span: Span,
}

impl<'a> Resolver<'a> {
    pub(super) fn yields_in(&self, e: &ast::Expr) -> u32 {
        self.yielding.get(&key(e)).copied().unwrap_or(0)
    }

    fn yields_in_opt(&self, e: Option<&ast::Expr>) -> u32 {
        e.map_or(0, |e| self.yields_in(e))
    }

    fn yields_in_args(&self, args: &[ast::Arg]) -> u32 {
        args.iter()
            .map(|a| match a {
                ast::Arg::Positional(e)
                | ast::Arg::Star(e)
                | ast::Arg::Keyword(_, e)
                | ast::Arg::DoubleStar(e) => self.yields_in(e),
            })
            .sum()
    }

    /// The `yield`s a statement holds outside its blocks.
    pub(super) fn header_yields(&self, s: &ast::Stmt) -> u32 {
        let all = |es: &[ast::Expr]| es.iter().map(|e| self.yields_in(e)).sum::<u32>();
        match &s.kind {
            S::Expr(e) => self.yields_in(e),
            S::Assign { targets, value } => self.yields_in(value) + all(targets),
            S::AugAssign { target, value, .. } => self.yields_in(target) + self.yields_in(value),
            S::AnnAssign { target, value, .. } => {
                self.yields_in_opt(value.as_ref())
                    + value.as_ref().map_or(0, |_| self.yields_in(target))
            }
            S::If { test, .. } | S::While { test, .. } => self.yields_in(test),
            S::Match { subject, .. } => self.yields_in(subject),
            S::For { target, iter, .. } => self.yields_in(target) + self.yields_in(iter),
            S::Return(v) => self.yields_in_opt(v.as_ref()),
            S::FunctionDef(f) => {
                let p = &f.params;
                let defaults = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
                all(&f.decorators)
                    + defaults
                        .map(|d| self.yields_in_opt(d.default.as_ref()))
                        .sum::<u32>()
            }
            S::ClassDef(c) => all(&c.decorators) + self.yields_in_args(&c.bases),
            S::Delete(targets) => all(targets),
            S::Raise { exc, cause } => {
                self.yields_in_opt(exc.as_ref()) + self.yields_in_opt(cause.as_ref())
            }
            S::Try { handlers, .. } => handlers
                .iter()
                .map(|h| self.yields_in_opt(h.typ.as_ref()))
                .sum(),
            S::With { items, .. } => items
                .iter()
                .map(|i| self.yields_in(&i.context) + self.yields_in_opt(i.target.as_ref()))
                .sum(),
            S::Assert { test, msg } => self.yields_in(test) + self.yields_in_opt(msg.as_ref()),
            S::Break
            | S::Continue
            | S::Pass
            | S::Global(_)
            | S::Nonlocal(_)
            | S::Import(_)
            | S::ImportFrom { .. } => 0,
        }
    }

    /// A `yield` the lowering did not move (it always does): an internal error.
    pub(super) fn unlowered_yield(&self, span: Span) -> SyntaxError {
        self.error("minipy could not move this 'yield' to a statement", span)
    }

    /// Resolves the header expressions of a statement with `yields` yields (`resolve`),
    /// putting the statements they lower to into `out`.
    pub(super) fn lowered<T>(
        &mut self,
        yields: u32,
        span: Span,
        out: &mut Vec<Stmt>,
        resolve: impl FnOnce(&mut Self) -> RResult<T>,
    ) -> RResult<T> {
        if yields == 0 {
            return resolve(self);
        }
        let outer = self.lowering.replace(Lowering {
            out: Vec::new(),
            remaining: yields,
            span,
        });
        let r = resolve(self);
        let done = std::mem::replace(&mut self.lowering, outer);
        if let Some(done) = done {
            out.extend(done.out);
        }
        r
    }

    /// Whether a `yield` of the statement being lowered is still to come.
    pub(super) fn pending(&self) -> bool {
        self.lowering.as_ref().is_some_and(|l| l.remaining > 0)
    }

    pub(super) fn emit(&mut self, kind: StmtKind) {
        if let Some(l) = &mut self.lowering {
            let span = l.span;
            l.out.push(Stmt { kind, span });
        }
    }

    /// A new hidden local slot.
    pub(super) fn temp(&mut self) -> u32 {
        let layout = self.layouts.len() - 1;
        let locals = &mut self.layouts[layout].locals;
        locals.push(format!(".t{}", locals.len()));
        (locals.len() - 1) as u32
    }

    fn slot_expr(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Stores a value in a new slot now: a statement for the lowering.
    pub(super) fn store_now(&mut self, value: Expr) -> u32 {
        let slot = self.temp();
        self.emit(StmtKind::Assign(vec![Target::Local(slot)], value));
        slot
    }

    /// A value computed before a `yield` still to come, kept in a slot until it is used.
    fn keep(&mut self, value: Expr) -> Expr {
        if !self.pending() || matches!(value.kind, ExprKind::Const(_) | ExprKind::Temp(_)) {
            return value;
        }
        let span = value.span;
        let slot = self.store_now(value);
        Self::slot_expr(ExprKind::Temp(slot), span)
    }

    /// A value held in a slot, read (`ExprKind::Local`) or taken (`ExprKind::Temp`).
    pub(super) fn slot_of(&mut self, value: Expr) -> (u32, Span) {
        let span = value.span;
        match value.kind {
            ExprKind::Temp(slot) => (slot, span),
            _ => (self.store_now(value), span),
        }
    }

    /// An expression of a statement being lowered.
    pub(super) fn lower(&mut self, e: &ast::Expr) -> RResult<Expr> {
        if let E::Starred(inner) = &e.kind {
            let v = self.expr(inner)?;
            let v = self.unpacked_now(v, e.span);
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(v)),
                span: e.span,
            });
        }
        if self.yields_in(e) == 0 {
            // Nothing to move inside: resolved as usual, kept if a `yield` follows.
            let outer = self.lowering.take();
            let r = crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || self.expr_inner(e));
            self.lowering = outer;
            return Ok(self.keep(r?));
        }
        let r = crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || self.lower_inner(e))?;
        Ok(self.keep(r))
    }

    fn lower_inner(&mut self, e: &ast::Expr) -> RResult<Expr> {
        let span = e.span;
        match &e.kind {
            E::Yield(v) => {
                self.take_yield();
                let value = match v {
                    Some(v) => Some(self.expr(v)?),
                    None => None,
                };
                let slot = self.temp();
                self.emit_yield(StmtKind::Yield(value, Some(Target::Local(slot))), span);
                Ok(Self::slot_expr(ExprKind::Temp(slot), span))
            }
            E::YieldFrom(v) => {
                self.take_yield();
                let source = self.expr(v)?;
                let slot = self.temp();
                self.emit_yield(StmtKind::YieldFrom(source, Some(Target::Local(slot))), span);
                Ok(Self::slot_expr(ExprKind::Temp(slot), span))
            }
            E::BoolOp { op, values } => self.lower_bool_op(*op, values, span),
            E::IfExp { test, body, orelse } => {
                let slot = self.temp();
                let test = self.lower_part(test)?;
                let body = self.branch(|r| r.lower_into(body, slot))?;
                let orelse = self.branch(|r| r.lower_into(orelse, slot))?;
                self.emit(StmtKind::If(test, body, orelse));
                Ok(Self::slot_expr(ExprKind::Temp(slot), span))
            }
            E::Compare { left, ops } if ops[1..].iter().any(|(_, o)| self.yields_in(o) > 0) => {
                self.lower_chain(left, ops, span)
            }
            // CPython looks the method up before evaluating the arguments.
            E::Call { func, args } if matches!(func.kind, E::Attribute { .. }) => {
                let E::Attribute { value, attr } = &func.kind else {
                    return Err(self.unlowered_yield(span));
                };
                let obj = Box::new(self.expr(value)?);
                let method = Expr {
                    kind: ExprKind::Attribute(obj, self.names.intern(attr)),
                    span: func.span,
                };
                let func = Box::new(self.keep(method));
                let args = self.args(args)?;
                Ok(Expr {
                    kind: ExprKind::Call { func, args },
                    span,
                })
            }
            E::FString(parts) => self.lower_fstring(parts, span),
            _ => self.expr_inner(e),
        }
    }

    /// Counts a `yield` as lowered before its operand is: the operand's value goes
    /// straight to the `yield` statement.
    pub(super) fn take_yield(&mut self) {
        if let Some(l) = &mut self.lowering {
            l.remaining = l.remaining.saturating_sub(1);
        }
    }

    fn emit_yield(&mut self, kind: StmtKind, span: Span) {
        if let Some(l) = &mut self.lowering {
            l.out.push(Stmt { kind, span });
        }
    }

    /// An operand used as soon as it is computed (a test, a branch's value): lowered
    /// with only its own `yield`s pending.
    fn lower_part(&mut self, e: &ast::Expr) -> RResult<Expr> {
        let own = self.yields_in(e);
        let Some(l) = &mut self.lowering else {
            return self.expr(e);
        };
        let after = l.remaining.saturating_sub(own);
        l.remaining = own;
        let r = self.expr(e);
        if let Some(l) = &mut self.lowering {
            l.remaining = after;
        }
        r
    }

    /// Lowers `e` and stores its value in `slot`.
    fn lower_into(&mut self, e: &ast::Expr, slot: u32) -> RResult<()> {
        let v = self.lower_part(e)?;
        self.emit(StmtKind::Assign(vec![Target::Local(slot)], v));
        Ok(())
    }

    /// The statements `f` lowers to, as a block of their own (a branch of an `if`).
    fn branch(&mut self, f: impl FnOnce(&mut Self) -> RResult<()>) -> RResult<Block> {
        let outer = match &mut self.lowering {
            Some(l) => std::mem::take(&mut l.out),
            None => Vec::new(),
        };
        let r = f(self);
        let inner = match &mut self.lowering {
            Some(l) => std::mem::replace(&mut l.out, outer),
            None => Vec::new(),
        };
        r.map(|()| Rc::from(inner))
    }

    /// `a and b and c`: each operand from the first holding a `yield` on is evaluated
    /// only if the one before let it.
    fn lower_bool_op(&mut self, op: BoolOp, values: &[ast::Expr], span: Span) -> RResult<Expr> {
        let first = values
            .iter()
            .position(|v| self.yields_in(v) > 0)
            .unwrap_or(0);
        let slot = self.temp();
        // The operands before it, as one expression.
        let rest = match first {
            0 => {
                self.lower_into(&values[0], slot)?;
                &values[1..]
            }
            1 => {
                self.lower_into(&values[0], slot)?;
                &values[1..]
            }
            _ => {
                let outer = self.lowering.take();
                let head = self.exprs(&values[..first]);
                self.lowering = outer;
                let head = Expr {
                    kind: ExprKind::BoolOp(op, head?),
                    span,
                };
                self.emit(StmtKind::Assign(vec![Target::Local(slot)], head));
                &values[first..]
            }
        };
        self.bool_rest(op, rest, slot, span)?;
        Ok(Self::slot_expr(ExprKind::Temp(slot), span))
    }

    /// The remaining operands of `and`/`or`, each run when the value so far (in `slot`)
    /// lets it.
    fn bool_rest(&mut self, op: BoolOp, rest: &[ast::Expr], slot: u32, span: Span) -> RResult<()> {
        let Some((next, rest)) = rest.split_first() else {
            return Ok(());
        };
        let more = self.branch(|r| {
            r.lower_into(next, slot)?;
            r.bool_rest(op, rest, slot, span)
        })?;
        let test = Self::slot_expr(ExprKind::Local(slot), span);
        let (body, orelse) = match op {
            BoolOp::And => (more, Rc::from(vec![])),
            BoolOp::Or => (Rc::from(vec![]), more),
        };
        self.emit(StmtKind::If(test, body, orelse));
        Ok(())
    }

    /// `a < b < c` with a `yield` past the first comparison: each further comparison
    /// runs only if the one before was true, each operand evaluated once.
    fn lower_chain(
        &mut self,
        left: &ast::Expr,
        ops: &[(ast::CmpOp, ast::Expr)],
        span: Span,
    ) -> RResult<Expr> {
        let result = self.temp();
        let left = self.lower_part(left)?;
        let (mut prev, _) = self.slot_of(left);
        // Later operands are computed inside the `if`s, so nothing else is pending.
        let after = self.lowering.as_ref().map_or(0, |l| {
            l.remaining
                .saturating_sub(ops.iter().map(|(_, o)| self.yields_in(o)).sum())
        });
        let mut blocks: Vec<Vec<Stmt>> = Vec::new();
        for (i, (op, right)) in ops.iter().enumerate() {
            let right = self.lower_part(right)?;
            let (slot, rspan) = self.slot_of(right);
            let is_last = i + 1 == ops.len();
            let cmp = Expr {
                kind: ExprKind::Compare(
                    Box::new(Self::slot_expr(ExprKind::Temp(prev), span)),
                    vec![(
                        *op,
                        Self::slot_expr(
                            if is_last {
                                ExprKind::Temp(slot)
                            } else {
                                ExprKind::Local(slot)
                            },
                            rspan,
                        ),
                    )],
                ),
                span,
            };
            self.emit(StmtKind::Assign(vec![Target::Local(result)], cmp));
            prev = slot;
            if !is_last {
                // The next comparison goes into `if result:`.
                let l = self.lowering.as_mut().map(|l| std::mem::take(&mut l.out));
                blocks.push(l.unwrap_or_default());
            }
        }
        // Close the `if`s from the innermost out.
        while let Some(outer) = blocks.pop() {
            let inner = match &mut self.lowering {
                Some(l) => std::mem::replace(&mut l.out, outer),
                None => Vec::new(),
            };
            let test = Self::slot_expr(ExprKind::Local(result), span);
            self.emit(StmtKind::If(test, Rc::from(inner), Rc::from(vec![])));
        }
        if let Some(l) = &mut self.lowering {
            l.remaining = after;
        }
        Ok(Self::slot_expr(ExprKind::Temp(result), span))
    }

    /// An f-string: each field before a `yield` is formatted before it, as in CPython.
    fn lower_fstring(&mut self, parts: &[ast::FStringPart], span: Span) -> RResult<Expr> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => out.push(FPart::Literal(s.as_str().into())),
                field => {
                    let one = self.fparts(std::slice::from_ref(field))?;
                    let value = Expr {
                        kind: ExprKind::FString(one),
                        span,
                    };
                    // (A str formats as itself: the field reads back its text.)
                    out.push(FPart::Field {
                        value: self.keep(value),
                        conversion: None,
                        spec: vec![],
                    });
                }
            }
        }
        Ok(Expr {
            kind: ExprKind::FString(out),
            span,
        })
    }

    /// The value of `*x` in a call or a display, unpacked where it stands when a
    /// `yield` follows, as CPython does.
    pub(super) fn unpacked_now(&mut self, v: Expr, span: Span) -> Expr {
        if !self.pending() {
            return v;
        }
        let items = Expr {
            kind: ExprKind::Tuple(vec![Expr {
                kind: ExprKind::Starred(Box::new(v)),
                span,
            }]),
            span,
        };
        self.keep(items)
    }

    /// A generator's lambda body: `return <expression>`, lowered.
    pub(super) fn lambda_body(&mut self, e: &ast::Expr) -> RResult<Block> {
        let span = e.span;
        let mut out = Vec::new();
        let yields = if self.scope().is_generator {
            self.yields_in(e)
        } else {
            0
        };
        let value = self.lowered(yields, span, &mut out, |r| r.expr(e))?;
        out.push(Stmt {
            kind: StmtKind::Return(Some(value)),
            span,
        });
        Ok(Rc::from(out))
    }
}

use std::rc::Rc;
