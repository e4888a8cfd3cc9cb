//! The methods of `set` and `frozenset`, one small function each, with CPython's
//! argument rules (`METH_O`, `METH_NOARGS`, or any number of positional others).

use std::rc::Rc;

use super::ops;
use super::table::SetObj;
use super::{any_set, make_like};
use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::value::Value;

pub const SET: &[MethodDef] = &[
    ("add", add),
    ("clear", clear),
    ("copy", copy),
    ("discard", discard),
    ("difference", difference),
    ("difference_update", difference_update),
    ("intersection", intersection),
    ("intersection_update", intersection_update),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("pop", pop),
    ("remove", remove),
    ("symmetric_difference", symmetric_difference),
    ("symmetric_difference_update", symmetric_difference_update),
    ("union", union),
    ("update", update),
];

pub const FROZENSET: &[MethodDef] = &[
    ("copy", copy),
    ("difference", difference),
    ("intersection", intersection),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("symmetric_difference", symmetric_difference),
    ("union", union),
];

/// The table of a set or frozenset receiver.
fn this(v: &Value) -> PyResult<&Rc<SetObj>> {
    any_set(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// The table of a (mutable) set receiver.
fn this_mut(v: &Value) -> PyResult<&Rc<SetObj>> {
    match v {
        Value::Set(s) => Ok(s),
        _ => this(v),
    }
}

/// Refuses keywords as a method descriptor does: "set.add() takes no keyword arguments".
fn no_kw(args: &Args, s: &Value, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        return Ok(());
    }
    Err(messages::no_keyword_arguments(&format!(
        "{}.{name}",
        s.type_name()
    )))
}

/// The one argument of a `METH_O` method.
fn one<'a>(args: &'a Args, s: &Value, name: &str) -> PyResult<&'a Value> {
    no_kw(args, s, name)?;
    Ok(&args.range(name, 1, 1)?[0])
}

/// A `METH_NOARGS` method's check.
fn none(args: &Args, s: &Value, name: &str) -> PyResult<()> {
    no_kw(args, s, name)?;
    args.range(name, 0, 0).map(|_| ())
}

/// The arguments of a method that takes any number of others.
fn others<'a>(args: &'a Args, s: &Value, name: &str) -> PyResult<&'a [Value]> {
    no_kw(args, s, name)?;
    Ok(args.pos)
}

fn add(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let key = one(&args, s, "add")?;
    ops::add_key(interp, this_mut(s)?, key.clone())?;
    Ok(Value::None)
}

fn clear(_: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    none(&args, s, "clear")?;
    let old = this_mut(s)?.table.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    none(&args, s, "copy")?;
    if let Value::FrozenSet(_) = s {
        return Ok(s.clone());
    }
    Ok(make_like(s, ops::copy_of(interp, this(s)?)?))
}

/// `discard` and `remove`: whether the key was there.
fn discard_key(interp: &mut Interp, s: &Value, key: &Value) -> PyResult<bool> {
    let so = this_mut(s)?;
    let (key, hash) = ops::lookup_key(interp, key)?;
    ops::discard_entry(interp, so, &key, hash)
}

fn discard(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let key = one(&args, s, "discard")?;
    discard_key(interp, s, key)?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let key = one(&args, s, "remove")?;
    if !discard_key(interp, s, key)? {
        return Err(messages::key_error(key.clone()));
    }
    Ok(Value::None)
}

fn pop(_: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    none(&args, s, "pop")?;
    let popped = this_mut(s)?.table.borrow_mut().pop();
    popped.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn union(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "union")?;
    let so = this(s)?;
    let result = ops::copy_of(interp, so)?;
    for other in others {
        if any_set(other).is_some_and(|o| Rc::ptr_eq(o, so)) {
            continue;
        }
        ops::update(interp, &result, other)?;
    }
    Ok(make_like(s, result))
}

fn update(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "update")?;
    let so = this_mut(s)?;
    for other in others {
        ops::update(interp, so, other)?;
    }
    Ok(Value::None)
}

fn intersection(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "intersection")?;
    let result = ops::intersection_multi(interp, this(s)?, others)?;
    Ok(make_like(s, result))
}

fn intersection_update(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "intersection_update")?;
    let so = this_mut(s)?;
    let result = ops::intersection_multi(interp, so, others)?;
    if !Rc::ptr_eq(&result, so) {
        ops::replace_contents(so, &result);
    }
    Ok(Value::None)
}

fn difference(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "difference")?;
    let result = ops::difference_multi(interp, this(s)?, others)?;
    Ok(make_like(s, result))
}

fn difference_update(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let others = others(&args, s, "difference_update")?;
    let so = this_mut(s)?;
    for other in others {
        ops::difference_update(interp, so, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, s, "symmetric_difference")?;
    let result = ops::symmetric_difference(interp, this(s)?, other)?;
    Ok(make_like(s, result))
}

fn symmetric_difference_update(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, s, "symmetric_difference_update")?;
    ops::symmetric_difference_update(interp, this_mut(s)?, other)?;
    Ok(Value::None)
}

fn isdisjoint(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, s, "isdisjoint")?;
    Ok(Value::from_bool(ops::isdisjoint(interp, this(s)?, other)?))
}

fn issubset(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, s, "issubset")?;
    Ok(Value::from_bool(ops::issubset(interp, this(s)?, other)?))
}

fn issuperset(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let other = one(&args, s, "issuperset")?;
    Ok(Value::from_bool(ops::issuperset(interp, this(s)?, other)?))
}
