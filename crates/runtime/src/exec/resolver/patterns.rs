//! Resolving `match` statements: capture slots, and the checks CPython's compiler makes
//! on patterns (unreachable cases, names bound twice, alternatives binding different names).

use minipy_syntax::ast::{self, Constant, ExprKind as E, PatternKind as P, Span, UnaryOp};

use super::{RResult, Resolver};
use crate::exec::code::*;
use crate::object::value::{BoolWord, Value};

/// What the checks of one case need while its pattern is walked.
struct CaseNames {
    /// Every name the case captures, in capture-slot order.
    slots: Vec<String>,
    /// Names bound so far on the path being compiled (an alternative starts its own).
    stores: Vec<String>,
    /// Whether an irrefutable pattern may stand here (last case, guarded, or nested).
    allow_irrefutable: bool,
    /// The pattern compiled last: CPython's compiler reports or-pattern errors there.
    last: Span,
}

impl CaseNames {
    fn slot(&mut self, name: &str) -> u32 {
        match self.slots.iter().position(|n| n == name) {
            Some(i) => i as u32,
            None => {
                self.slots.push(name.to_string());
                (self.slots.len() - 1) as u32
            }
        }
    }
}

/// The repr CPython prints for a constant key in "mapping pattern checks duplicate key".
fn key_repr(e: &ast::Expr) -> Option<String> {
    Some(match &e.kind {
        E::Const(Constant::Str(s)) => {
            let q = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(q);
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if c == q => {
                        out.push('\\');
                        out.push(c);
                    }
                    c => out.push(c),
                }
            }
            out.push(q);
            out
        }
        E::Const(Constant::Bytes(b)) => format!("b{:?}", String::from_utf8_lossy(b)),
        E::Const(Constant::Int(minipy_syntax::token::IntLit::Small(i))) => i.to_string(),
        E::Const(Constant::Int(minipy_syntax::token::IntLit::Big(i))) => i.to_string(),
        E::Const(Constant::Float(f)) => format!("{f:?}"),
        E::Const(Constant::None) => "None".into(),
        E::Const(Constant::True) => "True".into(),
        E::Const(Constant::False) => "False".into(),
        E::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => {
            let inner = key_repr(operand)?;
            if inner == "0" {
                inner
            } else {
                format!("-{inner}")
            }
        }
        _ => return None,
    })
}

