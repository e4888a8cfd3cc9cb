//! The grammar's longer actions: building nodes and checking what the grammar alone accepts
//! too broadly (assignment targets, parameter order), with CPython's messages.

use crate::ast::*;
use crate::error::{ParserError, SyntaxError, SyntaxErrorKind};
use crate::literal::StrLit;

pub use crate::pattern_actions::*;

type Result<T> = std::result::Result<T, ParserError>;

fn fail<T>(src: &str, msg: impl Into<String>, span: Span) -> Result<T> {
    let error = SyntaxError::new(
        src,
        SyntaxErrorKind::SyntaxError,
        msg,
        span.start as usize,
        span.end as usize,
    );
    Err(ParserError::User { error })
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub fn constant(c: Constant, l: usize, r: usize) -> Expr {
    expr(ExprKind::Const(c), l, r)
}

pub fn tuple(mut items: Vec<Expr>, last: Option<Expr>, l: usize, r: usize) -> Expr {
    items.extend(last);
    expr(ExprKind::Tuple(items), l, r)
}

pub fn paren_tuple(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut items = vec![first];
    items.extend(rest);
    expr(ExprKind::Tuple(items), l, r)
}

/// `(x)` is `x`; only a tuple's span grows to include the parentheses.
pub fn parenthesized(e: Expr, _l: usize, _r: usize) -> Expr {
    e
}

pub fn lone_star(src: &str, e: Expr) -> Result<Expr> {
    fail(src, "cannot use starred expression here", e.span)
}

pub fn dotted(first: String, rest: Vec<String>) -> String {
    let mut name = first;
    for part in rest {
        name.push('.');
        name.push_str(&part);
    }
    name
}

pub fn bin(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, ops: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
        },
        l,
        r,
    )
}

pub fn if_exp(body: Expr, test: Expr, orelse: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        },
        l,
        r,
    )
}

pub fn named_expr(name: String, l: usize, nr: usize, value: Expr, r: usize) -> Expr {
    let target = expr(ExprKind::Name(name), l, nr);
    expr(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    )
}

pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> Expr {
    let kind = ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    };
    expr(kind, l, r)
}

/// A postfix part of an atom: call, subscript or attribute.
pub enum Trailer {
    Call(Vec<Arg>),
    Subscript(Expr),
    Attribute(String),
}

pub fn trailer(e: Expr, t: Trailer, l: usize, r: usize) -> Expr {
    let value = Box::new(e);
    let kind = match t {
        Trailer::Call(args) => ExprKind::Call { func: value, args },
        Trailer::Subscript(index) => ExprKind::Subscript {
            value,
            index: Box::new(index),
        },
        Trailer::Attribute(attr) => ExprKind::Attribute { value, attr },
    };
    expr(kind, l, r)
}

pub fn genexp_arg(elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> Arg {
    Arg::Positional(expr(
        ExprKind::GeneratorExp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    ))
}

pub fn keyword_arg(src: &str, name: Expr, value: Expr) -> Result<Arg> {
    match &name.kind {
        ExprKind::Name(n) => Ok(Arg::Keyword(n.clone(), value)),
        _ => {
            let span = Span {
                start: name.span.start,
                end: value.span.end,
            };
            fail(
                src,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                span,
            )
        }
    }
}

pub fn comprehension(src: &str, target: Expr, iter: Expr, ifs: Vec<Expr>) -> Result<Comprehension> {
    check_target(src, &target, Context::Assign, false)?;
    Ok(Comprehension { target, iter, ifs })
}

/// Concatenates adjacent string literals; f-strings are split into parts.
pub fn strings(src: &str, parts: Vec<(usize, StrLit, usize)>, l: usize, r: usize) -> Result<Expr> {
    let is_bytes = matches!(parts[0].1, StrLit::Bytes(_));
    if parts
        .iter()
        .any(|p| matches!(p.1, StrLit::Bytes(_)) != is_bytes)
    {
        return fail(
            src,
            "cannot mix bytes and nonbytes literals",
            Span::new(l, r),
        );
    }
    if is_bytes {
        let mut out = Vec::new();
        for (_, part, _) in parts {
            if let StrLit::Bytes(b) = part {
                out.extend_from_slice(&b);
            }
        }
        return Ok(constant(Constant::Bytes(out), l, r));
    }
    let mut fparts: Vec<FStringPart> = Vec::new();
    let mut has_fstring = false;
    for (start, part, end) in parts {
        match part {
            StrLit::Str(s) => push_literal(&mut fparts, s),
            StrLit::FStr {
                raw,
                body,
                body_offset,
            } => {
                has_fstring = true;
                // CPython 3.11 points f-string errors just past the literal.
                let parsed = crate::fstring::parse(src, &body, start + body_offset, raw).map_err(
                    |e| match e {
                        ParserError::User { error } if error.msg.starts_with("f-string") => {
                            let msg = error.msg;
                            let error =
                                SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, end, end);
                            ParserError::User { error }
                        }
                        e => e,
                    },
                )?;
                for p in parsed {
                    match p {
                        FStringPart::Literal(s) => push_literal(&mut fparts, s),
                        field => fparts.push(field),
                    }
                }
            }
            StrLit::Bytes(_) => {}
        }
    }
    if !has_fstring {
        let text = match fparts.pop() {
            Some(FStringPart::Literal(s)) => s,
            _ => String::new(),
        };
        return Ok(constant(Constant::Str(text), l, r));
    }
    Ok(expr(ExprKind::FString(fparts), l, r))
}

fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Context {
    Assign,
    Delete,
}

/// What CPython calls an expression that cannot be a target.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::True) => "True",
        ExprKind::Const(Constant::False) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) | ExprKind::FString(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

fn check_target(src: &str, e: &Expr, ctx: Context, hint: bool) -> Result<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().try_for_each(|item| match &item.kind {
                ExprKind::Starred(inner) if ctx == Context::Assign => {
                    check_target(src, inner, ctx, hint)
                }
                _ => check_target(src, item, ctx, hint),
            })
        }
        ExprKind::Starred(_) if ctx == Context::Assign => fail(
            src,
            "starred assignment target must be in a list or tuple",
            e.span,
        ),
        _ => {
            let what = describe(e);
            let verb = if ctx == Context::Delete {
                "delete"
            } else {
                "assign to"
            };
            let suffix =
                hint && !matches!(what, "None" | "True" | "False" | "conditional expression");
            let msg = if suffix {
                format!("cannot {verb} {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot {verb} {what}")
            };
            fail(src, msg, e.span)
        }
    }
}

pub fn assign(src: &str, first: Expr, mut rest: Vec<Expr>) -> Result<StmtKind> {
    let value = rest.pop().unwrap_or_else(|| constant(Constant::None, 0, 0));
    let mut targets = vec![first];
    targets.extend(rest);
    let single = targets.len() == 1;
    for t in &targets {
        check_target(src, t, Context::Assign, single)?;
    }
    if let ExprKind::Starred(_) = value.kind {
        return fail(src, "can't use starred expression here", value.span);
    }
    Ok(StmtKind::Assign { targets, value })
}

pub fn aug_assign(src: &str, target: Expr, op: BinOp, value: Expr) -> Result<StmtKind> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AugAssign { target, op, value })
        }
        _ => {
            let what = match describe(&target) {
                "None" | "True" | "False" | "ellipsis" => "literal",
                other => other,
            };
            fail(
                src,
                format!("'{what}' is an illegal expression for augmented assignment"),
                target.span,
            )
        }
    }
}

pub fn ann_assign(
    src: &str,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<StmtKind> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AnnAssign {
                target,
                annotation,
                value,
            })
        }
        _ => fail(
            src,
            format!(
                "only single target (not {}) can be annotated",
                describe(&target)
            ),
            target.span,
        ),
    }
}

pub fn delete(src: &str, target: Expr, _l: usize, _r: usize) -> Result<StmtKind> {
    let targets = match &target.kind {
        ExprKind::Tuple(items)
            if target.span.start == items.first().map_or(0, |i| i.span.start) =>
        {
            items.clone()
        }
        _ => vec![target.clone()],
    };
    for t in &targets {
        check_target(src, t, Context::Delete, false)?;
    }
    Ok(StmtKind::Delete(targets))
}

pub fn for_stmt(
    src: &str,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Result<StmtKind> {
    check_target(src, &target, Context::Assign, false)?;
    Ok(StmtKind::For {
        target,
        iter,
        body,
        orelse: orelse.unwrap_or_default(),
    })
}

pub fn if_chain(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>, usize)>,
    orelse: Option<Vec<Stmt>>,
) -> StmtKind {
    let mut tail = orelse.unwrap_or_default();
    for (l, test, body, r) in elifs.into_iter().rev() {
        let span = Span::new(l, r);
        tail = vec![Stmt {
            kind: StmtKind::If {
                test,
                body,
                orelse: tail,
            },
            span,
        }];
    }
    StmtKind::If {
        test,
        body,
        orelse: tail,
    }
}

pub fn handler(
    typ: Option<(Expr, Option<String>)>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> ExceptHandler {
    let (typ, name) = match typ {
        Some((t, n)) => (Some(t), n),
        None => (None, None),
    };
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, r),
    }
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    fin: Option<Vec<Stmt>>,
) -> StmtKind {
    StmtKind::Try {
        body,
        handlers,
        orelse: orelse.unwrap_or_default(),
        finalbody: fin.unwrap_or_default(),
    }
}

/// One entry of a parameter list before its order is checked.
/// (Each with its annotation, if any.)
pub enum ParamItem {
    Plain(Param, Option<Expr>),
    Star(Option<String>, Option<Expr>),
    DoubleStar(String, Option<Expr>),
    Slash,
}

/// `*name: ann` (or a bare `*`).
pub fn star_param(star: Option<(String, Option<Expr>)>) -> ParamItem {
    match star {
        Some((name, ann)) => ParamItem::Star(Some(name), ann),
        None => ParamItem::Star(None, None),
    }
}

