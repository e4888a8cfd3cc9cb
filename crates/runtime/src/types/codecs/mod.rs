//! Text encodings with CPython's names, aliases, error handlers and messages: utf-8,
//! utf-8-sig, ascii, latin-1, utf-16/-le/-be and utf-32/-le/-be (with byte-order marks,
//! `wide.rs`) and the code pages cp1252 and cp437 (`charmap.rs`).

mod charmap;
mod wide;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Cp1252,
    Cp437,
}

/// CPython's `encodings.normalize_encoding`, lowercased: runs of characters other than
/// letters, digits and `.` become one `_`, and none is kept at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            gap = false;
        } else {
            gap = true;
        }
    }
    out
}

/// The encoding of a normalized alias (`encodings.aliases`) or module name.
fn by_name(n: &str, module: bool) -> Option<Encoding> {
    Some(match n {
        "utf_8" if module => Encoding::Utf8,
        "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Encoding::Utf8,
        "utf_8_sig" if module => Encoding::Utf8Sig,
        "ascii" if module => Encoding::Ascii,
        "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => {
            Encoding::Ascii
        }
        "latin_1" if module => Encoding::Latin1,
        "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Encoding::Latin1,
        "utf_16" if module => Encoding::Utf16,
        "u16" | "utf16" => Encoding::Utf16,
        "utf_16_le" if module => Encoding::Utf16Le,
        "unicodelittleunmarked" | "utf_16le" => Encoding::Utf16Le,
        "utf_16_be" if module => Encoding::Utf16Be,
        "unicodebigunmarked" | "utf_16be" => Encoding::Utf16Be,
        "utf_32" if module => Encoding::Utf32,
        "u32" | "utf32" => Encoding::Utf32,
        "utf_32_le" if module => Encoding::Utf32Le,
        "utf_32le" => Encoding::Utf32Le,
        "utf_32_be" if module => Encoding::Utf32Be,
        "utf_32be" => Encoding::Utf32Be,
        "cp1252" if module => Encoding::Cp1252,
        "1252" | "windows_1252" => Encoding::Cp1252,
        "cp437" if module => Encoding::Cp437,
        "437" | "cspc8codepage437" | "ibm437" => Encoding::Cp437,
        _ => return None,
    })
}

impl Encoding {
    /// The encoding `name` names, found as CPython's `encodings` search function finds it:
    /// an alias (also with `.` read as `_`), else a codec module's name.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = normalize(name);
        by_name(&n, false)
            .or_else(|| by_name(&n.replace('.', "_"), false))
            .or_else(|| (!n.contains('.')).then(|| by_name(&n, true)).flatten())
    }

    /// The name in this codec's error messages.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Sig => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf16Le => "utf-16-le",
            Encoding::Utf16Be => "utf-16-be",
            Encoding::Utf32 => "utf-32",
            Encoding::Utf32Le => "utf-32-le",
            Encoding::Utf32Be => "utf-32-be",
            Encoding::Cp1252 | Encoding::Cp437 => "charmap",
        }
    }

    fn table(self) -> Option<&'static [u16; 128]> {
        match self {
            Encoding::Cp1252 => Some(&charmap::CP1252),
            Encoding::Cp437 => Some(&charmap::CP437),
            _ => None,
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
fn decode_error(name: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(name),
            Value::bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// What the error handler `errors` makes of the undecodable `data[start..end]`: an
/// error for `strict`, or what it writes to `out`. (The handler is looked up only when
/// an error needs it, as CPython does.)
fn on_decode_error(
    out: &mut String,
    errors: &str,
    name: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        "strict" => return Err(decode_error(name, data, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "surrogateescape" => {
            // minipy's str cannot hold lone surrogates; see docs/differences.md.
            for b in &data[start..end] {
                out.push(char::from_u32(0xDC00 + *b as u32).unwrap_or('\u{FFFD}'));
            }
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
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
    let data = match enc {
        // The signature is dropped; errors count positions after it, as CPython's do.
        Encoding::Utf8Sig => data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data),
        _ => data,
    };
    if matches!(enc, Encoding::Utf8 | Encoding::Utf8Sig) {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(s.to_string());
        }
    }
    let mut out = String::with_capacity(data.len());
    match enc {
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            wide::decode_utf16(data, enc, errors, &mut out)?;
            return Ok(out);
        }
        Encoding::Utf32 | Encoding::Utf32Le | Encoding::Utf32Be => {
            wide::decode_utf32(data, enc, errors, &mut out)?;
            return Ok(out);
        }
        _ => {}
    }
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
            Encoding::Cp1252 | Encoding::Cp437 => {
                let table = enc.table().unwrap_or(&charmap::CP1252);
                if let Some(c) = charmap::decode_byte(table, data[i]) {
                    out.push(c);
                    i += 1;
                    continue;
                }
                (1, "character maps to <undefined>")
            }
            _ => match utf8_sequence(&data[i..]) {
                Ok(n) => {
                    out.push_str(std::str::from_utf8(&data[i..i + n]).unwrap_or("\u{FFFD}"));
                    i += n;
                    continue;
                }
                Err(e) => e,
            },
        };
        on_decode_error(&mut out, errors, enc.name(), data, i, i + bad, reason)?;
        i += bad;
    }
    Ok(out)
}

