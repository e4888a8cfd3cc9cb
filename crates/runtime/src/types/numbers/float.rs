//! Floats: Python's repr (shortest round-trip), parsing, and arithmetic with CPython's
//! rules for division, modulo and powers.

use minipy_syntax::ast::BinOp;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};

/// `repr(x)`: the shortest string that round-trips, in Python's layout.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = even_tie(x.abs(), digits, exp);
    let decpt = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4 < decpt) && (decpt <= 16) {
        if decpt <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-decpt) as usize));
            out.push_str(&digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(&digits);
            out.push_str(&"0".repeat(decpt as usize - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    }
    out
}

/// The shortest digits of `a` (first digit at `10**exp`) when two are equally near:
/// Rust's formatter may pick the odd neighbour where CPython's picks the even one
/// (`161852602146008.12`, exactly ...008.125). A tie needs an exact decimal value of
/// one digit more, which only floats with few fraction bits have.
fn even_tie(a: f64, digits: String, exp: i32) -> String {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut m, mut e2) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = m.trailing_zeros().min(64);
    m >>= shift;
    e2 += shift as i32;
    // The exact value as an integer N times 10**-f.
    let exact: u128 = if e2 >= 0 {
        if e2 > 60 || (m as u128) << e2 >= 10u128.pow(18) {
            return digits;
        }
        (m as u128) << e2
    } else {
        if e2 < -25 {
            return digits;
        }
        m as u128 * 5u128.pow((-e2) as u32)
    };
    let text = exact.to_string();
    let sig = text.trim_end_matches('0');
    let n = digits.len();
    if sig.len() != n + 1 || !sig.ends_with('5') {
        return digits;
    }
    let lower = &sig[..n];
    let Some(upper) = lower
        .parse::<u64>()
        .ok()
        .map(|v| (v + 1).to_string())
        .filter(|u| u.len() == n)
    else {
        return digits;
    };
    let other = if digits == lower {
        upper
    } else {
        lower.to_string()
    };
    let odd = |d: &str| d.bytes().last().is_some_and(|b| (b - b'0') % 2 == 1);
    let round_trips = format!("{}.{}e{exp}", &other[..1], &other[1..])
        .parse::<f64>()
        .is_ok_and(|v| v == a);
    if odd(&digits) && !odd(&other) && round_trips {
        other
    } else {
        digits
    }
}

/// Parses `float(text)` the way CPython accepts it.
pub fn parse(text: &str) -> Option<f64> {
    let s = text.trim();
    let lower = s.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match unsigned {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - unsigned.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if s.is_empty() || s.contains("__") || s.starts_with('_') || s.ends_with('_') {
        return None;
    }
    let valid = s.bytes().enumerate().all(|(i, b)| {
        b.is_ascii_digit()
            || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')
            || (b == b'_'
                && i > 0
                && s.as_bytes()[i - 1].is_ascii_digit()
                && s.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit))
    });
    if !valid {
        return None;
    }
    s.replace('_', "").parse::<f64>().ok()
}

pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// `a op b` for two floats.
pub fn binop(op: BinOp, a: f64, b: f64) -> PyResult<f64> {
    Ok(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(messages::float_division_by_zero());
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float floor division by zero",
                ));
            }
            floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(messages::float_modulo_by_zero());
            }
            modulo(a, b)
        }
        BinOp::Pow => float_pow(a, b)?,
        _ => return Err(messages::unsupported_operand(op.symbol(), "float", "float")),
    })
}

fn modulo(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

fn floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `round(x)` with ties to even, and `round(x, n)`.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// Fractional digits past this are zero for every finite f64 (the smallest subnormal
/// has 1,074).
const EXACT_FRACTION_DIGITS: usize = 1100;
/// Significant digits past this are zero for every finite f64 (it has at most 767).
const EXACT_SIGNIFICANT_DIGITS: usize = 800;

/// `x` with `prec` digits after the point. Rust's formatter refuses precisions past
/// `u16::MAX` (a panic); the digits past the exact expansion are zeros anyway.
pub fn fixed(x: f64, prec: usize) -> String {
    if prec <= EXACT_FRACTION_DIGITS || !x.is_finite() {
        return format!("{:.*}", prec.min(EXACT_FRACTION_DIGITS), x);
    }
    let mut s = format!("{:.*}", EXACT_FRACTION_DIGITS, x);
    s.extend(std::iter::repeat_n('0', prec - EXACT_FRACTION_DIGITS));
    s
}

/// Rust's `{:.*e}` of `x` (mantissa with `prec` digits after the point, `e`, exponent),
/// for any precision (see [`fixed`]).
pub fn exponent_form(x: f64, prec: usize) -> String {
    if prec <= EXACT_SIGNIFICANT_DIGITS || !x.is_finite() {
        return format!("{:.*e}", prec.min(EXACT_SIGNIFICANT_DIGITS), x);
    }
    let t = format!("{:.*e}", EXACT_SIGNIFICANT_DIGITS, x);
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let zeros = "0".repeat(prec - EXACT_SIGNIFICANT_DIGITS);
    format!("{m}{zeros}e{e}")
}

pub fn round_digits(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 308 {
        return x;
    }
    if n < -308 {
        return 0.0f64.copysign(x);
    }
    // Round through the exact decimal representation, as CPython does.
    let s = format!("{:.*e}", 17, x);
    let _ = s;
    let formatted = format!("{:.*}", n.max(0) as usize, x);
    if n >= 0 {
        let parsed: f64 = formatted.parse().unwrap_or(x);
        // format! rounds half to even on the exact binary value, matching CPython.
        return parsed;
    }
    let p = 10f64.powi((-n) as i32);
    round_half_even(x / p) * p
}

/// The value of a decimal digit of any script (`'٣'` is 3): its distance from the start
/// of its run of digits (Unicode lays each script's digits out as runs of ten).
pub fn decimal_digit_value(c: char) -> Option<u8> {
    use crate::types::str::case::is_decimal_digit;
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if !is_decimal_digit(c) {
        return None;
    }
    let mut start = c as u32;
    while char::from_u32(start - 1).is_some_and(is_decimal_digit) {
        start -= 1;
    }
    Some(((c as u32 - start) % 10) as u8)
}
