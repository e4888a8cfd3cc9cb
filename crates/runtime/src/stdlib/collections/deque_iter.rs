//! The deque's iterators, `_collections._deque_iterator` and `_deque_reverse_iterator`.
//! An iterator counts the items it has left; while the deque's state is the one it saw
//! at its start no item moved, so the next one's position follows from that count.

use std::cell::Cell;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class};
use crate::object::function::MethodImpl;
use crate::object::intern::sym;
use crate::object::value::Value;

use super::deque::{as_deque, method_args, slot_args, Deque};
use super::deque_ops::mutated;

const NAMES: [&str; 2] = ["_deque_iterator", "_deque_reverse_iterator"];

/// Where an iteration over a deque is: what the iterators and comparisons step with.
pub(super) struct Cursor {
    deque: Rc<Deque>,
    /// The deque's state at the start.
    state: u64,
    /// Its length then.
    len: usize,
    /// Items not yet given.
    left: Cell<usize>,
    reverse: bool,
}

impl Cursor {
    pub(super) fn new(deque: Rc<Deque>, reverse: bool) -> Cursor {
        let (state, len) = (deque.state.get(), deque.len());
        Cursor {
            deque,
            state,
            len,
            left: Cell::new(len),
            reverse,
        }
    }

    /// The next item: `None` at the end, RuntimeError once the deque changed (then the
    /// end for good). As CPython's, the reverse iterator looks at the count first.
    pub(super) fn next(&self) -> PyResult<Option<Value>> {
        let left = self.left.get();
        if self.reverse && left == 0 {
            return Ok(None);
        }
        if self.deque.state.get() != self.state {
            self.left.set(0);
            return Err(mutated());
        }
        if left == 0 {
            return Ok(None);
        }
        let at = if self.reverse {
            left - 1
        } else {
            self.len - left
        };
        self.left.set(left - 1);
        Ok(self.deque.get(at))
    }
}

/// An iterator object's state: its cursor and the deque it goes over (for `__reduce__`).
struct DequeIter {
    cursor: Cursor,
    deque: Value,
}

/// Makes the iterator classes (once per interpreter).
pub(super) fn classes(interp: &mut Interp) -> PyResult<()> {
    let methods: &[(&str, MethodImpl)] = &[
        ("__new__", new),
        ("__iter__", iter_self),
        ("__next__", next),
        ("__length_hint__", length_hint),
        ("__reduce__", reduce),
    ];
    for name in NAMES {
        if interp.types.contains_key(name) {
            continue;
        }
        let mut ns = AttrMap::default();
        ns.insert(sym::__module__, Value::str("_collections"));
        ns.insert(sym::__slots__, Value::tuple(vec![]));
        let object = Value::Class(interp.object_class.clone());
        let Value::Class(class) =
            crate::types::object::new_class(interp, None, name, name, vec![object], ns)?
        else {
            return Err(PyErr::type_error("_collections: cannot make a class"));
        };
        class.dict_mut().shift_remove(&sym::__slots__);
        interp.types.insert(name, class.clone());
        crate::stdlib::io::add_methods(interp, &class, name, methods);
    }
    Ok(())
}

/// The iterator classes, as members of `_collections`.
pub(super) fn members(interp: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    classes(interp)?;
    Ok(NAMES
        .iter()
        .filter_map(|&n| Some((n, Value::Class(interp.types.get(n)?.clone()))))
        .collect())
}

fn class_of(interp: &mut Interp, reverse: bool) -> PyResult<Rc<Class>> {
    let name = NAMES[usize::from(reverse)];
    if let Some(c) = interp.types.get(name) {
        return Ok(c.clone());
    }
    classes(interp)?;
    interp
        .types
        .get(name)
        .cloned()
        .ok_or_else(|| PyErr::type_error("_collections: no iterator class"))
}

/// `iter(d)` or `reversed(d)`.
pub(super) fn new_iter(
    interp: &mut Interp,
    this: &Value,
    d: Rc<Deque>,
    reverse: bool,
) -> PyResult<Value> {
    let cls = class_of(interp, reverse)?;
    let state = DequeIter {
        cursor: Cursor::new(d, reverse),
        deque: this.clone(),
    };
    Ok(crate::stdlib::io::new_object(&cls, state))
}

fn iter_of(this: &Value, method: &str) -> PyResult<Rc<DequeIter>> {
    if let Value::Instance(i) = this {
        if let Some(s) = i.state::<DequeIter>() {
            return Ok(s);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{method}' for '_collections._deque_iterator' objects doesn't apply to \
         a '{}' object",
        this.type_name()
    )))
}

/// `_deque_iterator(deque, index=0)`: an iterator past the first `index` items.
fn new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let reverse = match this {
        Value::Class(c) => c.name() == NAMES[1],
        _ => false,
    };
    let pos = args.pos;
    if pos.is_empty() || pos.len() > 2 {
        let (bound, n) = if pos.is_empty() {
            ("least 1 argument", 0)
        } else {
            ("most 2 arguments", pos.len())
        };
        return Err(PyErr::type_error(format!(
            "function takes at {bound} ({n} given)"
        )));
    }
    let Some(d) = as_deque(&pos[0]) else {
        return Err(PyErr::type_error(format!(
            "argument 1 must be collections.deque, not {}",
            pos[0].type_name()
        )));
    };
    let skip = match pos.get(1) {
        Some(v) => crate::types::numbers::index::ssize_arg(interp, v)?,
        None => 0,
    };
    let it = new_iter(interp, &pos[0], d, reverse)?;
    if let Ok(s) = iter_of(&it, "__new__") {
        let left = s.cursor.left.get();
        s.cursor
            .left
            .set(left.saturating_sub(usize::try_from(skip).unwrap_or(0)));
    }
    Ok(it)
}

fn iter_self(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    slot_args(&args, "__iter__", 0)?;
    Ok(this.clone())
}

fn next(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    slot_args(&args, "__next__", 0)?;
    match iter_of(this, "__next__")?.cursor.next()? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

fn length_hint(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__length_hint__", 0, 0)?;
    Ok(Value::Int(
        iter_of(this, "__length_hint__")?.cursor.left.get() as i64,
    ))
}

/// `(type(it), (deque, items given))`.
fn reduce(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__reduce__", 0, 0)?;
    let s = iter_of(this, "__reduce__")?;
    let given = s.cursor.deque.len() as i64 - s.cursor.left.get() as i64;
    let cls = Value::Class(interp.type_of(this));
    let args = Value::tuple(vec![s.deque.clone(), Value::Int(given)]);
    Ok(Value::tuple(vec![cls, args]))
}
