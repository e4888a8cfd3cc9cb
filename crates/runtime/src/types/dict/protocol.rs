//! dict's protocol hooks (called from `types/dispatch.rs`): length, repr, equality,
//! membership, subscription, iteration and `|`, `|=`.

use std::rc::Rc;

use minipy_syntax::ast::BinOp;

use super::{find, lookup};
use crate::error::messages;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::{DictObj, Value};
use crate::types::dict::table::KeyRef;
use crate::types::iterator::{DictView, IterState};

impl Value {
    /// The table of a dict.
    #[inline]
    pub fn as_dict(&self) -> Option<&Rc<DictObj>> {
        match self {
            Value::Dict(d) => Some(d),
            Value::Instance(i) => i.native.as_ref()?.as_dict(),
            _ => None,
        }
    }
}

pub fn len(v: &Value) -> usize {
    v.as_dict().map_or(0, |d| d.borrow().len())
}

pub fn repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let Some(d) = v.as_dict() else {
        return Ok(String::new());
    };
    interp.repr_nested(v, "{...}", |interp| {
        let items = crate::types::dict::table::items(&d.borrow());
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            parts.push(format!("{}: {}", interp.repr(&k)?, interp.repr(&v)?));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    })
}

/// `a == b` without the interpreter: only another dict needs its values compared.
pub fn native_eq(b: &Value) -> Option<bool> {
    match b {
        Value::Dict(_) => None,
        _ => Some(false),
    }
}

/// Two dicts are equal when they hold the same keys with equal values.
pub fn eq(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (a.as_dict(), b.as_dict()) else {
        return Ok(false);
    };
    let (x, y) = (x.clone(), y.clone());
    interp.recurse("in comparison", |interp| dict_eq(interp, &x, &y))
}

fn dict_eq(
    interp: &mut Interp,
    x: &Rc<crate::object::value::DictObj>,
    y: &Rc<crate::object::value::DictObj>,
) -> PyResult<bool> {
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    crate::types::sequence::charge_items(interp, x.borrow().len())?;
    // Entry by entry, read afresh each time: comparing values runs Python code, which
    // may change either dict. A key's stored hash finds it in `y` without hashing again;
    // an instance key is looked up with its own `__eq__`.
    for i in 0.. {
        interp.limits.tick()?;
        let (v, other) = {
            let xs = x.borrow();
            let Some((k, v)) = xs.get_index(i) else {
                return Ok(true);
            };
            if matches!(k.value, Value::Instance(_)) {
                let (k, v) = (k.value.clone(), v.clone());
                drop(xs);
                (v, lookup(interp, y, &k)?)
            } else {
                let probe = KeyRef {
                    hash: k.hash,
                    value: &k.value,
                };
                (v.clone(), y.borrow().get(&probe).cloned())
            }
        };
        match other {
            Some(o) if o.is(&v) || interp.eq(&v, &o)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

pub fn contains(interp: &mut Interp, d: &Value, key: &Value) -> PyResult<bool> {
    match d.as_dict() {
        Some(d) => Ok(lookup(interp, d, key)?.is_some()),
        None => Ok(false),
    }
}

pub fn get_item(interp: &mut Interp, d: &Value, key: &Value) -> PyResult<Value> {
    let found = match d.as_dict() {
        Some(d) => lookup(interp, d, key)?,
        None => None,
    };
    found.ok_or_else(|| messages::key_error(key.clone()))
}

pub fn del_item(interp: &mut Interp, d: &Value, key: &Value) -> PyResult<()> {
    let Some(d) = d.as_dict() else {
        return Err(messages::key_error(key.clone()));
    };
    match find(interp, d, key)?.1 {
        Some(i) => {
            d.borrow_mut().shift_remove_index(i);
            Ok(())
        }
        None => Err(messages::key_error(key.clone())),
    }
}

/// Iterating a dict yields its keys.
pub fn iter(d: &Rc<DictObj>) -> IterState {
    let len = d.borrow().len();
    IterState::Dict {
        dict: d.clone(),
        index: 0,
        view: DictView::Keys,
        len,
    }
}

/// `a | b`: a new dict with `b`'s items over `a`'s.
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if op != BinOp::BitOr || b.as_dict().is_none() {
        return None;
    }
    let d = Value::dict(crate::types::dict::table::new_dict());
    Some(
        interp
            .dict_update(&d, a)
            .and_then(|_| interp.dict_update(&d, b))
            .map(|_| d),
    )
}

/// `a |= b`, in place.
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if op != BinOp::BitOr || b.as_dict().is_none() {
        return None;
    }
    Some(interp.dict_update(a, b).map(|_| a.clone()))
}
