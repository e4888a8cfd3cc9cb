//! The special methods of `int`, `float` and `complex` (`(2).__radd__(1)`,
//! `(1.5).__floor__()`), each a thin call into the operation the syntax uses. A
//! number's operator methods take only operands of their own kind or narrower
//! (`(2).__add__(1.0)` is NotImplemented; float's take ints, complex's both).

use minipy_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::error::{PyErr, PyResult};
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::numbers::int;
use crate::types::numbers::rounding::{self, ToInt};

/// What int and float share: arithmetic both ways round, conversions and rounding.
pub const NUMERIC: &[MethodDef] = &[
    ("__add__", add),
    ("__sub__", sub),
    ("__mul__", mul),
    ("__truediv__", truediv),
    ("__floordiv__", floordiv),
    ("__mod__", modulo),
    ("__divmod__", divmod),
    ("__pow__", pow),
    ("__radd__", radd),
    ("__rsub__", rsub),
    ("__rmul__", rmul),
    ("__rtruediv__", rtruediv),
    ("__rfloordiv__", rfloordiv),
    ("__rmod__", rmod),
    ("__rdivmod__", rdivmod),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", trunc),
    ("__float__", float_),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__round__", round),
    ("__getnewargs__", getnewargs),
];

/// int's own: `__index__`, `~` and the bitwise operators.
pub const INTEGER: &[MethodDef] = &[
    ("__index__", index),
    ("__invert__", invert),
    ("__and__", and),
    ("__or__", or),
    ("__xor__", xor),
    ("__lshift__", lshift),
    ("__rshift__", rshift),
    ("__rand__", rand),
    ("__ror__", ror),
    ("__rxor__", rxor),
    ("__rlshift__", rlshift),
    ("__rrshift__", rrshift),
];

/// complex's arithmetic (no floor division, modulo or ordering).
pub const COMPLEX: &[MethodDef] = &[
    ("__add__", add),
    ("__sub__", sub),
    ("__mul__", mul),
    ("__truediv__", truediv),
    ("__pow__", pow),
    ("__radd__", radd),
    ("__rsub__", rsub),
    ("__rmul__", rmul),
    ("__rtruediv__", rtruediv),
    ("__rpow__", rpow),
    ("__bool__", bool_),
];

/// Comparisons, which like the operators take only numbers of their own kind or
/// narrower (complex has only `==` and `!=`).
pub const COMPARISON: &[MethodDef] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

fn compare(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    op: CmpOp,
    name: &str,
) -> PyResult<Value> {
    let other = one(&args, name)?;
    let ordered = matches!(op, CmpOp::Eq | CmpOp::NotEq) || this.as_complex().is_none();
    if !ordered || !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    interp.compare(op, this, other)
}

macro_rules! comparisons {
    ($($name:ident, $op:ident;)*) => {
        $(
            fn $name(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
                compare(interp, this, args, CmpOp::$op, concat!("__", stringify!($name), "__"))
            }
        )*
    };
}

comparisons! {
    eq, Eq;
    ne, NotEq;
    lt, Lt;
    le, LtE;
    gt, Gt;
    ge, GtE;
}

/// Whether `this`'s operator methods take `other`.
fn accepts(this: &Value, other: &Value) -> bool {
    if int::is_int(this) {
        int::is_int(other)
    } else if let Value::Float(_) = this {
        int::as_number(other).is_some()
    } else {
        this.as_complex().is_some()
            && (int::as_number(other).is_some() || other.as_complex().is_some())
    }
}

fn one<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    Ok(&args.range(name, 1, 1)?[0])
}

fn binary(interp: &mut Interp, this: &Value, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let other = one(&args, name)?;
    if !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    interp.binary_op(op, this, other)
}

fn reflected(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    op: BinOp,
    name: &str,
) -> PyResult<Value> {
    let other = one(&args, name)?;
    if !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    interp.binary_op(op, other, this)
}

macro_rules! operators {
    ($($name:ident, $rname:ident, $op:ident;)*) => {
        $(
            fn $name(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
                binary(interp, this, args, BinOp::$op, concat!("__", stringify!($name), "__"))
            }
            fn $rname(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
                reflected(interp, this, args, BinOp::$op, concat!("__", stringify!($rname), "__"))
            }
        )*
    };
}

