//! Complex arithmetic, step for step as CPython's `Objects/complexobject.c` computes it
//! (same operations in the same order, so results agree to the last bit, overflow and
//! NaN cases included).

use crate::error::{ExcKind, PyErr, PyResult};

/// A complex number as two floats.
pub type C = (f64, f64);

pub fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` (Smith's algorithm, as `_Py_c_quot`); `None` for a zero divisor (EDOM).
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b` with CPython's error.
pub fn divide(a: C, b: C) -> PyResult<C> {
    quot(a, b).ok_or_else(|| PyErr::new(ExcKind::ZeroDivisionError, "complex division by zero"))
}

/// `_Py_c_pow`: the general power through polar form; `None` for 0 to a negative or
/// complex power.
fn pow_general(a: C, b: C) -> Option<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `c_powu`: repeated squaring for a positive integer exponent.
fn pow_unsigned(x: C, n: u32) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u32;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` with CPython's errors: ZeroDivisionError for 0 to a negative or complex
/// power, OverflowError when a part of the result is infinite.
pub fn power(a: C, b: C) -> PyResult<C> {
    // Small integer exponents use repeated squaring (faster and more accurate).
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i32;
        if n > 0 {
            Some(pow_unsigned(a, n as u32))
        } else {
            quot((1.0, 0.0), pow_unsigned(a, n.unsigned_abs()))
        }
    } else {
        pow_general(a, b)
    };
    let Some(r) = r else {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        ));
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `abs(z)`: C99's rules (an infinite part wins over a NaN), then `hypot`.
pub fn abs(z: C) -> PyResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(r)
}