pub fn encode(text: &str, enc: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    // The byte of a character, where this encoding has one.
    let byte: Box<dyn Fn(char) -> Option<u8>> = match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Utf8Sig => return Ok([b"\xef\xbb\xbf", text.as_bytes()].concat()),
        Encoding::Ascii => Box::new(|c| u8::try_from(c).ok().filter(|b| b.is_ascii())),
        Encoding::Latin1 => Box::new(|c| u8::try_from(c).ok()),
        Encoding::Cp1252 | Encoding::Cp437 => {
            let table = enc.table().unwrap_or(&charmap::CP1252);
            Box::new(move |c| charmap::encode_char(table, c))
        }
        _ => return Ok(wide::encode(text, enc)),
    };
    let reason = match enc {
        Encoding::Ascii => "ordinal not in range(128)",
        Encoding::Latin1 => "ordinal not in range(256)",
        _ => "character maps to <undefined>",
    };
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && byte(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" => return Err(encode_error(enc, text, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for ch in &chars[i..end] {
                    out.extend(format!("&#{};", *ch as u32).bytes());
                }
            }
            "backslashreplace" => {
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
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

/// Whether CPython decodes or encodes `name` in C without its codec registry (as
/// `PyUnicode_Decode` does for these spellings): errors then come out unwrapped.
fn built_in_spelling(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    matches!(
        n.as_str(),
        "utf_8"
            | "utf8"
            | "utf_16"
            | "utf16"
            | "utf_32"
            | "utf32"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
            | "ascii"
            | "us_ascii"
    )
}

/// A codec's failure as CPython reports it when the codec ran through its registry:
/// "decoding with 'cp1252' codec failed (LookupError: ...)".
fn through_registry(e: PyErr, op: &str, name: &str, errors: &str) -> PyErr {
    if e.pending_kind() != Some(ExcKind::LookupError) || built_in_spelling(name) {
        return e;
    }
    PyErr::new(
        ExcKind::LookupError,
        format!(
            "{op} with '{name}' codec failed (LookupError: unknown error handler name '{errors}')"
        ),
    )
}

/// `data.decode(name, errors)`: the encoding looked up by name, its errors as CPython's.
pub fn decode_named(data: &[u8], name: &str, errors: &str) -> PyResult<String> {
    let enc = Encoding::lookup(name).ok_or_else(|| unknown_encoding(name))?;
    decode(data, enc, errors).map_err(|e| through_registry(e, "decoding", name, errors))
}

/// `text.encode(name, errors)`.
pub fn encode_named(text: &str, name: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = Encoding::lookup(name).ok_or_else(|| unknown_encoding(name))?;
    encode(text, enc, errors).map_err(|e| through_registry(e, "encoding", name, errors))
}
