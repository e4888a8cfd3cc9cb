//! The attributes of classes (`type.__getattribute__`, `type.__setattr__`), of
//! functions and of built-in values, attribute dicts and `dir()`.

use std::rc::Rc;

use super::bind;
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::class::{is_data_descriptor, AttrMap, Class, Descriptor, Instance};
use crate::object::function::{BuiltinImpl, Function};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

/// `object`'s attributes as CPython 3.11 lists them in `dir()`.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The metaclass of a class: its user metaclass or `type`.
fn metaclass_of(interp: &mut Interp, c: &Rc<Class>) -> Rc<Class> {
    match &c.metaclass {
        Some(m) => m.clone(),
        None => interp.type_class.clone(),
    }
}

/// `C.name`: the type's own attributes, data descriptors of the metaclass, the class's
/// MRO (`__get__(None, C)`), then the metaclass's other attributes (bound to `C`).
pub fn class_getattribute(interp: &mut Interp, c: &Rc<Class>, name: Sym) -> PyResult<Value> {
    match name {
        sym::__name__ => return Ok(Value::str(&*c.name)),
        sym::__qualname__ => return Ok(Value::str(&*c.qualname)),
        sym::__bases__ => {
            return Ok(Value::tuple(
                c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
            ))
        }
        sym::__mro__ => {
            let mut items = vec![Value::Class(c.clone())];
            items.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
            return Ok(Value::tuple(items));
        }
        sym::__dict__ => return Ok(attr_dict(interp, &c.dict.borrow())),
        sym::__class__ => return Ok(Value::Class(metaclass_of(interp, c))),
        sym::__module__ | sym::__doc__ => {
            let own = c.dict.borrow().get(&name).cloned();
            return Ok(match own {
                Some(v) => v,
                None if name == sym::__module__ => Value::str("builtins"),
                None if c.builtin => interp.builtin_class_doc(&c.name).unwrap_or(Value::None),
                None => Value::None,
            });
        }
        _ => {}
    }
    let meta = c.metaclass.clone();
    let meta_attr = meta.as_ref().and_then(|m| m.lookup(name));
    if let (Some(m), Some(a)) = (&meta, &meta_attr) {
        if is_data_descriptor(a) {
            return meta_get(interp, a.clone(), c, m);
        }
    }
    if let Some(v) = c.lookup(name) {
        let obj = Value::Class(c.clone());
        return Ok(match v {
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => bind(f.clone(), obj),
                _ => Value::Descriptor(d.clone()),
            },
            Value::Builtin(b) if matches!(b.imp, BuiltinImpl::ClassMethod(_)) => {
                bind(Value::Builtin(b), obj)
            }
            Value::Instance(ref d) => match d.class.lookup_user(sym::__get__) {
                Some(get) => interp.call(&get, vec![v.clone(), Value::None, obj], vec![])?,
                None => v,
            },
            other => other,
        });
    }
    let meta = match meta {
        Some(m) => m,
        None => interp.type_class.clone(),
    };
    let meta_attr = match meta_attr {
        Some(a) => Some(a),
        None => meta.lookup(name),
    };
    if let Some(a) = meta_attr {
        return meta_get(interp, a, c, &meta);
    }
    if let Some(getattr) = meta.lookup_user(sym::__getattr__) {
        let n = Value::str(&*interp.name(name));
        return interp.call(&getattr, vec![Value::Class(c.clone()), n], vec![]);
    }
    Err(messages::type_no_attribute(c.name(), &interp.name(name)))
}

/// A metaclass attribute seen from its instance, the class `c`.
fn meta_get(interp: &mut Interp, a: Value, c: &Rc<Class>, meta: &Rc<Class>) -> PyResult<Value> {
    let obj = Value::Class(c.clone());
    if let Value::Descriptor(d) = &a {
        if let Descriptor::Property { fget, .. } = &**d {
            if fget.is_none() {
                return Err(PyErr::new(
                    crate::error::ExcKind::AttributeError,
                    format!("property of '{}' object has no getter", meta.name()),
                ));
            }
            return interp.call(fget, vec![obj], vec![]);
        }
    }
    interp.bind_descriptor(a, &obj, meta)
}

/// `C.name = v` (`v` given) or `del C.name`.
pub fn class_setattr(
    interp: &mut Interp,
    c: &Rc<Class>,
    name: Sym,
    v: Option<Value>,
) -> PyResult<()> {
    if c.builtin {
        return Err(messages::immutable_type(&interp.name(name), c.name()));
    }
    if let Some(meta) = &c.metaclass {
        let hook = if v.is_some() {
            sym::__setattr__
        } else {
            sym::__delattr__
        };
        if let Some(f) = meta.lookup_user(hook) {
            let mut args = vec![Value::Class(c.clone()), Value::str(&*interp.name(name))];
            args.extend(v);
            interp.call(&f, args, vec![])?;
            return Ok(());
        }
        if let Some(Value::Descriptor(desc)) = meta.lookup(name) {
            if let Descriptor::Property { fset, fdel, .. } = &*desc {
                let f = if v.is_some() { fset } else { fdel };
                let mut args = vec![Value::Class(c.clone())];
                args.extend(v);
                interp.call(f, args, vec![])?;
                return Ok(());
            }
        }
    }
    class_setattr_generic(interp, c, name, v)
}

