//! UTF-16 and UTF-32, with and without a byte-order mark, as CPython decodes them
//! (its error reasons and positions) and encodes them.

use super::{on_decode_error, Encoding};
use crate::error::PyResult;

/// Where the units start and their order: a leading byte-order mark decides for `utf-16`
/// and `utf-32` (little-endian without one); the `-le`/`-be` forms are fixed.
fn order(data: &[u8], enc: Encoding) -> (usize, bool) {
    match enc {
        Encoding::Utf16 => match data {
            [0xFF, 0xFE, ..] => (2, true),
            [0xFE, 0xFF, ..] => (2, false),
            _ => (0, true),
        },
        Encoding::Utf32 => match data {
            [0xFF, 0xFE, 0, 0, ..] => (4, true),
            [0, 0, 0xFE, 0xFF, ..] => (4, false),
            _ => (0, true),
        },
        Encoding::Utf16Be | Encoding::Utf32Be => (0, false),
        _ => (0, true),
    }
}

pub(super) fn decode_utf16(
    data: &[u8],
    enc: Encoding,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (mut i, little) = order(data, enc);
    let name = if little { "utf-16-le" } else { "utf-16-be" };
    let unit = |k: usize| {
        let b = [data[k], data[k + 1]];
        if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        }
    };
    let fail = |out: &mut String, start: usize, end: usize, reason: &str| {
        on_decode_error(out, errors, name, data, start, end, reason)
    };
    while i < data.len() {
        if data.len() - i < 2 {
            fail(out, i, data.len(), "truncated data")?;
            break;
        }
        let u = unit(i);
        if !(0xD800..=0xDFFF).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 2;
        } else if u >= 0xDC00 {
            fail(out, i, i + 2, "illegal encoding")?;
            i += 2;
        } else if data.len() - i < 4 {
            fail(out, i, data.len(), "unexpected end of data")?;
            break;
        } else {
            let low = unit(i + 2);
            if (0xDC00..=0xDFFF).contains(&low) {
                let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((low as u32) - 0xDC00);
                out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                i += 4;
            } else {
                fail(out, i, i + 2, "illegal UTF-16 surrogate")?;
                i += 2;
            }
        }
    }
    Ok(())
}

pub(super) fn decode_utf32(
    data: &[u8],
    enc: Encoding,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (mut i, little) = order(data, enc);
    let name = if little { "utf-32-le" } else { "utf-32-be" };
    while i < data.len() {
        if data.len() - i < 4 {
            on_decode_error(out, errors, name, data, i, data.len(), "truncated data")?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        };
        let reason = match char::from_u32(c) {
            Some(ch) => {
                out.push(ch);
                i += 4;
                continue;
            }
            None if c > 0x10FFFF => "code point not in range(0x110000)",
            None => "code point in surrogate code point range(0xd800, 0xe000)",
        };
        on_decode_error(out, errors, name, data, i, i + 4, reason)?;
        i += 4;
    }
    Ok(())
}

/// `text` in UTF-16 or UTF-32: `utf-16`/`utf-32` write a little-endian byte-order mark
/// first. (A str cannot hold lone surrogates here, so encoding never fails.)
pub(super) fn encode(text: &str, enc: Encoding) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 4);
    match enc {
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            if enc == Encoding::Utf16 {
                out.extend([0xFF, 0xFE]);
            }
            for u in text.encode_utf16() {
                if enc == Encoding::Utf16Be {
                    out.extend(u.to_be_bytes());
                } else {
                    out.extend(u.to_le_bytes());
                }
            }
        }
        _ => {
            if enc == Encoding::Utf32 {
                out.extend([0xFF, 0xFE, 0, 0]);
            }
            for c in text.chars() {
                if enc == Encoding::Utf32Be {
                    out.extend((c as u32).to_be_bytes());
                } else {
                    out.extend((c as u32).to_le_bytes());
                }
            }
        }
    }
    out
}
