//! Integer and mixed-number arithmetic: `i64` fast paths, promotion to big integers on
//! overflow, and Python's floor division, modulo and comparison rules.

use std::cmp::Ordering;
use std::rc::Rc;

use minipy_syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::object::limits::Limits;
use crate::object::value::Value;
use crate::types::numbers::bigarith;
use crate::types::numbers::float;

/// A number borrowed out of a value; bools count as ints.
#[derive(Clone)]
pub enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

pub fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(b.get() as i64)),
        Value::BigInt(b) => Some(Num::Big(b.clone())),
        Value::Float(f) => Some(Num::Float(f.get())),
        _ => None,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(i) => i.native.as_ref().and_then(to_bigint),
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Converts a big integer to a float, or fails like CPython.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow_error("int too large to convert to float")),
    }
}

pub fn num_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

pub fn numbers_equal(a: &Num, b: &Num) -> bool {
    compare_numbers(a, b) == Some(Ordering::Equal)
}

/// Exact comparison, as CPython does between ints and floats.
pub fn compare_numbers(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), other) => compare_float_int(*x, other),
        (other, Num::Float(y)) => compare_float_int(*y, other).map(Ordering::reverse),
        (Num::Big(x), Num::Big(y)) => Some(x.as_ref().cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some(big_cmp_small(x, *y)),
        (Num::Int(x), Num::Big(y)) => Some(big_cmp_small(y, *x).reverse()),
    }
}

/// A big int against a machine int, without copying the big one.
fn big_cmp_small(x: &BigInt, y: i64) -> Ordering {
    match x.to_i64() {
        Some(v) => v.cmp(&y),
        None if x.is_negative() => Ordering::Less,
        None => Ordering::Greater,
    }
}

fn num_bigint(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

fn compare_float_int(f: f64, i: &Num) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    match i {
        Num::Int(i) if i.unsigned_abs() < (1 << 53) => f.partial_cmp(&(*i as f64)),
        _ => {
            let fl = f.floor();
            let fb = num_bigint::BigInt::from_f64_exact(fl);
            let order = match i {
                Num::Big(b) => fb.cmp(b),
                other => fb.cmp(&num_bigint(other)),
            };
            match order {
                Ordering::Equal if f > fl => Some(Ordering::Greater),
                o => Some(o),
            }
        }
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn big(v: BigInt) -> Value {
    Value::from_bigint(v)
}

/// `a op b` for two ints; `None` when an operand is not an int.
pub fn int_binop(l: &mut Limits, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => (*x, *y),
        // bool's own `&`, `|` and `^` give bools.
        (Value::Bool(x), Value::Bool(y))
            if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) =>
        {
            let (x, y) = (x.get(), y.get());
            return Some(Ok(Value::from_bool(match op {
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                _ => x ^ y,
            })));
        }
        _ => {
            if !is_int(a) || !is_int(b) {
                return None;
            }
            if let (Some(x), Some(y)) = (small(a), small(b)) {
                (x, y)
            } else {
                return Some(big_binop(l, op, &*big_ref(a)?, &*big_ref(b)?));
            }
        }
    };
    Some(small_binop(l, op, x, y))
}

/// An int's value as a big integer, borrowed when it is one.
fn big_ref(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    match v {
        Value::BigInt(b) => Some(std::borrow::Cow::Borrowed(&**b)),
        other => to_bigint(other).map(std::borrow::Cow::Owned),
    }
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    }
}

/// `x op y` when the result is a machine int and nothing can go wrong; `None` sends
/// the operation to the general path (promotion, errors, size limits).
#[inline(always)]
pub fn fast_binop(op: BinOp, x: i64, y: i64) -> Option<Value> {
    fast_int_binop(op, x, y).map(Value::Int)
}

/// [`fast_binop`]'s result as a plain int.
#[inline(always)]
pub fn fast_int_binop(op: BinOp, x: i64, y: i64) -> Option<i64> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y > 0 && x >= 0 => x / y,
        BinOp::Mod if y > 0 => x.rem_euclid(y),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::RShift if (0..64).contains(&y) => x >> y,
        BinOp::LShift if (0..63).contains(&y) && (x.unsigned_abs() >> (63 - y)) == 0 => x << y,
        _ => return None,
    };
    Some(r)
}

