//! `int`, `float` and `bool`: constructors and methods.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::float;
use crate::types::numbers::int;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("int", int_new);
    interp.add_constructor("float", float_new);
    interp.add_constructor("bool", bool_new);
    interp.add_methods(
        "int",
        &[
            ("bit_length", bit_length),
            ("to_bytes", to_bytes),
            ("conjugate", int_self),
            ("__index__", int_self),
            ("bit_count", bit_count),
        ],
    );
    interp.add_class_methods("int", &[("from_bytes", from_bytes)]);
    interp.add_getters(
        "int",
        &[
            ("real", int_real),
            ("imag", zero),
            ("numerator", int_real),
            ("denominator", one),
        ],
    );
    interp.add_methods(
        "float",
        &[
            ("is_integer", is_integer),
            ("conjugate", float_self),
            ("hex", float_hex),
        ],
    );
    interp.add_methods("float", &[("as_integer_ratio", float_ratio)]);
    interp.add_class_methods("float", &[("fromhex", float_fromhex)]);
    interp.add_methods("int", &[("as_integer_ratio", int_ratio)]);
    interp.add_getters("float", &[("real", float_real), ("imag", float_zero)]);
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("int", crate::types::special_methods::COMMON);
    interp.add_methods("int", crate::types::special_methods::NUMERIC);
    interp.add_methods("float", crate::types::special_methods::COMMON);
    interp.add_methods("float", crate::types::special_methods::NUMERIC);
    interp.add_methods("bool", crate::types::special_methods::COMMON);
    interp.add_methods("bool", crate::types::special_methods::NUMERIC);
}

fn int_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [x, base] = args.parse("int", ["x", "base"], 0).map_err(|e| {
        if args.pos.len() > 2 {
            PyErr::type_error(format!(
                "int() takes at most 2 arguments ({} given)",
                args.pos.len()
            ))
        } else {
            e
        }
    })?;
    let Some(x) = x else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = crate::types::numbers::index::index_of(interp, &base)?
            .to_i64()
            .unwrap_or(-1);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let text = match &x {
            Value::Str(s) => s.as_str().to_string(),
            other if other.byte_buffer().is_some() => other.lossy_text(),
            _ => {
                return Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        return parse_text(interp, &x, &text, b as u32);
    }
    to_int(interp, &x)
}

/// `int(x)` for one argument.
pub fn to_int(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => parse_text(interp, x, s.as_str(), 10),
        other if other.byte_buffer().is_some() => parse_text(interp, x, &other.lossy_text(), 10),
        Value::Instance(_) => {
            for (name, text) in [(sym::__int__, "__int__"), (sym::__index__, "__index__")] {
                if let Some(r) = interp.call_special(x, name, vec![]) {
                    let r = r?;
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        other => Err(PyErr::type_error(format!(
                            "{text} returned non-int (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.type_name()
            )))
        }
        other => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `int(text, base)` with CPython's messages.
fn parse_text(interp: &mut Interp, original: &Value, text: &str, base: u32) -> PyResult<Value> {
    match int::parse_int(text, base) {
        Ok(v) => Ok(v),
        Err(int::IntParseError::TooManyDigits(n)) => Err(PyErr::value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            int::MAX_STR_DIGITS
        ))),
        Err(int::IntParseError::Invalid) => Err(messages::int_parse(&interp.repr(original).unwrap_or_default(), base)),
    }
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(num_traits::FromPrimitive::from_f64(t)
        .map(Value::from_bigint)
        .unwrap_or(Value::Int(0)))
}

fn float_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("float", 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    to_float(interp, x)
}

pub fn to_float(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::Float(int::big_to_f64(b)?)),
        Value::Str(s) => float::parse(s.as_str())
            .map(Value::Float)
            .ok_or_else(|| messages::float_parse(&interp.repr(x).unwrap_or_default())),
        other if other.byte_buffer().is_some() => {
            let text = other.lossy_text();
            float::parse(&text)
                .map(Value::Float)
                .ok_or_else(|| messages::float_parse(&interp.repr(x).unwrap_or_default()))
        }
        Value::Instance(_) => {
            for name in [sym::__float__, sym::__index__] {
                if let Some(r) = interp.call_special(x, name, vec![]) {
                    let r = r?;
                    return to_float(interp, &r);
                }
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.type_name()
            )))
        }
        other => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn bool_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("bool", 0, 1)?;
    match a.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
    }
}

fn bigint_of(v: &Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

fn bit_length(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("bit_length", 0, 0)?;
    Ok(Value::Int(bigint_of(this).abs().bits() as i64))
}

fn bit_count(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("bit_count", 0, 0)?;
    let b = bigint_of(this).abs();
    Ok(Value::Int(
        b.to_bytes_le()
            .1
            .iter()
            .map(|x| x.count_ones() as i64)
            .sum(),
    ))
}

fn int_self(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(bigint_of(this)))
}

