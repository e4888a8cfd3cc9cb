//! `super`: `super(C, obj)`, `super(C, C2)`, the unbound `super(C)`, and the
//! zero-argument form the resolver rewrites into `super(__class__, <first argument>)`.

use std::rc::Rc;

use super::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{Class, Descriptor};
use crate::object::function::BuiltinImpl;
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

pub(super) fn super_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("super")?;
    match args.pos.len() {
        0 => Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments")),
        1 | 2 => new_super(
            interp,
            args.pos[0].clone(),
            args.pos.get(1).cloned().unwrap_or(Value::None),
        ),
        n => Err(PyErr::type_error(format!(
            "super() expected at most 2 arguments, got {n}"
        ))),
    }
}

/// `super(start, obj)`, checked as CPython's `supercheck` does (`obj` None: unbound).
pub fn new_super(interp: &mut Interp, start: Value, obj: Value) -> PyResult<Value> {
    let Value::Class(start) = start else {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            start.type_name()
        )));
    };
    if !obj.is_none() {
        let ok = match &obj {
            Value::Class(c) if c.is_subclass(&start) => true,
            other => interp.type_of(other).is_subclass(&start),
        };
        if !ok {
            return Err(PyErr::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
    }
    Ok(Value::Descriptor(alloc(Descriptor::Super { start, obj })))
}

/// The type whose MRO `super(start, obj)` searches: `obj` itself when it is a subclass
/// of `start`, else its type.
fn start_type(interp: &mut Interp, start: &Rc<Class>, obj: &Value) -> Rc<Class> {
    match obj {
        Value::Class(c) if c.is_subclass(start) => c.clone(),
        other => interp.type_of(other),
    }
}

/// `<super: <class 'C'>, <D object>>`.
pub fn super_repr(interp: &mut Interp, start: &Rc<Class>, obj: &Value) -> String {
    let what = if obj.is_none() {
        "NULL".to_string()
    } else {
        format!("<{} object>", start_type(interp, start, obj).name())
    };
    format!("<super: <class '{}'>, {what}>", start.name())
}

/// `super(start, obj).name`: the first class after `start` in the MRO that has `name`,
/// its attribute bound to `obj` (for `super(C, C2)`, as seen from the class `C2`).
pub fn super_lookup(
    interp: &mut Interp,
    this: &Value,
    start: &Rc<Class>,
    obj: &Value,
    name: Sym,
) -> PyResult<Value> {
    if !obj.is_none() && name != sym::__class__ {
        let class = start_type(interp, start, obj);
        let class_form = matches!(obj, Value::Class(c) if Rc::ptr_eq(c, &class));
        let mut full = vec![class.clone()];
        full.extend(class.mro.iter().cloned());
        let pos = full
            .iter()
            .position(|c| Rc::ptr_eq(c, start))
            .map_or(full.len(), |p| p + 1);
        for c in &full[pos..] {
            let Some(v) = c.dict.borrow().get(&name).cloned() else {
                continue;
            };
            let owner = Value::Class(class.clone());
            return Ok(match v {
                Value::Function(_) if class_form => v,
                Value::Function(_) => bind(v, obj.clone()),
                Value::Builtin(ref b) => match b.imp {
                    _ if b.name == "__new__" => v,
                    BuiltinImpl::ClassMethod(_) => bind(v.clone(), owner),
                    BuiltinImpl::Method(_) if !class_form => bind(v.clone(), obj.clone()),
                    _ => v,
                },
                Value::Descriptor(d) => match &*d {
                    Descriptor::ClassMethod(f) => bind(f.clone(), owner),
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::Property { fget, .. } if !class_form && !fget.is_none() => {
                        interp.call(fget, vec![obj.clone()], vec![])?
                    }
                    Descriptor::TupleItem { index, .. } if !class_form => {
                        interp.tuple_field(*index, obj)?
                    }
                    _ => Value::Descriptor(d.clone()),
                },
                Value::Instance(ref d) => match d.class.lookup_user(sym::__get__) {
                    Some(get) => {
                        let inst = if class_form { Value::None } else { obj.clone() };
                        interp.call(&get, vec![v.clone(), inst, owner], vec![])?
                    }
                    None => v,
                },
                other => other,
            });
        }
    }
    match &*interp.name(name) {
        "__class__" => return Ok(Value::Class(interp.type_of(this))),
        "__thisclass__" => return Ok(Value::Class(start.clone())),
        "__self__" => return Ok(obj.clone()),
        "__self_class__" if obj.is_none() => return Ok(Value::None),
        "__self_class__" => return Ok(Value::Class(start_type(interp, start, obj))),
        _ => {}
    }
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!("'super' object has no attribute '{}'", interp.name(name)),
    ))
}