fn params(src: &str, items: Vec<ParamItem>, at: Span) -> Result<Params> {
    let mut p = Params::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut names: Vec<String> = Vec::new();
    let mut check_dup = |name: &str, span: Span| -> Result<()> {
        if names.iter().any(|n| n == name) {
            return fail(
                src,
                format!("duplicate argument '{name}' in function definition"),
                span,
            );
        }
        names.push(name.to_string());
        Ok(())
    };
    for item in items {
        match item {
            ParamItem::Plain(param, ann) => {
                check_dup(&param.name, param.span)?;
                if let Some(a) = ann {
                    p.annotations.push((param.name.clone(), a));
                }
                if p.kwarg.is_some() {
                    return fail(
                        src,
                        "arguments cannot follow var-keyword argument",
                        param.span,
                    );
                }
                if seen_star {
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return fail(
                            src,
                            "non-default argument follows default argument",
                            param.span,
                        );
                    }
                    p.args.push(param);
                }
            }
            ParamItem::Slash => {
                if seen_star || !p.posonly.is_empty() || p.args.is_empty() {
                    return fail(src, "invalid syntax", at);
                }
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(name, ann) => {
                if seen_star {
                    return fail(src, "* argument may appear only once", at);
                }
                seen_star = true;
                if let Some(n) = &name {
                    check_dup(n, at)?;
                    if let Some(a) = ann {
                        p.annotations.push((n.clone(), a));
                    }
                }
                p.vararg = name;
            }
            ParamItem::DoubleStar(name, ann) => {
                check_dup(&name, at)?;
                if let Some(a) = ann {
                    p.annotations.push((name.clone(), a));
                }
                p.kwarg = Some(name);
            }
        }
    }
    if seen_star && p.vararg.is_none() && p.kwonly.is_empty() {
        return fail(src, "named arguments must follow bare *", at);
    }
    // CPython's order: the ordinary parameters, then the positional-only ones, then
    // `*args`, the keyword-only ones and `**kwargs`.
    let mut order: Vec<&str> = p.args.iter().map(|q| q.name.as_str()).collect();
    order.extend(p.posonly.iter().map(|q| q.name.as_str()));
    order.extend(p.vararg.as_deref());
    order.extend(p.kwonly.iter().map(|q| q.name.as_str()));
    order.extend(p.kwarg.as_deref());
    let mut annotations = std::mem::take(&mut p.annotations);
    annotations.sort_by_key(|(n, _)| order.iter().position(|o| o == n));
    p.annotations = annotations;
    Ok(p)
}

pub fn function_def(
    src: &str,
    decorators: Vec<Expr>,
    name: String,
    items: Vec<ParamItem>,
    ret: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<StmtKind> {
    let at = body.first().map_or(Span::default(), |s| s.span);
    let mut params = params(src, items, at)?;
    if let Some(r) = ret {
        params.annotations.push(("return".to_string(), r));
    }
    Ok(StmtKind::FunctionDef(Box::new(FunctionDef {
        name,
        params,
        body,
        decorators,
    })))
}

pub fn lambda(src: &str, items: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> Result<Expr> {
    let params = params(src, items, Span::new(l, r))?;
    Ok(expr(
        ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

pub fn class_def(
    src: &str,
    decorators: Vec<Expr>,
    name: String,
    bases: Option<Vec<Arg>>,
    body: Vec<Stmt>,
) -> Result<StmtKind> {
    let bases = bases.unwrap_or_default();
    check_call_args(src, &bases)?;
    Ok(StmtKind::ClassDef(Box::new(ClassDef {
        name,
        bases,
        body,
        decorators,
    })))
}

/// Checks argument order in a call: positional after keyword and the like.
pub fn check_call_args(src: &str, args: &[Arg]) -> Result<()> {
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut keywords: Vec<&str> = Vec::new();
    for arg in args {
        match arg {
            Arg::Positional(e) => {
                if seen_double_star {
                    return fail(
                        src,
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    );
                }
                if seen_keyword {
                    return fail(src, "positional argument follows keyword argument", e.span);
                }
            }
            Arg::Star(e) => {
                if seen_double_star {
                    let span = Span {
                        start: e.span.start.saturating_sub(1),
                        end: e.span.end,
                    };
                    return fail(
                        src,
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                    );
                }
            }
            Arg::Keyword(name, e) => {
                if keywords.contains(&name.as_str()) {
                    let span = Span {
                        start: e.span.start.saturating_sub(name.len() as u32 + 1),
                        end: e.span.end,
                    };
                    return fail(src, format!("keyword argument repeated: {name}"), span);
                }
                keywords.push(name);
                seen_keyword = true;
            }
            Arg::DoubleStar(_) => seen_double_star = true,
        }
    }
    Ok(())
}

pub fn call_trailer(src: &str, args: Vec<Arg>) -> Result<Trailer> {
    check_call_args(src, &args)?;
    Ok(Trailer::Call(args))
}
