//! Comparisons of bytes and bytearray, as CPython's `bytes_richcompare` and
//! `bytearray_richcompare` decide them: bytes compares only with bytes (and subclasses);
//! a bytearray with anything exporting a C-contiguous buffer (its raw bytes, whatever the
//! format). Anything else is NotImplemented, so `b'a' == 'a'` is False and `b'a' < 1`
//! raises.

use std::cmp::Ordering;
use std::rc::Rc;

use minipy_syntax::ast::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::memoryview::readable;
use crate::types::memoryview::view::HeldBuffer;
use crate::types::sequence::{bytes_cmp, bytes_eq};

/// The rich-comparison special methods (`b'x'.__eq__(2)` is NotImplemented).
pub(super) const RICH_COMPARE: &[MethodDef] = &[
    ("__eq__", eq_method),
    ("__ne__", ne_method),
    ("__lt__", lt_method),
    ("__le__", le_method),
    ("__gt__", gt_method),
    ("__ge__", ge_method),
];

/// What the receiver `this` (a bytes or bytearray) compares `other` as, or `None` for
/// NotImplemented.
fn operand(this: &Value, other: &Value) -> Option<HeldBuffer> {
    match this {
        Value::ByteArray(_) => readable(other).ok(),
        _ => other.bytes_buffer().map(HeldBuffer::of_buffer),
    }
}

/// Both sides of `a op b` when the bytes types decide it (the left one's method, or a
/// bytearray's reflected one).
fn operands(a: &Value, b: &Value) -> Option<(HeldBuffer, HeldBuffer)> {
    if a.bytearray_buffer().is_some() || a.bytes_buffer().is_some() {
        if let Some(y) = operand(a.unwrap_native(), b) {
            return Some((readable(a).ok()?, y));
        }
    }
    // (A subclass instance on the right answers through its own methods first.)
    if let Value::ByteArray(_) = b {
        let x = readable(a).ok()?;
        return Some((x, readable(b).ok()?));
    }
    None
}

fn decide(interp: &mut Interp, op: CmpOp, x: &[u8], y: &[u8]) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => bytes_eq(interp, x, y)?,
        CmpOp::NotEq => !bytes_eq(interp, x, y)?,
        _ => {
            let o = bytes_cmp(interp, x, y)?;
            match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            }
        }
    })
}

/// A slot wrapper's arity check (`expected 1 argument, got 0`), as CPython's.
fn one_argument<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    match args.pos {
        [v] => Ok(v),
        other => Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            other.len()
        ))),
    }
}

fn method(interp: &mut Interp, this: &Value, args: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let other = one_argument(&args, name)?;
    let Some(y) = operand(this, other) else {
        return Ok(Value::NotImplemented);
    };
    let Some(x) = this.byte_buffer() else {
        return Ok(Value::NotImplemented);
    };
    let x = HeldBuffer::of_buffer(x);
    let r = decide(interp, op, &x.bytes(), &y.bytes())?;
    Ok(Value::from_bool(r))
}

fn eq_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::Eq, "__eq__")
}

fn ne_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::NotEq, "__ne__")
}

fn lt_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::Lt, "__lt__")
}

fn le_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::LtE, "__le__")
}

fn gt_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::Gt, "__gt__")
}

fn ge_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method(interp, this, args, CmpOp::GtE, "__ge__")
}

/// `a == b` for a bytes or bytearray `a`, decided without the interpreter: equal contents
/// of two bytes-likes; `None` when a bytearray meets another buffer (decided by [`eq`]).
/// A memoryview `b` is decided by the view (the dispatcher sends it there first).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    let x = a.byte_buffer()?;
    match b.byte_buffer() {
        Some(y) => Some(Rc::ptr_eq(x, y) || *x.borrow() == *y.borrow()),
        None if matches!(a, Value::ByteArray(_)) && b.as_array().is_some() => None,
        None => Some(false),
    }
}

/// Whether the bytes types answer `a op b` before the protocol asks user methods: not
/// when a user object is on the left, nor when the right one's class derives from the
/// left one's type (its reflected method goes first, as in CPython).
fn answers_first(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(_), _) => false,
        (Value::ByteArray(_), Value::Instance(_)) => b.bytearray_buffer().is_none(),
        (Value::Bytes(_), Value::Instance(_)) => b.bytes_buffer().is_none(),
        (_, Value::Instance(_)) => false,
        _ => true,
    }
}

/// `a == b` when one side is a bytes type and the other another buffer (or a user
/// object the left one's method answers for); `None` when the bytes types do not decide.
pub fn eq(interp: &mut Interp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if !answers_first(a, b) {
        return None;
    }
    let (x, y) = operands(a, b)?;
    let r = bytes_eq(interp, &x.bytes(), &y.bytes());
    Some(r)
}

/// `a < b` (and `<=`, `>`, `>=`) when a bytes type decides it, in charged pieces;
/// `None` otherwise (other operators too).
pub fn compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if !matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE) || !answers_first(a, b) {
        return None;
    }
    // Two bytes types: [`ordering`] compares them in place (long ones in charged pieces).
    if let (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) = (a, b) {
        return None;
    }
    let (x, y) = operands(a, b)?;
    let r = decide(interp, op, &x.bytes(), &y.bytes());
    Some(r)
}

/// The order of a bytes or bytearray `a` and a bytes-like `b`, when both are bytes types.
/// (A subclass instance is left to the protocol, which asks its methods first.)
pub fn ordering(a: &Value, b: &Value) -> Option<Ordering> {
    let (Value::Bytes(x) | Value::ByteArray(x), Value::Bytes(y) | Value::ByteArray(y)) = (a, b)
    else {
        return None;
    };
    let r = x.borrow().as_slice().cmp(y.borrow().as_slice());
    Some(r)
}
