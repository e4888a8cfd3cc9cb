//! The one place that maps a value to its built-in type's protocol hooks. Each arm is
//! one line that calls into the type's folder; the protocols (`crate::protocols`) ask
//! here before their generic paths. A new type adds its variant to `object/value.rs`,
//! its folder under `types/`, and its arms here.
//!
//! str, list, tuple and the numbers keep inline fast paths in the protocols and the
//! evaluator (measured: they dominate every benchmark).

use std::cmp::Ordering;

use minipy_syntax::ast::{BinOp, CmpOp};

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::iterator::IterState;
use crate::types::numbers::complex;
use crate::types::{array, bytes, dict, memoryview, set};

/// `len(v)`; `None` when `v` is not one of the types dispatched here.
pub fn len(v: &Value) -> Option<PyResult<usize>> {
    Some(match v {
        Value::Bytes(_) | Value::ByteArray(_) => Ok(bytes::len(v)),
        Value::MemoryView(m) => memoryview::len(m),
        Value::Array(a) => Ok(a.len()),
        Value::Dict(_) => Ok(dict::len(v)),
        Value::Set(_) | Value::FrozenSet(_) => Ok(set::len(v)),
        _ => return None,
    })
}

/// Truth: non-empty.
pub fn truthy(v: &Value) -> Option<bool> {
    len(v).map(|n| n.map_or(true, |n| n > 0))
}

/// `repr(v)`.
pub fn repr(interp: &mut Interp, v: &Value) -> Option<PyResult<String>> {
    Some(match v {
        Value::Bytes(_) | Value::ByteArray(_) => Ok(bytes::repr(v)),
        Value::MemoryView(m) => Ok(memoryview::repr(m)),
        Value::Array(a) => array::repr(interp, a),
        Value::Dict(_) => dict::repr(interp, v),
        Value::Set(_) | Value::FrozenSet(_) => set::repr(interp, v),
        Value::Complex(c) => Ok(complex::text::repr(c.re, c.im)),
        _ => return None,
    })
}

/// A hash computed without running Python code.
pub fn native_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Bytes(b) => Some(bytes::hash(b)),
        Value::FrozenSet(s) => Some(set::frozenset_hash(s)),
        Value::Complex(c) => Some(complex::hash((c.re, c.im))),
        _ => None,
    }
}

/// A hash that may raise (a memoryview hashes its bytes, if it is read-only).
pub fn hash(interp: &mut Interp, v: &Value) -> Option<PyResult<i64>> {
    match v {
        Value::MemoryView(_) => Some(memoryview::hash(interp, v)),
        _ => None,
    }
}

/// Equality of two dict keys of these types, by content; `None` for other types.
pub fn keys_equal(a: &Value, b: &Value) -> Option<bool> {
    if let Some(r) = complex::native_eq(a, b) {
        return Some(r);
    }
    match (a, b) {
        (Value::Bytes(x), Value::Bytes(y)) => Some(*x.borrow() == *y.borrow()),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => Some(set::keys_equal(x, y)),
        (Value::MemoryView(_), _) | (_, Value::MemoryView(_)) => memoryview::keys_equal(a, b),
        _ => None,
    }
}

/// `a == b` decided without running Python code: `Some(answer)` when `a` (or a view `b`)
/// is one of these types, the answer being `None` when Python code must decide.
pub fn native_eq(a: &Value, b: &Value) -> Option<Option<bool>> {
    if let Value::MemoryView(_) = b {
        return Some(None);
    }
    if let Some(r) = complex::native_eq(a, b) {
        return Some(Some(r));
    }
    Some(match a {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::native_eq(a, b),
        // A bytearray compares with an array's bytes (its reflected `__eq__`).
        Value::Array(_) if matches!(b, Value::ByteArray(_)) => None,
        Value::Array(_) => array::native_eq(b),
        Value::MemoryView(_) => None,
        Value::Dict(_) => dict::native_eq(b),
        Value::Set(_) | Value::FrozenSet(_) => set::native_eq(a, b),
        _ => return None,
    })
}