#[inline]
pub fn small_binop(l: &mut Limits, op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(messages::modulo_by_zero());
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(messages::integer_modulo_by_zero());
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        BinOp::Div => {
            if y == 0 {
                return Err(messages::division_by_zero());
            }
            return Ok(Value::from_f64(true_divide_small(x, y)));
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(messages::negative_shift());
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(messages::negative_shift());
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::Pow => {
            if y < 0 {
                return float::float_pow(x as f64, y as f64).map(Value::from_f64);
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        BinOp::MatMul => return Err(messages::unsupported_operand("@", "int", "int")),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_binop(l, op, &BigInt::from(x), &BigInt::from(y)),
    }
}

fn true_divide_small(x: i64, y: i64) -> f64 {
    if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
        x as f64 / y as f64
    } else {
        true_divide_big(&BigInt::from(x), &BigInt::from(y)).unwrap_or(f64::NAN)
    }
}

/// Correctly rounded int / int, for big operands.
fn true_divide_big(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.abs() < 9.0e15 && b.abs() < 9.0e15 {
            return Ok(a / b);
        }
    }
    // Scale so the quotient has 64 significant bits, then round via f64.
    let shift = x.bits() as i64 - y.bits() as i64 - 64;
    let (n, d) = if shift > 0 {
        (x.clone(), y << shift as usize)
    } else {
        (x << (-shift) as usize, y.clone())
    };
    let q = &n / &d;
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    let r = q * 2f64.powi(shift as i32);
    if r.is_infinite() {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}

/// `x op y` for big integers: linear work charged by size, the super-linear operations
/// (multiplication, division, powers) done in interruptible pieces.
pub fn big_binop(l: &mut Limits, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => {
            l.charge(bigarith::binop_steps(x, y))?;
            big(x + y)
        }
        BinOp::Sub => {
            l.charge(bigarith::binop_steps(x, y))?;
            big(x - y)
        }
        BinOp::Mul => big(bigarith::mul(l, x, y)?),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(messages::modulo_by_zero());
            }
            big(bigarith::div_mod_floor(l, x, y)?.0)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(messages::integer_modulo_by_zero());
            }
            big(bigarith::div_mod_floor(l, x, y)?.1)
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(messages::division_by_zero());
            }
            l.charge(bigarith::binop_steps(x, y))?;
            Value::from_f64(true_divide_big(x, y)?)
        }
        BinOp::BitAnd => {
            l.charge(bigarith::binop_steps(x, y))?;
            big(x & y)
        }
        BinOp::BitOr => {
            l.charge(bigarith::binop_steps(x, y))?;
            big(x | y)
        }
        BinOp::BitXor => {
            l.charge(bigarith::binop_steps(x, y))?;
            big(x ^ y)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(messages::negative_shift());
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            // CPython counts the shift in 30-bit digits, as a C ssize_t.
            if (y / 30u32).to_i64().is_none() {
                return Err(PyErr::overflow_error("too many digits in integer"));
            }
            let Some(s) = y.to_usize().filter(|s| *s < (1 << 32)) else {
                return Err(messages::memory_error());
            };
            l.charge(bigarith::linear_steps((x.bits() + s as u64) / 32))?;
            big(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(messages::negative_shift());
            }
            match y.to_usize() {
                Some(s) => {
                    bigarith::charge_linear(l, x)?;
                    big(x >> s)
                }
                None => Value::Int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = big_to_f64(x)?;
                let yf = big_to_f64(y)?;
                return float::float_pow(xf, yf).map(Value::from_f64);
            }
            if x.is_zero() || x.is_one() {
                return Ok(big(x.clone()));
            }
            if *x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(messages::memory_error());
            };
            big(bigarith::pow(l, x, u64::from(e))?)
        }
        BinOp::MatMul => return Err(messages::unsupported_operand("@", "int", "int")),
    })
}

/// How many bytes `a ** b`, `a << b` or `a * b` would take, checked before computing it.
pub fn result_bytes_estimate(op: BinOp, a: &Value, b: &Value) -> usize {
    let (Some(x), Some(y)) = (big_ref(a), big_ref(b)) else {
        return 0;
    };
    if op == BinOp::Mul {
        return ((x.bits() + y.bits()) / 8) as usize;
    }
    if y.is_negative() {
        return 0;
    }
    let e = y.to_u64().unwrap_or(u64::MAX);
    let bits = match op {
        BinOp::Pow if x.magnitude().is_one() || x.is_zero() => 1,
        BinOp::Pow => (x.bits()).saturating_mul(e),
        // Zero shifts to zero; a shift past CPython's range is an OverflowError.
        _ if x.is_zero() || (y.as_ref() / 30u32).to_i64().is_none() => 0,
        _ => x.bits().saturating_add(e),
    };
    (bits / 8) as usize
}

