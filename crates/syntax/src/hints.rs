//! CPython's more helpful messages for some invalid syntax ("Perhaps you forgot a
//! comma?"), found by looking at the tokens around the one the parser refused.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::Tok;

type Token = (usize, Tok, usize);

/// How far (in tokens) the hints look around the refused token.
const REACH: usize = 40;

fn parses_as_expression(src: &str, toks: &[Token]) -> bool {
    crate::python::ExpressionParser::new()
        .parse(src, toks.iter().cloned().map(Ok::<_, SyntaxError>))
        .is_ok()
}

fn depth_change(t: &Tok) -> isize {
    if t.is_open_bracket() {
        1
    } else if t.is_close_bracket() {
        -1
    } else {
        0
    }
}

/// Bracket depth just before token `k`.
fn depth_before(toks: &[Token], k: usize) -> isize {
    toks[..k].iter().map(|t| depth_change(&t.1)).sum()
}

/// Whether `toks` is balanced, stays inside its own brackets and, with `commas` false,
/// holds no comma outside them (a tuple is not one expression here).
fn one_expression_shape(toks: &[Token], commas: bool) -> bool {
    let mut depth = 0;
    for t in toks {
        if matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            return false;
        }
        if t.1 == Tok::Comma && depth == 0 && !commas {
            return false;
        }
        depth += depth_change(&t.1);
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The start of the longest expression ending just before token `k`.
fn expression_before(src: &str, toks: &[Token], k: usize) -> Option<usize> {
    (k.saturating_sub(REACH)..k).find(|&i| {
        let slice = &toks[i..k];
        one_expression_shape(slice, false) && parses_as_expression(src, slice)
    })
}

/// The end (exclusive) of the longest expression starting at token `k`.
fn expression_after(src: &str, toks: &[Token], k: usize, commas: bool) -> Option<usize> {
    let last = (k + REACH).min(toks.len());
    (k + 1..=last).rev().find(|&j| {
        let slice = &toks[k..j];
        one_expression_shape(slice, commas) && parses_as_expression(src, slice)
    })
}

fn error(src: &str, msg: String, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, start, end)
}

/// A better message for the refused token `toks[k]`, when CPython has one.
pub(crate) fn hint(src: &str, toks: &[Token], k: usize) -> Option<SyntaxError> {
    if k == 0 || k >= toks.len() {
        return None;
    }
    let depth = depth_before(toks, k);
    let prev = &toks[k - 1].1;
    // `print "x"`: Python 2's print statement.
    if let Tok::Name(name) = prev {
        let at_start = k < 2 || matches!(toks[k - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent);
        if (name == "print" || name == "exec") && at_start && toks[k].1 != Tok::LPar {
            let end = expression_after(src, toks, k, true)?;
            let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            return Some(error(src, msg, toks[k - 1].0, toks[end - 1].2));
        }
    }
    // `if x = 1:`
    if toks[k].1 == Tok::Equal && depth == 0 {
        if let Tok::Name(_) = prev {
            if k >= 2 && toks[k - 2].1 == Tok::Dot {
                return None;
            }
            let end = expression_after(src, toks, k + 1, false)?;
            if matches!(
                toks.get(end).map(|t| &t.1),
                Some(Tok::Equal | Tok::ColonEqual)
            ) {
                return None;
            }
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string();
            return Some(error(src, msg, toks[k - 1].0, toks[end - 1].2));
        }
    }
    let in_comprehension = in_comprehension(toks, k);
    if let Some(e) = missing_else(src, toks, k, in_comprehension) {
        return Some(e);
    }
    if depth > 0 {
        if let Some(e) = unparenthesized_generator(src, toks, k) {
            return Some(e);
        }
        if in_comprehension {
            return None;
        }
        // `[1, 2 3]`
        if matches!(prev, Tok::Name(_)) && matches!(toks[k].1, Tok::Str(_)) {
            return None;
        }
        let start = expression_before(src, toks, k)?;
        if matches!(&toks[start].1, Tok::Name(n) if n == "_") {
            return None;
        }
        let end = expression_after(src, toks, k, false)?;
        let msg = "invalid syntax. Perhaps you forgot a comma?".to_string();
        return Some(error(src, msg, toks[start].0, toks[end - 1].2));
    }
    None
}

/// Whether token `k` is in a comprehension's clauses (a `for` in its own bracket).
fn in_comprehension(toks: &[Token], k: usize) -> bool {
    let mut depth = 0;
    for t in toks[..k].iter().rev() {
        depth -= depth_change(&t.1);
        if depth < 0 || matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            return false;
        }
        if depth == 0 && t.1 == Tok::For {
            return true;
        }
    }
    false
}

/// `x = a if b`: a conditional expression without its `else`.
fn missing_else(src: &str, toks: &[Token], k: usize, in_comp: bool) -> Option<SyntaxError> {
    if in_comp || matches!(toks[k].1, Tok::Else | Tok::Colon) {
        return None;
    }
    let b = expression_before(src, toks, k)?;
    if b < 2 || toks[b - 1].1 != Tok::If {
        return None;
    }
    if matches!(toks[b - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        return None;
    }
    let mut a = expression_before(src, toks, b - 1)?;
    if toks[a].1 == Tok::Lambda {
        // The condition's left side is a disjunction: the lambda's body.
        let mut depth = 0;
        for (i, t) in toks.iter().enumerate().take(b - 1).skip(a) {
            depth += depth_change(&t.1);
            if depth == 0 && t.1 == Tok::Colon {
                a = i + 1;
            }
        }
    }
    let msg = "expected 'else' after 'if' expression".to_string();
    Some(error(src, msg, toks[a].0, toks[k - 1].2))
}

/// `f(x for x in y, 1)` or `f(1, x for x in y)`: a generator expression among other
/// arguments needs its own parentheses.
fn unparenthesized_generator(src: &str, toks: &[Token], k: usize) -> Option<SyntaxError> {
    // The bracket the refused token is in, and whether it is a call's.
    let mut depth = 0;
    let mut open = None;
    for i in (0..k).rev() {
        depth -= depth_change(&toks[i].1);
        if depth < 0 {
            open = Some(i);
            break;
        }
    }
    let open = open?;
    if toks[open].1 != Tok::LPar || open == 0 {
        return None;
    }
    if !matches!(toks[open - 1].1, Tok::Name(_) | Tok::RPar | Tok::RSqb) {
        return None;
    }
    // The argument holding the refused token starts after the last comma before it.
    let mut depth = 0;
    let mut start = open + 1;
    for (i, t) in toks.iter().enumerate().take(k).skip(open + 1) {
        depth += depth_change(&t.1);
        if depth == 0 && t.1 == Tok::Comma {
            start = i + 1;
        }
    }
    match toks[k].1 {
        Tok::Comma => {
            let mut depth = 0;
            let has_for = toks[start..k].iter().any(|t| {
                depth += depth_change(&t.1);
                depth == 0 && t.1 == Tok::For
            });
            has_for.then(|| generator_error(src, toks[start].0, toks[k - 1].2))
        }
        Tok::For if start > open + 1 => {
            let mut depth = 0;
            let mut end = k;
            for (i, t) in toks.iter().enumerate().skip(k) {
                depth += depth_change(&t.1);
                if depth < 0 || (depth == 0 && t.1 == Tok::Comma) {
                    break;
                }
                end = i;
            }
            Some(generator_error(src, toks[start].0, toks[end].2))
        }
        _ => None,
    }
}

fn generator_error(src: &str, start: usize, end: usize) -> SyntaxError {
    let msg = "Generator expression must be parenthesized".to_string();
    error(src, msg, start, end)
}