/// `a == b` when it needs the interpreter (items compared with `==`).
pub fn eq(interp: &mut Interp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    match (a, b) {
        (Value::MemoryView(_), _) | (_, Value::MemoryView(_)) => {
            Some(memoryview::equals(interp, a, b))
        }
        (Value::Array(x), Value::Array(y)) => Some(array::eq(interp, x, y)),
        (Value::Dict(_), Value::Dict(_)) => Some(dict::eq(interp, a, b)),
        (Value::Iterator(_), _) | (_, Value::Iterator(_)) => {
            dict::views::compare(interp, CmpOp::Eq, a, b)
        }
        (Value::Set(_) | Value::FrozenSet(_), _) => set::eq(interp, a, b),
        (Value::Bytes(_) | Value::ByteArray(_), _) | (_, Value::ByteArray(_)) => {
            bytes::eq(interp, a, b)
        }
        _ => None,
    }
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` for types ordered by something other than a
/// total order (sets: subset and superset), or by a bytearray against any buffer.
pub fn compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    match (a, b) {
        (Value::Iterator(_), _) | (_, Value::Iterator(_)) => dict::views::compare(interp, op, a, b),
        (Value::Set(_) | Value::FrozenSet(_), _) => set::compare(interp, op, a, b),
        (Value::Bytes(_) | Value::ByteArray(_), _) | (_, Value::ByteArray(_)) => {
            bytes::compare(interp, op, a, b)
        }
        (Value::Array(_), _) => array::compare(interp, op, a, b),
        _ => None,
    }
}

/// The order of two values of these types, when they have one natively.
pub fn ordering(a: &Value, b: &Value) -> Option<Ordering> {
    match a {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::ordering(a, b),
        _ => None,
    }
}

/// `item in container`.
pub fn contains(interp: &mut Interp, container: &Value, item: &Value) -> Option<PyResult<bool>> {
    Some(match container {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::contains(interp, container, item),
        Value::MemoryView(_) => memoryview::contains(interp, container, item),
        Value::Array(a) => array::contains(interp, a, item),
        Value::Dict(_) => dict::contains(interp, container, item),
        Value::Set(_) | Value::FrozenSet(_) => set::contains(interp, container, item),
        Value::Iterator(_) => return dict::views::contains(interp, container, item),
        _ => return None,
    })
}

/// Whether `v` is a sequence: repeated by `*`, and indexed by a user object's
/// `__index__` (converted before subscription).
pub fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_) | Value::Array(_))
}

/// Whether `obj[key]` is defined for `v` (for `%`-formatting's mapping test).
pub fn is_subscriptable(v: &Value) -> bool {
    matches!(
        v,
        Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::MemoryView(_)
            | Value::Array(_)
            | Value::Dict(_)
    )
}

/// `obj[key]`.
pub fn get_item(interp: &mut Interp, obj: &Value, key: &Value) -> Option<PyResult<Value>> {
    Some(match obj {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::get_item(interp, obj, key),
        Value::MemoryView(m) => memoryview::get_item(interp, m, key),
        Value::Array(a) => array::get_item(interp, a, key),
        Value::Dict(_) => dict::get_item(interp, obj, key),
        _ => return None,
    })
}

/// `obj[a:b:c]` with int or `None` bounds.
pub fn get_slice(
    interp: &mut Interp,
    obj: &Value,
    s: &crate::object::value::SliceValue,
) -> Option<PyResult<Value>> {
    Some(match obj {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::get_slice(interp, obj, s),
        Value::MemoryView(m) => memoryview::get_slice(interp, m, s),
        _ => return None,
    })
}

/// `obj[key] = v`.
pub fn set_item(interp: &mut Interp, obj: &Value, key: &Value, v: Value) -> Option<PyResult<()>> {
    Some(match obj {
        Value::ByteArray(_) => bytes::set_item(interp, obj, key, v),
        Value::MemoryView(m) => memoryview::set_item(interp, m, key, v),
        Value::Array(a) => array::set_item(interp, a, key, v),
        Value::Dict(_) => interp.dict_set(obj, key.clone(), v),
        _ => return None,
    })
}

/// `del obj[key]`.
pub fn del_item(interp: &mut Interp, obj: &Value, key: &Value) -> Option<PyResult<()>> {
    Some(match obj {
        Value::ByteArray(_) => bytes::del_item(interp, obj, key),
        Value::MemoryView(m) => memoryview::del_item(m),
        Value::Array(a) => array::del_item(interp, a, key),
        Value::Dict(_) => dict::del_item(interp, obj, key),
        _ => return None,
    })
}

/// The iterator state `iter(v)` starts from.
pub fn iter(v: &Value) -> Option<PyResult<IterState>> {
    Some(match v {
        Value::Bytes(_) | Value::ByteArray(_) | Value::Array(_) => Ok(IterState::Seq {
            seq: v.clone(),
            index: 0,
        }),
        Value::MemoryView(m) => memoryview::iter(m).map(|()| IterState::Seq {
            seq: v.clone(),
            index: 0,
        }),
        Value::Dict(d) => Ok(dict::iter(d)),
        Value::Set(_) | Value::FrozenSet(_) => Ok(set::iter(v)),
        _ => return None,
    })
}

/// Item `i` of a sequence being iterated; `Ok(None)` past its end.
pub fn seq_item(seq: &Value, i: usize) -> Option<PyResult<Option<Value>>> {
    Some(match seq {
        Value::Bytes(_) | Value::ByteArray(_) => Ok(bytes::item(seq, i)),
        Value::Array(a) => Ok((i < a.len()).then(|| a.get(i))),
        Value::MemoryView(m) => memoryview::item(m, i),
        _ => return None,
    })
}

/// The name of the iterator type `iter(v)` makes, for its repr.
pub fn iterator_name(seq: &Value) -> Option<&'static str> {
    match seq {
        Value::Bytes(_) => Some("bytes_iterator"),
        Value::ByteArray(_) => Some("bytearray_iterator"),
        Value::MemoryView(_) => Some("memory_iterator"),
        Value::Array(_) => Some("arrayiterator"),
        _ => None,
    }
}

/// `a op b` where `a` is one of these types (for repetition, the sequence comes first:
/// `3 * b` arrives as `b, 3`); `None` when the type has no such operator (the generic
/// path raises or tries the reflected form).
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if matches!(a, Value::Iterator(_)) || matches!(b, Value::Iterator(_)) {
        if let Some(r) = dict::views::binary(interp, op, a, b) {
            return Some(r);
        }
    }
    match a {
        Value::Bytes(_) | Value::ByteArray(_) => bytes::binary(interp, op, a, b),
        Value::Array(_) => array::binary(interp, op, a, b),
        Value::MemoryView(_) => memoryview::binary(op, a, b),
        Value::Dict(_) => dict::binary(interp, op, a, b),
        Value::Set(_) | Value::FrozenSet(_) => set::binary(interp, op, a, b),
        _ => None,
    }
}

/// `a op= b` where `a` is mutable and changes in place.
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match a {
        Value::ByteArray(_) => bytes::inplace(interp, op, a, b),
        Value::Array(_) => array::inplace(interp, op, a, b),
        Value::Dict(_) => dict::inplace(interp, op, a, b),
        Value::Set(_) => set::inplace(interp, op, a, b),
        _ => None,
    }
}

/// Truth of a built-in value; `None` for user objects (which need `__bool__`/`__len__`).
pub fn truthy_native(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => f.get() != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Complex(c) => complex::truthy((c.re, c.im)),
        Value::Instance(_) => return None,
        // A class whose metaclass may define `__bool__` or `__len__`.
        Value::Class(c) if c.metaclass.is_some() => return None,
        Value::Iterator(it) if it.borrow().is_view() => {
            if let crate::types::iterator::IterState::DictViewObj { dict, .. } = &*it.borrow() {
                return Some(!dict.borrow().is_empty());
            }
            true
        }
        // A released view's truth raises (its length does): the slow path asks.
        Value::MemoryView(m) if m.is_released() => return None,
        _ => crate::types::dispatch::truthy(v).unwrap_or(true),
    })
}
