//! `collections.deque`: CPython's C deque over a `VecDeque`, a class of `_collections`
//! whose instances carry a [`Deque`] as their Rust state (so a subclass's instances
//! carry one too). As in CPython, `state` counts the changes that move items (appends,
//! pops, rotations, clearing; not `d[i] = x` or `reverse()`): iterators, comparisons
//! and searches raise "deque mutated during iteration" when it moved under them.
//! Items are never borrowed across a call back into Python (`__eq__`, `__repr__`,
//! `__index__`, an iterator's `__next__`): each is cloned out first.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::error::{messages, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Descriptor};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::index::{index_i64, ssize_arg};
use crate::types::sequence::charge_items;

use super::{deque_iter, deque_ops};

pub(crate) struct Deque {
    pub(super) items: RefCell<VecDeque<Value>>,
    /// `None` for an unbounded deque.
    pub(super) maxlen: Cell<Option<usize>>,
    /// Bumped by every change that moves items (see the module comment).
    pub(super) state: Cell<u64>,
}

/// A deque of deques is freed without deep recursion, like nested lists.
impl Drop for Deque {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        crate::object::value::drop_values(Vec::from(items));
    }
}

impl Deque {
    #[inline]
    pub(super) fn moved(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    pub(super) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub(super) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
}

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence \
                   optimized for data accesses near its endpoints.";

/// CPython's name for the type in its messages (`tp_name`).
const TP_NAME: &str = "collections.deque";

const METHODS: &[(&str, MethodImpl)] = &[
    ("__new__", new),
    ("__init__", init),
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("insert", insert),
    ("remove", deque_ops::remove),
    ("index", deque_ops::index),
    ("count", deque_ops::count),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy_dunder),
    ("reverse", reverse),
    ("rotate", rotate),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", deque_ops::contains),
    ("__iter__", deque_ops::iter),
    ("__reversed__", deque_ops::reversed),
    ("__repr__", deque_ops::repr),
    ("__eq__", deque_ops::eq),
    ("__ne__", deque_ops::ne),
    ("__lt__", deque_ops::lt),
    ("__le__", deque_ops::le),
    ("__gt__", deque_ops::gt),
    ("__ge__", deque_ops::ge),
    ("__add__", deque_ops::add),
    ("__iadd__", deque_ops::iadd),
    ("__mul__", deque_ops::mul),
    ("__rmul__", deque_ops::mul),
    ("__imul__", deque_ops::imul),
    ("__reduce__", deque_ops::reduce),
    ("__sizeof__", deque_ops::sizeof),
];

/// The `deque` class (made once per interpreter, with its iterator classes), registered
/// by name: an unbound call (`deque.append(x, 1)`) checks its receiver against it.
pub(super) fn class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    if let Some(c) = interp.types.get("deque") {
        return Ok(c.clone());
    }
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("collections"));
    ns.insert(sym::__doc__, Value::str(DOC));
    ns.insert(sym::__hash__, Value::None);
    // No `__dict__` for a deque's own instances; a subclass's have one.
    ns.insert(sym::__slots__, Value::tuple(vec![]));
    let object = Value::Class(interp.object_class.clone());
    let Value::Class(class) =
        crate::types::object::new_class(interp, None, "deque", "deque", vec![object], ns)?
    else {
        return Err(PyErr::type_error("_collections: cannot make deque"));
    };
    class.dict_mut().shift_remove(&sym::__slots__);
    interp.types.insert("deque", class.clone());
    crate::stdlib::io::add_methods(interp, &class, "deque", METHODS);
    let key = interp.intern("__class_getitem__");
    let f = BuiltinFunction {
        name: "__class_getitem__",
        owner: Some("deque"),
        imp: BuiltinImpl::ClassMethod(class_getitem),
        module: None,
    };
    let maxlen = Descriptor::Property {
        fget: Interp::module_fn("maxlen", maxlen_get),
        fset: Interp::module_fn("maxlen", maxlen_set),
        fdel: Interp::module_fn("maxlen", maxlen_set),
        doc: Value::str("maximum size of a deque or None if unbounded"),
    };
    let maxlen_key = interp.intern("maxlen");
    {
        let mut dict = class.dict_mut();
        dict.insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
        dict.insert(
            maxlen_key,
            Value::Descriptor(crate::object::alloc::alloc(maxlen)),
        );
    }
    class.dict_changed();
    deque_iter::classes(interp)?;
    Ok(class)
}

