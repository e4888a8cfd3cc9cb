//! Literal values: integer, float and string tokens, and escape decoding.

use logos::Lexer;
use num_bigint::BigInt;
use num_traits::Num;

use crate::token::{IntLit, LexErrorKind, Tok};

/// A string or bytes literal, escapes decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: its raw body is parsed into parts by the parser's helpers.
    FStr {
        raw: bool,
        body: String,
        /// Byte offset of the body from the token's start.
        body_offset: usize,
    },
}

fn int_from_digits(digits: &str, radix: u32) -> IntLit {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => IntLit::Small(v),
        // The regex guarantees valid digits, so only overflow lands here.
        Err(_) => IntLit::Big(BigInt::from_str_radix(digits, radix).unwrap_or_default()),
    }
}

pub(crate) fn decimal_int(lex: &mut Lexer<Tok>) -> Result<IntLit, LexErrorKind> {
    let text = lex.slice();
    if text.len() > 1
        && text.starts_with('0')
        && text.bytes().any(|b| b.is_ascii_digit() && b != b'0')
    {
        return Err(LexErrorKind::Literal(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
            false,
        ));
    }
    let digits = text.replace('_', "");
    // CPython refuses to convert more decimal digits than this (quadratic time).
    if digits.len() > MAX_STR_DIGITS {
        return Err(LexErrorKind::TooManyDigits(digits.len()));
    }
    Ok(int_from_digits(&digits, 10))
}

/// `sys.int_info.default_max_str_digits`.
pub(crate) const MAX_STR_DIGITS: usize = 4300;

pub(crate) fn radix_int(text: &str, radix: u32) -> Result<IntLit, LexErrorKind> {
    Ok(int_from_digits(&text[2..].replace('_', ""), radix))
}

pub(crate) fn float(lex: &mut Lexer<Tok>) -> Result<f64, LexErrorKind> {
    lex.slice()
        .replace('_', "")
        .parse::<f64>()
        .map_err(|_| LexErrorKind::InvalidCharacter)
}

pub(crate) fn imaginary(lex: &mut Lexer<Tok>) -> Result<f64, LexErrorKind> {
    let text = lex.slice();
    text[..text.len() - 1]
        .replace('_', "")
        .parse::<f64>()
        .map_err(|_| LexErrorKind::InvalidCharacter)
}

/// Called after a string prefix and its opening quote: finds the closing quote and decodes.
pub(crate) fn string(lex: &mut Lexer<Tok>) -> Result<StrLit, LexErrorKind> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    let body_start = i;
    let body_end;
    loop {
        let Some(&c) = rest.get(i) else {
            return Err(if triple {
                LexErrorKind::UnterminatedTripleString
            } else {
                LexErrorKind::UnterminatedString
            });
        };
        match c {
            b'\\' => {
                i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                }
            }
            b'\n' | b'\r' if !triple => {
                lex.bump(i);
                return Err(LexErrorKind::UnterminatedString);
            }
            _ if c == quote => {
                if !triple {
                    body_end = i;
                    i += 1;
                    break;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    body_end = i;
                    i += 3;
                    break;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let body = &lex.remainder()[body_start..body_end];
    let body_offset = opening.len() + body_start;
    lex.bump(i);
    let raw = prefix.contains('r');
    // Source line breaks inside a triple-quoted literal read as "\n", as CPython
    // translates them when it reads the file.
    let normalized;
    let body = if triple && body.contains('\r') && !prefix.contains('f') {
        normalized = body.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        body
    };
    if prefix.contains('f') {
        return Ok(StrLit::FStr {
            raw,
            body: body.to_string(),
            body_offset,
        });
    }
    if prefix.contains('b') {
        if !body.is_ascii() {
            return Err(LexErrorKind::Literal(
                "bytes can only contain ASCII literal characters".into(),
                false,
            ));
        }
        return if raw {
            Ok(StrLit::Bytes(body.as_bytes().to_vec()))
        } else {
            decode_bytes(body).map(StrLit::Bytes)
        };
    }
    if raw {
        Ok(StrLit::Str(body.to_string()))
    } else {
        decode_str(body).map(StrLit::Str)
    }
}

fn hex_value(digits: &[u8]) -> Option<u32> {
    if digits.iter().all(|d| d.is_ascii_hexdigit()) {
        std::str::from_utf8(digits)
            .ok()
            .and_then(|s| u32::from_str_radix(s, 16).ok())
    } else {
        None
    }
}

/// The escapes shared by str and bytes; returns the value and the escape's length.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\n' => return None,
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 0x0b,
        _ => return None,
    })
}

