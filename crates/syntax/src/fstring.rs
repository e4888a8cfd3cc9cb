//! Splits an f-string's body into literal text and replacement fields.

use crate::ast::{Expr, FStringPart};
use crate::error::{ParserError, SyntaxError, SyntaxErrorKind};
use crate::literal::decode_str;
use crate::token::LexErrorKind;

fn error(src: &str, msg: &str, at: usize) -> ParserError {
    let error = SyntaxError::new(
        src,
        SyntaxErrorKind::SyntaxError,
        format!("f-string: {msg}"),
        at,
        at + 1,
    );
    ParserError::User { error }
}

fn literal(src: &str, text: &str, raw: bool, at: usize) -> Result<String, ParserError> {
    if raw {
        return Ok(text.to_string());
    }
    decode_str(text).map_err(|e| match e {
        LexErrorKind::Literal(msg, _) => ParserError::User {
            error: SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, at, at),
        },
        _ => error(src, "invalid string", at),
    })
}

/// Parses `body` (the text between the quotes), which starts at byte `base` of `src`.
pub fn parse(
    src: &str,
    body: &str,
    base: usize,
    raw: bool,
) -> Result<Vec<FStringPart>, ParserError> {
    parse_nested(src, body, base, raw, 0)
}

/// Parses literal text and fields; `depth` counts the format specs around it.
fn parse_nested(
    src: &str,
    body: &str,
    base: usize,
    raw: bool,
    depth: u8,
) -> Result<Vec<FStringPart>, ParserError> {
    let b = body.as_bytes();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut seg_start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => {
                text.push_str(&literal(src, &body[seg_start..i], raw, base + i)?);
                text.push('{');
                i += 2;
                seg_start = i;
            }
            b'}' if b.get(i + 1) == Some(&b'}') => {
                text.push_str(&literal(src, &body[seg_start..i], raw, base + i)?);
                text.push('}');
                i += 2;
                seg_start = i;
            }
            b'}' => return Err(error(src, "single '}' is not allowed", base + i)),
            b'{' => {
                if depth >= 2 {
                    return Err(error(src, "expressions nested too deeply", base + i));
                }
                text.push_str(&literal(src, &body[seg_start..i], raw, base + i)?);
                if !text.is_empty() {
                    parts.push(FStringPart::Literal(std::mem::take(&mut text)));
                }
                let (field, next) = field(src, body, base, i + 1, raw, depth)?;
                parts.push(field);
                i = next;
                seg_start = i;
            }
            b'\\' if !raw => i += 2,
            _ => i += 1,
        }
    }
    text.push_str(&literal(
        src,
        &body[seg_start.min(body.len())..],
        raw,
        base + seg_start,
    )?);
    if !text.is_empty() {
        parts.push(FStringPart::Literal(text));
    }
    Ok(parts)
}

/// Parses one replacement field starting after its `{`; returns it and the index after `}`.
fn field(
    src: &str,
    body: &str,
    base: usize,
    start: usize,
    raw: bool,
    nesting: u8,
) -> Result<(FStringPart, usize), ParserError> {
    let b = body.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b'}' | b':' if depth == 0 => break,
            b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
            b'=' if depth == 0
                && !matches!(b.get(i + 1), Some(b'='))
                && !matches!(b.get(i.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
            {
                break
            }
            _ => {}
        }
        i += 1;
    }
    let expr_text = &body[start..i.min(body.len())];
    if expr_text.contains('\\') {
        let error = SyntaxError::new(
            src,
            SyntaxErrorKind::SyntaxError,
            "f-string expression part cannot include a backslash",
            base + start,
            base + i,
        );
        return Err(ParserError::User { error });
    }
    if expr_text.trim().is_empty() {
        return Err(error(src, "empty expression not allowed", base + start));
    }
    let value = parse_field_expr(src, expr_text, base + start)?;
    let mut debug_text = None;
    if b.get(i) == Some(&b'=') {
        i += 1;
        // `f"{x = }"` keeps the spaces around the `=` in the text it prints.
        while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
            i += 1;
        }
        debug_text = Some(body[start..i].to_string());
    }
    let mut conversion = None;
    if b.get(i) == Some(&b'!') {
        let c = b.get(i + 1).copied().unwrap_or(b'}');
        if !matches!(c, b's' | b'r' | b'a') {
            return Err(error(
                src,
                "invalid conversion character: expected 's', 'r', or 'a'",
                base + i,
            ));
        }
        conversion = Some(c as char);
        i += 2;
    }
    let mut spec = Vec::new();
    if b.get(i) == Some(&b':') {
        let spec_start = i + 1;
        let mut depth = 0usize;
        i = spec_start;
        while i < b.len() {
            match b[i] {
                b'{' => depth += 1,
                b'}' if depth == 0 => break,
                b'}' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        spec = parse_nested(
            src,
            &body[spec_start..i.min(body.len())],
            base + spec_start,
            raw,
            nesting + 1,
        )?;
    }
    if b.get(i) != Some(&b'}') {
        return Err(error(src, "expecting '}'", base + i.min(body.len())));
    }
    if debug_text.is_some() && conversion.is_none() && spec.is_empty() {
        conversion = Some('r');
    }
    Ok((
        FStringPart::Field {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        },
        i + 1,
    ))
}

fn parse_field_expr(src: &str, text: &str, at: usize) -> Result<Expr, ParserError> {
    let wrapped = format!("({})", text.trim());
    crate::parse_expression(&wrapped).map_err(|e| {
        let error = SyntaxError::new(
            src,
            SyntaxErrorKind::SyntaxError,
            format!("f-string: {}", e.msg),
            at,
            at + 1,
        );
        ParserError::User { error }
    })
}
