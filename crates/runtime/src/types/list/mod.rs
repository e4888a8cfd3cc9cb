//! `list` and `tuple`: constructors, subscription and methods.

pub mod sort;

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{ListObj, SliceValue, Value};
use crate::types::sequence;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("list", list_new);
    interp.add_constructor("tuple", tuple_new);
    interp.add_methods(
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("sort", sort),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    interp.add_methods("tuple", &[("index", index), ("count", count)]);
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("list", crate::types::special_methods::COMMON);
    interp.add_methods("list", crate::types::special_methods::CONTAINER);
    interp.add_methods("list", crate::types::special_methods::MUTABLE);
    interp.add_methods("tuple", crate::types::special_methods::COMMON);
    interp.add_methods("tuple", crate::types::special_methods::CONTAINER);
}

fn list_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("list")?;
    let a = args.range("list", 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(interp.collect(v)?)),
    }
}

fn tuple_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("tuple")?;
    let a = args.range("tuple", 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(interp.collect(v)?)),
    }
}

fn this_list(v: &Value) -> PyResult<&Rc<crate::object::value::ListObj>> {
    match v {
        Value::List(l) => Ok(l),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `l[a:b:c]`: the bounds are converted before the list is read (`__index__` may
/// resize it).
pub fn get_slice(interp: &mut Interp, l: &ListObj, s: &SliceValue) -> PyResult<Value> {
    let u = sequence::unpack(interp, s)?;
    let items = l.borrow();
    let sl = u.adjust(items.len());
    sequence::charge_items(interp, sl.count)?;
    Ok(Value::list(sequence::take(&items, &sl)))
}

/// `t[a:b:c]` for a tuple.
pub fn tuple_slice(interp: &mut Interp, items: &[Value], s: &SliceValue) -> PyResult<Value> {
    let sl = sequence::slice(interp, s, items.len())?;
    sequence::charge_items(interp, sl.count)?;
    Ok(Value::tuple(sequence::take(items, &sl)))
}

/// `seq[i]` for a list or tuple and a non-slice key.
pub fn get_item(items: &[Value], key: &Value, what: &str) -> PyResult<Value> {
    let i = match key {
        Value::Int(i) => *i,
        other => sequence::index_operand(other, what)?,
    };
    match sequence::index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => Err(messages::index_out_of_range(what)),
    }
}

/// The items of the value assigned to a list slice (`PySequence_Fast`): only a
/// TypeError from asking for an iterator becomes `msg`.
fn assigned_items(interp: &mut Interp, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => sequence::clone_items(interp, &l.borrow()),
        Value::Tuple(t) => sequence::clone_items(interp, t),
        _ => {
            let it = interp.iter(v).map_err(|e| {
                if e.pending_kind() == Some(ExcKind::TypeError) {
                    PyErr::type_error(msg)
                } else {
                    e
                }
            })?;
            interp.collect(&it)
        }
    }
}

pub fn set_item(interp: &mut Interp, l: &Rc<ListObj>, key: &Value, v: Value) -> PyResult<()> {
    match key {
        Value::Slice(s) => {
            let u = sequence::unpack(interp, s)?;
            let sl = u.adjust(l.borrow().len());
            if sl.step == 1 {
                let new = assigned_items(interp, &v, "can only assign an iterable")?;
                // Iterating the value may have resized the list: clamp again (as
                // CPython's list_ass_slice does).
                let mut items = l.borrow_mut();
                let n = items.len();
                let lo = (sl.start.max(0) as usize).min(n);
                let hi = ((sl.start.max(0) as usize).saturating_add(sl.count)).clamp(lo, n);
                // The items after the slice move too.
                sequence::charge_items(interp, n - hi + (hi - lo))?;
                items.splice(lo..hi, new);
                return Ok(());
            }
            let new = assigned_items(interp, &v, "must assign iterable to extended slice")?;
            // Resolved again: iterating the value may have resized the list (CPython
            // would then write past its end).
            let mut items = l.borrow_mut();
            let sl = u.adjust(items.len());
            sequence::assign_slice(&mut items, &sl, new, "sequence")
        }
        _ => {
            let i = sequence::index_operand(key, "list")?;
            let mut items = l.borrow_mut();
            let len = items.len();
            match sequence::index(i, len) {
                Some(j) => {
                    items[j] = v;
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
    }
}

pub fn del_item(interp: &mut Interp, l: &Rc<ListObj>, key: &Value) -> PyResult<()> {
    match key {
        Value::Slice(s) => {
            let u = sequence::unpack(interp, s)?;
            let mut items = l.borrow_mut();
            let sl = u.adjust(items.len());
            sequence::charge_items(interp, sl.count + (items.len() - sl.count) / 8)?;
            let kept = sequence::delete_slice(&mut items, &sl);
            items.truncate(kept);
            Ok(())
        }
        _ => {
            let i = sequence::index_operand(key, "list")?;
            let len = l.borrow().len();
            match sequence::index(i, len) {
                Some(j) => {
                    l.borrow_mut().remove(j);
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
    }
}

fn append(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("append", 1, 1)?;
    this_list(this)?.borrow_mut().push(a[0].clone());
    Ok(Value::None)
}

fn extend(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("extend", 1, 1)?;
    extend_list(interp, this_list(this)?, &a[0])?;
    Ok(Value::None)
}

/// `l.extend(x)` and `l += x`: a list or tuple is copied at once; other iterables are
/// appended item by item, so an iterator that looks at or resizes the list sees each
/// append, as in CPython.
pub fn extend_list(interp: &mut Interp, l: &ListObj, v: &Value) -> PyResult<()> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Str(_) => {
            let items = interp.collect(v)?;
            l.borrow_mut().extend(items);
        }
        _ => {
            let it = interp.iter(v)?;
            while let Some(x) = interp.next(&it)? {
                let mut items = l.borrow_mut();
                interp.reserve_one(&mut items)?;
                items.push(x);
            }
        }
    }
    Ok(())
}

fn pop(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("pop", 0, 1)?;
    let l = this_list(this)?;
    // The index is converted first: its `__index__` may resize the list.
    let i = match a.first() {
        Some(v) => crate::types::numbers::index::ssize_arg(interp, v)?,
        None => -1,
    };
    let len = l.borrow().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    match sequence::index(i, len) {
        Some(j) => Ok(l.borrow_mut().remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

/// Where `insert(i, x)` puts `x` in a sequence of `len` items.
pub fn insert_position(i: i64, len: usize) -> usize {
    let n = len as i64;
    (if i < 0 {
        i.saturating_add(n).max(0)
    } else {
        i.min(n)
    }) as usize
}

fn insert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("insert", 2, 2)?;
    let l = this_list(this)?;
    let i = crate::types::numbers::index::ssize_arg(interp, &a[0])?;
    let mut items = l.borrow_mut();
    let j = insert_position(i, items.len());
    items.insert(j, a[1].clone());
    Ok(Value::None)
}

/// Item `i` of a list or tuple as it is now (`None` past its end: a comparison may
/// have shrunk the list).
pub fn item_at(this: &Value, i: usize) -> Option<Value> {
    match this {
        Value::List(l) => l.borrow().get(i).cloned(),
        Value::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

fn current_len(this: &Value) -> usize {
    match this {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        _ => 0,
    }
}

fn remove(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("remove", 1, 1)?;
    let l = this_list(this)?;
    let mut i = 0;
    while let Some(v) = item_at(this, i) {
        interp.limits.tick()?;
        if v.is(&a[0]) || interp.eq(&v, &a[0])? {
            let mut items = l.borrow_mut();
            if i < items.len() {
                sequence::charge_items(interp, (items.len() - i) / 8)?;
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("index", 1, 3)?;
    let start = match a.get(1) {
        Some(v) => crate::types::numbers::index::slice_index_not_none(interp, v)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => crate::types::numbers::index::slice_index_not_none(interp, v)?,
        None => i64::MAX,
    };
    // Negative bounds count from the length after both were converted.
    let (mut i, stop) = crate::types::sequence::search_bounds(start, stop, current_len(this));
    while i < stop {
        let Some(v) = item_at(this, i) else { break };
        interp.limits.tick()?;
        if v.is(&a[0]) || interp.eq(&v, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    if matches!(this, Value::List(_)) {
        let x = interp.repr(&a[0])?;
        return Err(PyErr::value_error(format!("{x} is not in list")));
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("count", 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item_at(this, i) {
        interp.limits.tick()?;
        if v.is(&a[0]) || interp.eq(&v, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("reverse", 0, 0)?;
    let l = this_list(this)?;
    sequence::charge_items(interp, l.borrow().len() / 4)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = crate::types::list::sort::sort_options(interp, args)?;
    let l = this_list(this)?;
    // As in CPython, the list is empty while it is sorted; whatever the key function or
    // the comparisons put in it is discarded, and reported.
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = match sequence::clone_items(interp, &items) {
        Ok(copy) => crate::types::list::sort::sort_values(interp, copy, &key, reverse),
        Err(e) => Err(e),
    };
    let meddled = {
        let during = std::mem::take(&mut *l.borrow_mut());
        !during.is_empty() || during.capacity() != 0
    };
    match sorted {
        Ok(s) => {
            *l.borrow_mut() = s;
            if meddled {
                return Err(PyErr::value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn clear(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    this_list(this)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("copy", 0, 0)?;
    Ok(Value::list(sequence::clone_items(
        interp,
        &this_list(this)?.borrow(),
    )?))
}

/// `x == y` for two lists of the same length, item by item from the live lists (an
/// item's `__eq__` may resize either): when one runs out, the lengths decide, as CPython.
pub fn live_eq(interp: &mut Interp, x: &ListObj, y: &ListObj) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let pair = match (x.borrow().get(i), y.borrow().get(i)) {
            (Some(p), Some(q)) => (p.clone(), q.clone()),
            _ => break,
        };
        interp.limits.tick()?;
        if !pair.0.is(&pair.1) && !interp.eq(&pair.0, &pair.1)? {
            return Ok(false);
        }
        i += 1;
    }
    Ok(x.borrow().len() == y.borrow().len())
}
