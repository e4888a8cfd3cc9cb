//! `object`, `type`, user classes and their instances, `super`, and the descriptor
//! constructors `property`, `staticmethod`, `classmethod`.
//!
//! Class creation and calling a class (`type.__new__`, `type.__call__`, metaclasses)
//! are in `class_creation.rs`; `super` in `super_proxy.rs`; the attributes of classes,
//! functions and built-in values in `class_attributes.rs`.

mod class_attributes;
mod class_creation;
pub mod native;
pub mod structseq;
mod super_proxy;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{messages, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{compute_mro, AttrMap, Class, Descriptor, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};

pub use class_attributes::{
    attr_dict, builtin_attribute, class_getattribute, class_setattr, dir_names, function_attribute,
    function_module, instance_dict, replace_instance_dict, set_function_attribute,
};
pub use class_creation::{build_class, prepare_class, resolve_bases, type_call};
pub use super_proxy::{new_super, super_lookup, super_repr};

pub fn install(interp: &mut Interp) {
    native::install(interp);
    set_new(interp, "object", object_new);
    set_new(interp, "type", class_creation::type_new);
    interp.add_constructor("super", super_proxy::super_new);
    interp.add_constructor("property", property_new);
    interp.add_constructor("staticmethod", staticmethod_new);
    interp.add_constructor("classmethod", classmethod_new);
    interp.add_constructor("module", module_new);
    interp.add_methods(
        "property",
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
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
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__dir__", object_dir),
        ],
    );
    interp.add_class_methods(
        "object",
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ],
    );
    interp.add_methods(
        "type",
        &[
            ("mro", type_mro),
            ("__init__", class_creation::type_init),
            ("__call__", class_creation::type_call_method),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
}

/// Puts a `__new__(cls, *args)` into a built-in type's dict: called unbound, its first
/// argument is the class to instantiate.
fn set_new(interp: &mut Interp, type_name: &'static str, f: MethodImpl) {
    let class = interp.builtin_class(type_name);
    let new = BuiltinFunction {
        name: "__new__",
        owner: Some(type_name),
        imp: BuiltinImpl::Method(f),
        module: None,
    };
    class
        .dict_mut()
        .insert(sym::__new__, Value::Builtin(alloc(new)));
}

/// Whether arguments were passed (CPython's `excess_args`).
fn excess_args(args: &Args) -> bool {
    !args.pos.is_empty() || !args.kw.is_empty()
}

/// `object.__new__(cls, *args)`: a bare instance of `cls`.
fn object_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Class(c) = this else {
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            this.type_name()
        )));
    };
    if excess_args(&args) {
        if c.lookup_user(sym::__new__).is_some() {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if c.lookup_user(sym::__init__).is_none() && c.exc_kind.is_none() {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                c.name()
            )));
        }
    }
    if c.builtin && !Rc::ptr_eq(c, &interp.object_class) {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name(),
            c.name()
        )));
    }
    if c.metaclass.is_none() && c.is_subclass(&interp.type_class.clone()) {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use type.__new__()",
            c.name()
        )));
    }
    construct(interp, c, args.pos, args.kw)
}