/// `type.__setattr__(C, name, v)`: the class dict.
pub fn class_setattr_generic(
    interp: &mut Interp,
    c: &Rc<Class>,
    name: Sym,
    v: Option<Value>,
) -> PyResult<()> {
    if matches!(
        name,
        sym::__name__ | sym::__qualname__ | sym::__bases__ | sym::__mro__ | sym::__dict__
    ) {
        return Err(PyErr::type_error(format!(
            "minipy cannot set the '{}' attribute of a class",
            interp.name(name)
        )));
    }
    match v {
        Some(v) => {
            c.dict_mut().insert(name, v);
        }
        None => {
            if c.dict_mut().shift_remove(&name).is_none() {
                return Err(messages::type_no_attribute(c.name(), &interp.name(name)));
            }
        }
    }
    c.dict_changed();
    Ok(())
}

/// Whether `name` is a `__slots__` entry of `class` (its value is kept in the
/// instance's attribute map but is not part of its `__dict__`).
fn is_slot(class: &Class, name: Sym) -> bool {
    matches!(class.lookup(name), Some(Value::Descriptor(d)) if matches!(*d, Descriptor::Slot { .. }))
}

/// `obj.__dict__` of a user instance (a snapshot).
pub fn instance_dict(interp: &mut Interp, inst: &Instance) -> Value {
    let has_slots = |c: &Class| c.dict.borrow().contains_key(&sym::__slots__);
    if !has_slots(&inst.class) && !inst.class.mro.iter().any(|c| has_slots(c)) {
        return attr_dict(interp, &inst.dict.borrow());
    }
    let map: AttrMap = inst
        .dict
        .borrow()
        .iter()
        .filter(|(k, _)| !is_slot(&inst.class, **k))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    attr_dict(interp, &map)
}

/// `obj.__dict__ = d`: the instance's attributes become the dict's items.
pub fn replace_instance_dict(interp: &mut Interp, inst: &Instance, v: Value) -> PyResult<()> {
    let Some(d) = v.as_dict() else {
        return Err(PyErr::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.type_name()
        )));
    };
    let items = crate::types::dict::table::items(&d.borrow());
    let mut map: AttrMap = inst
        .dict
        .borrow()
        .iter()
        .filter(|(k, _)| is_slot(&inst.class, **k))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    for (k, v) in items {
        if let Value::Str(s) = k {
            map.insert(interp.intern(s.as_str()), v);
        }
    }
    let old = std::mem::replace(&mut *inst.dict.borrow_mut(), map);
    drop(old);
    Ok(())
}

/// The names `dir(v)` lists (unsorted, possibly repeated).
pub fn dir_names(interp: &mut Interp, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add_map = |interp: &Interp, m: &AttrMap, names: &mut Vec<String>| {
        for k in m.keys() {
            names.push(interp.names.name(*k).to_string());
        }
    };
    let add_class = |interp: &Interp, c: &Rc<Class>, names: &mut Vec<String>| {
        let chain = std::iter::once(c).chain(c.mro.iter());
        for k in chain {
            if Rc::ptr_eq(k, &interp.object_class) {
                names.extend(OBJECT_DIR.iter().map(|n| n.to_string()));
                continue;
            }
            add_map(interp, &k.dict.borrow(), names);
            if !k.builtin {
                names.extend(["__module__", "__doc__"].map(String::from));
                if k.has_dict && !k.bases.iter().any(|b| b.has_dict) {
                    names.extend(["__dict__", "__weakref__"].map(String::from));
                }
            }
        }
    };
    match v {
        Value::Instance(i) => {
            if i.exc.is_some() {
                let extra = crate::types::exception::attribute_names(i);
                names.extend(extra.iter().map(|n| n.to_string()));
            }
            for k in i.dict.borrow().keys() {
                if !is_slot(&i.class, *k) {
                    names.push(interp.names.name(*k).to_string());
                }
            }
            add_class(interp, &i.class, &mut names);
        }
        Value::Class(c) => add_class(interp, c, &mut names),
        Value::Module(m) => match &m.ns {
            Some(ns) => {
                if let Some(d) = interp.namespace_dict(ns).as_dict() {
                    for k in crate::types::dict::table::items(&d.borrow()) {
                        if let Value::Str(k) = k.0 {
                            names.push(k.as_str().to_string());
                        }
                    }
                }
            }
            None => add_map(interp, &m.dict.borrow(), &mut names),
        },
        _ => {
            let c = interp.type_of(v);
            add_class(interp, &c, &mut names);
        }
    }
    names
}

