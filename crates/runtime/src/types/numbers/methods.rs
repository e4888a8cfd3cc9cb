//! `int`, `float` and `bool`: constructors and methods.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};
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
    interp.add_methods("int", crate::types::numbers::special::COMPARISON);
    interp.add_methods("int", crate::types::numbers::special::NUMERIC);
    interp.add_methods("int", crate::types::numbers::special::INTEGER);
    interp.add_methods("float", crate::types::special_methods::COMMON);
    interp.add_methods("float", crate::types::numbers::special::COMPARISON);
    interp.add_methods("float", crate::types::numbers::special::NUMERIC);
    interp.add_class_methods("float", &[("__getformat__", getformat)]);
    // bool inherits int's methods; its repr differs.
    interp.add_methods("bool", crate::types::special_methods::COMMON);
    crate::types::numbers::complex::install(interp);
}

/// `float.__getformat__('double')`: the layout of C doubles (and floats) here.
fn getformat(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__getformat__", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            a[0].arg_type_name()
        )));
    };
    match s.as_str() {
        "double" | "float" => Ok(Value::str("IEEE, little-endian")),
        _ => Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

/// `int([x], base=10)`: `x` is positional-only, `base` may be named.
fn int_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(messages::takes_at_most("int", 2, given));
    }
    let x = args.pos.first().cloned();
    let mut base = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        if &**k != "base" {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for int()"
            )));
        }
        if base.is_some() {
            return Err(PyErr::type_error(
                "argument for int() given by name ('base') and position (2)",
            ));
        }
        base = Some(v.clone());
    }
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
            Value::Str(s) => crate::types::numbers::complex::text::to_ascii(s.as_str()),
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
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => float_to_int(f.get()),
        Value::Str(s) => {
            let text = crate::types::numbers::complex::text::to_ascii(s.as_str());
            parse_text(interp, x, &text, 10)
        }
        Value::Instance(_) => {
            for (name, text) in [(sym::__int__, "__int__"), (sym::__index__, "__index__")] {
                if let Some(r) = interp.call_special(x, name, Vec::new) {
                    let r = r?;
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
                        other => Err(PyErr::type_error(format!(
                            "{text} returned non-int (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            if let Some(n) = x.native() {
                return to_int(interp, &n.clone());
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.type_name()
            )))
        }
        other => match crate::types::bytes::bytes_like(other) {
            // A buffer's bytes parse as text; errors show them as bytes.
            Some(data) => {
                let shown = Value::bytes(data.clone());
                parse_text(interp, &shown, &String::from_utf8_lossy(&data), 10)
            }
            None => Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `int(text, base)` with CPython's messages.
fn parse_text(interp: &mut Interp, original: &Value, text: &str, base: u32) -> PyResult<Value> {
    let limit = interp.int_max_str_digits;
    match int::parse_int(&mut interp.limits, text, base, limit) {
        Ok(v) => Ok(v),
        Err(int::IntParseError::Limit(e)) => Err(e),
        Err(int::IntParseError::TooManyDigits(n)) => Err(PyErr::value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            interp.int_max_str_digits
        ))),
        Err(int::IntParseError::Invalid) => Err(messages::int_parse(&interp.repr(original)?, base)),
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
        return Ok(Value::from_f64(0.0));
    };
    to_float(interp, x)
}

/// `float(x)` (CPython's `PyNumber_Float`, and text parsing for str and buffers).
pub fn to_float(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    let not_a_number = |x: &Value| {
        PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            x.type_name()
        ))
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::from_f64(*i as f64)),
        Value::Bool(b) => Ok(Value::from_f64(b.get() as i64 as f64)),
        Value::BigInt(b) => Ok(Value::from_f64(int::big_to_f64(b)?)),
        Value::Str(s) => {
            let text = crate::types::numbers::complex::text::to_ascii(s.as_str());
            float::parse(&text)
                .map(Value::from_f64)
                .ok_or_else(|| messages::float_parse(&interp.repr(x).unwrap_or_default()))
        }
        Value::Instance(_) => {
            if let Some(r) = interp.call_special(x, sym::__float__, Vec::new) {
                let r = r?;
                if let Value::Float(_) = r {
                    return Ok(r);
                }
                return Err(PyErr::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    x.type_name(),
                    r.type_name()
                )));
            }
            if let Some(n) = x.native() {
                return to_float(interp, &n.clone());
            }
            if interp.special_method(x, sym::__index__).is_some() {
                let n = crate::types::numbers::index::index_of(interp, x)?;
                return int::big_to_f64(&n).map(Value::from_f64);
            }
            Err(not_a_number(x))
        }
        other => match crate::types::bytes::bytes_like(other) {
            Some(data) => float::parse(&String::from_utf8_lossy(&data))
                .map(Value::from_f64)
                .ok_or_else(|| messages::float_parse(&interp.repr(x).unwrap_or_default())),
            None => Err(not_a_number(other)),
        },
    }
}

fn bool_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("bool", 0, 1)?;
    match a.first() {
        None => Ok(Value::Bool(BoolWord::FALSE)),
        Some(v) => Ok(Value::from_bool(interp.truthy(v)?)),
    }
}

fn bigint_of(v: &Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

fn bit_length(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("bit_length", 0, 0)?;
    Ok(Value::Int(bigint_of(this).abs().bits() as i64))
}

fn bit_count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("bit_count", 0, 0)?;
    if let Value::Int(i) = this {
        return Ok(Value::Int(i64::from(i.unsigned_abs().count_ones())));
    }
    let b = bigint_of(this);
    crate::types::numbers::bigarith::charge_linear(&mut interp.limits, &b)?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
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
    crate::types::numbers::bigarith::charge_linear(&mut interp.limits, &n)?;
    interp.limits.charge(length as u64 / 64)?;
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
    if let Some(Value::Str(_)) = &bytes {
        return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
    }
    let data = crate::types::bytes::bytes_from_object(
        interp,
        &bytes.unwrap_or(Value::None),
        "from_bytes",
    )?;
    let signed = match signed {
        Some(s) => interp.truthy(&s)?,
        None => false,
    };
    interp.limits.charge(data.len() as u64 / 8)?;
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
        Value::Float(f) => f.get(),
        _ => 0.0,
    }
}

fn is_integer(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("is_integer", 0, 0)?;
    let f = float_of(this);
    Ok(Value::from_bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.fromhex('0x1.8p1')`.
fn float_fromhex(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("fromhex", 1, 1)?;
    let Value::Str(text) = &a[0] else {
        return Err(PyErr::type_error(
            "bad argument type for built-in operation",
        ));
    };
    crate::types::numbers::float_hex::fromhex(text.as_str()).map(Value::from_f64)
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
    Ok(Value::from_f64(0.0))
}

fn float_hex(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("hex", 0, 0)?;
    Ok(Value::str(crate::types::numbers::float_hex::hex(float_of(
        this,
    ))))
}
