//! set's and frozenset's protocol hooks (called from `types/dispatch.rs`): length,
//! repr, hash, equality and order, membership, iteration and the operators `| & - ^`
//! and their in-place forms.

use std::rc::Rc;

use minipy_syntax::ast::{BinOp, CmpOp};

use super::ops::{self, any_set};
use super::table::SetObj;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::iterator::IterState;

impl Value {
    /// The table of a (mutable) set.
    pub fn as_set(&self) -> Option<&Rc<SetObj>> {
        match self {
            Value::Set(d) => Some(d),
            Value::Instance(i) => i.native.as_ref()?.as_set(),
            _ => None,
        }
    }
}

pub fn len(v: &Value) -> usize {
    any_set(v).map_or(0, |s| s.len())
}

pub fn repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let Some(so) = any_set(v) else {
        return Ok(String::new());
    };
    let frozen = matches!(v, Value::FrozenSet(_));
    let placeholder = if frozen { "frozenset(...)" } else { "set(...)" };
    interp.repr_nested(v, placeholder, |interp| {
        let items = so.table.borrow().keys();
        Ok(match (items.is_empty(), frozen) {
            (true, false) => "set()".into(),
            (true, true) => "frozenset()".into(),
            (false, false) => format!("{{{}}}", interp.repr_items(&items)?),
            (false, true) => format!("frozenset({{{}}})", interp.repr_items(&items)?),
        })
    })
}

/// A frozenset's hash (CPython's algorithm), computed once.
pub fn frozenset_hash(so: &SetObj) -> i64 {
    if let Some(h) = so.hash.get() {
        return h;
    }
    let h = super::table::frozenset_hash(&so.table.borrow());
    so.hash.set(Some(h));
    h
}

/// Equality of two frozensets used as dict keys (no Python code runs).
pub fn keys_equal(x: &SetObj, y: &SetObj) -> bool {
    let (x, y) = (x.table.borrow(), y.table.borrow());
    x.len() == y.len()
        && stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            x.entries().iter().all(|(k, h)| y.contains_native(*h, k))
        })
}

/// `item in s`.
pub fn contains(interp: &mut Interp, s: &Value, item: &Value) -> PyResult<bool> {
    let Some(so) = any_set(s) else {
        return Ok(false);
    };
    let (key, hash) = ops::lookup_key(interp, item)?;
    Ok(ops::lookup(interp, so, &key, hash)?.is_some())
}

pub fn iter(v: &Value) -> IterState {
    match any_set(v) {
        Some(so) => IterState::Set {
            set: so.clone(),
            pos: 0,
            used: so.len(),
        },
        None => IterState::Exhausted,
    }
}

/// The next item of a set iterator; `Ok(None)` at the end. A set whose size changed
/// since the iterator started raises, and keeps raising.
pub fn next(set: &SetObj, pos: &mut usize, used: &mut usize) -> PyResult<Option<Value>> {
    let t = set.table.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Set changed size during iteration",
        ));
    }
    match t.next_from(*pos) {
        Some((i, k)) => {
            *pos = i + 1;
            Ok(Some(k.clone()))
        }
        None => Ok(None),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`: both must be sets (else the generic path raises
/// or tries the reflected operator).
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (so, other) = (any_set(a)?, any_set(b)?);
    let result = match op {
        BinOp::BitOr => ops::copy_of(interp, so).and_then(|r| {
            if Rc::ptr_eq(so, other) {
                Ok(r)
            } else {
                ops::merge(interp, &r, other).map(|()| r)
            }
        }),
        BinOp::BitAnd => ops::intersection(interp, so, b),
        BinOp::Sub => ops::difference(interp, so, b),
        BinOp::BitXor => ops::symmetric_difference(interp, so, b),
        _ => return None,
    };
    Some(result.map(|r| super::make_like(a, r)))
}

/// `a |= b` (and `&=`, `-=`, `^=`) on a set, in place; `b` must be a set too.
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (Value::Set(so), Some(_)) = (a, any_set(b)) else {
        return None;
    };
    let done = match op {
        BinOp::BitOr => ops::update(interp, so, b),
        BinOp::BitAnd => ops::intersection(interp, so, b).map(|r| ops::replace_contents(so, &r)),
        BinOp::Sub => ops::difference_update(interp, so, b),
        BinOp::BitXor => ops::symmetric_difference_update(interp, so, b),
        _ => return None,
    };
    Some(done.map(|()| a.clone()))
}

/// `a == b` without the interpreter: a set never equals a non-set, nor a set of another
/// size; otherwise `None` (the items compare with `==`).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    match (any_set(a), any_set(b)) {
        (Some(x), Some(y)) if Rc::ptr_eq(x, y) => Some(true),
        (Some(x), Some(y)) if x.len() != y.len() => Some(false),
        (Some(_), Some(_)) => None,
        _ => Some(false),
    }
}

/// `a == b` for two sets.
pub fn eq(interp: &mut Interp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = (any_set(a)?, any_set(b)?);
    Some(ops::equal(interp, x, y))
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` between sets: subset and superset tests.
pub fn compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = (any_set(a)?, any_set(b)?);
    Some(match op {
        CmpOp::LtE => ops::issubset(interp, x, b),
        CmpOp::GtE => ops::issuperset(interp, x, b),
        CmpOp::Lt if x.len() >= y.len() => Ok(false),
        CmpOp::Lt => ops::issubset(interp, x, b),
        CmpOp::Gt if x.len() <= y.len() => Ok(false),
        CmpOp::Gt => ops::issuperset(interp, x, b),
        _ => return None,
    })
}
