//! `complex`: two floats behind an `Rc` (a `Value` stays 16 bytes), its constructor,
//! methods and protocol hooks. The arithmetic follows CPython's `complexobject.c`.

pub mod arith;
pub mod text;

use minipy_syntax::ast::{BinOp, UnaryOp};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::int::{self, Num};
use arith::C;

/// A complex number's payload.
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Value {
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(alloc(Complex { re, im }))
    }

    /// The real and imaginary parts of a complex value.
    pub fn as_complex(&self) -> Option<C> {
        match self {
            Value::Complex(c) => Some((c.re, c.im)),
            _ => None,
        }
    }
}

/// An operand of complex arithmetic (`TO_COMPLEX`): a complex, float, int or bool;
/// `None` for anything else. A huge int fails to convert, as in CPython.
fn operand(v: &Value) -> Option<PyResult<C>> {
    if let Some(c) = v.as_complex() {
        return Some(Ok(c));
    }
    let n = int::as_number(v)?;
    Some(int::num_to_f64(&n).map(|re| (re, 0.0)))
}

/// `a op b` when one side is complex and the other a number; `None` otherwise (the
/// generic path then tries user methods or raises).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if a.as_complex().is_none() && b.as_complex().is_none() {
        return None;
    }
    let is_operand = |v: &Value| v.as_complex().is_some() || int::as_number(v).is_some();
    if !is_operand(a) || !is_operand(b) {
        return None;
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
    ) {
        return Some(Err(messages::unsupported_operand(
            op.symbol(),
            a.type_name(),
            b.type_name(),
        )));
    }
    Some(binary_parts(op, a, b))
}

fn binary_parts(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let x = operand(a).unwrap_or(Ok((0.0, 0.0)))?;
    let y = operand(b).unwrap_or(Ok((0.0, 0.0)))?;
    let (re, im) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => arith::prod(x, y),
        BinOp::Div => arith::divide(x, y)?,
        _ => arith::power(x, y)?,
    };
    Ok(Value::complex(re, im))
}

/// `-z` and `+z`; `None` for other operators (`~z` is a TypeError).
pub fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    let (re, im) = v.as_complex()?;
    match op {
        UnaryOp::Neg => Some(Value::complex(-re, -im)),
        UnaryOp::Pos => Some(v.clone()),
        _ => None,
    }
}

pub fn truthy(z: C) -> bool {
    z.0 != 0.0 || z.1 != 0.0
}

/// `a == b` with a complex on either side; `None` if neither is complex, or the other
/// side is not a number (then it is not equal, unless a user method says so).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    let (z, other) = match (a.as_complex(), b.as_complex()) {
        (Some(x), Some(y)) => return Some(x.0 == y.0 && x.1 == y.1),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    Some(match int::as_number(other) {
        // An int compares exactly with the real part, as float == int does.
        Some(n @ (Num::Int(_) | Num::Big(_))) => {
            z.1 == 0.0 && int::numbers_equal(&Num::Float(z.0), &n)
        }
        Some(Num::Float(f)) => z.0 == f && z.1 == 0.0,
        None => false,
    })
}