operators! {
    add, radd, Add;
    sub, rsub, Sub;
    mul, rmul, Mul;
    truediv, rtruediv, Div;
    floordiv, rfloordiv, FloorDiv;
    modulo, rmod, Mod;
    and, rand, BitAnd;
    or, ror, BitOr;
    xor, rxor, BitXor;
    lshift, rlshift, LShift;
    rshift, rrshift, RShift;
}

/// `x.__pow__(y[, mod])`: a modulus only for ints, as `pow()` takes it.
fn power(interp: &mut Interp, this: &Value, args: Args, name: &str, swap: bool) -> PyResult<Value> {
    let a = args.range(name, 1, 2)?;
    let other = &a[0];
    if !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    let (base, exp) = if swap { (other, this) } else { (this, other) };
    match a.get(1).filter(|m| !m.is_none()) {
        None => interp.binary_op(BinOp::Pow, base, exp),
        Some(m) if this.as_complex().is_some() => {
            let _ = m;
            Err(PyErr::value_error("complex modulo"))
        }
        Some(m) => match (int::to_bigint(base), int::to_bigint(exp), int::to_bigint(m)) {
            (Some(b), Some(e), Some(m)) => int::pow_mod(&mut interp.limits, b, e, m),
            _ if matches!(this, Value::Float(_)) => Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            )),
            _ => Ok(Value::NotImplemented),
        },
    }
}

fn pow(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    power(interp, this, args, "__pow__", false)
}

fn rpow(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    power(interp, this, args, "__rpow__", true)
}

fn divmod(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, "__divmod__")?;
    if !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    rounding::divmod(interp, this, other).unwrap_or(Ok(Value::NotImplemented))
}

fn rdivmod(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, "__rdivmod__")?;
    if !accepts(this, other) {
        return Ok(Value::NotImplemented);
    }
    rounding::divmod(interp, other, this).unwrap_or(Ok(Value::NotImplemented))
}

fn unary(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    op: UnaryOp,
    name: &str,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    interp.unary_op(op, this)
}

fn neg(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    unary(interp, this, args, UnaryOp::Neg, "__neg__")
}

fn pos(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    unary(interp, this, args, UnaryOp::Pos, "__pos__")
}

fn invert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    unary(interp, this, args, UnaryOp::Invert, "__invert__")
}

fn abs(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__abs__", 0, 0)?;
    Ok(match this {
        Value::Float(f) => Value::from_f64(f.get().abs()),
        _ => Value::from_bigint(num_traits::Signed::abs(
            &int::to_bigint(this).unwrap_or_default(),
        )),
    })
}

fn bool_(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__bool__", 0, 0)?;
    Ok(Value::from_bool(interp.truthy(this)?))
}

fn index(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__index__", 0, 0)?;
    rounding::to_int(this, ToInt::Trunc)
}

fn float_(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__float__", 0, 0)?;
    match int::as_number(this) {
        Some(n) => int::num_to_f64(&n).map(Value::from_f64),
        None => Ok(this.clone()),
    }
}

fn trunc(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__trunc__", 0, 0)?;
    rounding::to_int(this, ToInt::Trunc)
}

fn floor(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__floor__", 0, 0)?;
    rounding::to_int(this, ToInt::Floor)
}

fn ceil(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__ceil__", 0, 0)?;
    rounding::to_int(this, ToInt::Ceil)
}

/// `x.__round__([ndigits])`: float's takes None for "no digits", int's does not.
fn round(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(crate::error::messages::no_keyword_arguments(&format!(
            "{}.__round__",
            this.type_name()
        )));
    }
    if args.pos.len() > 1 {
        return Err(crate::error::messages::expected_at_most(
            "__round__",
            1,
            args.pos.len(),
        ));
    }
    let ndigits = args
        .pos
        .first()
        .filter(|n| !(n.is_none() && matches!(this, Value::Float(_))));
    rounding::round(interp, this, ndigits).unwrap_or(Ok(Value::NotImplemented))
}

fn getnewargs(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__getnewargs__", 0, 0)?;
    let v = match this {
        Value::Bool(b) => Value::Int(b.get() as i64),
        other => other.clone(),
    };
    Ok(Value::tuple(vec![v]))
}