fn int_real(_: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::from_bigint(bigint_of(this)))
}

fn zero(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn one(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// `int.to_bytes` for a machine int (already checked for sign): no big-int conversion.
fn small_to_bytes(i: i64, length: usize, little: bool, signed: bool) -> PyResult<Value> {
    let fits = match length {
        // (CPython gives b'' for -1 as well.)
        0 => i == 0 || (signed && i == -1),
        1..=7 => {
            let bits = 8 * length as u32;
            if signed {
                (-(1i64 << (bits - 1))..(1i64 << (bits - 1))).contains(&i)
            } else {
                i >> bits == 0
            }
        }
        _ => true,
    };
    if !fits {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if i < 0 { 0xff } else { 0 };
    let mut bytes = crate::object::buffer::ByteVec::from_elem(fill, length);
    let n = length.min(8);
    bytes[..n].copy_from_slice(&i.to_le_bytes()[..n]);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn byteorder_arg(v: Option<Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(messages::argument_type(
            func,
            "byteorder",
            "str",
            other.arg_type_name(),
        )),
    }
}

fn to_bytes(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [length, byteorder, signed] =
        args.parse("to_bytes", ["length", "byteorder", "signed"], 0)?;
    let length = match length {
        Some(l) => crate::types::numbers::index::ssize_arg(interp, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(byteorder, "to_bytes")?;
    let signed = match signed {
        Some(s) => interp.truthy(&s)?,
        None => false,
    };
    let negative = match this {
        Value::Int(i) => *i < 0,
        _ => bigint_of(this).is_negative(),
    };
    if negative && !signed {
        return Err(PyErr::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let length = length as usize;
    interp.limits.check_alloc(length)?;
    if let Value::Int(i) = this {
        return small_to_bytes(*i, length, little, signed);
    }
    let n = bigint_of(this);
    let mut bytes = n.to_signed_bytes_le();
    if !signed || !n.is_negative() {
        // Unsigned: drop a sign byte the signed encoding may add.
        if !signed && bytes.len() > 1 && bytes[bytes.len() - 1] == 0 {
            bytes.pop();
        }
        if n.is_zero() {
            bytes.clear();
        }
    }
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn from_bytes(interp: &mut Interp, cls: &Value, args: Args) -> PyResult<Value> {
    let [bytes, byteorder, signed] =
        args.parse("from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let little = byteorder_arg(byteorder, "from_bytes")?;
    let data = crate::types::bytes::bytes_from_object(
        interp,
        &bytes.unwrap_or(Value::None),
        "from_bytes",
    )?;
    let signed = match signed {
        Some(s) => interp.truthy(&s)?,
        None => false,
    };
    let n = if signed {
        if little {
            BigInt::from_signed_bytes_le(&data)
        } else {
            BigInt::from_signed_bytes_be(&data)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let _ = cls;
    Ok(Value::from_bigint(n))
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn is_integer(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("is_integer", 0, 0)?;
    let f = float_of(this);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.fromhex('0x1.8p1')`.
fn float_fromhex(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("fromhex", 1, 1)?;
    let Value::Str(text) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "must be str, not {}",
            a[0].type_name()
        )));
    };
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = text.as_str().trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    if let Some(v) = float::parse(&t).filter(|v| !v.is_finite()) {
        return Ok(Value::Float(if neg { -v } else { v }));
    }
    let body = t.strip_prefix("0x").unwrap_or(&t);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + c.to_digit(16).ok_or_else(invalid)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += c.to_digit(16).ok_or_else(invalid)? as f64 * scale;
        scale /= 16.0;
    }
    let v = value * 2f64.powi(exp);
    if v.is_infinite() {
        return Err(PyErr::overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(Value::Float(if neg { -v } else { v }))
}

fn int_ratio(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("as_integer_ratio", 0, 0)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(bigint_of(this)),
        Value::Int(1),
    ]))
}

/// The exact fraction a float holds, in lowest terms.
fn float_ratio(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("as_integer_ratio", 0, 0)?;
    let f = float_of(this);
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut e = exp - 1075;
    if f < 0.0 {
        num = -num;
    }
    let mut den = BigInt::from(1);
    while e < 0 && num.clone() % 2 == BigInt::zero() && !num.is_zero() {
        num /= 2;
        e += 1;
    }
    if num.is_zero() {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_self(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(this.clone())
}

fn float_real(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.pos
        .first()
        .cloned()
        .ok_or_else(messages::getset_not_callable)
}

fn float_zero(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_hex(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let f = float_of(this);
    if f == 0.0 {
        return Ok(Value::str(if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }));
    }
    if !f.is_finite() {
        return Ok(Value::str(float::repr(f)));
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
    let digits = format!("{mant:013x}");
    let _ = ToPrimitive::to_i64(&0i64);
    Ok(Value::str(format!(
        "{sign}0x{lead}.{digits}p{}{}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    )))
}
