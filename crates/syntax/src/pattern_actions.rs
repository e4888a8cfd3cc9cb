//! The grammar's actions for `match` patterns, with the checks CPython's parser makes.

use crate::ast::*;
use crate::error::{ParserError, SyntaxError, SyntaxErrorKind};

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

/// One item between a mapping pattern's braces.
pub enum MappingItem {
    Key(Expr, Pattern),
    Rest(String, Span),
}

/// One sub-pattern of a class pattern.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(String, Pattern),
}

pub fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: Span::new(l, r),
    }
}

/// A literal: `None`, `True` and `False` compare by identity, the rest by equality.
pub fn literal_pattern(src: &str, e: Expr, l: usize, r: usize) -> Result<Pattern> {
    let kind = match &e.kind {
        ExprKind::Const(c @ (Constant::None | Constant::True | Constant::False)) => {
            PatternKind::Singleton(c.clone())
        }
        ExprKind::FString(_) => {
            return fail(
                src,
                "patterns may only match literals and attribute lookups",
                e.span,
            )
        }
        _ => PatternKind::Value(e),
    };
    Ok(pattern(kind, l, r))
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value.
pub fn name_pattern(e: Expr, l: usize, r: usize) -> Pattern {
    let kind = match &e.kind {
        ExprKind::Name(n) => PatternKind::As {
            pattern: None,
            name: Some(n.clone()).filter(|n| n != "_"),
        },
        _ => PatternKind::Value(e),
    };
    pattern(kind, l, r)
}

pub fn as_pattern(
    src: &str,
    p: Pattern,
    name: String,
    nl: usize,
    l: usize,
    r: usize,
) -> Result<Pattern> {
    if name == "_" {
        return fail(src, "cannot use '_' as a target", Span::new(nl, r));
    }
    let kind = PatternKind::As {
        pattern: Some(Box::new(p)),
        name: Some(name),
    };
    Ok(pattern(kind, l, r))
}

pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut all = vec![first];
    all.extend(rest);
    pattern(PatternKind::Or(all), l, r)
}

pub fn sequence_pattern(
    src: &str,
    mut items: Vec<Pattern>,
    last: Option<Pattern>,
    l: usize,
    r: usize,
) -> Result<Pattern> {
    items.extend(last);
    let stars = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::Star(_)))
        .count();
    if stars > 1 {
        return fail(
            src,
            "multiple starred names in sequence pattern",
            Span::new(l, r),
        );
    }
    Ok(pattern(PatternKind::Sequence(items), l, r))
}

pub fn mapping_pattern(src: &str, items: Vec<MappingItem>, l: usize, r: usize) -> Result<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        match item {
            MappingItem::Key(k, p) => {
                if rest.is_some() {
                    return fail(src, "invalid syntax", k.span);
                }
                if let ExprKind::Name(_) = k.kind {
                    let end = k.span.end as usize;
                    return fail(src, "invalid syntax", Span::new(end, end + 1));
                }
                if let ExprKind::FString(_) = k.kind {
                    let msg = "patterns may only match literals and attribute lookups";
                    return fail(src, msg, k.span);
                }
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(name, span) => {
                if rest.is_some() || name == "_" {
                    let at = Span::new(span.end as usize - 1, span.end as usize);
                    return fail(src, "invalid syntax", at);
                }
                rest = Some(name);
            }
        }
    }
    let kind = PatternKind::Mapping {
        keys,
        patterns,
        rest,
    };
    Ok(pattern(kind, l, r))
}

pub fn class_pattern(
    src: &str,
    cls: Expr,
    args: Vec<ClassArg>,
    l: usize,
    r: usize,
) -> Result<Pattern> {
    let mut patterns = Vec::new();
    let mut keywords: Vec<(String, Pattern)> = Vec::new();
    for a in args {
        match a {
            ClassArg::Positional(p) => {
                if !keywords.is_empty() {
                    return fail(src, "positional patterns follow keyword patterns", p.span);
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => keywords.push((name, p)),
        }
    }
    let kind = PatternKind::Class {
        cls,
        patterns,
        keywords,
    };
    Ok(pattern(kind, l, r))
}
