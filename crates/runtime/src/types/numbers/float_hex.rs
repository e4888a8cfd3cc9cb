//! `float.hex()` and `float.fromhex()`: CPython's exact algorithms (round-half-even
//! on the bits a hexadecimal string gives beyond a double's 53).

use crate::error::{PyErr, PyResult};
use crate::types::numbers::float;

const DBL_MIN_EXP: i64 = -1021;
const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.<digits>p-1022`.
pub fn hex(f: f64) -> String {
    if !f.is_finite() {
        return float::repr(f);
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .into();
    }
    let bits = f.to_bits();
    let sign = if f < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn invalid() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> PyErr {
    PyErr::overflow_error("hexadecimal value too large to represent as a float")
}

/// `x * 2**e` without overflowing or underflowing on the way (C's `ldexp`).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let step = 2f64.powi(1000);
    while e > 1000 {
        x *= step;
        e -= 1000;
    }
    while e < -1000 {
        x /= step;
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `float.fromhex(text)` (CPython's `float_fromhex`).
pub fn fromhex(text: &str) -> PyResult<f64> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let (value, end) = match special(&s[i..]) {
        Some((v, len)) => (v, i + len),
        None => finite(s, i)?,
    };
    let mut i = end;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    Ok(value)
}

/// An infinity or NaN, with an optional sign (`_Py_parse_inf_or_nan`).
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let lower: Vec<u8> = s[start..]
        .iter()
        .take(8)
        .map(u8::to_ascii_lowercase)
        .collect();
    let (v, len) = if lower.starts_with(b"infinity") {
        (f64::INFINITY, 8)
    } else if lower.starts_with(b"inf") {
        (f64::INFINITY, 3)
    } else if lower.starts_with(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, start + len))
}

/// The finite form `[sign][0x]<hex>[.<hex>][p<exp>]` from `i`: its value and end.
fn finite(s: &[u8], mut i: usize) -> PyResult<(f64, usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let negate = at(i) == b'-';
    if matches!(at(i), b'-' | b'+') {
        i += 1;
    }
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
        i += 2;
    }
    let hex_digit = |b: u8| (b as char).to_digit(16);
    let mut digits: Vec<u32> = Vec::new();
    while let Some(d) = hex_digit(at(i)) {
        digits.push(d);
        i += 1;
    }
    let mut fdigits = 0i64;
    if at(i) == b'.' {
        i += 1;
        while let Some(d) = hex_digit(at(i)) {
            digits.push(d);
            fdigits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if matches!(at(i), b'p' | b'P') {
        i += 1;
        let neg_exp = at(i) == b'-';
        if matches!(at(i), b'-' | b'+') {
            i += 1;
        }
        if !at(i).is_ascii_digit() {
            return Err(invalid());
        }
        while at(i).is_ascii_digit() {
            // strtol saturates; anything this large is 0 or an overflow anyway.
            exp = exp.saturating_mul(10).saturating_add((at(i) - b'0') as i64);
            i += 1;
        }
        if neg_exp {
            exp = -exp;
        }
    }
    let x = value(&digits, fdigits, exp)?;
    Ok((if negate { -x } else { x }, i))
}

/// The correctly rounded value of the hex digits (most significant first), the last
/// `fdigits` of them after the point, times `2**exp`.
fn value(digits: &[u32], fdigits: i64, exp: i64) -> PyResult<f64> {
    // Digit j counts from the least significant.
    let first_nonzero = digits.iter().position(|d| *d != 0);
    let Some(first) = first_nonzero else {
        return Ok(0.0);
    };
    let digits = &digits[first..];
    let ndigits = digits.len() as i64;
    let digit = |j: i64| digits[(ndigits - 1 - j) as usize];
    if exp < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(too_large());
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut d = digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return Ok(0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return Err(too_large());
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0;
    if exp >= lsb {
        for j in (0..ndigits).rev() {
            x = 16.0 * x + digit(j) as f64;
        }
        return Ok(ldexp(x, exp));
    }
    let half_eps = 1u32 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    for j in (key_digit + 1..ndigits).rev() {
        x = 16.0 * x + digit(j) as f64;
    }
    let d = digit(key_digit);
    x = 16.0 * x + (d & (16 - 2 * half_eps)) as f64;
    if d & half_eps != 0 {
        let round_up = d & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && digit(key_digit + 1) & 1 != 0)
            || (0..key_digit).any(|j| digit(j) != 0);
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == DBL_MAX_EXP && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG) {
                return Err(too_large());
            }
        }
    }
    Ok(ldexp(x, exp + 4 * key_digit))
}
