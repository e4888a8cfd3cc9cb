//! Text encodings: utf-8, ascii and latin-1 with CPython's error handlers and messages.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
        Some(match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "ascii" | "us_ascii" | "646" => Encoding::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Encoding::Latin1,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

pub fn unknown_encoding(name: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))
}

fn unknown_handler(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

/// A UnicodeDecodeError with its five arguments, as CPython builds it.
fn decode_error(enc: Encoding, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(enc.name()),
            Value::bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

fn encode_error(enc: Encoding, text: &str, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeEncodeError,
        vec![
            Value::str(enc.name()),
            Value::str(text),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// Length and validity of the UTF-8 sequence at the start of `b`: `Ok(len)` or
/// `Err((bad_len, reason))` as CPython reports it.
fn utf8_sequence(b: &[u8]) -> Result<usize, (usize, &'static str)> {
    let c = b[0];
    let (len, min) = match c {
        0x00..=0x7f => return Ok(1),
        0xc2..=0xdf => (2, 0),
        0xe0..=0xef => (3, 0),
        0xf0..=0xf4 => (4, 0),
        _ => return Err((1, "invalid start byte")),
    };
    let _ = min;
    for k in 1..len {
        let Some(&x) = b.get(k) else {
            return Err((k, "unexpected end of data"));
        };
        let ok = match (c, k) {
            (0xe0, 1) => (0xa0..=0xbf).contains(&x),
            (0xed, 1) => (0x80..=0x9f).contains(&x),
            (0xf0, 1) => (0x90..=0xbf).contains(&x),
            (0xf4, 1) => (0x80..=0x8f).contains(&x),
            _ => (0x80..=0xbf).contains(&x),
        };
        if !ok {
            return Err((k, "invalid continuation byte"));
        }
    }
    Ok(len)
}

pub fn decode(data: &[u8], enc: Encoding, errors: &str) -> PyResult<String> {
    // Like CPython, the handler is looked up only when an error needs it.
    let check_handler = || -> PyResult<()> {
        if !matches!(
            errors,
            "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
        ) {
            return Err(unknown_handler(errors));
        }
        Ok(())
    };
    if enc == Encoding::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(s.to_string());
        }
    }
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let (bad, reason) = match enc {
            Encoding::Latin1 => {
                out.push(data[i] as char);
                i += 1;
                continue;
            }
            Encoding::Ascii => {
                if data[i] < 0x80 {
                    out.push(data[i] as char);
                    i += 1;
                    continue;
                }
                (1, "ordinal not in range(128)")
            }
            Encoding::Utf8 => match utf8_sequence(&data[i..]) {
                Ok(n) => {
                    out.push_str(std::str::from_utf8(&data[i..i + n]).unwrap_or("\u{FFFD}"));
                    i += n;
                    continue;
                }
                Err(e) => e,
            },
        };
        check_handler()?;
        match errors {
            "strict" => return Err(decode_error(enc, data, i, i + bad, reason)),
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "surrogateescape" => {
                // minipy's str cannot hold lone surrogates; see docs/differences.md.
                for b in &data[i..i + bad] {
                    out.push(char::from_u32(0xDC00 + *b as u32).unwrap_or('\u{FFFD}'));
                }
            }
            _ => {
                for b in &data[i..i + bad] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
        }
        i += bad;
    }
    Ok(out)
}

pub fn encode(text: &str, enc: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        // Like CPython, the handler is looked up only when an error needs it.
        if !matches!(
            errors,
            "strict"
                | "ignore"
                | "replace"
                | "backslashreplace"
                | "surrogateescape"
                | "xmlcharrefreplace"
        ) {
            return Err(unknown_handler(errors));
        }
        let reason = format!("ordinal not in range({limit})");
        match errors {
            "strict" | "surrogateescape" => return Err(encode_error(enc, text, i, end, &reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for ch in &chars[i..end] {
                    out.extend(format!("&#{};", *ch as u32).bytes());
                }
            }
            _ => {
                for ch in &chars[i..end] {
                    let n = *ch as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend(esc.bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}
