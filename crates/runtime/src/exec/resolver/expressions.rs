//! Expressions and assignment targets.

use minipy_syntax::ast::{self, ExprKind as E};

use crate::exec::code::*;
use crate::object::value::{BoolWord, Value};

use super::functions::{CompKind, FunctionBody};
use super::scopes::key;
use super::{RResult, Resolver};

impl<'a> Resolver<'a> {
    pub(super) fn target(&mut self, t: &ast::Expr) -> RResult<Target> {
        Ok(match &t.kind {
            E::Name(n) => self.store(n),
            E::Attribute { value, attr } => {
                Target::Attribute(self.expr(value)?, self.names.intern(attr))
            }
            E::Subscript { value, index } => {
                Target::Subscript(self.expr(value)?, self.expr(index)?)
            }
            E::Tuple(items) | E::List(items) => {
                let mut star = None;
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if let E::Starred(inner) = &item.kind {
                        if star.is_some() {
                            return Err(
                                self.error("multiple starred expressions in assignment", item.span)
                            );
                        }
                        star = Some(i);
                        out.push(self.target(inner)?);
                    } else {
                        out.push(self.target(item)?);
                    }
                }
                Target::Unpack {
                    items: out,
                    star,
                    span: t.span,
                }
            }
            E::Starred(inner) => self.target(inner)?,
            _ => return Err(self.error("cannot assign to expression", t.span)),
        })
    }

    pub(super) fn exprs(&mut self, items: &[ast::Expr]) -> RResult<Vec<Expr>> {
        items.iter().map(|e| self.expr(e)).collect()
    }

    pub(super) fn opt(&mut self, e: Option<&ast::Expr>) -> RResult<Option<Box<Expr>>> {
        Ok(match e {
            Some(e) => Some(Box::new(self.expr(e)?)),
            None => None,
        })
    }

    pub(super) fn args(&mut self, args: &[ast::Arg]) -> RResult<Vec<Arg>> {
        args.iter()
            .map(|a| {
                Ok(match a {
                    ast::Arg::Positional(e) => Arg::Positional(self.expr(e)?),
                    ast::Arg::Star(e) => {
                        let v = self.expr(e)?;
                        Arg::Star(self.unpacked_now(v, e.span))
                    }
                    ast::Arg::Keyword(n, e) => Arg::Keyword(n.as_str().into(), self.expr(e)?),
                    ast::Arg::DoubleStar(e) => Arg::DoubleStar(self.expr(e)?),
                })
            })
            .collect()
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> RResult<Expr> {
        if self.lowering.as_ref().is_some_and(|l| l.remaining > 0) {
            return self.lower(e);
        }
        if crate::object::alloc::stack_refused() {
            // The memory limit refused the stack: unwind (the caller reports the limit).
            return Err(self.error("stopped", e.span));
        }
        crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    pub(super) fn constant(c: &ast::Constant) -> Value {
        use minipy_syntax::token::IntLit;
        match c {
            ast::Constant::None => Value::None,
            ast::Constant::True => Value::Bool(BoolWord::TRUE),
            ast::Constant::False => Value::Bool(BoolWord::FALSE),
            ast::Constant::Ellipsis => Value::Ellipsis,
            ast::Constant::Int(IntLit::Small(i)) => Value::Int(*i),
            ast::Constant::Int(IntLit::Big(b)) => Value::from_bigint(b.clone()),
            ast::Constant::Float(f) => Value::from_f64(*f),
            ast::Constant::Imaginary(f) => Value::complex(0.0, *f),
            ast::Constant::Str(s) => Value::str(s.as_str()),
            ast::Constant::Bytes(b) => Value::bytes(b.clone()),
        }
    }

    pub(super) fn expr_inner(&mut self, e: &ast::Expr) -> RResult<Expr> {
        let span = e.span;
        let kind = match &e.kind {
            E::Name(n) => return Ok(self.load(n, span)),
            E::Const(c) => ExprKind::Const(Self::constant(c)),
            E::FString(parts) => ExprKind::FString(self.fparts(parts)?),
            E::BinOp { left, op, right } => {
                ExprKind::BinOp(Box::new(self.expr(left)?), *op, Box::new(self.expr(right)?))
            }
            E::UnaryOp { op, operand } => ExprKind::UnaryOp(*op, Box::new(self.expr(operand)?)),
            E::BoolOp { op, values } => ExprKind::BoolOp(*op, self.exprs(values)?),
            E::Compare { left, ops } => {
                let left = Box::new(self.expr(left)?);
                let ops = ops
                    .iter()
                    .map(|(op, v)| Ok((*op, self.expr(v)?)))
                    .collect::<RResult<_>>()?;
                ExprKind::Compare(left, ops)
            }
            E::IfExp { test, body, orelse } => ExprKind::IfExp {
                test: Box::new(self.expr(test)?),
                body: Box::new(self.expr(body)?),
                orelse: Box::new(self.expr(orelse)?),
            },
            E::Call { func, args }
                if args.is_empty()
                    && matches!(&func.kind, E::Name(n) if n == "super")
                    && self.layout().cell("__class__").is_some() =>
            {
                let class = self.load("__class__", span);
                let first = self.scope().params.first().cloned();
                let receiver = match first {
                    Some(p) => self.load(&p, span),
                    None => Expr {
                        kind: ExprKind::Const(Value::None),
                        span,
                    },
                };
                ExprKind::Super(Box::new(class), Box::new(receiver))
            }
            // (The callee first: resolving in evaluation order is what lowering needs.)
            E::Call { func, args } => {
                if let E::Attribute { value, attr } = &func.kind {
                    let obj = Box::new(self.expr(value)?);
                    ExprKind::CallMethod {
                        obj,
                        name: self.names.intern(attr),
                        name_end: func.span.end,
                        args: self.args(args)?,
                        cache: Box::default(),
                    }
                } else if self.reads_frame(func) {
                    // `locals()`, `exec(s)`, ...: the builtin needs this frame's variables.
                    let func = Box::new(self.expr(func)?);
                    ExprKind::FrameCall {
                        func,
                        args: self.args(args)?,
                    }
                } else {
                    let func = Box::new(self.expr(func)?);
                    ExprKind::Call {
                        func,
                        args: self.args(args)?,
                    }
                }
            }
            E::Attribute { value, attr } => {
                ExprKind::Attribute(Box::new(self.expr(value)?), self.names.intern(attr))
            }
            E::Subscript { value, index } => {
                ExprKind::Subscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?))
            }
            E::Slice { lower, upper, step } => ExprKind::Slice(
                self.opt(lower.as_deref())?,
                self.opt(upper.as_deref())?,
                self.opt(step.as_deref())?,
            ),
            E::List(items) => ExprKind::List(self.exprs(items)?),
            E::Tuple(items) => ExprKind::Tuple(self.exprs(items)?),
            E::Set(items) => ExprKind::Set(self.exprs(items)?),
            E::Dict(items) => {
                let mut out = Vec::new();
                for (k, v) in items {
                    let k = k.as_ref().map(|k| self.expr(k)).transpose()?;
                    out.push((k, self.expr(v)?));
                }
                ExprKind::Dict(out)
            }
            E::Starred(inner) => ExprKind::Starred(Box::new(self.expr(inner)?)),
            E::Lambda { params, body } => {
                let maker = self.function(
                    key(e),
                    "<lambda>",
                    params,
                    FunctionBody::Expr(body),
                    &[],
                    span,
                )?;
                ExprKind::MakeFunction(Box::new(maker))
            }
            E::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List(elt))?
            }
            E::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set(elt))?
            }
            E::DictComp {
                key: k,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict(k, value))?,
            E::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen(elt))?
            }
            // (A generator's statements are lowered so every `yield` is one of its own.)
            E::Yield(_) | E::YieldFrom(_) => return Err(self.unlowered_yield(span)),
            E::NamedExpr { target, value } => {
                self.walruses += 1;
                let value = Box::new(self.expr(value)?);
                let E::Name(n) = &target.kind else {
                    return Err(self.error(
                        "cannot use assignment expressions with this target",
                        target.span,
                    ));
                };
                ExprKind::Named(Box::new(self.store(n)), value)
            }
        };
        Ok(Expr { kind, span })
    }

    pub(super) fn fparts(&mut self, parts: &[ast::FStringPart]) -> RResult<Vec<FPart>> {
        parts
            .iter()
            .map(|p| {
                Ok(match p {
                    ast::FStringPart::Literal(s) => FPart::Literal(s.as_str().into()),
                    ast::FStringPart::Field {
                        value,
                        conversion,
                        spec,
                        debug_text,
                    } => {
                        let field = FPart::Field {
                            value: self.expr(value)?,
                            conversion: *conversion,
                            spec: self.fparts(spec)?,
                        };
                        match debug_text {
                            // `f"{x=}"` is the text `x=` followed by the field.
                            Some(text) => {
                                return Ok(FPart::Field {
                                    value: Expr {
                                        kind: ExprKind::FString(vec![
                                            FPart::Literal(text.as_str().into()),
                                            field,
                                        ]),
                                        span: value.span,
                                    },
                                    conversion: None,
                                    spec: vec![],
                                })
                            }
                            None => field,
                        }
                    }
                })
            })
            .collect()
    }
}