/// CPython's complex hash: `hash(re) + 1000003 * hash(im)`, so `hash(x + 0j) == hash(x)`.
pub fn hash(z: C) -> i64 {
    let re = crate::types::hash::hash_f64(z.0) as u64;
    let im = crate::types::hash::hash_f64(z.1) as u64;
    let h = re.wrapping_add(im.wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn install(interp: &mut Interp) {
    interp.add_constructor("complex", complex_new);
    interp.add_methods(
        "complex",
        &[
            ("conjugate", conjugate),
            ("__complex__", to_complex),
            ("__getnewargs__", getnewargs),
            ("__abs__", abs_method),
            ("__neg__", neg),
            ("__pos__", pos),
        ],
    );
    interp.add_getters("complex", &[("real", real), ("imag", imag)]);
    interp.add_methods("complex", crate::types::special_methods::COMMON);
    interp.add_methods("complex", crate::types::numbers::special::COMPARISON);
    interp.add_methods("complex", crate::types::numbers::special::COMPLEX);
}

/// `complex(real=0, imag=0)`: keyword names checked as CPython's argument clinic does.
fn complex_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(messages::takes_at_most("complex", 2, given));
    }
    let mut parts = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (k, v) in args.kw {
        let Some(i) = ["real", "imag"].iter().position(|n| **n == **k) else {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for complex()"
            )));
        };
        if i < args.pos.len() {
            return Err(PyErr::type_error(format!(
                "argument for complex() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        parts[i] = Some(v.clone());
    }
    let [r, i] = parts;
    construct(interp, r.unwrap_or(Value::Int(0)), i)
}

/// `complex(r, i)` (CPython's `complex_new_impl`).
pub fn construct(interp: &mut Interp, r: Value, i: Option<Value>) -> PyResult<Value> {
    if let (Value::Complex(_), None) = (&r, &i) {
        return Ok(r);
    }
    if let Value::Str(s) = &r {
        if i.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let shown = interp.repr(&r)?;
        let (re, im) = text::parse(s.as_str(), &shown)?;
        return Ok(Value::complex(re, im));
    }
    if let Some(Value::Str(_)) = &i {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let r = match complex_special(interp, &r)? {
        Some(c) => c,
        None => r,
    };
    if !is_number(interp, &r) {
        return Err(PyErr::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_name()
        )));
    }
    if let Some(i) = &i {
        if !is_number(interp, i) {
            return Err(PyErr::type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.type_name()
            )));
        }
    }
    let (mut cr, r_is_complex) = match r.as_complex() {
        Some(c) => (c, true),
        None => ((real_part(interp, &r)?, 0.0), false),
    };
    let mut ci = match &i {
        None => (cr.1, 0.0),
        Some(v) => match v.as_complex() {
            Some(c) => {
                cr.0 -= c.1;
                c
            }
            None => (real_part(interp, v)?, 0.0),
        },
    };
    if r_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(Value::complex(cr.0, ci.0))
}

/// The result of `v.__complex__()` for a user object that defines it.
fn complex_special(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    let name = interp.intern("__complex__");
    let Some(r) = interp.call_special(v, name, Vec::new) else {
        return Ok(None);
    };
    let r = r?;
    if r.as_complex().is_none() {
        return Err(PyErr::type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.type_name()
        )));
    }
    Ok(Some(r))
}

/// Whether `v` has `__float__` or `__index__` (or is complex): what `complex()` takes.
fn is_number(interp: &mut Interp, v: &Value) -> bool {
    v.as_complex().is_some()
        || int::as_number(v).is_some()
        || interp.special_method(v, sym::__float__).is_some()
        || interp.special_method(v, sym::__index__).is_some()
}

/// `float(v)` for a real number or an object with `__float__`/`__index__`.
fn real_part(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match crate::types::numbers::methods::to_float(interp, v)? {
        Value::Float(f) => Ok(f.get()),
        _ => Ok(0.0),
    }
}

fn parts(this: &Value) -> C {
    this.as_complex().unwrap_or((0.0, 0.0))
}

fn conjugate(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("conjugate", 0, 0)?;
    let (re, im) = parts(this);
    Ok(Value::complex(re, -im))
}

fn to_complex(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__complex__", 0, 0)?;
    Ok(this.clone())
}

fn getnewargs(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__getnewargs__", 0, 0)?;
    let (re, im) = parts(this);
    Ok(Value::tuple(vec![Value::from_f64(re), Value::from_f64(im)]))
}

fn abs_method(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__abs__", 0, 0)?;
    Ok(Value::from_f64(arith::abs(parts(this))?))
}

fn neg(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__neg__", 0, 0)?;
    let (re, im) = parts(this);
    Ok(Value::complex(-re, -im))
}

fn pos(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__pos__", 0, 0)?;
    Ok(this.clone())
}

fn real(_: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::from_f64(parts(this).0))
}

fn imag(_: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::from_f64(parts(this).1))
}
