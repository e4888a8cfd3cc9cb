//! `os.PathLike`: the abstract class every class with `__fspath__` counts as a subclass
//! of (CPython's `__subclasshook__`), with a metaclass named as CPython's (`abc.ABCMeta`)
//! whose instance and subclass checks ask for `__fspath__` on `PathLike` itself and
//! fall back to the plain checks for its subclasses.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

fn builtin(name: &'static str, imp: MethodImpl) -> Value {
    Value::Builtin(crate::object::alloc::alloc(BuiltinFunction {
        name,
        owner: None,
        imp: BuiltinImpl::Method(imp),
        module: None,
    }))
}

pub(crate) fn class(interp: &mut Interp) -> PyResult<Value> {
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("abc"));
    let key = interp.intern("__instancecheck__");
    ns.insert(key, builtin("__instancecheck__", instancecheck));
    let key = interp.intern("__subclasscheck__");
    ns.insert(key, builtin("__subclasscheck__", subclasscheck));
    let type_class = Value::Class(interp.type_class.clone());
    let meta =
        crate::types::object::new_class(interp, None, "ABCMeta", "ABCMeta", vec![type_class], ns)?;
    let Value::Class(meta) = meta else {
        return Err(PyErr::type_error("os: cannot make PathLike"));
    };
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("os"));
    let pathlike =
        crate::types::object::new_class(interp, Some(meta), "PathLike", "PathLike", vec![], ns)?;
    Ok(pathlike)
}

fn has_fspath(interp: &mut Interp, c: &Rc<Class>) -> bool {
    let key = interp.intern("__fspath__");
    c.lookup(key).is_some_and(|v| !v.is_none())
}

/// Whether `sub` counts as a subclass of `cls`: any class with `__fspath__` for
/// `PathLike` itself, real subclasses for its subclasses.
fn is_sub(interp: &mut Interp, cls: &Value, sub: &Rc<Class>) -> bool {
    let Value::Class(cls) = cls else {
        return false;
    };
    if sub.is_subclass(cls) {
        return true;
    }
    cls.name() == "PathLike" && has_fspath(interp, sub)
}

fn instancecheck(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__instancecheck__", 1, 1)?;
    let sub = interp.type_of(&a[0]);
    Ok(Value::from_bool(is_sub(interp, this, &sub)))
}

fn subclasscheck(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("__subclasscheck__", 1, 1)?;
    let Value::Class(sub) = &a[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::from_bool(is_sub(interp, this, sub)))
}
