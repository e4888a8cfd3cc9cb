//! bytes' and bytearray's protocol hooks (called from `types/dispatch.rs`): length,
//! repr, hash, comparison, iteration, and the operators `+`, `*`, `%`, `+=`, `*=`.

use std::rc::Rc;

use minipy_syntax::ast::BinOp;

use super::*;
use crate::error::messages;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::buffer::{Buffer, ByteVec};
use crate::object::value::Value;
use crate::types::sequence::{repeat, repeat_count};

impl Value {
    /// The shared buffer of a bytes or bytearray object.
    #[inline]
    pub fn byte_buffer(&self) -> Option<&Rc<Buffer>> {
        match self {
            Value::Bytes(b) | Value::ByteArray(b) => Some(b),
            Value::Instance(i) => i.native.as_ref()?.byte_buffer(),
            _ => None,
        }
    }

    /// The buffer of a bytearray (the mutable one).
    pub fn bytearray_buffer(&self) -> Option<&Rc<Buffer>> {
        match self {
            Value::ByteArray(b) => Some(b),
            Value::Instance(i) => i.native.as_ref()?.bytearray_buffer(),
            _ => None,
        }
    }

    /// The text of a bytes or bytearray object, decoded as UTF-8 with replacement
    /// (for `int(b'12')`, `float(b'1.5')` and format strings given as bytes).
    pub fn lossy_text(&self) -> String {
        self.byte_buffer()
            .map(|b| String::from_utf8_lossy(&b.borrow()).into_owned())
            .unwrap_or_default()
    }

    /// A copy of the bytes of a bytes or bytearray object.
    pub fn bytes_copy(&self) -> Vec<u8> {
        self.byte_buffer().map(|b| b.to_vec()).unwrap_or_default()
    }

    /// The buffer of an immutable bytes object.
    pub fn bytes_buffer(&self) -> Option<&Rc<Buffer>> {
        match self {
            Value::Bytes(b) => Some(b),
            Value::Instance(i) => i.native.as_ref()?.bytes_buffer(),
            _ => None,
        }
    }
}

pub fn len(v: &Value) -> usize {
    v.byte_buffer().map_or(0, |b| b.len())
}

pub fn repr(v: &Value) -> String {
    match v {
        Value::ByteArray(b) => format!("bytearray({})", bytes_repr_with(&b.borrow(), true)),
        _ => bytes_repr(&data_or_empty(v)),
    }
}

fn data_or_empty(v: &Value) -> Vec<u8> {
    v.byte_buffer().map(|b| b.to_vec()).unwrap_or_default()
}

/// bytes' hash, computed once and cached in the buffer.
pub fn hash(b: &Buffer) -> i64 {
    if let Some(h) = b.cached_hash().get() {
        return h;
    }
    let h = crate::types::hash::hash_bytes(&b.borrow());
    b.cached_hash().set(Some(h));
    h
}

/// Byte `i` while iterating.
pub fn item(seq: &Value, i: usize) -> Option<Value> {
    seq.byte_buffer()?
        .borrow()
        .get(i)
        .map(|x| Value::Int(*x as i64))
}

/// `a + b`, `a * n` (or `n * a`, with `a` passed first) and `a % args`.
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = a.byte_buffer()?;
    let r = match op {
        BinOp::Add => concat(interp, a, x, b),
        BinOp::Mul => match repeat_count(interp, b) {
            // An exact bytes object repeated into itself is itself, as in CPython.
            Some(Ok(n)) if matches!(a, Value::Bytes(_)) && (n == 1 || x.is_empty()) => {
                Ok(a.clone())
            }
            Some(Ok(n)) => repeat(interp, &x.borrow(), n, 1).map(|d| like(a, d)),
            Some(Err(e)) => Err(e),
            None => Err(messages::cant_multiply_sequence(b.type_name())),
        },
        BinOp::Mod => {
            // (A copy: formatting runs code that may change a bytearray. On the stack
            // when short.)
            let fmt = smallvec::SmallVec::<[u8; 128]>::from_slice(&x.borrow());
            interp.percent_format(&fmt, b, true).map(|out| like(a, out))
        }
        _ => return None,
    };
    Some(r)
}

