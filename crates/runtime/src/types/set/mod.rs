//! `set` and `frozenset`: hash sets over the dict table, their constructors, methods
//! and operators.

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::dict::table::{new_dict, Dict, HashKey};
mod protocol;

pub use protocol::{
    binary, contains, frozenset_hash, inplace, iter, keys_equal, len, native_eq, repr,
};

use std::rc::Rc;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("set", set_new);
    interp.add_constructor("frozenset", frozenset_new);
    interp.add_methods(
        "set",
        &[
            ("add", add),
            ("discard", discard),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", clear),
            ("copy", set_copy),
            ("update", set_update),
            ("union", union),
            ("intersection", intersection),
            ("difference", difference),
            ("issubset", issubset),
            ("issuperset", issuperset),
        ],
    );
    interp.add_methods(
        "frozenset",
        &[
            ("union", union),
            ("intersection", intersection),
            ("difference", difference),
            ("issubset", issubset),
            ("issuperset", issuperset),
            ("copy", set_copy),
        ],
    );
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("set", crate::types::special_methods::COMMON);
    interp.add_methods("set", crate::types::special_methods::CONTAINER);
    interp.add_methods("frozenset", crate::types::special_methods::COMMON);
    interp.add_methods("frozenset", crate::types::special_methods::CONTAINER);
}

fn this(v: &Value) -> PyResult<&Rc<crate::object::value::DictObj>> {
    match v {
        Value::Set(d) => Ok(d),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn clear(_: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    this(s)?.borrow_mut().clear();
    Ok(Value::None)
}

fn set_from(interp: &mut Interp, items: Option<&Value>) -> PyResult<Dict> {
    let mut d = new_dict();
    if let Some(v) = items {
        // Iterated lazily: hashing an item may run Python code that resizes the iterable.
        let it = interp.iter(v)?;
        while let Some(item) = interp.next(&it)? {
            let k = interp.hash_key(&item)?;
            d.insert(k, Value::None);
        }
    }
    Ok(d)
}

fn set_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("set")?;
    let a = args.range("set", 0, 1)?;
    Ok(Value::set(set_from(interp, a.first())?))
}

fn frozenset_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("frozenset")?;
    let a = args.range("frozenset", 0, 1)?;
    Ok(Value::FrozenSet(alloc(set_from(interp, a.first())?)))
}

fn set_keys(v: &Value) -> Vec<HashKey> {
    match v {
        Value::Set(d) => d
            .borrow()
            .keys()
            .map(|k| HashKey {
                hash: k.hash,
                value: k.value.clone(),
            })
            .collect(),
        Value::FrozenSet(d) => d
            .keys()
            .map(|k| HashKey {
                hash: k.hash,
                value: k.value.clone(),
            })
            .collect(),
        _ => vec![],
    }
}

fn make_like(this: &Value, d: Dict) -> Value {
    match this {
        Value::FrozenSet(_) => Value::FrozenSet(alloc(d)),
        _ => Value::set(d),
    }
}

fn add(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("add", 1, 1)?;
    interp.set_add(s, a[0].clone())?;
    Ok(Value::None)
}

fn discard(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("discard", 1, 1)?;
    let k = interp.hash_key(&a[0])?;
    this(s)?.borrow_mut().shift_remove(&k);
    Ok(Value::None)
}

fn set_remove(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("remove", 1, 1)?;
    let k = interp.hash_key(&a[0])?;
    if this(s)?.borrow_mut().shift_remove(&k).is_none() {
        return Err(messages::key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn set_pop(_: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    args.range("pop", 0, 0)?;
    let d = this(s)?;
    if d.borrow().is_empty() {
        return Err(PyErr::new(
            crate::error::ExcKind::KeyError,
            "pop from an empty set",
        ));
    }
    let first = d.borrow_mut().shift_remove_index(0);
    Ok(first.map(|(k, _)| k.into_value()).unwrap_or(Value::None))
}

fn set_copy(_: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    args.range("copy", 0, 0)?;
    Ok(make_like(
        s,
        set_keys(s).into_iter().map(|k| (k, Value::None)).collect(),
    ))
}

fn set_update(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("update")?;
    for other in args.pos {
        for item in interp.collect(other)? {
            interp.set_add(s, item)?;
        }
    }
    Ok(Value::None)
}

fn others(interp: &mut Interp, args: Args, name: &str) -> PyResult<Vec<Dict>> {
    args.no_kw(name)?;
    args.pos.iter().map(|o| set_from(interp, Some(o))).collect()
}

fn union(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let mut d: Dict = set_keys(s).into_iter().map(|k| (k, Value::None)).collect();
    for o in others(interp, args, "union")? {
        d.extend(o);
    }
    Ok(make_like(s, d))
}

fn intersection(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let mut d: Dict = set_keys(s).into_iter().map(|k| (k, Value::None)).collect();
    for o in others(interp, args, "intersection")? {
        d.retain(|k, _| o.contains_key(k));
    }
    Ok(make_like(s, d))
}

fn difference(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let mut d: Dict = set_keys(s).into_iter().map(|k| (k, Value::None)).collect();
    for o in others(interp, args, "difference")? {
        d.retain(|k, _| !o.contains_key(k));
    }
    Ok(make_like(s, d))
}

fn issubset(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("issubset", 1, 1)?;
    let o = set_from(interp, Some(&a[0]))?;
    Ok(Value::Bool(set_keys(s).iter().all(|k| o.contains_key(k))))
}

fn issuperset(interp: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("issuperset", 1, 1)?;
    let o = set_from(interp, Some(&a[0]))?;
    let mine: Dict = set_keys(s).into_iter().map(|k| (k, Value::None)).collect();
    Ok(Value::Bool(o.keys().all(|k| mine.contains_key(k))))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
pub fn set_operator(op: minipy_syntax::ast::BinOp, a: &Value, b: &Value) -> Option<Value> {
    use minipy_syntax::ast::BinOp;
    if !matches!(a, Value::Set(_) | Value::FrozenSet(_))
        || !matches!(b, Value::Set(_) | Value::FrozenSet(_))
    {
        return None;
    }
    let mut d: Dict = set_keys(a).into_iter().map(|k| (k, Value::None)).collect();
    let other: Dict = set_keys(b).into_iter().map(|k| (k, Value::None)).collect();
    match op {
        BinOp::BitOr => d.extend(other),
        BinOp::BitAnd => d.retain(|k, _| other.contains_key(k)),
        BinOp::Sub => d.retain(|k, _| !other.contains_key(k)),
        BinOp::BitXor => {
            let mine: Vec<HashKey> = set_keys(a);
            d.retain(|k, _| !other.contains_key(k));
            for (k, v) in other {
                if !mine.contains(&k) {
                    d.insert(k, v);
                }
            }
        }
        _ => return None,
    }
    Some(make_like(a, d))
}
