//! The special methods of the built-in types (`b.__len__()`, `ba.__iadd__(x)`,
//! `list.__getitem__`), each a thin call into the operation the syntax uses. Each type's
//! folder installs the groups it has.

use minipy_syntax::ast::{BinOp, CmpOp};

use crate::error::PyResult;
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::value::Value;

/// Comparison, repr, str, hash and format: every built-in type's.
pub const COMMON: &[MethodDef] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__repr__", repr),
    ("__str__", str_),
    ("__hash__", hash),
    ("__format__", format),
];

/// Subscription, length, membership, iteration, concatenation and repetition.
pub const CONTAINER: &[MethodDef] = &[
    ("__getitem__", getitem),
    ("__len__", len),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
];

/// Subscription, length and iteration only (memoryview: no `+`, `*` or `in` slots).
pub const VIEW: &[MethodDef] = &[
    ("__getitem__", getitem),
    ("__len__", len),
    ("__iter__", iter),
];

/// Item assignment and deletion, and the in-place operators.
pub const MUTABLE: &[MethodDef] = &[
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iadd__", iadd),
    ("__imul__", imul),
];

/// Item assignment and deletion only (memoryview).
pub const ITEM_ASSIGNMENT: &[MethodDef] = &[("__setitem__", setitem), ("__delitem__", delitem)];

/// `%`-formatting (str and bytes).
pub const MODULO: &[MethodDef] = &[("__mod__", modulo)];

fn one<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    Ok(&args.range(name, 1, 1)?[0])
}

fn cmp(interp: &mut Interp, this: &Value, args: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let other = one(&args, name)?;
    interp.compare(op, this, other)
}

fn eq(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::Eq, "__eq__")
}

fn ne(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::NotEq, "__ne__")
}

fn lt(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::Lt, "__lt__")
}

fn le(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::LtE, "__le__")
}

fn gt(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::Gt, "__gt__")
}

fn ge(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    cmp(interp, this, args, CmpOp::GtE, "__ge__")
}

fn repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__repr__", 0, 0)?;
    Ok(Value::str(interp.repr(this)?))
}

fn str_(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__str__", 0, 0)?;
    Ok(Value::str(interp.str(this)?))
}

fn hash(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__hash__", 0, 0)?;
    Ok(Value::Int(interp.hash(this)?))
}

fn format(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let spec = one(&args, "__format__")?;
    let spec = interp.str(spec)?;
    Ok(Value::str(interp.format(this, &spec)?))
}

fn getitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let key = one(&args, "__getitem__")?;
    interp.get_item(this, key)
}

fn setitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__setitem__", 2, 2)?;
    interp.set_item(this, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let key = one(&args, "__delitem__")?;
    interp.del_item(this, key)?;
    Ok(Value::None)
}

fn len(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__len__", 0, 0)?;
    Ok(Value::Int(interp.len(this)? as i64))
}

fn contains(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let item = one(&args, "__contains__")?;
    Ok(Value::from_bool(interp.contains(this, item)?))
}

fn iter(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__iter__", 0, 0)?;
    interp.iter(this)
}

fn binary(interp: &mut Interp, this: &Value, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let other = one(&args, name)?;
    match interp.binary_op(op, this, other) {
        Ok(v) => Ok(v),
        Err(e) if e.pending_kind() == Some(crate::error::ExcKind::TypeError) => {
            Ok(Value::NotImplemented)
        }
        Err(e) => Err(e),
    }
}

fn add(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binary(interp, this, args, BinOp::Add, "__add__")
}

fn mul(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binary(interp, this, args, BinOp::Mul, "__mul__")
}

fn modulo(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binary(interp, this, args, BinOp::Mod, "__mod__")
}

fn iadd(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, "__iadd__")?;
    interp.inplace_op(BinOp::Add, this.clone(), other)
}

fn imul(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, "__imul__")?;
    interp.inplace_op(BinOp::Mul, this.clone(), other)
}
