//! Quoted-printable (`a2b_qp`, `b2a_qp`), byte for byte as CPython's binascii does it.

use super::{ascii_buffer, bind, buffer, int_flag, Sig};
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::sequence::{self, CHUNK_BYTES};

const MAXLINESIZE: usize = 76;

/// Charges for the piece of the input starting at `at` when a new one begins, and
/// makes sure the memory limit allows the output to grow by what that piece can add.
fn tick(
    interp: &mut Interp,
    at: usize,
    next: &mut usize,
    len: usize,
    growth: usize,
) -> PyResult<()> {
    if at >= *next {
        let n = CHUNK_BYTES.min(len - at);
        sequence::charge_bytes(interp, n)?;
        interp.limits.check_alloc(n * growth)?;
        *next = at + CHUNK_BYTES;
    }
    Ok(())
}

pub(super) fn a2b_qp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "a2b_qp",
        names: &["data", "header"],
        posonly: 0,
        kwonly: 2,
        required: 1,
    };
    let [data, header] = bind(&args, &sig)?;
    let data = ascii_buffer(data.as_ref().unwrap_or(&Value::None))?;
    let header = int_flag(interp, header, false)?;
    let d = data.bytes();
    let d: &[u8] = &d;
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::new();
    let (mut i, mut next) = (0, 0);
    while i < d.len() {
        tick(interp, i, &mut next, d.len(), 1)?;
        if d[i] == b'=' {
            i += 1;
            if i >= d.len() {
                break;
            }
            if d[i] == b'\n' || d[i] == b'\r' {
                // A soft line break.
                if d[i] != b'\n' {
                    while i < d.len() && d[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < d.len() {
                    i += 1;
                }
            } else if d[i] == b'=' {
                // What broken encoders produce for '='.
                out.push(b'=');
                i += 1;
            } else if let (Some(hi), Some(lo)) = (hex(d[i]), d.get(i + 1).and_then(|&c| hex(c))) {
                out.push((hi * 16 + lo) as u8);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && d[i] == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(Value::bytes(out))
}

pub(super) fn b2a_qp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_qp",
        names: &["data", "quotetabs", "istext", "header"],
        posonly: 0,
        kwonly: 4,
        required: 1,
    };
    let [data, quotetabs, istext, header] = bind(&args, &sig)?;
    let data = buffer(data.as_ref().unwrap_or(&Value::None))?;
    let quotetabs = int_flag(interp, quotetabs, false)?;
    let istext = int_flag(interp, istext, true)?;
    let header = int_flag(interp, header, false)?;
    let d = data.bytes();
    let d: &[u8] = &d;
    // Line ends are all written as the first one is (CRLF or LF).
    let crlf = memchr::memchr(b'\n', d).is_some_and(|p| p > 0 && d[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let push_hex = |out: &mut Vec<u8>, c: u8| {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        out.extend_from_slice(&[b'=', DIGITS[(c >> 4) as usize], DIGITS[(c & 15) as usize]]);
    };
    let mut out = Vec::new();
    let (mut i, mut next, mut linelen) = (0, 0, 0);
    while i < d.len() {
        tick(interp, i, &mut next, d.len(), 4)?;
        let c = d[i];
        let last = i + 1 == d.len();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && (last || matches!(d[i + 1], b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && last)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            push_hex(&mut out, c);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (!last && c == b'\r' && d[i + 1] == b'\n')) {
            linelen = 0;
            // Whitespace before a line end is encoded.
            if let Some(&w) = out.last().filter(|&&w| w == b' ' || w == b'\t') {
                out.pop();
                push_hex(&mut out, w);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !last && d[i + 1] != b'\n' && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(Value::bytes(out))
}
