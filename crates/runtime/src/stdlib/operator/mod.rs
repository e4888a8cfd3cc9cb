//! `operator`: the operators as functions (each with its `__dunder__` alias, the same
//! object), `length_hint`, `call`, and the `itemgetter`/`attrgetter`/`methodcaller`
//! classes (`getters.rs`), with CPython's `_operator` argument messages.

mod getters;

use minipy_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::function::FuncImpl;
use crate::object::value::Value;

pub(crate) use getters::State;

const DOC: &str = "Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.";

fn is_type_error(interp: &Interp, e: &PyErr) -> bool {
    interp.err_matches(e, &interp.exc_class(ExcKind::TypeError))
}

fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.for_method(Some("_operator")).range(name, 2, 2)
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.for_method(Some("_operator")).range(name, 1, 1)?[0])
}

macro_rules! binary {
    ($($f:ident $name:literal $op:ident;)*) => {$(
        fn $f(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let a = two(&args, $name)?;
            interp.binary_op(BinOp::$op, &a[0], &a[1])
        }
    )*};
}

macro_rules! inplace {
    ($($f:ident $name:literal $op:ident;)*) => {$(
        fn $f(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let a = two(&args, $name)?;
            interp.inplace_op(BinOp::$op, a[0].clone(), &a[1])
        }
    )*};
}

macro_rules! compare {
    ($($f:ident $name:literal $op:ident;)*) => {$(
        fn $f(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let a = two(&args, $name)?;
            interp.compare(CmpOp::$op, &a[0], &a[1])
        }
    )*};
}

macro_rules! unary {
    ($($f:ident $name:literal $op:ident;)*) => {$(
        fn $f(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let v = one(&args, $name)?;
            interp.unary_op(UnaryOp::$op, v)
        }
    )*};
}

binary! {
    add "add" Add; sub "sub" Sub; mul "mul" Mul; matmul "matmul" MatMul;
    truediv "truediv" Div; floordiv "floordiv" FloorDiv; modulo "mod" Mod;
    power "pow" Pow; lshift "lshift" LShift; rshift "rshift" RShift;
    and_ "and_" BitAnd; or_ "or_" BitOr; xor "xor" BitXor;
}

inplace! {
    iadd "iadd" Add; isub "isub" Sub; imul "imul" Mul; imatmul "imatmul" MatMul;
    itruediv "itruediv" Div; ifloordiv "ifloordiv" FloorDiv; imod "imod" Mod;
    ipow "ipow" Pow; ilshift "ilshift" LShift; irshift "irshift" RShift;
    iand "iand" BitAnd; ior "ior" BitOr; ixor "ixor" BitXor;
}

compare! {
    lt "lt" Lt; le "le" LtE; eq "eq" Eq; ne "ne" NotEq; ge "ge" GtE; gt "gt" Gt;
}

unary! {
    neg "neg" Neg; pos "pos" Pos; inv "inv" Invert; invert "invert" Invert;
}

fn not_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(&args, "not_")?;
    Ok(Value::from_bool(!(interp.truthy(v)?)))
}

fn truth(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(&args, "truth")?;
    Ok(Value::from_bool(interp.truthy(v)?))
}

fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(&args, "abs")?.clone();
    let f = interp
        .globals
        .builtin("abs")
        .cloned()
        .ok_or_else(|| PyErr::type_error("abs is missing"))?;
    interp.call(&f, vec![v], vec![])
}

fn is_(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "is_")?;
    Ok(Value::from_bool(a[0].is(&a[1])))
}

fn is_not(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "is_not")?;
    Ok(Value::from_bool(!a[0].is(&a[1])))
}

fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(&args, "index")?;
    if let Value::Int(_) = v {
        return Ok(v.clone());
    }
    Ok(Value::from_bigint(crate::types::numbers::index::index_of(
        interp, v,
    )?))
}

/// concat/iconcat refuse what is not a sequence (has no `__getitem__`).
fn check_sequence(interp: &mut Interp, v: &Value) -> PyResult<()> {
    if interp.get_attr_optional(v, "__getitem__")?.is_none() {
        return Err(PyErr::type_error(format!(
            "'{}' object can't be concatenated",
            v.type_name()
        )));
    }
    Ok(())
}

fn concat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "concat")?;
    check_sequence(interp, &a[0])?;
    interp.binary_op(BinOp::Add, &a[0], &a[1])
}

fn iconcat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "iconcat")?;
    check_sequence(interp, &a[0])?;
    interp.inplace_op(BinOp::Add, a[0].clone(), &a[1])
}

fn contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "contains")?;
    Ok(Value::from_bool(interp.contains(&a[0], &a[1])?))
}

/// Walks `seq` for items that are, or equal, `x`: the first index, or the count.
fn search(interp: &mut Interp, seq: &Value, x: &Value, first: bool) -> PyResult<Option<i64>> {
    let it = match interp.iter(seq) {
        Ok(it) => it,
        Err(e) if is_type_error(interp, &e) => {
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                seq.type_name()
            )))
        }
        Err(e) => return Err(e),
    };
    let (mut i, mut n) = (0i64, 0i64);
    while let Some(item) = interp.next(&it)? {
        if item.is(x) || interp.eq(&item, x)? {
            if first {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok((!first).then_some(n))
}

fn count_of(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "countOf")?;
    Ok(Value::Int(
        search(interp, &a[0], &a[1], false)?.unwrap_or(0),
    ))
}

fn index_of(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "indexOf")?;
    match search(interp, &a[0], &a[1], true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "getitem")?;
    interp.get_item(&a[0], &a[1])
}