/// `pow(base, exp, mod)` for ints.
pub fn pow_mod(l: &mut Limits, base: BigInt, exp: BigInt, modulus: BigInt) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let base = bigarith::div_mod_floor(l, &base, &m)?.1;
    let (base, exp) = if exp.is_negative() {
        let Some(inv) = bigarith::mod_inverse(l, &base, &m)? else {
            return Err(PyErr::value_error(
                "base is not invertible for the given modulus",
            ));
        };
        (inv, -exp)
    } else {
        (base, exp)
    };
    let r = bigarith::pow_mod_mag(l, base.magnitude(), exp.magnitude(), m.magnitude())?;
    let mut r = BigInt::from(r);
    if modulus.is_negative() && !r.is_zero() {
        r += &modulus;
    }
    Ok(Value::from_bigint(r))
}

/// `sys.int_info.default_max_str_digits`: CPython 3.11 refuses to convert ints of more
/// decimal digits to or from text (the conversion is quadratic).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`: the smallest limit that can be set.
pub const STR_DIGITS_THRESHOLD: usize = 640;

/// The error for an int too long to convert to text.
pub fn to_str_limit_error(limit: usize) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The decimal digits of `b` (with its sign), refused past `limit` digits (0: no limit).
pub fn decimal_string(l: &mut Limits, b: &BigInt, limit: usize) -> PyResult<String> {
    // Estimate the digits from the bits before converting (conversion is quadratic).
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(to_str_limit_error(limit));
    }
    let mut s = bigarith::to_decimal(l, b.magnitude())?;
    if b.is_negative() {
        s.insert(0, '-');
    }
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(to_str_limit_error(limit));
    }
    Ok(s)
}

/// `str(v)` for an int, with the digit limit.
pub fn int_to_string(l: &mut Limits, v: &Value, limit: usize) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(itoa::Buffer::new().format(*i).to_string()),
        Value::Bool(b) => Ok((b.get() as i64).to_string()),
        Value::BigInt(b) => decimal_string(l, b, limit),
        _ => Ok(String::new()),
    }
}

/// Why `int(text)` failed.
pub enum IntParseError {
    Invalid,
    /// More digits than CPython 3.11 converts (a denial-of-service guard).
    TooManyDigits(usize),
    /// A limit (time, steps) fired while converting.
    Limit(PyErr),
}

/// Parses `int(text, base)`, with CPython's rules for underscores, signs and prefixes;
/// a decimal (non-power-of-two base) number of more than `limit` digits is refused.
pub fn parse_int(
    l: &mut Limits,
    text: &str,
    base: u32,
    limit: usize,
) -> Result<Value, IntParseError> {
    parse_int_digits(l, text, base, limit).ok_or(IntParseError::Invalid)?
}

fn parse_int_digits(
    l: &mut Limits,
    text: &str,
    base: u32,
    limit: usize,
) -> Option<Result<Value, IntParseError>> {
    if let Err(e) = l.charge(text.len() as u64 / 16) {
        return Some(Err(IntParseError::Limit(e)));
    }
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.bytes().any(|b| b != b'0' && b != b'_')
                {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (
            16,
            lower
                .strip_prefix("0x")
                .map_or(lower.clone(), str::to_string),
        ),
        8 => (
            8,
            lower
                .strip_prefix("0o")
                .map_or(lower.clone(), str::to_string),
        ),
        2 => (
            2,
            lower
                .strip_prefix("0b")
                .map_or(lower.clone(), str::to_string),
        ),
        b => (b, lower.clone()),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| lower.len() != digits.len())
        .unwrap_or(&digits)
        .to_string();
    if digits.is_empty() || digits.starts_with('_') {
        return None;
    }
    // CPython counts the digits up to the first character that is not one (a double or
    // trailing underscore is an error first), then checks the limit, then the rest.
    let valid = |c: char| c == '_' || c.is_digit(base);
    let run = &digits[..digits.find(|c| !valid(c)).unwrap_or(digits.len())];
    if run.contains("__") || run.ends_with('_') {
        return None;
    }
    let count = run.chars().filter(|c| *c != '_').count();
    if limit > 0 && !matches!(base, 2 | 4 | 8 | 16 | 32) && count > limit {
        return Some(Err(IntParseError::TooManyDigits(count)));
    }
    if run.len() != digits.len() {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let n = match bigarith::from_digits(l, clean.as_bytes(), base)? {
        Ok(n) => BigInt::from(n),
        Err(e) => return Some(Err(IntParseError::Limit(e))),
    };
    Some(Ok(Value::from_bigint(if neg { -n } else { n })))
}