fn octal_escape(s: &[u8]) -> (u32, usize) {
    let n = s
        .iter()
        .take(3)
        .take_while(|c| (b'0'..=b'7').contains(c))
        .count();
    let v = s[..n]
        .iter()
        .fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
    (v, n)
}

/// Decodes the escapes of a non-raw bytes literal (its body is ASCII).
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, LexErrorKind> {
    let s = body.as_bytes();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' || i + 1 >= s.len() {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let c = s[i + 1];
        if let Some(v) = simple_escape(c) {
            out.push(v);
            i += 2;
        } else if c == b'\n' {
            i += 2;
        } else if c == b'\r' {
            i += if s.get(i + 2) == Some(&b'\n') { 3 } else { 2 };
        } else if c == b'x' {
            let Some(v) = s.get(i + 2..i + 4).and_then(hex_value) else {
                return Err(LexErrorKind::Literal(
                    format!("(value error) invalid \\x escape at position {i}"),
                    true,
                ));
            };
            out.push(v as u8);
            i += 4;
        } else if (b'0'..=b'7').contains(&c) {
            let (v, n) = octal_escape(&s[i + 1..]);
            out.push(v as u8);
            i += 1 + n;
        } else {
            out.push(b'\\');
            i += 1;
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, end: usize, what: &str) -> LexErrorKind {
    LexErrorKind::Literal(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"),
        true,
    )
}

/// Decodes the escapes of a non-raw str literal.
pub fn decode_str(body: &str) -> Result<String, LexErrorKind> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let s = body.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let Some(pos) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + pos]);
        i += pos;
        let Some(&c) = s.get(i + 1) else {
            out.push('\\');
            break;
        };
        if let Some(v) = simple_escape(c) {
            out.push(v as char);
            i += 2;
        } else if c == b'\n' {
            i += 2;
        } else if c == b'\r' {
            i += if s.get(i + 2) == Some(&b'\n') { 3 } else { 2 };
        } else if c == b'x' || c == b'u' || c == b'U' {
            let (len, what) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            let digits = s
                .get(i + 2..i + 2 + len)
                .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
            let Some(v) = digits.and_then(hex_value) else {
                let avail = s[i + 2..]
                    .iter()
                    .take(len)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                return Err(unicode_error(i, i + 1 + avail, what));
            };
            match char::from_u32(v) {
                Some(ch) => out.push(ch),
                None if (0xD800..0xE000).contains(&v) => out.push('\u{FFFD}'),
                None => return Err(unicode_error(i, i + 1 + len, "illegal Unicode character")),
            }
            i += 2 + len;
        } else if c == b'N' {
            let name_end = if s.get(i + 2) == Some(&b'{') {
                body[i + 3..].find('}').map(|p| i + 3 + p)
            } else {
                None
            };
            let Some(end) = name_end else {
                return Err(unicode_error(i, i + 1, "malformed \\N character escape"));
            };
            match unicode_names2::character(&body[i + 3..end]) {
                Some(ch) => out.push(ch),
                None => return Err(unicode_error(i, end, "unknown Unicode character name")),
            }
            i = end + 1;
        } else if (b'0'..=b'7').contains(&c) {
            let (v, n) = octal_escape(&s[i + 1..]);
            out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            i += 1 + n;
        } else {
            out.push('\\');
            i += 1;
        }
    }
    Ok(out)
}