/// A function's `__module__`: set on it, else the `__name__` of the module it was
/// defined in.
pub fn function_module(interp: &mut Interp, f: &Rc<Function>) -> Value {
    if let Some(m) = f.dict.borrow().get(&sym::__module__) {
        return m.clone();
    }
    if let Some(ns) = &f.code.ns {
        if let Ok(Some(name)) = interp.namespace_get(ns, "__name__") {
            return name;
        }
    }
    Value::str(&*interp.main_name)
}

pub fn function_attribute(interp: &mut Interp, f: &Rc<Function>, name: Sym) -> Option<Value> {
    Some(match name {
        sym::__name__ => Value::str(&**f.name.borrow()),
        sym::__qualname__ => Value::str(&**f.qualname.borrow()),
        sym::__doc__ => f.doc.borrow().clone(),
        sym::__module__ => function_module(interp, f),
        sym::__dict__ => {
            // `__annotations__` is kept in the dict but is not part of `__dict__`.
            let mut d = f.dict.borrow().clone();
            d.shift_remove(&sym::__annotations__);
            attr_dict(interp, &d)
        }
        _ => {
            if let Some(v) = f.dict.borrow().get(&name) {
                return Some(v.clone());
            }
            if name == sym::__annotations__ {
                // Made on first read and kept, as CPython does.
                let d = Value::dict(crate::types::dict::table::new_dict());
                f.dict.borrow_mut().insert(name, d.clone());
                return Some(d);
            }
            let text = interp.name(name);
            return crate::types::code::function_attribute(interp, f, &text);
        }
    })
}

pub fn set_function_attribute(interp: &mut Interp, f: &Rc<Function>, name: Sym, v: Value) {
    match name {
        sym::__name__ => {
            *f.name.borrow_mut() = Rc::from(interp.str(&v).unwrap_or_default().as_str())
        }
        sym::__qualname__ => {
            *f.qualname.borrow_mut() = Rc::from(interp.str(&v).unwrap_or_default().as_str())
        }
        sym::__doc__ => *f.doc.borrow_mut() = v,
        _ => {
            f.dict.borrow_mut().insert(name, v);
        }
    }
}

/// Attributes of built-in values that are not methods (bound methods' `__self__`...).
pub fn builtin_attribute(interp: &mut Interp, obj: &Value, name: Sym) -> PyResult<Option<Value>> {
    let text = interp.name(name);
    Ok(match (obj, &*text) {
        (Value::Code(c), _) => crate::types::code::attribute(c, &text),
        (Value::BoundMethod(m), "__self__") => Some(m.receiver.clone()),
        (Value::BoundMethod(m), "__func__") => Some(m.func.clone()),
        (Value::BoundMethod(m), "__name__") => match &m.func {
            Value::Builtin(b) => Some(Value::str(b.name)),
            f => Some(interp.get_attr(f, name)?),
        },
        // A method's other attributes are its function's.
        (Value::BoundMethod(m), _) => {
            let f = m.func.clone();
            Some(interp.get_attr(&f, name)?)
        }
        (Value::Builtin(b), "__doc__" | "__text_signature__") => {
            match interp.builtin_fn_doc(b, &text) {
                Some(v) => Some(v),
                None => Some(Value::None),
            }
        }
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(match b.owner {
            Some(o) if &*text == "__qualname__" => format!("{o}.{}", b.name),
            _ => b.name.to_string(),
        })),
        (Value::Descriptor(d), "__func__") => match &**d {
            Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => Some(f.clone()),
            _ => None,
        },
        (Value::Descriptor(d), "__doc__") if matches!(**d, Descriptor::TupleItem { .. }) => {
            match &**d {
                Descriptor::TupleItem { doc, .. } => Some(doc.borrow().clone()),
                _ => None,
            }
        }
        (Value::Descriptor(d), "fget" | "fset" | "fdel" | "__doc__") => match &**d {
            Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Some(match &*text {
                "fget" => fget.clone(),
                "fset" => fset.clone(),
                "fdel" => fdel.clone(),
                _ => doc.clone(),
            }),
            _ => None,
        },
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        _ => None,
    })
}

/// A dict snapshot of an attribute map.
pub fn attr_dict(interp: &mut Interp, map: &AttrMap) -> Value {
    let d = Value::dict(crate::types::dict::table::new_dict());
    let items: Vec<(Sym, Value)> = map.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (k, v) in items {
        let key = Value::str(&*interp.name(k));
        let _ = interp.dict_set(&d, key, v);
    }
    d
}
