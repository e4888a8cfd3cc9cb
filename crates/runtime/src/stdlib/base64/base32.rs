//! Base32 and base32hex (RFC 4648), as Lib/base64.py encodes and decodes them.

use super::{any_buffer, assertion, bind, decode_data, single, translate};
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::stdlib::binascii;
use crate::types::sequence;

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

pub(super) fn b32encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "b32encode")?;
    encode(interp, B32, &s)
}

pub(super) fn b32hexencode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "b32hexencode")?;
    encode(interp, B32HEX, &s)
}

pub(super) fn b32decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, casefold, map01] = bind(&args, "b32decode", ["s", "casefold", "map01"], 3, 1)?;
    decode(interp, B32, &s.unwrap_or(Value::None), casefold, map01)
}

pub(super) fn b32hexdecode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, casefold] = bind(&args, "b32hexdecode", ["s", "casefold"], 2, 1)?;
    decode(interp, B32HEX, &s.unwrap_or(Value::None), casefold, None)
}

/// 8 characters for each 5 bytes begun; a partial last group is padded with `=`.
fn encode(interp: &mut Interp, alphabet: &[u8; 32], s: &Value) -> PyResult<Value> {
    let data = any_buffer(s)?;
    let d = data.bytes();
    let mut out = binascii::output(interp, d.len().div_ceil(5) * 8)?;
    binascii::in_pieces(interp, &d, 5 * 8192, |at, piece| {
        let mut o = at / 5 * 8;
        for group in piece.chunks(5) {
            let mut word = [0u8; 8];
            word[3..3 + group.len()].copy_from_slice(group);
            let n = u64::from_be_bytes(word);
            for k in 0..8 {
                out[o + k] = alphabet[((n >> (35 - 5 * k)) & 31) as usize];
            }
            // 1, 2, 3 or 4 bytes fill 2, 4, 5 or 7 characters.
            let used = [0, 2, 4, 5, 7, 8][group.len()];
            out[o + used..o + 8].fill(b'=');
            o += 8;
        }
    })?;
    Ok(Value::bytes(out))
}

fn decode(
    interp: &mut Interp,
    alphabet: &[u8; 32],
    s: &Value,
    casefold: Option<Value>,
    map01: Option<Value>,
) -> PyResult<Value> {
    let data = decode_data(s)?;
    let mut d = sequence::clone_bytes(interp, &data.bytes())?;
    drop(data);
    if !d.len().is_multiple_of(8) {
        return Err(binascii::error(interp, "Incorrect padding"));
    }
    if let Some(m) = map01.filter(|m| !matches!(m, Value::None)) {
        let converted = decode_data(&m)?;
        let one = match converted.bytes()[..] {
            [c] => Some(c),
            _ => None,
        };
        let Some(one) = one else {
            return Err(assertion(interp, &m, &converted));
        };
        translate(interp, &mut d, b"01", &[b'O', one])?;
    }
    if let Some(c) = casefold {
        if interp.truthy(&c)? {
            d.make_ascii_uppercase();
        }
    }
    let mut values = [0xffu8; 256];
    for (i, &c) in alphabet.iter().enumerate() {
        values[c as usize] = i as u8;
    }
    let total = d.len();
    let body = d.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let padchars = total - body;
    let mut out = binascii::output(interp, body.div_ceil(8) * 5)?;
    let mut acc = 0u64;
    let mut o = 0;
    for piece in d[..body].chunks(8 * 8192) {
        sequence::charge_bytes(interp, piece.len() * 4)?;
        for quantum in piece.chunks(8) {
            acc = 0;
            for &c in quantum {
                let v = values[c as usize];
                if v == 0xff {
                    return Err(binascii::error(interp, "Non-base32 digit found"));
                }
                acc = (acc << 5) | v as u64;
            }
            out[o..o + 5].copy_from_slice(&acc.to_be_bytes()[3..]);
            o += 5;
        }
    }
    if !matches!(padchars, 0 | 1 | 3 | 4 | 6) {
        return Err(binascii::error(interp, "Incorrect padding"));
    }
    if padchars > 0 && o > 0 {
        acc <<= 5 * padchars;
        let last = acc.to_be_bytes();
        let leftover = (43 - 5 * padchars) / 8;
        out.truncate(o - 5);
        out.extend_from_slice(&last[3..3 + leftover]);
    }
    Ok(Value::bytes(out))
}
