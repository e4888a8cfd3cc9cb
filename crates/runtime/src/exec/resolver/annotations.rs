//! Variable annotations outside functions (`x: int = 1` in a class body or a module):
//! the value is stored, then the annotation goes to `__annotations__`, which a body
//! holding any annotation makes first (CPython's `SETUP_ANNOTATIONS`). In a function
//! an annotation is never evaluated.

use minipy_syntax::ast::{self, Constant, ExprKind as E, Span, StmtKind as S};

use super::{RResult, Resolver};
use crate::exec::code::Stmt;

/// Whether a body (not counting nested functions and classes) annotates a plain name.
pub(super) fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        S::AnnAssign { target, .. } => matches!(target.kind, E::Name(_)),
        S::If { body, orelse, .. }
        | S::While { body, orelse, .. }
        | S::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        S::With { body, .. } => has_annotations(body),
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        S::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

fn expr(kind: E, span: Span) -> ast::Expr {
    ast::Expr { kind, span }
}

fn annotations_name(span: Span) -> ast::Expr {
    expr(E::Name("__annotations__".into()), span)
}

/// `__annotations__ = {}`, put before a body that has annotations.
pub(super) fn setup(span: Span) -> ast::Stmt {
    ast::Stmt {
        kind: S::Assign {
            targets: vec![annotations_name(span)],
            value: expr(E::Dict(vec![]), span),
        },
        span,
    }
}

impl Resolver<'_> {
    /// `target: annotation [= value]` in a class body or module.
    pub(super) fn ann_assign(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) -> RResult<()> {
        let S::AnnAssign {
            target,
            annotation,
            value,
        } = &s.kind
        else {
            return Ok(());
        };
        if value.is_some() {
            out.push(self.stmt_inner(s)?);
        }
        let span = s.span;
        let store = match &target.kind {
            E::Name(n) => S::Assign {
                targets: vec![expr(
                    E::Subscript {
                        value: Box::new(annotations_name(span)),
                        index: Box::new(expr(E::Const(Constant::Str(n.clone())), span)),
                    },
                    span,
                )],
                value: annotation.clone(),
            },
            _ => S::Expr(annotation.clone()),
        };
        out.push(self.stmt_inner(&ast::Stmt { kind: store, span })?);
        Ok(())
    }
}
