//! `_collections`: the loop of `collections.Counter`'s counting in Rust, as CPython's
//! `_collections._count_elements` is in C, `_tuplegetter`, the descriptor of a named
//! tuple's fields, and `deque` (`deque.rs`). (CPython's module also holds its C
//! `defaultdict` and `OrderedDict`; ours are Python code in `python/collections`.)

mod deque;
mod deque_iter;
mod deque_ops;

use std::cell::RefCell;

use minipy_syntax::ast::BinOp;

use crate::error::{messages, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::Descriptor;
use crate::object::intern::sym;
use crate::object::value::Value;

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let getter = interp.builtin_class("_tuplegetter");
    getter
        .dict_mut()
        .insert(sym::__module__, Value::str("_collections"));
    interp.add_constructor("_tuplegetter", tuplegetter_new);
    interp.add_methods(
        "_tuplegetter",
        &[
            ("__get__", tuplegetter_get),
            ("__set__", tuplegetter_set),
            ("__delete__", tuplegetter_delete),
            ("__reduce__", tuplegetter_reduce),
        ],
    );
    let mut members = vec![
        ("deque", Value::Class(deque::class(interp)?)),
        (
            "_count_elements",
            Interp::module_fn("_count_elements", count_elements),
        ),
        ("_tuplegetter", Value::Class(getter)),
    ];
    members.extend(deque_iter::members(interp)?);
    Ok(interp.make_module("_collections", members))
}

/// `_tuplegetter(index, doc)`.
fn tuplegetter_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(messages::no_keyword_arguments("_tuplegetter"));
    }
    let [index, doc] = args.pos else {
        let n = args.pos.len();
        return Err(messages::expected_exactly("_tuplegetter", 2, n));
    };
    let index = crate::types::numbers::index::ssize_arg(interp, index)?;
    let doc = RefCell::new(doc.clone());
    Ok(Value::Descriptor(alloc(Descriptor::TupleItem {
        index,
        doc,
    })))
}

/// A `_tuplegetter`'s index and doc.
fn getter_of(this: &Value) -> Option<(i64, &RefCell<Value>)> {
    match this {
        Value::Descriptor(d) => match &**d {
            Descriptor::TupleItem { index, doc } => Some((*index, doc)),
            _ => None,
        },
        _ => None,
    }
}

/// `getter.__get__(instance, owner=None)`: the getter itself for no instance.
fn tuplegetter_get(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("", 1, 2)?;
    if a[0].is_none() {
        if a.get(1).is_none_or(Value::is_none) {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(this.clone());
    }
    let index = getter_of(this).map_or(0, |(index, _)| index);
    interp.tuple_field(index, &a[0])
}

fn tuplegetter_set(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    args.range("", 2, 2)?;
    Err(messages::cant_change_attribute(false))
}

fn tuplegetter_delete(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    args.range("", 1, 1)?;
    Err(messages::cant_change_attribute(true))
}

/// `(type(getter), (index, doc))`.
fn tuplegetter_reduce(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__reduce__", 0, 0)?;
    let Some((index, doc)) = getter_of(this) else {
        return Ok(Value::None);
    };
    let class = Value::Class(interp.builtin_class("_tuplegetter"));
    let state = Value::tuple(vec![Value::Int(index), doc.borrow().clone()]);
    Ok(Value::tuple(vec![class, state]))
}

/// `_count_elements(mapping, iterable)`: `mapping[elem] = mapping.get(elem, 0) + 1` for
/// each element. A dict, or a dict subclass whose classes define neither `get` nor
/// `__setitem__`, is counted in place (one lookup per element, `__missing__` not asked,
/// as in CPython); any other mapping through its `get` and `__setitem__`.
fn count_elements(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("_count_elements", 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = interp.iter(iterable)?;
    let get = interp.intern("get");
    let native = match mapping {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst)
            if inst.class.lookup_user(get).is_none()
                && inst
                    .class
                    .lookup_user(crate::object::intern::sym::__setitem__)
                    .is_none() =>
        {
            mapping.as_dict().cloned()
        }
        _ => None,
    };
    let one = Value::Int(1);
    let Some(d) = native else {
        let get = interp.get_attr(mapping, get)?;
        while let Some(elem) = interp.next(&it)? {
            let old = interp.call(&get, vec![elem.clone(), Value::Int(0)], vec![])?;
            let new = interp.binary_op(BinOp::Add, &old, &one)?;
            interp.set_item(mapping, &elem, new)?;
        }
        return Ok(Value::None);
    };
    while let Some(elem) = interp.next(&it)? {
        let (key, at) = crate::types::dict::find(interp, &d, &elem)?;
        let Some(at) = at else {
            d.borrow_mut().insert(key, one.clone());
            continue;
        };
        let old = d.borrow().get_index(at).map(|(_, v)| v.clone());
        let Some(old) = old else {
            continue;
        };
        if let Value::Int(n) = old {
            if let Some(n) = n.checked_add(1) {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(at) {
                    *slot = Value::Int(n);
                }
                continue;
            }
        }
        // (`+` may run code that changes the dict: the result is stored by key.)
        let new = interp.binary_op(BinOp::Add, &old, &one)?;
        interp.dict_set(mapping, elem, new)?;
    }
    Ok(Value::None)
}