fn setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("_operator")).range("setitem", 3, 3)?;
    interp.set_item(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = two(&args, "delitem")?;
    interp.del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

fn length_hint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args
        .for_method(Some("_operator"))
        .range("length_hint", 1, 2)?;
    let default = match a.get(1) {
        Some(d) => crate::types::numbers::index::ssize_arg(interp, d)?,
        None => 0,
    };
    let obj = &a[0];
    match interp.len(obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if is_type_error(interp, &e) => {}
        Err(e) => return Err(e),
    }
    let Some(hint) = interp.get_attr_optional(obj, "__length_hint__")? else {
        return Ok(Value::Int(default));
    };
    let result = match interp.call(&hint, vec![], vec![]) {
        Ok(v) => v,
        Err(e) if is_type_error(interp, &e) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    match &result {
        Value::NotImplemented => Ok(Value::Int(default)),
        v if crate::types::numbers::int::is_int(v) => {
            let n = crate::types::numbers::index::ssize_arg(interp, v)?;
            if n < 0 {
                return Err(PyErr::value_error("__length_hint__() should return >= 0"));
            }
            Ok(Value::Int(n))
        }
        other => Err(PyErr::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            other.type_name()
        ))),
    }
}

fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error(
            "call expected at least 1 argument, got 0",
        ));
    };
    interp.call(f, rest.to_vec(), args.kw.to_vec())
}

/// Name, function, and its dunder alias (if any).
const FUNCTIONS: &[(&str, FuncImpl, Option<&str>)] = &[
    ("abs", abs, Some("__abs__")),
    ("add", add, Some("__add__")),
    ("and_", and_, Some("__and__")),
    ("call", call, Some("__call__")),
    ("concat", concat, Some("__concat__")),
    ("contains", contains, Some("__contains__")),
    ("countOf", count_of, None),
    ("delitem", delitem, Some("__delitem__")),
    ("eq", eq, Some("__eq__")),
    ("floordiv", floordiv, Some("__floordiv__")),
    ("ge", ge, Some("__ge__")),
    ("getitem", getitem, Some("__getitem__")),
    ("gt", gt, Some("__gt__")),
    ("iadd", iadd, Some("__iadd__")),
    ("iand", iand, Some("__iand__")),
    ("iconcat", iconcat, Some("__iconcat__")),
    ("ifloordiv", ifloordiv, Some("__ifloordiv__")),
    ("ilshift", ilshift, Some("__ilshift__")),
    ("imatmul", imatmul, Some("__imatmul__")),
    ("imod", imod, Some("__imod__")),
    ("imul", imul, Some("__imul__")),
    ("index", index, Some("__index__")),
    ("indexOf", index_of, None),
    ("inv", inv, Some("__inv__")),
    ("invert", invert, Some("__invert__")),
    ("ior", ior, Some("__ior__")),
    ("ipow", ipow, Some("__ipow__")),
    ("irshift", irshift, Some("__irshift__")),
    ("is_", is_, None),
    ("is_not", is_not, None),
    ("isub", isub, Some("__isub__")),
    ("itruediv", itruediv, Some("__itruediv__")),
    ("ixor", ixor, Some("__ixor__")),
    ("le", le, Some("__le__")),
    ("length_hint", length_hint, None),
    ("lshift", lshift, Some("__lshift__")),
    ("lt", lt, Some("__lt__")),
    ("matmul", matmul, Some("__matmul__")),
    ("mod", modulo, Some("__mod__")),
    ("mul", mul, Some("__mul__")),
    ("ne", ne, Some("__ne__")),
    ("neg", neg, Some("__neg__")),
    ("not_", not_, Some("__not__")),
    ("or_", or_, Some("__or__")),
    ("pos", pos, Some("__pos__")),
    ("pow", power, Some("__pow__")),
    ("rshift", rshift, Some("__rshift__")),
    ("setitem", setitem, Some("__setitem__")),
    ("sub", sub, Some("__sub__")),
    ("truediv", truediv, Some("__truediv__")),
    ("truth", truth, None),
    ("xor", xor, Some("__xor__")),
];

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let mut members: Vec<(&str, Value)> = vec![("__doc__", Value::str(DOC))];
    let mut all = Vec::new();
    for &(name, f, dunder) in FUNCTIONS {
        let func = Interp::module_fn(name, f);
        if let Some(d) = dunder {
            members.push((d, func.clone()));
        }
        members.push((name, func));
        all.push(name);
    }
    for (name, class) in getters::classes(interp)? {
        members.push((name, Value::Class(class)));
        all.push(name);
    }
    all.sort_unstable();
    let all = Value::list(all.into_iter().map(Value::str).collect());
    members.push(("__all__", all));
    Ok(interp.make_module("operator", members))
}
