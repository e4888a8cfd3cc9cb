//! `object`, `type`, user classes and their instances, `super`, and the descriptor
//! constructors `property`, `staticmethod`, `classmethod`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{compute_mro, AttrMap, Class, Descriptor, Instance};
use crate::object::function::{BoundMethod, Function};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

pub mod native;
pub mod structseq;

pub fn install(interp: &mut Interp) {
    native::install(interp);
    interp.add_constructor("object", object_new);
    interp.add_constructor("type", type_new);
    interp.add_constructor("super", super_new);
    interp.add_constructor("property", property_new);
    interp.add_constructor("staticmethod", staticmethod_new);
    interp.add_constructor("classmethod", classmethod_new);
    interp.add_methods(
        "property",
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
    interp.add_methods(
        "object",
        &[
            ("__init__", object_init),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
        ],
    );
    interp.add_methods("type", &[("mro", type_mro)]);
}

fn object_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    let _ = args;
    Err(PyErr::type_error("object() instances are not supported"))
}

fn object_init(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_eq(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__eq__", 1, 1)?;
    Ok(if this.is(&a[0]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__ne__", 1, 1)?;
    Ok(Value::Bool(!interp.eq(this, &a[0])?))
}

fn object_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    if let Value::Instance(i) = this {
        let module = i.class.dict.borrow().get(&sym::__module__).cloned();
        let prefix = match module {
            Some(Value::Str(m)) => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        return Ok(Value::str(format!(
            "<{}{} object at {:#x}>",
            prefix,
            i.class.qualname,
            this.identity()
        )));
    }
    Ok(Value::str(interp.repr(this)?))
}

fn object_str(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::str(interp.repr(this)?))
}

fn object_hash(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Int((this.identity() >> 4) as i64))
}

fn type_mro(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let Value::Class(c) = this else {
        return Ok(Value::None);
    };
    let mut items = vec![this.clone()];
    items.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
    Ok(Value::list(items))
}

fn type_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        1 => Ok(Value::Class(interp.type_of(&args.pos[0]))),
        3 => {
            let Value::Str(name) = &args.pos[0] else {
                return Err(PyErr::type_error("type.__new__() argument 1 must be str"));
            };
            let bases = interp.collect(&args.pos[1])?;
            let mut ns = AttrMap::default();
            if let Some(d) = args.pos[2].as_dict() {
                let items = crate::types::dict::table::items(&d.borrow());
                for (k, v) in items {
                    if let Value::Str(s) = k {
                        let sym = interp.intern(s.as_str());
                        ns.insert(sym, v);
                    }
                }
            }
            new_class(interp, name.as_str(), name.as_str(), bases, ns)
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// Creates a user class from its bases and namespace.
pub fn new_class(
    interp: &mut Interp,
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    ns: AttrMap,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => {
                native::check_base(&c)?;
                base_classes.push(c)
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )))
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(interp.object_class.clone());
    }
    native::check_layout(&base_classes)?;
    let mro = compute_mro(&base_classes)?;
    let exc_kind = mro.iter().find_map(|c| c.exc_kind);
    let class = alloc(Class {
        name: name.into(),
        qualname: qualname.into(),
        bases: base_classes,
        mro,
        properties: Cell::new(crate::object::class::count_properties(&ns)),
        dict: RefCell::new(ns),
        exc_kind,
        builtin: false,
    });
    Ok(Value::Class(class))
}

/// Calls a user class: makes the instance and runs `__init__`.
pub fn construct(
    interp: &mut Interp,
    c: &Rc<Class>,
    pos: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    if let Some(base) = native::native_base(c) {
        return native::construct(interp, c, &base, pos, kw);
    }
    let c = &crate::types::exception::class_for(interp, c, &pos).unwrap_or_else(|| c.clone());
    let inst = alloc(Instance::new(c.clone()));
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = pos.clone();
        crate::types::exception::init_args(interp, &inst, &pos);
    }
    let obj = Value::Instance(inst);
    match c.lookup(sym::__init__) {
        Some(init @ Value::Function(_)) => {
            let mut all = Vec::with_capacity(pos.len() + 1);
            all.push(obj.clone());
            all.extend(pos);
            let r = interp.call(&init, all, kw)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        _ => {
            if c.exc_kind.is_none() && (!pos.is_empty() || !kw.is_empty()) {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    c.name()
                )));
            }
            if c.exc_kind.is_some() && !kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}() takes no keyword arguments",
                    c.name()
                )));
            }
        }
    }
    Ok(obj)
}

fn super_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let _ = interp;
    let a = args.range("super", 2, 2).map_err(|_| {
        PyErr::new(
            crate::error::ExcKind::RuntimeError,
            "super(): minipy needs explicit arguments: super(Class, self)",
        )
    })?;
    let Value::Class(start) = &a[0] else {
        return Err(PyErr::type_error("super() argument 1 must be a type"));
    };
    Ok(descriptor(Descriptor::Super {
        start: start.clone(),
        obj: a[1].clone(),
    }))
}

fn descriptor(d: Descriptor) -> Value {
    Value::Descriptor(alloc(d))
}

fn property_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = args.parse("property", ["fget", "fset", "fdel", "doc"], 0)?;
    Ok(descriptor(Descriptor::Property {
        fget: fget.unwrap_or(Value::None),
        fset: fset.unwrap_or(Value::None),
        fdel: fdel.unwrap_or(Value::None),
        doc: doc.unwrap_or(Value::None),
    }))
}

