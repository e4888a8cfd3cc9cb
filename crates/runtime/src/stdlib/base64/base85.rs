//! Ascii85 and Base85, as Lib/base64.py encodes and decodes them.

use super::{any_buffer, bind, decode_data};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::stdlib::binascii;
use crate::types::sequence;

const B85: &[u8; 85] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

/// The Ascii85 alphabet: `!` to `u`.
const A85: [u8; 85] = {
    let mut t = [0u8; 85];
    let mut i = 0;
    while i < 85 {
        t[i] = b'!' + i as u8;
        i += 1;
    }
    t
};

/// A flag Python code tests for truth (`if pad:`), false when not given.
fn flag(interp: &mut Interp, v: Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => interp.truthy(&v),
        None => Ok(false),
    }
}

/// `_85encode`: five characters for each 4-byte word (`z` for a zero word and `y` for
/// four spaces when folded); unless `pad`, a partial last word loses the characters
/// its padding made.
fn encode85(
    interp: &mut Interp,
    d: &[u8],
    chars: &[u8; 85],
    pad: bool,
    foldnuls: bool,
    foldspaces: bool,
) -> PyResult<Vec<u8>> {
    interp.limits.check_alloc(d.len().div_ceil(4) * 5)?;
    let mut out = crate::error::messages::try_vec(d.len().div_ceil(4) * 5)?;
    let mut last_folded = false;
    for piece in d.chunks(4 * 16384) {
        sequence::charge_bytes(interp, piece.len() * 4)?;
        for w in piece.chunks(4) {
            let mut word = [0u8; 4];
            word[..w.len()].copy_from_slice(w);
            let n = u32::from_be_bytes(word);
            last_folded = false;
            if foldnuls && n == 0 {
                out.push(b'z');
                last_folded = true;
            } else if foldspaces && n == 0x2020_2020 {
                out.push(b'y');
            } else {
                let mut digits = [0u8; 5];
                let mut m = n;
                for k in (0..5).rev() {
                    digits[k] = chars[(m % 85) as usize];
                    m /= 85;
                }
                out.extend_from_slice(&digits);
            }
        }
    }
    let padding = (4 - d.len() % 4) % 4;
    if padding > 0 && !pad {
        if last_folded {
            out.pop();
            out.extend_from_slice(&[chars[0]; 5]);
        }
        out.truncate(out.len() - padding);
    }
    Ok(out)
}

pub(super) fn a85encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [b, foldspaces, wrapcol, pad, adobe] = bind(
        &args,
        "a85encode",
        ["b", "foldspaces", "wrapcol", "pad", "adobe"],
        1,
        1,
    )?;
    let data = any_buffer(&b.unwrap_or(Value::None))?;
    let foldspaces = flag(interp, foldspaces)?;
    let pad = flag(interp, pad)?;
    let adobe = flag(interp, adobe)?;
    let body = encode85(interp, &data.bytes(), &A85, pad, true, foldspaces)?;
    drop(data);
    let mut result = Vec::new();
    if adobe {
        result.extend_from_slice(b"<~");
    }
    result.extend_from_slice(&body);
    drop(body);
    let wrapcol = match wrapcol {
        Some(w) if interp.truthy(&w)? => Some(line_width(interp, &w, if adobe { 2 } else { 1 })?),
        _ => None,
    };
    if let Some(width) = wrapcol {
        let lines = result.len().div_ceil(width);
        interp.limits.check_alloc(result.len() + lines + 1)?;
        let mut wrapped = Vec::with_capacity(result.len() + lines + 1);
        for (i, line) in result.chunks(width).enumerate() {
            if i > 0 {
                wrapped.push(b'\n');
            }
            wrapped.extend_from_slice(line);
        }
        if adobe
            && result
                .chunks(width)
                .last()
                .is_some_and(|l| l.len() + 2 > width)
        {
            wrapped.push(b'\n');
        }
        result = wrapped;
    }
    if adobe {
        result.extend_from_slice(b"~>");
    }
    Ok(Value::bytes(result))
}

/// `max(least, wrapcol)` as a line width (`range` then needs an int).
fn line_width(interp: &mut Interp, w: &Value, least: usize) -> PyResult<usize> {
    if let Value::Float(f) = w {
        if f.get() <= least as f64 {
            return Ok(least);
        }
        return Err(crate::error::messages::cannot_interpret_as_int("float"));
    }
    if crate::types::numbers::int::as_number(w.unwrap_native()).is_none() {
        return Err(PyErr::type_error(format!(
            "'>' not supported between instances of '{}' and 'int'",
            w.type_name()
        )));
    }
    let n = crate::types::numbers::index::index_of(interp, w)?;
    let n =
        num_traits::ToPrimitive::to_usize(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus {
            0
        } else {
            usize::MAX
        });
    Ok(n.max(least))
}

