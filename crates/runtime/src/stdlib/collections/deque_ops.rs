//! `collections.deque`'s searches, comparisons, arithmetic, repr and pickling support
//! (the data and its changes are in `deque.rs`).

use std::rc::Rc;

use minipy_syntax::ast::CmpOp;

use crate::error::{messages, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Descriptor;
use crate::object::value::Value;
use crate::types::numbers::index::index_i64_overflow;
use crate::types::sequence::{charge_items, CHUNK_ITEMS};

use super::deque::{
    as_deque, clear_items, copy_of, deque_of, extend_with, items_of, method_args, own_iter,
    push_all, slot_args, Deque,
};
use super::deque_iter::{self, Cursor};

/// Whether item `item` equals `x` (`PyObject_RichCompareBool`: identity first).
#[inline]
pub(super) fn matches(interp: &mut Interp, item: &Value, x: &Value) -> PyResult<bool> {
    interp.limits.tick()?;
    Ok(item.is(x) || interp.eq(item, x)?)
}

pub(super) fn mutated() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "deque mutated during iteration")
}

/// `d.remove(x)`: a change made by the comparison is an IndexError, as in CPython.
pub(super) fn remove(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "remove", 1, 1)?;
    let d = deque_of(this, "remove")?;
    let start = d.state.get();
    let n = d.len();
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let found = matches(interp, &item, &a[0])?;
        if d.state.get() != start {
            return Err(PyErr::index_error("deque mutated during iteration"));
        }
        if found {
            delete_at(interp, &d, i)?;
            return Ok(Value::None);
        }
    }
    let x = interp.repr(&a[0])?;
    Err(PyErr::value_error(format!("{x} is not in deque")))
}

pub(super) fn delete_at(interp: &mut Interp, d: &Deque, i: usize) -> PyResult<()> {
    let n = d.len();
    charge_items(interp, i.min(n - i) / 8)?;
    let old = d.items.borrow_mut().remove(i);
    d.moved();
    drop(old);
    Ok(())
}

/// `d.index(x[, start[, stop]])`.
pub(super) fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("deque.index")?;
    let a = args.range_old("index", 1, 3)?;
    let d = deque_of(this, "index")?;
    let bound = |interp: &mut Interp, v: Option<&Value>, default: i64| match v {
        Some(v) => crate::types::numbers::index::slice_index_not_none(interp, v),
        None => Ok(default),
    };
    let start = bound(interp, a.get(1), 0)?;
    let stop = bound(interp, a.get(2), i64::MAX)?;
    let n = d.len();
    let (start, stop) = crate::types::sequence::search_bounds(start, stop, n);
    let stop = stop.min(n);
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        if matches(interp, &item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    let x = interp.repr(&a[0])?;
    Err(PyErr::value_error(format!("{x} is not in deque")))
}

pub(super) fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "count", 1, 1)?;
    let d = deque_of(this, "count")?;
    let state = d.state.get();
    let mut found = 0;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if matches(interp, &item, &a[0])? {
            found += 1;
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    Ok(Value::Int(found))
}

pub(super) fn contains(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__contains__", 1)?;
    let d = deque_of(this, "__contains__")?;
    let state = d.state.get();
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if matches(interp, &item, &a[0])? {
            return Ok(Value::from_bool(true));
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    Ok(Value::from_bool(false))
}

pub(super) fn iter(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    slot_args(&args, "__iter__", 0)?;
    let d = deque_of(this, "__iter__")?;
    deque_iter::new_iter(interp, this, d, false)
}

pub(super) fn reversed(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__reversed__", 0, 0)?;
    let d = deque_of(this, "__reversed__")?;
    deque_iter::new_iter(interp, this, d, true)
}

/// `deque([1, 2])`, `deque([], maxlen=3)`; `[...]` for a deque inside itself.
pub(super) fn repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    slot_args(&args, "__repr__", 0)?;
    let d = deque_of(this, "__repr__")?;
    let text = interp.repr_nested(this, "[...]", |interp| {
        let items = items_of(interp, this, &d)?;
        let body = interp.repr_items(&items)?;
        let name = match this {
            Value::Instance(i) => i.class.name().to_string(),
            _ => "deque".into(),
        };
        Ok(match d.maxlen.get() {
            Some(m) => format!("{name}([{body}], maxlen={m})"),
            None => format!("{name}([{body}])"),
        })
    })?;
    Ok(Value::str(text))
}

