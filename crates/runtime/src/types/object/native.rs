//! Subclasses of built-in types (`class Flags(int)`, `class Registry(dict)`): an instance
//! carries the built-in value (`Instance::native`), made by the base's `__new__`; the
//! base's methods and operations work on that value (see `Value::native`).

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, FuncImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

/// The built-in types a class may derive from, carrying their value.
const NATIVE_BASES: &[&str] = &[
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "array",
];

/// The mutable ones: their `__new__` makes an empty value and `__init__` fills it.
const FILLED_BY_INIT: &[&str] = &["list", "dict", "set", "bytearray"];

/// Built-in types CPython refuses as a base.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "memoryview",
    "range",
    "slice",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "_tuplegetter",
];

pub fn install(interp: &mut Interp) {
    for name in FILLED_BY_INIT {
        interp.add_methods(name, &[("__init__", refill)]);
    }
}

/// Whether a class can be a base: user classes, `object`, exceptions and the built-in
/// types whose value an instance can carry.
pub fn check_base(c: &Class) -> PyResult<()> {
    if !c.builtin || c.exc_kind.is_some() || c.name() == "object" {
        return Ok(());
    }
    if NATIVE_BASES.contains(&c.name()) {
        return Ok(());
    }
    if FINAL_TYPES.contains(&c.name()) {
        let module = match c.dict.borrow().get(&sym::__module__) {
            Some(Value::Str(m)) => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        return Err(PyErr::type_error(format!(
            "type '{module}{}' is not an acceptable base type",
            c.name()
        )));
    }
    Err(PyErr::type_error(format!(
        "minipy cannot subclass the built-in type '{}'",
        c.name()
    )))
}

/// The built-in type whose value instances of `c` carry, if any.
pub fn native_base(c: &Rc<Class>) -> Option<Rc<Class>> {
    std::iter::once(c)
        .chain(c.mro.iter())
        .find(|k| k.builtin && NATIVE_BASES.contains(&k.name()))
        .cloned()
}

/// Bases whose built-in values differ cannot be combined (`class A(int, str)`).
pub fn check_layout(bases: &[Rc<Class>]) -> PyResult<()> {
    let mut found: Option<Rc<Class>> = None;
    for b in bases {
        // A metaclass (a subclass of `type`) has type's layout.
        let layout = std::iter::once(b)
            .chain(b.mro.iter())
            .find(|k| k.builtin && k.name() == "type")
            .cloned();
        let Some(n) = native_base(b).or(layout) else {
            continue;
        };
        match &found {
            Some(f) if !Rc::ptr_eq(f, &n) => {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ))
            }
            _ => found = Some(n),
        }
    }
    Ok(())
}

/// `int.__new__(cls, *args)`: the built-in value, carried by an instance when `cls` is
/// a subclass.
pub fn call_new(
    interp: &mut Interp,
    b: &BuiltinFunction,
    f: FuncImpl,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let owner = b.owner.unwrap_or("object");
    let Some(first) = pos.first() else {
        return Err(PyErr::type_error(format!(
            "{owner}.__new__(): not enough arguments"
        )));
    };
    let Value::Class(cls) = first else {
        return Err(PyErr::type_error(format!(
            "{owner}.__new__(X): X is not a type object ({})",
            first.type_name()
        )));
    };
    let base = interp.builtin_class(owner);
    if !cls.is_subclass(&base) {
        return Err(PyErr::type_error(format!(
            "{owner}.__new__({}): {} is not a subtype of {owner}",
            cls.name(),
            cls.name()
        )));
    }
    let value = if FILLED_BY_INIT.contains(&owner) {
        f(interp, Args::new(&[], &[]))?
    } else {
        f(interp, Args::new(&pos[1..], kw))?
    };
    Ok(wrap(cls, &base, value))
}

fn wrap(cls: &Rc<Class>, base: &Rc<Class>, value: Value) -> Value {
    if Rc::ptr_eq(cls, base) {
        return value;
    }
    Value::Instance(alloc(Instance::with_native(cls.clone(), value)))
}

/// `list.__init__(self, iterable)` and the like: the value is made anew from the
/// arguments, as the constructor makes it, and replaces the contents in place.
fn refill(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let class = interp.type_of(this);
    let Some(Value::Builtin(b)) = class.lookup(sym::__new__) else {
        return Ok(Value::None);
    };
    let BuiltinImpl::New(f) = b.imp else {
        return Ok(Value::None);
    };
    let fresh = f(interp, args)?;
    match (this, &fresh) {
        (Value::List(d), Value::List(s)) => {
            let items = std::mem::take(&mut *s.borrow_mut());
            let old = std::mem::replace(&mut *d.borrow_mut(), items);
            crate::object::value::drop_values(old);
        }
        (Value::Dict(d), Value::Dict(s)) => {
            let table = std::mem::take(&mut *s.borrow_mut());
            drop(std::mem::replace(&mut *d.borrow_mut(), table));
        }
        (Value::Set(d), Value::Set(s)) => {
            let table = std::mem::take(&mut *s.table.borrow_mut());
            drop(std::mem::replace(&mut *d.table.borrow_mut(), table));
        }
        (Value::ByteArray(d), Value::ByteArray(s)) => {
            let bytes = std::mem::take(&mut *s.borrow_mut());
            if !d.is_empty() || !bytes.is_empty() {
                *d.resize()? = bytes;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}