pub(super) fn b85encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [b, pad] = bind(&args, "b85encode", ["b", "pad"], 2, 1)?;
    let data = any_buffer(&b.unwrap_or(Value::None))?;
    let pad = flag(interp, pad)?;
    let out = encode85(interp, &data.bytes(), B85, pad, false, false)?;
    Ok(Value::bytes(out))
}

pub(super) fn a85decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [b, foldspaces, adobe, ignorechars] = bind(
        &args,
        "a85decode",
        ["b", "foldspaces", "adobe", "ignorechars"],
        1,
        1,
    )?;
    let data = decode_data(&b.unwrap_or(Value::None))?;
    let foldspaces = flag(interp, foldspaces)?;
    let adobe = flag(interp, adobe)?;
    // The characters to skip: a table for a bytes-like argument, else `in` on the object.
    let mut ignore = [false; 256];
    let mut ignore_obj = None;
    match &ignorechars {
        None => {
            for &c in b" \t\n\r\x0b" {
                ignore[c as usize] = true;
            }
        }
        Some(v) => match crate::types::bytes::bytes_like(v) {
            Some(set) => set.iter().for_each(|&c| ignore[c as usize] = true),
            None => ignore_obj = Some(v.clone()),
        },
    }
    let whole = data.bytes();
    let mut d: &[u8] = &whole;
    if adobe {
        if !d.ends_with(b"~>") {
            return Err(PyErr::value_error(
                "Ascii85 encoded byte sequences must end with b'~>'",
            ));
        }
        d = if d.starts_with(b"<~") {
            d.get(2..d.len() - 2).unwrap_or(&[])
        } else {
            &d[..d.len() - 2]
        };
    }
    let mut out = Vec::new();
    let mut curr = [0u8; 5];
    let mut n = 0;
    for (i, &x) in d.iter().chain(b"uuuu").enumerate() {
        if i % sequence::CHUNK_BYTES == 0 {
            sequence::charge_bytes(interp, sequence::CHUNK_BYTES.min(d.len() + 4 - i) * 4)?;
            interp.limits.check_alloc(sequence::CHUNK_BYTES)?;
        }
        match x {
            b'!'..=b'u' => {
                curr[n] = x;
                n += 1;
                if n == 5 {
                    let acc = curr.iter().fold(0u64, |a, &c| a * 85 + (c - 33) as u64);
                    let word =
                        u32::try_from(acc).map_err(|_| PyErr::value_error("Ascii85 overflow"))?;
                    out.extend_from_slice(&word.to_be_bytes());
                    n = 0;
                }
            }
            b'z' | b'y' if x == b'z' || foldspaces => {
                if n > 0 {
                    return Err(PyErr::value_error(format!(
                        "{} inside Ascii85 5-tuple",
                        x as char
                    )));
                }
                out.extend_from_slice(&[if x == b'z' { 0 } else { b' ' }; 4]);
            }
            _ if ignore[x as usize] => {}
            _ => {
                let skip = match &ignore_obj {
                    Some(set) => interp.contains(set, &Value::Int(x as i64))?,
                    None => false,
                };
                if !skip {
                    return Err(PyErr::value_error(format!(
                        "Non-Ascii85 digit found: {}",
                        x as char
                    )));
                }
            }
        }
    }
    let padding = 4 - n;
    out.truncate(out.len().saturating_sub(padding));
    Ok(Value::bytes(out))
}

pub(super) fn b85decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [b] = bind(&args, "b85decode", ["b"], 1, 1)?;
    let data = decode_data(&b.unwrap_or(Value::None))?;
    let d = data.bytes();
    let mut values = [0xffu8; 256];
    for (i, &c) in B85.iter().enumerate() {
        values[c as usize] = i as u8;
    }
    let padding = (5 - d.len() % 5) % 5;
    let mut out = binascii::output(interp, (d.len() + padding) / 5 * 4)?;
    let mut o = 0;
    let mut chunk = [b'~'; 5];
    let mut charged = 0;
    for start in (0..d.len()).step_by(5) {
        if start >= charged {
            sequence::charge_bytes(interp, sequence::CHUNK_BYTES.min(d.len() - start) * 4)?;
            charged = start + sequence::CHUNK_BYTES;
        }
        let end = d.len().min(start + 5);
        chunk.fill(b'~');
        chunk[..end - start].copy_from_slice(&d[start..end]);
        let mut acc = 0u64;
        for (j, &c) in chunk.iter().enumerate() {
            let v = values[c as usize];
            if v == 0xff {
                return Err(PyErr::value_error(format!(
                    "bad base85 character at position {}",
                    start + j
                )));
            }
            acc = acc * 85 + v as u64;
        }
        let word = u32::try_from(acc).map_err(|_| {
            PyErr::value_error(format!("base85 overflow in hunk starting at byte {start}"))
        })?;
        out[o..o + 4].copy_from_slice(&word.to_be_bytes());
        o += 4;
    }
    out.truncate(o - padding.min(o));
    Ok(Value::bytes(out))
}
