//! `round()`, `divmod()` and the conversions to int (`__trunc__`, `__floor__`,
//! `__ceil__`) of the built-in numbers.

use minipy_syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::numbers::index::index_i64;
use crate::types::numbers::{float, int};

/// `round(number, ndigits)` for an int, bool or float (`ndigits` None is no argument);
/// `None` for other values.
pub fn round(
    interp: &mut Interp,
    number: &Value,
    ndigits: Option<&Value>,
) -> Option<PyResult<Value>> {
    Some(match (number, ndigits) {
        (Value::Float(f), None) => round_float(f.get()),
        (Value::Float(f), Some(n)) => {
            index_i64(interp, n).map(|n| Value::from_f64(float::round_digits(f.get(), n)))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            Ok(Value::from_bigint(int::to_bigint(number)?))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            index_i64(interp, n).map(|n| round_int(int::to_bigint(number).unwrap_or_default(), n))
        }
        _ => return None,
    })
}

/// `round(x)` for a float: ties to even, as an int.
fn round_float(f: f64) -> PyResult<Value> {
    let r = float::round_half_even(f);
    if !r.is_finite() {
        return Err(if r.is_nan() {
            PyErr::value_error("cannot convert float NaN to integer")
        } else {
            PyErr::overflow_error("cannot convert float infinity to integer")
        });
    }
    Ok(num_traits::FromPrimitive::from_f64(r)
        .map(Value::from_bigint)
        .unwrap_or(Value::Int(0)))
}

/// `round(x, n)` for an int: unchanged for `n >= 0`, else to a multiple of `10**-n`,
/// ties to even.
fn round_int(x: BigInt, n: i64) -> Value {
    if n >= 0 {
        return Value::from_bigint(x);
    }
    // |x| < 10**digits / 2 rounds to 0: no need to build 10**-n (CPython does).
    let digits = n.unsigned_abs();
    if digits > x.bits() / 3 + 1 {
        return Value::Int(0);
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), digits as u32);
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Value::from_bigint(q * p)
}

/// `divmod(a, b)` for two ints or floats; `None` for other operands.
pub fn divmod(interp: &mut Interp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    int::as_number(a)?;
    int::as_number(b)?;
    let q = match interp.binary_op(BinOp::FloorDiv, a, b) {
        Ok(q) => q,
        Err(e) => {
            let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
            return Some(Err(match e.pending_kind() {
                Some(ExcKind::ZeroDivisionError) if float => {
                    PyErr::new(ExcKind::ZeroDivisionError, "float divmod()")
                }
                _ => e,
            }));
        }
    };
    Some(
        interp
            .binary_op(BinOp::Mod, a, b)
            .map(|r| Value::tuple(vec![q, r])),
    )
}

/// How a float becomes an int.
#[derive(Clone, Copy)]
pub enum ToInt {
    Trunc,
    Floor,
    Ceil,
}

/// `math.trunc`/`floor`/`ceil` of an int or float, as an int.
pub fn to_int(v: &Value, how: ToInt) -> PyResult<Value> {
    match v {
        Value::Float(f) => crate::types::numbers::methods::float_to_int(match how {
            ToInt::Trunc => f.get(),
            ToInt::Floor => f.get().floor(),
            ToInt::Ceil => f.get().ceil(),
        }),
        _ => int::to_bigint(v)
            .map(Value::from_bigint)
            .ok_or_else(|| messages::cannot_interpret_as_int(v.type_name())),
    }
}