/// An iteration over a deque: its own cursor, or a subclass's `__iter__`.
enum Walk {
    Own(Cursor),
    Other(Value),
}

impl Walk {
    fn new(interp: &mut Interp, v: &Value, d: Rc<Deque>) -> PyResult<Walk> {
        if own_iter(interp, v) {
            return Ok(Walk::Own(Cursor::new(d, false)));
        }
        interp.iter(v).map(Walk::Other)
    }

    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        match self {
            Walk::Own(c) => c.next(),
            Walk::Other(it) => interp.next(it),
        }
    }
}

/// A rich comparison of two deques, item by item as CPython's iterators go (a change
/// to either on the way raises); anything else is NotImplemented.
pub(super) fn compare(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    (op, name): (CmpOp, &str),
) -> PyResult<Value> {
    let a = slot_args(&args, name, 1)?;
    let (Some(v), Some(w)) = (as_deque(this), as_deque(&a[0])) else {
        return Ok(Value::NotImplemented);
    };
    let same = this.is(&a[0]);
    let differ = v.len() != w.len();
    match op {
        CmpOp::Eq if same || differ => return Ok(Value::from_bool(same)),
        CmpOp::NotEq if same || differ => return Ok(Value::from_bool(!same)),
        _ => {}
    }
    let it1 = Walk::new(interp, this, v)?;
    let it2 = Walk::new(interp, &a[0], w)?;
    let (x, y) = loop {
        let x = it1.next(interp)?;
        let y = it2.next(interp)?;
        let (Some(p), Some(q)) = (&x, &y) else {
            break (x, y);
        };
        if !matches(interp, p, q)? {
            let r = interp.compare(op, p, q)?;
            return Ok(Value::from_bool(interp.truthy(&r)?));
        }
    };
    let (x_left, y_left) = (x.is_some(), y.is_some());
    Ok(Value::from_bool(match op {
        CmpOp::Lt => y_left,
        CmpOp::LtE => !x_left,
        CmpOp::Eq => x_left == y_left,
        CmpOp::NotEq => x_left != y_left,
        CmpOp::Gt => x_left,
        _ => !y_left,
    }))
}

pub(super) fn eq(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::Eq, "__eq__"))
}

pub(super) fn ne(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::NotEq, "__ne__"))
}

pub(super) fn lt(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::Lt, "__lt__"))
}

pub(super) fn le(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::LtE, "__le__"))
}

pub(super) fn gt(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::Gt, "__gt__"))
}

pub(super) fn ge(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    compare(interp, this, args, (CmpOp::GtE, "__ge__"))
}

/// Whether `other` is an object whose class defines `name` (its reflected operation):
/// CPython tries that before the deque's sequence operation, which then raises.
pub(super) fn defers_to(interp: &mut Interp, other: &Value, name: &str) -> bool {
    let key = interp.intern(name);
    matches!(other, Value::Instance(_)) && interp.special_method(other, key).is_some()
}

/// `d + other`: another deque's items after a copy of `d`.
pub(super) fn add(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__add__", 1)?;
    let d = deque_of(this, "__add__")?;
    if as_deque(&a[0]).is_none() {
        if defers_to(interp, &a[0], "__radd__") {
            return Ok(Value::NotImplemented);
        }
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            a[0].type_name()
        )));
    }
    let new = copy_of(interp, this, &d)?;
    if let Some(nd) = as_deque(&new) {
        extend_with(interp, &nd, &new, &a[0], false)?;
    }
    Ok(new)
}

pub(super) fn iadd(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__iadd__", 1)?;
    let d = deque_of(this, "__iadd__")?;
    extend_with(interp, &d, this, &a[0], false)?;
    Ok(this.clone())
}

/// The count of `d * n`; `None` where another operation must be tried.
pub(super) fn repeat_count(
    interp: &mut Interp,
    n: &Value,
    reflected: &str,
) -> PyResult<Option<i64>> {
    if crate::types::numbers::index::has_index(interp, n) {
        return index_i64_overflow(interp, n).map(Some);
    }
    if defers_to(interp, n, reflected) {
        return Ok(None);
    }
    Err(messages::cant_multiply_sequence(n.type_name()))
}

