//! The set-like dict views, `d.keys()` and `d.items()`: membership through the dict's
//! table, comparison with sets and other set-like views (CPython's
//! `dictview_richcompare`), the set operators `| & - ^` with any iterable and
//! `isdisjoint`. A `d.values()` view compares by identity and finds an item by walking
//! its values.

use std::rc::Rc;

use minipy_syntax::ast::{BinOp, CmpOp};

use super::lookup;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{DictObj, Value};
use crate::types::iterator::{DictView, IterState};
use crate::types::set as set_ops;

/// The dict and kind of a view object.
fn view_of(v: &Value) -> Option<(Rc<DictObj>, DictView)> {
    match v {
        Value::Iterator(it) => match &*it.borrow() {
            IterState::DictViewObj { dict, view } => Some((dict.clone(), *view)),
            _ => None,
        },
        _ => None,
    }
}

/// A keys or items view, which compares as a set does.
fn set_like_view(v: &Value) -> bool {
    matches!(view_of(v), Some((_, DictView::Keys | DictView::Items)))
}

/// A set, a frozenset, or a keys or items view: what a view compares with as a set.
fn set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_)) || set_like_view(v)
}

/// `item in view`: a key is looked up; an item `(k, v)` is its key looked up and its value
/// compared; a value is searched for. `None` when `container` is no view.
pub fn contains(interp: &mut Interp, container: &Value, item: &Value) -> Option<PyResult<bool>> {
    let (dict, view) = view_of(container)?;
    Some(view_contains(interp, &dict, view, item))
}

fn view_contains(
    interp: &mut Interp,
    dict: &Rc<DictObj>,
    view: DictView,
    item: &Value,
) -> PyResult<bool> {
    match view {
        DictView::Keys => Ok(lookup(interp, dict, item)?.is_some()),
        DictView::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [key, value] = &pair[..] else {
                return Ok(false);
            };
            match lookup(interp, dict, key)? {
                Some(found) => Ok(found.is(value) || interp.eq(&found, value)?),
                None => Ok(false),
            }
        }
        DictView::Values => {
            let mut i = 0;
            loop {
                let v = dict.borrow().get_index(i).map(|(_, v)| v.clone());
                let Some(v) = v else { return Ok(false) };
                interp.limits.tick()?;
                if v.is(item) || interp.eq(&v, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
    }
}

/// `a op b` where one side is a keys or items view and the other a set, a frozenset or
/// such a view; `None` for any other pair (which then compares by identity or fails).
pub fn compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if !(set_like_view(a) || set_like_view(b)) || !set_like(a) || !set_like(b) {
        return None;
    }
    Some(compare_sets(interp, op, a, b))
}

fn compare_sets(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (na, nb) = (interp.len(a)?, interp.len(b)?);
    Ok(match op {
        CmpOp::Eq => na == nb && all_contained_in(interp, a, b)?,
        CmpOp::NotEq => !(na == nb && all_contained_in(interp, a, b)?),
        CmpOp::Lt => na < nb && all_contained_in(interp, a, b)?,
        CmpOp::LtE => na <= nb && all_contained_in(interp, a, b)?,
        CmpOp::Gt => na > nb && all_contained_in(interp, b, a)?,
        CmpOp::GtE => na >= nb && all_contained_in(interp, b, a)?,
        _ => false,
    })
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let it = interp.iter(a)?;
    while let Some(item) = interp.next(&it)? {
        if !interp.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn install(interp: &mut Interp) {
    for name in ["dict_keys", "dict_items"] {
        interp.add_methods(name, &[("isdisjoint", isdisjoint)]);
    }
}

/// `a op b` for `|`, `&`, `-` and `^` with a keys or items view on either side (CPython's
/// `dictviews_or`, `_PyDictView_Intersect`, `dictviews_sub`, `dictviews_xor`): a set of
/// the left operand's items, combined with the right operand, any iterable.
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) || !(set_like_view(a) || set_like_view(b))
    {
        return None;
    }
    Some(set_operation(interp, op, a, b).map(Value::Set))
}

fn set_operation(
    interp: &mut Interp,
    op: BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Rc<crate::types::set::table::SetObj>> {
    if op == BinOp::BitAnd {
        return intersect(interp, a, b);
    }
    let result = set_ops::from_iterable(interp, Some(a))?;
    match op {
        BinOp::BitOr => set_ops::update(interp, &result, b)?,
        BinOp::Sub => set_ops::difference_update(interp, &result, b)?,
        _ => set_ops::symmetric_difference_update(interp, &result, b)?,
    }
    Ok(result)
}

/// `_PyDictView_Intersect`: the items of the other operand (the smaller one, when both
/// are views) that the view contains; with a larger exact set, the set's intersection.
fn intersect(
    interp: &mut Interp,
    a: &Value,
    b: &Value,
) -> PyResult<Rc<crate::types::set::table::SetObj>> {
    let (mut view, mut other) = if set_like_view(a) { (a, b) } else { (b, a) };
    let len_view = interp.len(view)?;
    if let Value::Set(s) = other {
        if len_view <= s.len() {
            return set_ops::intersection(interp, s, view);
        }
    }
    if set_like_view(other) && interp.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let Some((dict, kind)) = view_of(view) else {
        return Ok(set_ops::new_set());
    };
    let result = set_ops::new_set();
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        if view_contains(interp, &dict, kind, &item)? {
            set_ops::add_key(interp, &result, item)?;
        }
    }
    Ok(result)
}

/// `view.isdisjoint(other)`: whether no item of `other` is in the view (the smaller of
/// the two is walked when `other` is a set or view, as in CPython).
fn isdisjoint(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("isdisjoint", 1, 1)?;
    let other = &a[0];
    let Some((dict, kind)) = view_of(this) else {
        return Ok(Value::from_bool(true));
    };
    if this.is(other) {
        return Ok(Value::from_bool(dict.borrow().is_empty()));
    }
    if set_like(other) && interp.len(other)? > dict.borrow().len() {
        let it = interp.iter(this)?;
        while let Some(item) = interp.next(&it)? {
            if interp.contains(other, &item)? {
                return Ok(Value::from_bool(false));
            }
        }
        return Ok(Value::from_bool(true));
    }
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        if view_contains(interp, &dict, kind, &item)? {
            return Ok(Value::from_bool(false));
        }
    }
    Ok(Value::from_bool(true))
}
