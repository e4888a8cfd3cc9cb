//! JSON strings: quoting a str for output (`encode_basestring[_ascii]`) and reading a
//! quoted string of a document (`scanstring`), with CPython's escapes and messages.

use std::borrow::Cow;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `"text"` with JSON escapes; with `ascii`, every character past `~` (and DEL)
/// becomes `\uXXXX` (a surrogate pair past the BMP), as `ensure_ascii` asks.
pub(crate) fn quote_into(out: &mut String, text: &str, ascii: bool) {
    out.reserve(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let plain = if ascii {
            (b' '..=b'~').contains(&b) && b != b'\\' && b != b'"'
        } else {
            b >= b' ' && b != b'\\' && b != b'"'
        };
        if plain {
            continue;
        }
        if b >= 0x80 && !ascii {
            continue;
        }
        // A continuation byte was handled with its lead byte.
        if b & 0xC0 == 0x80 {
            start = start.max(i + 1);
            continue;
        }
        out.push_str(&text[start..i]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ if b < 0x80 => push_u(out, u32::from(b)),
            _ => {
                let c = text[i..].chars().next().map_or(0xfffd, u32::from);
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    push_u(out, 0xd800 | (v >> 10));
                    push_u(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_u(out, c);
                }
            }
        }
        start = i + 1;
    }
    out.push_str(&text[start.min(text.len())..]);
    out.push('"');
}

fn push_u(out: &mut String, c: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 0xf) as usize] as char);
    }
}

/// Why a quoted string could not be read: CPython's message and the byte offset it
/// points at.
pub(crate) struct ScanError {
    pub(crate) msg: &'static str,
    pub(crate) at: usize,
}

fn err(msg: &'static str, at: usize) -> ScanError {
    ScanError { msg, at }
}

/// Reads the string whose opening quote is just before byte `end`; returns its text
/// (borrowed from `s` when it has no escapes) and the byte offset after the closing quote.
pub(crate) fn scan(s: &str, end: usize, strict: bool) -> Result<(Cow<'_, str>, usize), ScanError> {
    let bytes = s.as_bytes();
    let begin = end.saturating_sub(1);
    let mut out = String::new();
    let mut i = end;
    loop {
        // A run of plain characters, copied at once.
        let run = i;
        while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\\' && bytes[i] >= 0x20 {
            i += 1;
        }
        if i >= bytes.len() {
            return Err(err("Unterminated string starting at", begin));
        }
        if run == end && bytes[i] == b'"' {
            return Ok((Cow::Borrowed(&s[run..i]), i + 1));
        }
        out.push_str(&s[run..i]);
        match bytes[i] {
            b'"' => return Ok((Cow::Owned(out), i + 1)),
            b'\\' => {}
            c => {
                if strict {
                    return Err(err("Invalid control character at", i));
                }
                out.push(c as char);
                i += 1;
                continue;
            }
        }
        // An escape.
        i += 1;
        let Some(&c) = bytes.get(i) else {
            return Err(err("Unterminated string starting at", begin));
        };
        if c != b'u' {
            let ch = match c {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(err("Invalid \\escape", i - 1)),
            };
            out.push(ch);
            i += 1;
            continue;
        }
        // `\uXXXX`, perhaps the first half of a surrogate pair.
        let u = i;
        if u + 5 >= bytes.len() {
            return Err(err("Invalid \\uXXXX escape", u));
        }
        let Some(mut c) = hex4(&bytes[u + 1..u + 5]) else {
            return Err(err("Invalid \\uXXXX escape", u));
        };
        i = u + 5;
        if (0xd800..0xdc00).contains(&c)
            && i + 6 < bytes.len()
            && bytes[i] == b'\\'
            && bytes[i + 1] == b'u'
        {
            let Some(c2) = hex4(&bytes[i + 2..i + 6]) else {
                return Err(err("Invalid \\uXXXX escape", i + 1));
            };
            if (0xdc00..0xe000).contains(&c2) {
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                i += 6;
            }
        }
        // A lone surrogate has no UTF-8 form: it reads as U+FFFD (docs/differences.md).
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
    }
}

fn hex4(digits: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}