/// `object.__init__(self, *args)`: accepts arguments only when `__new__` is overridden.
fn object_init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if excess_args(&args) {
        let c = interp.type_of(this);
        if c.lookup_user(sym::__init__).is_some() {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if c.lookup_user(sym::__new__).is_none() && native::native_base(&c).is_none() {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                c.name()
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__subclasshook__(*args)`: no opinion, so `abc` falls back to the usual checks.
fn object_subclasshook(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_init_subclass(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() || !args.pos.is_empty() {
        let name = match this {
            Value::Class(c) => c.qualname.to_string(),
            _ => "object".to_string(),
        };
        if !args.kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )));
        }
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(Value::None)
}

fn attr_name(interp: &mut Interp, v: &Value) -> PyResult<crate::object::intern::Sym> {
    match v {
        Value::Str(s) => Ok(interp.intern(s.as_str())),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// `object.__getattribute__(self, name)`: the generic lookup, skipping a user
/// `__getattribute__`.
fn object_getattribute(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__getattribute__", 1, 1)?;
    let name = attr_name(interp, &a[0])?;
    match this {
        Value::Instance(i) => interp.instance_getattribute(this, i, name),
        other => interp.get_attr(other, name),
    }
}

fn object_setattr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__setattr__", 2, 2)?;
    let name = attr_name(interp, &a[0])?;
    match this {
        Value::Instance(i) => interp.instance_setattr(this, i, name, Some(a[1].clone()))?,
        // `type.__setattr__` (a metaclass's `super().__setattr__`): the class dict itself.
        Value::Class(c) if !c.builtin => {
            class_attributes::class_setattr_generic(interp, c, name, Some(a[1].clone()))?
        }
        other => interp.set_attr(other, name, a[1].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__delattr__", 1, 1)?;
    let name = attr_name(interp, &a[0])?;
    match this {
        Value::Instance(i) => interp.instance_setattr(this, i, name, None)?,
        Value::Class(c) if !c.builtin => {
            class_attributes::class_setattr_generic(interp, c, name, None)?
        }
        other => interp.del_attr(other, name)?,
    }
    Ok(Value::None)
}

fn object_dir(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__dir__", 0, 0)?;
    let names = dir_names(interp, this);
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn object_eq(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__eq__", 1, 1)?;
    Ok(if this.is(&a[0]) {
        Value::Bool(BoolWord::TRUE)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__ne__", 1, 1)?;
    Ok(Value::from_bool(!(interp.eq(this, &a[0])?)))
}

fn object_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    if let Value::Instance(i) = this {
        let module = i.class.dict.borrow().get(&sym::__module__).cloned();
        let prefix = match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
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

fn type_subclasses(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    args.range("__subclasses__", 0, 0)?;
    Ok(Value::list(vec![]))
}

fn type_instancecheck(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__instancecheck__", 1, 1)?;
    let Value::Class(c) = this else {
        return Ok(Value::Bool(BoolWord::FALSE));
    };
    Ok(Value::from_bool(interp.type_of(&a[0]).is_subclass(c)))
}

fn type_subclasscheck(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__subclasscheck__", 1, 1)?;
    let (Value::Class(c), Value::Class(sub)) = (this, &a[0]) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::from_bool(sub.is_subclass(c)))
}

/// Creates a user class from its bases and namespace; `meta` is its metaclass when
/// that is not `type`.
pub fn new_class(
    interp: &mut Interp,
    meta: Option<Rc<Class>>,
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    ns: AttrMap,
) -> PyResult<Value> {
    let type_class = interp.type_class.clone();
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => {
                if !Rc::ptr_eq(&c, &type_class) {
                    native::check_base(&c)?;
                }
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
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                b.name()
            )));
        }
    }
    if base_classes.is_empty() {
        base_classes.push(interp.object_class.clone());
    }
    native::check_layout(&base_classes)?;
    let mro = compute_mro(&base_classes)?;
    let exc_kind = mro.iter().find_map(|c| c.exc_kind);
    let has_dict = match ns.get(&sym::__slots__) {
        None => true,
        Some(slots) => {
            class_creation::slots_include_dict(slots) || base_classes.iter().any(|b| b.has_dict)
        }
    };
    let class = alloc(Class {
        name: name.into(),
        qualname: qualname.into(),
        bases: base_classes,
        mro,
        flags: Cell::new(crate::object::class::attr_flags(&ns)),
        dict: RefCell::new(ns),
        exc_kind,
        builtin: false,
        metaclass: meta,
        has_dict: has_dict || exc_kind.is_some(),
        dict_names: RefCell::default(),
    });
    Ok(Value::Class(class))
}

/// `object.__new__(c)` for a user class `c`: makes the bare instance (exceptions keep
/// their arguments).
pub fn construct(
    interp: &mut Interp,
    c: &Rc<Class>,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let c = &crate::types::exception::class_for(interp, c, pos).unwrap_or_else(|| c.clone());
    if c.exc_kind.is_some() && !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            c.name()
        )));
    }
    if c.flags.get() & crate::object::class::ATTR_ABSTRACT != 0 {
        refuse_abstract(interp, c)?;
    }
    let inst = alloc(Instance::new(c.clone()));
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = pos.to_vec();
        crate::types::exception::init_args(interp, &inst, pos);
    }
    Ok(Value::Instance(inst))
}

/// CPython's `object_new` refusal for a class whose `__abstractmethods__` is not empty.
fn refuse_abstract(interp: &mut Interp, c: &Rc<Class>) -> PyResult<()> {
    let Some(methods) = c.dict.borrow().get(&sym::__abstractmethods__).cloned() else {
        return Ok(());
    };
    if !interp.truthy(&methods)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for m in interp.collect(&methods)? {
        names.push(interp.str(&m)?);
    }
    names.sort();
    Err(crate::error::messages::abstract_instance(c.name(), &names))
}

/// A bound method: `func` with `receiver` as its first argument.
pub fn bind(func: Value, receiver: Value) -> Value {
    Value::BoundMethod(alloc(crate::object::function::BoundMethod {
        func,
        receiver,
    }))
}

fn descriptor(d: Descriptor) -> Value {
    Value::Descriptor(alloc(d))
}

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [name, doc] = args.parse("module", ["name", "doc"], 1)?;
    let name = match name.unwrap_or(Value::None) {
        Value::Str(s) => s,
        other => {
            let got = other.arg_type_name();
            return Err(messages::argument_type("module", "name", "str", got));
        }
    };
    let members = vec![
        ("__name__", Value::Str(name.clone())),
        ("__doc__", doc.unwrap_or(Value::None)),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ];
    Ok(interp.make_module(name.as_str(), members))
}

fn property_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = args.parse("property", ["fget", "fset", "fdel", "doc"], 0)?;
    let fget = fget.unwrap_or(Value::None);
    let doc = match doc {
        Some(d) if !d.is_none() => d,
        _ => match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            _ => Value::None,
        },
    };
    Ok(descriptor(Descriptor::Property {
        fget,
        fset: fset.unwrap_or(Value::None),
        fdel: fdel.unwrap_or(Value::None),
        doc,
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

/// `prop.__get__(obj, type=None)`: the property itself when `obj` is None.
fn property_get(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(this.clone());
    }
    let class = interp.type_of(&a[0]);
    match this {
        Value::Descriptor(d) => match &**d {
            Descriptor::Property { fget, .. } if !fget.is_none() => {
                interp.call(fget, vec![a[0].clone()], vec![])
            }
            _ => Err(PyErr::new(
                ExcKind::AttributeError,
                format!("property of '{}' object has no getter", class.name()),
            )),
        },
        _ => Ok(Value::None),
    }
}

fn property_set(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__set__", 2, 2)?;
    property_call(interp, this, 1, vec![a[0].clone(), a[1].clone()])
}

fn property_delete(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__delete__", 1, 1)?;
    property_call(interp, this, 2, vec![a[0].clone()])
}

fn property_call(
    interp: &mut Interp,
    this: &Value,
    which: usize,
    args: Vec<Value>,
) -> PyResult<Value> {
    let Value::Descriptor(d) = this else {
        return Ok(Value::None);
    };
    let Descriptor::Property { fset, fdel, .. } = &**d else {
        return Ok(Value::None);
    };
    let (f, what) = if which == 1 {
        (fset, "setter")
    } else {
        (fdel, "deleter")
    };
    if f.is_none() {
        let t = interp.type_of(&args[0]);
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("property of '{}' object has no {what}", t.name()),
        ));
    }
    interp.call(f, args, vec![])?;
    Ok(Value::None)
}