/// `d *= n` in place: `n` times the items, as many as fit under `maxlen`.
pub(super) fn repeat_in_place(
    interp: &mut Interp,
    this: &Value,
    d: &Deque,
    n: i64,
) -> PyResult<()> {
    let size = d.len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        clear_items(d);
        return Ok(());
    }
    let n = n as u64;
    let max = d.maxlen.get().map_or(u64::MAX, |m| m as u64);
    // The items added: all of them when unbounded, else enough rounds to fill `maxlen`.
    let total = (size as u64).saturating_mul(n);
    if max == u64::MAX {
        let bytes = total.saturating_mul(std::mem::size_of::<Value>() as u64);
        interp
            .limits
            .check_alloc(usize::try_from(bytes).unwrap_or(usize::MAX))?;
    }
    let rounds = if total > max {
        max.div_ceil(size as u64)
    } else {
        n
    };
    let seq = items_of(interp, this, d)?;
    for _ in 1..rounds {
        let mut done = 0;
        while done < seq.len() {
            let end = (done + CHUNK_ITEMS).min(seq.len());
            charge_items(interp, end - done)?;
            push_all(interp, d, seq[done..end].to_vec(), false)?;
            done = end;
        }
    }
    Ok(())
}

pub(super) fn mul(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__mul__", 1)?;
    let d = deque_of(this, "__mul__")?;
    let Some(n) = repeat_count(interp, &a[0], "__rmul__")? else {
        return Ok(Value::NotImplemented);
    };
    let new = copy_of(interp, this, &d)?;
    if let Some(nd) = as_deque(&new) {
        repeat_in_place(interp, &new, &nd, n)?;
    }
    Ok(new)
}

pub(super) fn imul(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__imul__", 1)?;
    let d = deque_of(this, "__imul__")?;
    let Some(n) = repeat_count(interp, &a[0], "__rmul__")? else {
        return Ok(Value::NotImplemented);
    };
    repeat_in_place(interp, this, &d, n)?;
    Ok(this.clone())
}

/// `(type(d), (), state, iter(d))`, the arguments `((), maxlen)` when bounded; the state
/// is what `object.__getstate__` gives (None for a plain deque).
pub(super) fn reduce(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__reduce__", 0, 0)?;
    let d = deque_of(this, "__reduce__")?;
    let state = getstate(interp, this)?;
    let it = interp.iter(this)?;
    let cls = Value::Class(interp.type_of(this));
    let args = match d.maxlen.get() {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    Ok(Value::tuple(vec![cls, args, state, it]))
}

/// `obj.__getstate__()`: a subclass's own, else the instance dict (None when empty),
/// paired with the set slots' values when the classes have slots.
fn getstate(interp: &mut Interp, this: &Value) -> PyResult<Value> {
    let Value::Instance(inst) = this else {
        return Ok(Value::None);
    };
    let key = interp.intern("__getstate__");
    if inst.class.lookup_user(key).is_some() {
        let f = interp.get_attr(this, key)?;
        return interp.call(&f, vec![], vec![]);
    }
    let mut state = Value::None;
    if let Some(dict) = interp.get_attr_optional(this, "__dict__")? {
        if interp.len(&dict)? > 0 {
            state = dict;
        }
    }
    let mut names = Vec::new();
    for c in std::iter::once(&inst.class).chain(inst.class.mro.iter()) {
        for (name, v) in c.dict.borrow().iter() {
            if let Value::Descriptor(desc) = v {
                if matches!(**desc, Descriptor::Slot { .. }) && !names.contains(name) {
                    names.push(*name);
                }
            }
        }
    }
    let slots = Value::dict(crate::types::dict::table::new_dict());
    let mut any = false;
    for name in names {
        let text = interp.name(name).to_string();
        if let Some(v) = interp.get_attr_optional(this, &text)? {
            interp.dict_set(&slots, Value::str(text), v)?;
            any = true;
        }
    }
    Ok(if any {
        Value::tuple(vec![state, slots])
    } else {
        state
    })
}

/// `d.__sizeof__()`: CPython's count for its blocks of 64 items (the first item at
/// the middle of its first block), close to but not always its figure.
pub(super) fn sizeof(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__sizeof__", 0, 0)?;
    let d = deque_of(this, "__sizeof__")?;
    let blocks = (d.len() + 1).div_ceil(64);
    Ok(Value::Int(216 + 528 * blocks.max(1) as i64))
}