impl Resolver<'_> {
    pub(super) fn match_stmt(
        &mut self,
        subject: Expr,
        cases: &[ast::MatchCase],
    ) -> RResult<StmtKind> {
        let mut out = Vec::with_capacity(cases.len());
        for (i, c) in cases.iter().enumerate() {
            let mut names = CaseNames {
                slots: vec![],
                stores: vec![],
                allow_irrefutable: c.guard.is_some() || i + 1 == cases.len(),
                last: c.pattern.span,
            };
            let pattern = self.pattern(&c.pattern, &mut names)?;
            let captures = names
                .slots
                .iter()
                .map(|n| self.store(n))
                .collect::<Vec<_>>();
            let guard = c.guard.as_ref().map(|g| self.expr(g)).transpose()?;
            out.push(MatchCase {
                pattern,
                guard,
                body: self.block(&c.body)?,
                captures,
                span: c.pattern.span,
            });
        }
        Ok(StmtKind::Match(Box::new(MatchStmt {
            subject,
            cases: out,
        })))
    }

    fn capture(&mut self, name: &str, p: &ast::Pattern, names: &mut CaseNames) -> RResult<u32> {
        if names.stores.iter().any(|n| n == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(msg, p.span));
        }
        names.stores.push(name.to_string());
        Ok(names.slot(name))
    }

    /// A sub-pattern: irrefutable ones are fine inside another pattern.
    fn subpattern(&mut self, p: &ast::Pattern, names: &mut CaseNames) -> RResult<Pattern> {
        let allow = std::mem::replace(&mut names.allow_irrefutable, true);
        let r = self.pattern(p, names);
        names.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &ast::Pattern, names: &mut CaseNames) -> RResult<Pattern> {
        names.last = p.span;
        Ok(match &p.kind {
            P::Value(e) => Pattern::Value(self.expr(e)?),
            P::Singleton(c) => Pattern::Singleton(match c {
                Constant::True => Value::Bool(BoolWord::TRUE),
                Constant::False => Value::Bool(BoolWord::FALSE),
                _ => Value::None,
            }),
            P::As {
                pattern: None,
                name,
            } => {
                if !names.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, p.span));
                }
                match name {
                    Some(n) => Pattern::Capture(self.capture(n, p, names)?),
                    None => Pattern::Wildcard,
                }
            }
            P::As {
                pattern: Some(inner),
                name,
            } => {
                let inner = self.pattern(inner, names)?;
                let name = name.as_deref().unwrap_or("_");
                Pattern::As(Box::new(inner), self.capture(name, p, names)?)
            }
            P::Star(name) => Pattern::Star(match name {
                Some(n) => Some(self.capture(n, p, names)?),
                None => None,
            }),
            P::Sequence(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.subpattern(i, names)?);
                }
                Pattern::Sequence(out)
            }
            P::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<String> = vec![];
                for k in keys {
                    if let Some(r) = key_repr(k) {
                        if seen.contains(&r) {
                            let msg = format!("mapping pattern checks duplicate key ({r})");
                            return Err(self.error(msg, p.span));
                        }
                        seen.push(r);
                    }
                }
                let keys = keys
                    .iter()
                    .map(|k| self.expr(k))
                    .collect::<RResult<Vec<_>>>()?;
                let mut out = Vec::with_capacity(patterns.len());
                for i in patterns {
                    out.push(self.subpattern(i, names)?);
                }
                let rest = match rest {
                    Some(n) => Some(self.capture(n, p, names)?),
                    None => None,
                };
                Pattern::Mapping {
                    keys,
                    patterns: out,
                    rest,
                }
            }
            P::Class {
                cls,
                patterns,
                keywords,
            } => {
                for (i, (k, kp)) in keywords.iter().enumerate() {
                    if keywords[..i].iter().any(|(other, _)| other == k) {
                        let msg = format!("attribute name repeated in class pattern: {k}");
                        return Err(self.error(msg, kp.span));
                    }
                }
                let cls = self.expr(cls)?;
                let mut out = Vec::with_capacity(patterns.len());
                for i in patterns {
                    out.push(self.subpattern(i, names)?);
                }
                let mut kws = Vec::with_capacity(keywords.len());
                for (k, kp) in keywords {
                    let sym = self.names.intern(k);
                    kws.push((sym, self.subpattern(kp, names)?));
                }
                Pattern::Class {
                    cls,
                    patterns: out,
                    keywords: kws,
                    span: p.span,
                }
            }
            P::Or(alts) => {
                let outer_stores = std::mem::take(&mut names.stores);
                let outer_allow = names.allow_irrefutable;
                let mut control: Option<Vec<String>> = None;
                let mut out = Vec::with_capacity(alts.len());
                for (i, alt) in alts.iter().enumerate() {
                    names.stores.clear();
                    names.allow_irrefutable = i + 1 == alts.len() && outer_allow;
                    out.push(self.pattern(alt, names)?);
                    match &control {
                        None => control = Some(names.stores.clone()),
                        Some(c) => {
                            let same = c.len() == names.stores.len()
                                && c.iter().all(|n| names.stores.contains(n));
                            if !same {
                                let msg = "alternative patterns bind different names";
                                return Err(self.error(msg, names.last));
                            }
                        }
                    }
                }
                names.allow_irrefutable = outer_allow;
                names.stores = outer_stores;
                for n in control.unwrap_or_default() {
                    if names.stores.contains(&n) {
                        let msg = format!("multiple assignments to name '{n}' in pattern");
                        return Err(self.error(msg, names.last));
                    }
                    names.stores.push(n);
                }
                Pattern::Or(out)
            }
        })
    }
}