fn concat(interp: &mut Interp, a: &Value, x: &Buffer, b: &Value) -> PyResult<Value> {
    // Any operand whose buffer CPython cannot get (a released or non-contiguous view too)
    // cannot be concatenated.
    let Some(y) = simple_arg(b) else {
        return Err(messages::concat(a.type_name(), b.type_name()));
    };
    // An exact bytes operand is the result when the other adds nothing (CPython's
    // "end cases").
    if y.is_empty() && matches!(a, Value::Bytes(_)) {
        return Ok(a.clone());
    }
    if x.is_empty() && matches!(b, Value::Bytes(_)) && matches!(a, Value::Bytes(_)) {
        return Ok(b.clone());
    }
    let x = x.borrow();
    interp.limits.check_alloc(x.len() + y.len())?;
    crate::types::sequence::charge_bytes(interp, x.len() + y.len())?;
    let mut v = ByteVec::with_capacity(x.len() + y.len());
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(like(a, v))
}

/// `a += b` and `a *= n` on a bytearray, in place (refused while exported).
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let buf = a.bytearray_buffer()?;
    match op {
        BinOp::Add => {
            // The operand is read in place unless it shares the buffer being resized.
            let shared = b.bytearray_buffer().is_some_and(|x| Rc::ptr_eq(x, buf))
                || b.as_memoryview().is_some();
            if !shared {
                let Some(extra) = simple_arg(b) else {
                    return Some(Err(messages::concat("bytearray", b.type_name())));
                };
                let new_len = buf.len() + extra.len();
                return Some(buf.resize_to(new_len).map(|mut d| {
                    d.extend_from_slice(&extra);
                    a.clone()
                }));
            }
            let Some(extra) = simple_arg(b).map(|d| d.to_vec()) else {
                return Some(Err(messages::concat("bytearray", b.type_name())));
            };
            // CPython holds an export of the operand while it resizes: `b += b` refuses.
            let exporting_self = b.bytearray_buffer().is_some_and(|x| Rc::ptr_eq(x, buf));
            if exporting_self && !extra.is_empty() {
                return Some(Err(messages::buffer_resize()));
            }
            let new_len = buf.len() + extra.len();
            Some(buf.resize_to(new_len).map(|mut d| {
                d.extend_from_slice(&extra);
                a.clone()
            }))
        }
        BinOp::Mul => {
            let n = match repeat_count(interp, b) {
                Some(Ok(n)) => n,
                Some(Err(e)) => return Some(Err(e)),
                None => return Some(Err(messages::cant_multiply_sequence(b.type_name()))),
            };
            let data = buf.to_vec();
            let new = match repeat(interp, &data, n, 1) {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            Some(buf.resize_to(new.len()).map(|mut d| {
                *d = new.into();
                a.clone()
            }))
        }
        _ => None,
    }
}

/// The operator special methods called directly: unlike the operators, they raise
/// rather than answer NotImplemented (CPython's sequence slot wrappers), except
/// `__rmod__` for a left operand of another type.
pub(super) const OPERATORS: &[crate::interp::MethodDef] = &[
    ("__add__", add_method),
    ("__mul__", mul_method),
    ("__rmul__", mul_method),
    ("__mod__", mod_method),
    ("__rmod__", rmod_method),
];

fn one_operand<'a>(args: &crate::object::args::Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.range(name, 1, 1)?[0])
}

fn operator(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    binary(interp, op, a, b).unwrap_or(Ok(Value::NotImplemented))
}

fn add_method(
    interp: &mut Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> PyResult<Value> {
    let other = one_operand(&args, "__add__")?;
    operator(interp, BinOp::Add, this, other)
}

fn mul_method(
    interp: &mut Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> PyResult<Value> {
    let other = one_operand(&args, "__mul__")?;
    let n = crate::types::numbers::index::index_i64_overflow(interp, other)?;
    operator(interp, BinOp::Mul, this, &Value::Int(n))
}

fn mod_method(
    interp: &mut Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> PyResult<Value> {
    let other = one_operand(&args, "__mod__")?;
    operator(interp, BinOp::Mod, this, other)
}

fn rmod_method(
    interp: &mut Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> PyResult<Value> {
    let other = one_operand(&args, "__rmod__")?;
    let same_kind = match this {
        Value::ByteArray(_) => other.bytearray_buffer().is_some(),
        _ => other.bytes_buffer().is_some(),
    };
    if !same_kind {
        return Ok(Value::NotImplemented);
    }
    operator(interp, BinOp::Mod, other.unwrap_native(), this)
}

/// `ba.__imul__(n)`: the count converted first, with its own errors (the operator's
/// "can't multiply sequence" is not the method's).
pub(super) fn imul_method(
    interp: &mut Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> PyResult<Value> {
    let other = one_operand(&args, "__imul__")?;
    let n = crate::types::numbers::index::index_i64_overflow(interp, other)?;
    inplace(interp, BinOp::Mul, this, &Value::Int(n)).unwrap_or(Ok(Value::NotImplemented))
}