/// The deque a method was called on.
#[inline]
pub(super) fn deque_of(this: &Value, method: &str) -> PyResult<Rc<Deque>> {
    if let Value::Instance(i) = this {
        if let Some(d) = i.state::<Deque>() {
            return Ok(d);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{method}' for '{TP_NAME}' objects doesn't apply to a '{}' object",
        this.type_name()
    )))
}

/// The arguments of a method (`deque.append`): CPython's messages name it in full.
#[inline]
pub(super) fn method_args<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(messages::no_keyword_arguments(&format!(
            "{}.{name}",
            args.owner.unwrap_or("deque")
        )));
    }
    args.range(name, min, max)
}

/// The arguments of a special method (a slot wrapper in CPython, with its own wording).
#[inline]
pub(super) fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.kw.is_empty() && args.pos.len() == n {
        return Ok(args.pos);
    }
    Err(slot_error(args, name, n))
}

#[cold]
fn slot_error(args: &Args, name: &str, n: usize) -> PyErr {
    if !args.kw.is_empty() {
        return PyErr::type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let s = if n == 1 { "" } else { "s" };
    // (CPython's item-assignment wrapper puts a space first.)
    let lead = if name == "__setitem__" { " " } else { "" };
    PyErr::type_error(format!(
        "{lead}expected {n} argument{s}, got {}",
        args.pos.len()
    ))
}

/// The deque `v` is, if it is one (`PyObject_TypeCheck(v, &deque_type)`).
pub(super) fn as_deque(v: &Value) -> Option<Rc<Deque>> {
    match v {
        Value::Instance(i) => i.state::<Deque>(),
        _ => None,
    }
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque (the arguments are `__init__`'s).
fn new(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let base = class(interp)?;
    let cls = match this {
        Value::Class(c) if c.is_subclass(&base) => c.clone(),
        Value::Class(c) => {
            return Err(PyErr::type_error(format!(
                "{TP_NAME}.__new__({0}): {0} is not a subtype of {TP_NAME}",
                c.name()
            )))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "{TP_NAME}.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    };
    Ok(new_object(&cls, None))
}

fn new_object(cls: &Rc<Class>, maxlen: Option<usize>) -> Value {
    let state = Deque {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    };
    crate::stdlib::io::new_object(cls, state)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: a second call empties the deque first.
fn init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(this, "__init__")?;
    let (iterable, maxlen) = init_args(&args)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = match v.unwrap_native() {
                Value::Int(i) => *i,
                Value::Bool(b) => b.get() as i64,
                Value::BigInt(_) => {
                    return Err(PyErr::overflow_error(
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                _ => return Err(PyErr::type_error("an integer is required")),
            };
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(maxlen);
    clear_items(&d);
    if let Some(it) = iterable {
        extend_with(interp, &d, this, &it, false)?;
    }
    Ok(Value::None)
}

/// `deque()`'s arguments, with CPython's `PyArg_ParseTupleAndKeywords` messages.
fn init_args(args: &Args) -> PyResult<(Option<Value>, Option<Value>)> {
    let (pos, kw) = (args.pos, args.kw);
    if pos.len() + kw.len() > 2 {
        return Err(messages::takes_at_most("deque", 2, pos.len() + kw.len()));
    }
    let mut out = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in kw {
        let i = match &**k {
            "iterable" => 0,
            "maxlen" => 1,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for deque() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    let [iterable, maxlen] = out;
    Ok((iterable, maxlen))
}

fn maxlen_get(_: &mut Interp, args: Args) -> PyResult<Value> {
    let d = deque_of(args.pos.first().unwrap_or(&Value::None), "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

fn maxlen_set(_: &mut Interp, _: Args) -> PyResult<Value> {
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!("attribute 'maxlen' of '{TP_NAME}' objects is not writable"),
    ))
}

/// `deque[T]`: a `types.GenericAlias`.
fn class_getitem(interp: &mut Interp, cls: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "__class_getitem__", 1, 1)?;
    interp
        .types_helper("GenericAlias", vec![cls.clone(), a[0].clone()])
        .unwrap_or_else(|| Ok(cls.clone()))
}

/// Makes room for one more item: the growth meets the memory limit, and an allocation
/// that fails is a MemoryError rather than an abort (as `Interp::reserve_one`).
#[inline]
fn room_for(interp: &mut Interp, items: &mut VecDeque<Value>, more: usize) -> PyResult<()> {
    if items.capacity() - items.len() >= more {
        return Ok(());
    }
    let want = more.max(items.capacity()).max(4);
    let bytes = (items.len().saturating_add(want)).saturating_mul(std::mem::size_of::<Value>());
    interp.limits.check_alloc(bytes)?;
    items
        .try_reserve(want)
        .map_err(|_| messages::memory_error())
}

/// Adds `x` at one end; a full deque drops an item from the other.
#[inline]
fn push(interp: &mut Interp, d: &Deque, x: Value, left: bool) -> PyResult<()> {
    let mut items = d.items.borrow_mut();
    let dropped = match d.maxlen.get() {
        Some(0) => Some(x),
        Some(m) if items.len() >= m => {
            let old = if left {
                items.pop_back()
            } else {
                items.pop_front()
            };
            push_end(&mut items, x, left);
            old
        }
        _ => {
            room_for(interp, &mut items, 1)?;
            push_end(&mut items, x, left);
            None
        }
    };
    drop(items);
    d.moved();
    drop(dropped);
    Ok(())
}

#[inline]
fn push_end(items: &mut VecDeque<Value>, x: Value, left: bool) {
    if left {
        items.push_front(x);
    } else {
        items.push_back(x);
    }
}

/// Adds `new` one by one at one end (the items a list or tuple held: no code runs).
pub(super) fn push_all(
    interp: &mut Interp,
    d: &Deque,
    new: Vec<Value>,
    left: bool,
) -> PyResult<()> {
    if new.is_empty() {
        return Ok(());
    }
    if d.maxlen.get() == Some(0) {
        crate::object::value::drop_values(new);
        return Ok(());
    }
    let mut dropped = Vec::new();
    {
        let mut items = d.items.borrow_mut();
        let max = d.maxlen.get().unwrap_or(usize::MAX);
        let grow = new.len().min(max.saturating_sub(items.len()));
        room_for(interp, &mut items, grow)?;
        for x in new {
            if items.len() >= max {
                dropped.extend(if left {
                    items.pop_back()
                } else {
                    items.pop_front()
                });
            }
            push_end(&mut items, x, left);
        }
    }
    d.moved();
    crate::object::value::drop_values(dropped);
    Ok(())
}

/// The items, copied (one step per item).
pub(super) fn snapshot(interp: &mut Interp, d: &Deque) -> PyResult<Vec<Value>> {
    let n = d.len();
    charge_items(interp, n)?;
    interp
        .limits
        .check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))?;
    Ok(d.items.borrow().iter().cloned().collect())
}

/// Whether iterating `v` is the deque's own `__iter__` (not a subclass's override, which
/// CPython's `PyObject_GetIter` would call).
pub(super) fn own_iter(interp: &mut Interp, v: &Value) -> bool {
    let Value::Instance(inst) = v else {
        return false;
    };
    let owner = std::iter::once(&inst.class)
        .chain(inst.class.mro.iter())
        .find(|c| c.dict.borrow().contains_key(&sym::__iter__));
    match (owner, interp.types.get("deque")) {
        (Some(c), Some(base)) => Rc::ptr_eq(c, base),
        _ => false,
    }
}

/// The items of deque `this` as iterating it gives them: a copy of its own, or what a
/// subclass's `__iter__` yields.
pub(super) fn items_of(interp: &mut Interp, this: &Value, d: &Deque) -> PyResult<Vec<Value>> {
    if own_iter(interp, this) {
        return snapshot(interp, d);
    }
    interp.collect(this)
}

/// `d.extend(iterable)` / `d.extendleft(iterable)`.
pub(super) fn extend_with(
    interp: &mut Interp,
    d: &Rc<Deque>,
    this: &Value,
    iterable: &Value,
    left: bool,
) -> PyResult<()> {
    if iterable.is(this) {
        let items = items_of(interp, this, d)?;
        return push_all(interp, d, items, left);
    }
    let held = match iterable {
        Value::List(l) => Some(tail(interp, d, &l.borrow())?),
        Value::Tuple(t) => Some(tail(interp, d, t)?),
        _ if !own_iter(interp, iterable) => None,
        _ => as_deque(iterable)
            .map(|other| {
                let items = other.items.borrow();
                let n = items.len();
                let keep = d.maxlen.get().map_or(n, |m| m.min(n));
                charge_items(interp, keep)?;
                Ok(items.range(n - keep..).cloned().collect())
            })
            .transpose()?,
    };
    if let Some(items) = held {
        return push_all(interp, d, items, left);
    }
    let it = interp.iter(iterable)?;
    if d.maxlen.get() == Some(0) {
        while interp.next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = interp.next(&it)? {
        push(interp, d, x, left)?;
    }
    Ok(())
}

/// The items of a list or tuple that can end up in the deque (the last `maxlen`).
fn tail(interp: &mut Interp, d: &Deque, items: &[Value]) -> PyResult<Vec<Value>> {
    let keep = d.maxlen.get().map_or(items.len(), |m| m.min(items.len()));
    crate::types::sequence::clone_items(interp, &items[items.len() - keep..])
}

/// Empties the deque (its state moves only if it held anything, as CPython's).
pub(super) fn clear_items(d: &Deque) {
    let old = std::mem::take(&mut *d.items.borrow_mut());
    if !old.is_empty() {
        d.moved();
        crate::object::value::drop_values(Vec::from(old));
    }
}

fn append(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "append", 1, 1)?;
    push(interp, &*deque_of(this, "append")?, a[0].clone(), false)?;
    Ok(Value::None)
}

fn appendleft(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "appendleft", 1, 1)?;
    push(interp, &*deque_of(this, "appendleft")?, a[0].clone(), true)?;
    Ok(Value::None)
}

fn pop_end(this: &Value, args: Args, name: &str, left: bool) -> PyResult<Value> {
    method_args(&args, name, 0, 0)?;
    let d = deque_of(this, name)?;
    let mut items = d.items.borrow_mut();
    let x = if left {
        items.pop_front()
    } else {
        items.pop_back()
    };
    drop(items);
    match x {
        Some(x) => {
            d.moved();
            Ok(x)
        }
        None => Err(PyErr::index_error("pop from an empty deque")),
    }
}

fn pop(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    pop_end(this, args, "pop", false)
}

fn popleft(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    pop_end(this, args, "popleft", true)
}

fn extend(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "extend", 1, 1)?;
    let d = deque_of(this, "extend")?;
    extend_with(interp, &d, this, &a[0], false)?;
    Ok(Value::None)
}

fn extendleft(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = method_args(&args, "extendleft", 1, 1)?;
    let d = deque_of(this, "extendleft")?;
    extend_with(interp, &d, this, &a[0], true)?;
    Ok(Value::None)
}

/// `d.insert(i, x)`: before position `i`, counted as `list.insert` counts it.
fn insert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("deque.insert")?;
    let [i, x] = args.pos else {
        return Err(PyErr::type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    };
    let i = ssize_arg(interp, i)?;
    let d = deque_of(this, "insert")?;
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let n = n as i64;
    if i >= n {
        push(interp, &d, x.clone(), false)?;
    } else if i <= -n || i == 0 {
        push(interp, &d, x.clone(), true)?;
    } else {
        let at = if i < 0 { n + i } else { i } as usize;
        charge_items(interp, at.min(n as usize - at) / 8)?;
        let mut items = d.items.borrow_mut();
        room_for(interp, &mut items, 1)?;
        items.insert(at, x.clone());
        drop(items);
        d.moved();
    }
    Ok(Value::None)
}

fn clear(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "clear", 0, 0)?;
    clear_items(&*deque_of(this, "clear")?);
    Ok(Value::None)
}

/// `d.copy()`: a deque's own copy; a subclass's is `type(d)(d[, maxlen])`, which must
/// give a deque.
pub(super) fn copy_of(interp: &mut Interp, this: &Value, d: &Deque) -> PyResult<Value> {
    let Value::Instance(inst) = this else {
        return Ok(Value::None);
    };
    let base = class(interp)?;
    if Rc::ptr_eq(&inst.class, &base) {
        let items = snapshot(interp, d)?;
        let new = new_object(&base, d.maxlen.get());
        if let Some(nd) = as_deque(&new) {
            push_all(interp, &nd, items, false)?;
        }
        return Ok(new);
    }
    let cls = Value::Class(inst.class.clone());
    let mut args = vec![this.clone()];
    if let Some(m) = d.maxlen.get() {
        args.push(Value::Int(m as i64));
    }
    let r = interp.call(&cls, args, vec![])?;
    if !interp.type_of(&r).is_subclass(&base) {
        return Err(PyErr::type_error(format!(
            "{}() must return a deque, not {}",
            inst.class.name(),
            r.type_name()
        )));
    }
    Ok(r)
}

fn copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "copy", 0, 0)?;
    let d = deque_of(this, "copy")?;
    copy_of(interp, this, &d)
}

fn copy_dunder(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "__copy__", 0, 0)?;
    let d = deque_of(this, "__copy__")?;
    copy_of(interp, this, &d)
}

fn reverse(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    method_args(&args, "reverse", 0, 0)?;
    let d = deque_of(this, "reverse")?;
    charge_items(interp, d.len() / 4)?;
    // In place: as in CPython, the state stays (iterators go on).
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

/// Rotates `n` steps to the right (left for negative `n`): at most half the length moves.
fn rotate_by(interp: &mut Interp, d: &Deque, n: i64) -> PyResult<()> {
    let len = d.len();
    if len <= 1 {
        return Ok(());
    }
    let (len_i, half) = (len as i64, (len / 2) as i64);
    let mut n = n;
    if n > half || n < -half {
        n %= len_i;
        if n > half {
            n -= len_i;
        } else if n < -half {
            n += len_i;
        }
    }
    d.moved();
    charge_items(interp, n.unsigned_abs() as usize)?;
    let mut items = d.items.borrow_mut();
    if n > 0 {
        items.rotate_right(n as usize);
    } else if n < 0 {
        items.rotate_left(n.unsigned_abs() as usize);
    }
    Ok(())
}

fn rotate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("deque.rotate")?;
    let a = args.range("deque.rotate", 0, 1)?;
    let n = match a.first() {
        Some(v) => ssize_arg(interp, v)?,
        None => 1,
    };
    rotate_by(interp, &*deque_of(this, "rotate")?, n)?;
    Ok(Value::None)
}

fn len(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    slot_args(&args, "__len__", 0)?;
    Ok(Value::Int(deque_of(this, "__len__")?.len() as i64))
}

/// `d[i]`'s position: an index (`__index__` honoured, negative from the end), never a
/// slice.
fn position(interp: &mut Interp, d: &Deque, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        _ if crate::types::numbers::index::has_index(interp, key) => index_i64(interp, key)?,
        other => {
            return Err(PyErr::type_error(format!(
                "sequence index must be integer, not '{}'",
                other.type_name()
            )))
        }
    };
    crate::types::sequence::index(i, d.len())
        .ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn getitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__getitem__", 1)?;
    let d = deque_of(this, "__getitem__")?;
    let i = position(interp, &d, &a[0])?;
    d.get(i)
        .ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__setitem__", 2)?;
    let d = deque_of(this, "__setitem__")?;
    let i = position(interp, &d, &a[0])?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = slot_args(&args, "__delitem__", 1)?;
    let d = deque_of(this, "__delitem__")?;
    let i = position(interp, &d, &a[0])?;
    deque_ops::delete_at(interp, &d, i)?;
    Ok(Value::None)
}
