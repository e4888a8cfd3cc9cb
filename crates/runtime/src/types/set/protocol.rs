//! set's and frozenset's protocol hooks (called from `types/dispatch.rs`): length,
//! repr, hash, equality, membership, iteration and the operators `| & - ^` and their
//! in-place forms.

use minipy_syntax::ast::BinOp;

use super::set_operator;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::dict::table::{Dict, HashKey};
use crate::types::iterator::{DictView, IterState};

impl Value {
    /// The table of a (mutable) set.
    pub fn as_set(&self) -> Option<&std::rc::Rc<crate::object::value::DictObj>> {
        match self {
            Value::Set(d) => Some(d),
            Value::Instance(i) => i.native.as_ref()?.as_set(),
            _ => None,
        }
    }
}

pub fn len(v: &Value) -> usize {
    match v {
        Value::Set(d) => d.borrow().len(),
        Value::FrozenSet(d) => d.len(),
        _ => 0,
    }
}

fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::Set(d) => d.borrow().keys().map(|k| k.value.clone()).collect(),
        Value::FrozenSet(d) => d.keys().map(|k| k.value.clone()).collect(),
        _ => Vec::new(),
    }
}

pub fn repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let frozen = matches!(v, Value::FrozenSet(_));
    interp.repr_nested(v, "...", |interp| {
        let items = items(v);
        Ok(match (items.is_empty(), frozen) {
            (true, false) => "set()".into(),
            (true, true) => "frozenset()".into(),
            (false, false) => format!("{{{}}}", interp.repr_items(&items)?),
            (false, true) => format!("frozenset({{{}}})", interp.repr_items(&items)?),
        })
    })
}

/// CPython's frozenset hash: independent of the order of the items.
pub fn frozenset_hash(set: &Dict) -> i64 {
    let mut acc: u64 = 0;
    for k in set.keys() {
        let h = k.hash as u64;
        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    acc as i64
}

/// Equality of two frozensets used as dict keys.
pub fn keys_equal(x: &Dict, y: &Dict) -> bool {
    x.len() == y.len()
        && stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            x.keys().all(|k| y.contains_key(k))
        })
}

pub fn contains(interp: &mut Interp, s: &Value, item: &Value) -> PyResult<bool> {
    match s {
        Value::Set(d) => Ok(crate::types::dict::lookup(interp, d, item)?.is_some()),
        Value::FrozenSet(d) => {
            let key = interp.hash_key(item)?;
            Ok(d.contains_key(&key))
        }
        _ => Ok(false),
    }
}

pub fn iter(v: &Value) -> IterState {
    match v {
        Value::Set(d) => IterState::Dict {
            dict: d.clone(),
            index: 0,
            view: DictView::Keys,
            len: d.borrow().len(),
            is_set: true,
        },
        Value::FrozenSet(s) => IterState::FrozenSet {
            set: s.clone(),
            index: 0,
        },
        _ => IterState::Exhausted,
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    set_operator(op, a, b).map(Ok)
}

/// `a |= b` (and `&=`, `-=`, `^=`) on a set, in place.
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let Value::Set(s) = a else { return None };
    let r = set_operator(op, a, b)?;
    if let Value::Set(new) = r {
        let taken = std::mem::take(&mut *new.borrow_mut());
        *s.borrow_mut() = taken;
    }
    Some(Ok(a.clone()))
}

/// `a == b` for a set `a`: same items (a set equals a frozenset with the same items).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    let keys = |v: &Value| -> Option<Vec<HashKey>> {
        match v {
            Value::Set(d) => Some(
                d.borrow()
                    .keys()
                    .map(|k| HashKey {
                        hash: k.hash,
                        value: k.value.clone(),
                    })
                    .collect(),
            ),
            Value::FrozenSet(d) => Some(
                d.keys()
                    .map(|k| HashKey {
                        hash: k.hash,
                        value: k.value.clone(),
                    })
                    .collect(),
            ),
            _ => None,
        }
    };
    let (Some(x), Some(y)) = (keys(a), keys(b)) else {
        return Some(false);
    };
    Some(x.len() == y.len() && x.iter().all(|k| y.contains(k)))
}