fn property_with(this: &Value, which: usize, f: Value) -> PyResult<Value> {
    let Value::Descriptor(d) = this else {
        return Ok(Value::None);
    };
    let Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**d
    else {
        return Ok(Value::None);
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Ok(descriptor(Descriptor::Property {
        fget,
        fset,
        fdel,
        doc: doc.clone(),
    }))
}

fn property_getter(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("getter", 1, 1)?;
    property_with(this, 0, a[0].clone())
}

fn property_setter(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("setter", 1, 1)?;
    property_with(this, 1, a[0].clone())
}

fn property_deleter(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("deleter", 1, 1)?;
    property_with(this, 2, a[0].clone())
}

fn staticmethod_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("staticmethod", 1, 1)?;
    Ok(descriptor(Descriptor::StaticMethod(a[0].clone())))
}

fn classmethod_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("classmethod", 1, 1)?;
    Ok(descriptor(Descriptor::ClassMethod(a[0].clone())))
}

/// Attributes every class has: `__name__`, `__mro__`, ...
pub fn class_attribute(interp: &mut Interp, c: &Rc<Class>, name: Sym) -> PyResult<Value> {
    Ok(match name {
        sym::__name__ => Value::str(&*c.name),
        sym::__qualname__ => Value::str(&*c.qualname),
        sym::__bases__ => Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect()),
        sym::__mro__ => {
            let mut items = vec![Value::Class(c.clone())];
            items.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
            Value::tuple(items)
        }
        sym::__doc__ => Value::None,
        sym::__dict__ => attr_dict(interp, &c.dict.borrow()),
        sym::__module__ => Value::str("builtins"),
        _ => return Err(messages::type_no_attribute(c.name(), &interp.name(name))),
    })
}

pub fn function_attribute(interp: &mut Interp, f: &Rc<Function>, name: Sym) -> Option<Value> {
    Some(match name {
        sym::__name__ => Value::str(&**f.name.borrow()),
        sym::__qualname__ => Value::str(&**f.qualname.borrow()),
        sym::__doc__ => f.doc.borrow().clone(),
        sym::__module__ => match f.dict.borrow().get(&name) {
            Some(m) => m.clone(),
            None => Value::str(&*interp.main_name),
        },
        sym::__dict__ => attr_dict(interp, &f.dict.borrow()),
        _ => {
            if let Some(v) = f.dict.borrow().get(&name) {
                return Some(v.clone());
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
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(match b.owner {
            Some(o) if &*text == "__qualname__" => format!("{o}.{}", b.name),
            _ => b.name.to_string(),
        })),
        (Value::Descriptor(d), "__func__") => match &**d {
            Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => Some(f.clone()),
            _ => None,
        },
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
    let mut items: Vec<(Sym, Value)> = map.iter().map(|(k, v)| (*k, v.clone())).collect();
    items.sort_by_key(|(k, _)| *k);
    for (k, v) in items {
        let key = Value::str(&*interp.name(k));
        let _ = interp.dict_set(&d, key, v);
    }
    d
}

pub fn dir_names(interp: &mut Interp, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add_map = |interp: &Interp, m: &AttrMap, names: &mut Vec<String>| {
        for k in m.keys() {
            names.push(interp.names.name(*k).to_string());
        }
    };
    match v {
        Value::Instance(i) => {
            if i.exc.is_some() {
                let extra = crate::types::exception::attribute_names(i);
                names.extend(extra.iter().map(|n| n.to_string()));
            }
            add_map(interp, &i.dict.borrow(), &mut names);
            add_map(interp, &i.class.dict.borrow(), &mut names);
            for c in &i.class.mro {
                add_map(interp, &c.dict.borrow(), &mut names);
            }
        }
        Value::Class(c) => {
            add_map(interp, &c.dict.borrow(), &mut names);
            for m in &c.mro {
                add_map(interp, &m.dict.borrow(), &mut names);
            }
        }
        Value::Module(m) => add_map(interp, &m.dict.borrow(), &mut names),
        _ => {
            let c = interp.type_of(v);
            add_map(interp, &c.dict.borrow(), &mut names);
            for m in &c.mro {
                add_map(interp, &m.dict.borrow(), &mut names);
            }
        }
    }
    names
}

/// Calls `super(C, obj).name`: the next class after `C` in `obj`'s MRO.
pub fn super_lookup(
    interp: &mut Interp,
    start: &Rc<Class>,
    obj: &Value,
    name: Sym,
) -> PyResult<Value> {
    let class = match obj {
        Value::Class(c) => c.clone(),
        other => interp.type_of(other),
    };
    let mut full = vec![class.clone()];
    full.extend(class.mro.iter().cloned());
    let pos = full
        .iter()
        .position(|c| Rc::ptr_eq(c, start))
        .map_or(full.len(), |p| p + 1);
    for c in &full[pos..] {
        if let Some(v) = c.dict.borrow().get(&name).cloned() {
            return Ok(match v {
                Value::Function(_) => Value::BoundMethod(alloc(BoundMethod {
                    func: v,
                    receiver: obj.clone(),
                })),
                Value::Builtin(ref b) if b.is_method() => Value::BoundMethod(alloc(BoundMethod {
                    func: v.clone(),
                    receiver: obj.clone(),
                })),
                Value::Descriptor(d) => match &*d {
                    Descriptor::ClassMethod(f) => Value::BoundMethod(alloc(BoundMethod {
                        func: f.clone(),
                        receiver: Value::Class(class.clone()),
                    })),
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::Property { fget, .. } => {
                        interp.call(fget, vec![obj.clone()], vec![])?
                    }
                    Descriptor::Super { .. } => Value::Descriptor(d.clone()),
                },
                other => other,
            });
        }
    }
    if name == sym::__init__ {
        return Ok(Interp::builtin_fn("__init__", |_, _| Ok(Value::None)));
    }
    Err(PyErr::new(
        crate::error::ExcKind::AttributeError,
        format!("'super' object has no attribute '{}'", interp.name(name)),
    ))
}
