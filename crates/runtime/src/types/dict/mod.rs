//! `dict`: constructor, lookup and methods.

mod protocol;
pub mod table;
pub mod views;

pub use protocol::{binary, contains, del_item, eq, get_item, inplace, iter, len, native_eq, repr};

use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::dict::table::{new_dict, Dict, HashKey};
use crate::types::iterator::{make, DictView, IterState};

pub fn install(interp: &mut Interp) {
    views::install(interp);
    interp.add_constructor("dict", dict_new);
    interp.add_methods(
        "dict",
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    interp.add_class_methods("dict", &[("fromkeys", fromkeys)]);
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("dict", crate::types::special_methods::COMMON);
    interp.add_methods("dict", crate::types::special_methods::CONTAINER);
    interp.add_methods("dict", crate::types::special_methods::MUTABLE);
}

/// Finds a key's entry. Built-in keys compare natively; a user object's key is also
/// compared with its `__eq__` against the entries of equal hash.
pub fn find(
    interp: &mut Interp,
    d: &Rc<crate::object::value::DictObj>,
    key: &Value,
) -> PyResult<(HashKey, Option<usize>)> {
    let k = interp.hash_key(key)?;
    if let Some(i) = d.borrow().get_index_of(&k) {
        return Ok((k, Some(i)));
    }
    if matches!(key, Value::Instance(_)) {
        let candidates: Vec<(usize, Value)> = d
            .borrow()
            .iter()
            .enumerate()
            .filter(|(_, (hk, _))| hk.hash == k.hash)
            .map(|(i, (hk, _))| (i, hk.value.clone()))
            .collect();
        // The stored key is asked, as CPython's lookup does (`stored == key`).
        for (i, v) in candidates {
            if interp.eq(&v, key)? {
                return Ok((k, Some(i)));
            }
        }
    }
    Ok((k, None))
}

/// Looks a key up with Python equality.
pub fn lookup(
    interp: &mut Interp,
    d: &Rc<crate::object::value::DictObj>,
    key: &Value,
) -> PyResult<Option<Value>> {
    let (_, index) = find(interp, d, key)?;
    Ok(index.and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
}

impl Interp {
    pub fn dict_set(&mut self, d: &Value, key: Value, v: Value) -> PyResult<()> {
        let Some(d) = d.as_dict() else {
            return Ok(());
        };
        if !matches!(key, Value::Instance(_)) {
            // One probe: an equal key already there keeps its place and object.
            let k = self.hash_key(&key)?;
            d.borrow_mut().insert(k, v);
            return Ok(());
        }
        // An instance key may equal another by its own `__eq__`.
        let (k, index) = find(self, d, &key)?;
        match index {
            Some(i) => {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(i) {
                    *slot = v;
                }
            }
            None => {
                d.borrow_mut().insert(k, v);
            }
        }
        Ok(())
    }

    /// `d.update(m)` for a dict or an iterable of pairs.
    pub fn dict_update(&mut self, d: &Value, m: &Value) -> PyResult<()> {
        // A dict, or a dict subclass that keeps dict's iteration: its entries directly.
        let src = match m {
            Value::Dict(src) => Some(src),
            Value::Instance(_) if self.special_method(m, sym::__iter__).is_none() => m.as_dict(),
            _ => None,
        };
        if let Some(src) = src {
            crate::types::sequence::charge_items(self, src.borrow().len())?;
            let items = crate::types::dict::table::items(&src.borrow());
            for (k, v) in items {
                self.limits.tick()?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Value::Instance(_) = m {
            if let Ok(keys) = self.get_attr_str(m, "keys") {
                let ks = self.call(&keys, vec![], vec![])?;
                for k in self.collect(&ks)? {
                    let v = self.get_item(m, &k)?;
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        let pairs = self.collect(m).map_err(|_| {
            PyErr::type_error(format!("'{}' object is not iterable", m.type_name()))
        })?;
        for (i, p) in pairs.into_iter().enumerate() {
            let kv = self.collect(&p).map_err(|_| {
                PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })?;
            if kv.len() != 2 {
                return Err(PyErr::value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                )));
            }
            let mut kv = kv.into_iter();
            let (k, v) = (
                kv.next().unwrap_or(Value::None),
                kv.next().unwrap_or(Value::None),
            );
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

fn new_dict_value() -> Value {
    Value::dict(new_dict())
}

fn dict_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos;
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let d = new_dict_value();
    if let Some(m) = a.first() {
        interp.dict_update(&d, m)?;
    }
    for (k, v) in args.kw {
        interp.dict_set(&d, Value::str(&**k), v.clone())?;
    }
    Ok(d)
}

fn this(v: &Value) -> PyResult<&Rc<crate::object::value::DictObj>> {
    match v {
        Value::Dict(d) => Ok(d),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn get(interp: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("get", 1, 2)?;
    Ok(
        lookup(interp, this(d)?, &a[0])?
            .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)),
    )
}

fn view(d: &Value, view: DictView) -> PyResult<Value> {
    Ok(make(IterState::DictViewObj {
        dict: this(d)?.clone(),
        view,
    }))
}

fn keys(_: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("keys", 0, 0)?;
    view(d, DictView::Keys)
}

fn values(_: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("values", 0, 0)?;
    view(d, DictView::Values)
}

fn items(_: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("items", 0, 0)?;
    view(d, DictView::Items)
}

fn pop(interp: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("pop", 1, 2)?;
    let d = this(d)?;
    let (_, at) = find(interp, d, &a[0])?;
    let removed = at.and_then(|i| d.borrow_mut().shift_remove_index(i));
    match removed {
        Some((_, v)) => Ok(v),
        None => a
            .get(1)
            .cloned()
            .ok_or_else(|| messages::key_error(a[0].clone())),
    }
}

fn popitem(_: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("popitem", 0, 0)?;
    match this(d)?.borrow_mut().pop() {
        Some((k, v)) => Ok(Value::tuple(vec![k.into_value(), v])),
        None => Err(PyErr::new(
            crate::error::ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn setdefault(interp: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("setdefault", 1, 2)?;
    if let Some(v) = lookup(interp, this(d)?, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::None);
    interp.dict_set(d, a[0].clone(), v.clone())?;
    Ok(v)
}

fn update(interp: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    let a = args.pos;
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            a.len()
        )));
    }
    if let Some(m) = a.first() {
        interp.dict_update(d, m)?;
    }
    for (k, v) in args.kw {
        interp.dict_set(d, Value::str(&**k), v.clone())?;
    }
    Ok(Value::None)
}

fn clear(_: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    this(d)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy_dict(d: &Dict) -> Dict {
    d.iter()
        .map(|(k, v)| {
            (
                HashKey {
                    hash: k.hash,
                    value: k.value.clone(),
                },
                v.clone(),
            )
        })
        .collect()
}

fn copy(interp: &mut Interp, d: &Value, args: Args) -> PyResult<Value> {
    args.range("copy", 0, 0)?;
    crate::types::sequence::charge_items(interp, this(d)?.borrow().len())?;
    Ok(Value::dict(copy_dict(&this(d)?.borrow())))
}

fn fromkeys(interp: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("fromkeys", 1, 2)?;
    let d = new_dict_value();
    let v = a.get(1).cloned().unwrap_or(Value::None);
    // Iterated lazily: hashing a key may run Python code that resizes the iterable.
    let it = interp.iter(&a[0])?;
    while let Some(k) = interp.next(&it)? {
        interp.dict_set(&d, k, v.clone())?;
    }
    Ok(d)
}
