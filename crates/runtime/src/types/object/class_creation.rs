//! Making classes and calling them, as CPython's `type` does: `type.__new__` (the
//! metaclass winner, `__qualname__`, `__slots__`, implicit static and class methods,
//! `__set_name__`, `__init_subclass__`), `type.__init__`, `type.__call__` (`__new__`
//! then `__init__`), and the metaclass part of a `class` statement.

use std::rc::Rc;

use super::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Descriptor};
use crate::object::function::BuiltinImpl;
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

type Keywords = Vec<(Rc<str>, Value)>;

/// The class's metaclass as a value (`type` when it has none of its own).
fn type_of_class(interp: &mut Interp, c: &Rc<Class>) -> Rc<Class> {
    match &c.metaclass {
        Some(m) => m.clone(),
        None => interp.type_class.clone(),
    }
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`), or the "metaclass conflict" error.
pub fn calculate_metaclass(
    interp: &mut Interp,
    meta: &Rc<Class>,
    bases: &[Value],
) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let t = match b {
            Value::Class(b) => type_of_class(interp, b),
            other => interp.type_of(other),
        };
        if winner.is_subclass(&t) {
            continue;
        }
        if t.is_subclass(&winner) {
            winner = t;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, *args)`: `type(x)` with one argument, a new class with three.
pub(super) fn type_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Class(meta) = this else {
        return Err(PyErr::type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            this.type_name()
        )));
    };
    let type_class = interp.type_class.clone();
    if !meta.is_subclass(&type_class) {
        return Err(PyErr::type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            meta.name(),
            meta.name()
        )));
    }
    let n = args.pos.len();
    if Rc::ptr_eq(meta, &type_class) && n == 1 && args.kw.is_empty() {
        return Ok(Value::Class(interp.type_of(&args.pos[0])));
    }
    if n != 3 {
        if Rc::ptr_eq(meta, &type_class) && (n == 0 || n == 2 || n > 3) && args.owner.is_none() {
            return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
        }
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({n} given)"
        )));
    }
    let Value::Str(name) = &args.pos[0] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            args.pos[0].arg_type_name()
        )));
    };
    let Value::Tuple(bases) = &args.pos[1] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            args.pos[1].arg_type_name()
        )));
    };
    let Some(d) = args.pos[2].as_dict() else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args.pos[2].arg_type_name()
        )));
    };
    let bases: Vec<Value> = bases.iter().cloned().collect();
    let items = crate::types::dict::table::items(&d.borrow());
    let mut ns = AttrMap::default();
    for (k, v) in items {
        if let Value::Str(s) = k {
            let s = interp.intern(s.as_str());
            ns.insert(s, v);
        }
    }
    let winner = calculate_metaclass(interp, meta, &bases)?;
    if !Rc::ptr_eq(&winner, meta) && winner.lookup_user(sym::__new__).is_some() {
        return interp.call(&Value::Class(winner), args.pos.to_vec(), args.kw.to_vec());
    }
    create_class(interp, &winner, name.as_str(), bases, ns, args.kw.to_vec())
}

/// The body of `type.__new__`: the class object, then `__set_name__` and
/// `__init_subclass__`.
pub fn create_class(
    interp: &mut Interp,
    meta: &Rc<Class>,
    name: &str,
    bases: Vec<Value>,
    mut ns: AttrMap,
    kw: Keywords,
) -> PyResult<Value> {
    let qualname: Rc<str> = match ns.shift_remove(&sym::__qualname__) {
        None => name.into(),
        Some(Value::Str(q)) => q.as_str().into(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                other.type_name()
            )))
        }
    };
    if !ns.contains_key(&sym::__module__) {
        let module = interp
            .globals
            .lookup_id("__name__")
            .and_then(|id| interp.globals.get_own(id).cloned());
        if let Some(m) = module {
            ns.insert(sym::__module__, m);
        }
    }
    if !ns.contains_key(&sym::__doc__) {
        ns.insert(sym::__doc__, Value::None);
    }
    // `__new__` is a static method, `__init_subclass__` and `__class_getitem__` class
    // methods, without decorators.
    for (key, wrap) in [
        (sym::__new__, false),
        (sym::__init_subclass__, true),
        (sym::__class_getitem__, true),
    ] {
        if let Some(f @ Value::Function(_)) = ns.get(&key).cloned() {
            let d = if wrap {
                Descriptor::ClassMethod(f)
            } else {
                Descriptor::StaticMethod(f)
            };
            ns.insert(key, Value::Descriptor(alloc(d)));
        }
    }
    if let Some(slots) = ns.get(&sym::__slots__).cloned() {
        add_slots(interp, &mut ns, &slots, name)?;
    }
    let type_class = interp.type_class.clone();
    let metaclass = (!Rc::ptr_eq(meta, &type_class)).then(|| meta.clone());
    let class = super::new_class(interp, metaclass, name, &qualname, bases, ns)?;
    let Value::Class(c) = &class else {
        return Ok(class);
    };
    if let Some(cell) = interp.class_cell.take() {
        *cell.borrow_mut() = Some(class.clone());
    }
    set_names(interp, c)?;
    init_subclass(interp, c, kw)?;
    Ok(class)
}

/// Whether a `__slots__` value names `__dict__`.
pub(super) fn slots_include_dict(slots: &Value) -> bool {
    let is_dict = |v: &Value| matches!(v, Value::Str(s) if s.as_str() == "__dict__");
    match slots {
        Value::Tuple(t) => t.iter().any(is_dict),
        Value::List(l) => l.0.borrow().iter().any(is_dict),
        other => is_dict(other),
    }
}

/// Puts a slot descriptor into the namespace for each name of `__slots__`.
fn add_slots(interp: &mut Interp, ns: &mut AttrMap, slots: &Value, owner: &str) -> PyResult<()> {
    let names = match slots {
        Value::Str(_) => vec![slots.clone()],
        other => interp.collect(other)?,
    };
    let owner: Rc<str> = owner.into();
    let mut seen: Vec<Sym> = Vec::new();
    for n in names {
        let Value::Str(s) = &n else {
            return Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                n.type_name()
            )));
        };
        if s.as_str() == "__dict__" || s.as_str() == "__weakref__" {
            continue;
        }
        let valid = s
            .as_str()
            .chars()
            .enumerate()
            .all(|(i, ch)| ch == '_' || ch.is_alphabetic() || (i > 0 && ch.is_numeric()));
        if s.as_str().is_empty() || !valid {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        let key = interp.intern(s.as_str());
        if ns.contains_key(&key) && !seen.contains(&key) {
            return Err(PyErr::value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                s.as_str()
            )));
        }
        seen.push(key);
        let d = Descriptor::Slot {
            name: key,
            owner: owner.clone(),
        };
        ns.insert(key, Value::Descriptor(alloc(d)));
    }
    Ok(())
}

/// Calls `__set_name__(cls, name)` on each attribute whose type defines it.
fn set_names(interp: &mut Interp, c: &Rc<Class>) -> PyResult<()> {
    let items: Vec<(Sym, Value)> = c
        .dict
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    for (k, v) in items {
        let Value::Instance(i) = &v else {
            continue;
        };
        let Some(set_name) = i.class.lookup_user(sym::__set_name__) else {
            continue;
        };
        let key = Value::str(&*interp.name(k));
        let args = vec![v.clone(), Value::Class(c.clone()), key.clone()];
        if let Err(mut e) = interp.call(&set_name, args, vec![]) {
            if e.is_limit() {
                return Err(e);
            }
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                i.class.name(),
                interp.repr(&key)?,
                c.name()
            );
            let Some(cause) = interp.materialize(&mut e) else {
                return Err(e);
            };
            let mut err = PyErr::new(ExcKind::RuntimeError, msg);
            if let Some(obj) = interp.materialize(&mut err) {
                if let Some(exc) = &obj.exc {
                    let mut exc = exc.borrow_mut();
                    exc.cause = Some(Value::Instance(cause));
                    exc.suppress_context = true;
                }
            }
            return Err(err);
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kw)`.
fn init_subclass(interp: &mut Interp, c: &Rc<Class>, kw: Keywords) -> PyResult<()> {
    let found = c
        .mro
        .iter()
        .find_map(|b| b.dict.borrow().get(&sym::__init_subclass__).cloned());
    let cls = Value::Class(c.clone());
    let f = match found {
        Some(Value::Descriptor(d)) => match &*d {
            Descriptor::ClassMethod(f) => bind(f.clone(), cls),
            Descriptor::StaticMethod(f) => f.clone(),
            _ => return Ok(()),
        },
        Some(b @ Value::Builtin(_)) => bind(b, cls),
        Some(other) => other,
        None => return Ok(()),
    };
    interp.call(&f, vec![], kw)?;
    Ok(())
}

/// `type.__init__(cls, *args)`: only checks the arguments.
pub(super) fn type_init(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 1 && !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if n != 1 && n != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args)`, called explicitly (or through `super()`).
pub(super) fn type_call_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Class(c) = this else {
        return Err(PyErr::type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            this.type_name()
        )));
    };
    if c.builtin {
        return interp.call(this, args.pos.to_vec(), args.kw.to_vec());
    }
    type_call_default(interp, c, args.pos.to_vec(), args.kw.to_vec())
}

/// Calling a user class: its metaclass's `__call__`, or `type.__call__`.
pub fn type_call(
    interp: &mut Interp,
    c: &Rc<Class>,
    pos: Vec<Value>,
    kw: Keywords,
) -> PyResult<Value> {
    if let Some(meta) = &c.metaclass {
        if let Some(call) = meta.lookup_user(sym::__call__) {
            let f = interp.bind_descriptor(call, &Value::Class(c.clone()), meta)?;
            return interp.call(&f, pos, kw);
        }
    }
    type_call_default(interp, c, pos, kw)
}

/// `type.__call__`: `obj = cls.__new__(cls, *args)`, then `obj.__init__(*args)` when
/// `obj` is an instance of `cls`.
fn type_call_default(
    interp: &mut Interp,
    c: &Rc<Class>,
    pos: Vec<Value>,
    kw: Keywords,
) -> PyResult<Value> {
    let (new, owner) = lookup_with_owner(c, sym::__new__);
    let from_object = owner
        .as_ref()
        .is_some_and(|o| Rc::ptr_eq(o, &interp.object_class));
    // Whether a `__new__` written in Python made the object: `object.__init__` then
    // accepts the arguments without a look (a named tuple's construction).
    let mut user_new = false;
    let obj = match new {
        // A built-in base's constructor: its value, carried by an instance of `c`.
        Some(Value::Builtin(b)) if matches!(b.imp, BuiltinImpl::New(_)) => {
            let BuiltinImpl::New(f) = b.imp else {
                return Ok(Value::None);
            };
            let mut all = Vec::with_capacity(pos.len() + 1);
            all.push(Value::Class(c.clone()));
            all.extend(pos.iter().cloned());
            super::native::call_new(interp, &b, f, &all, &kw)?
        }
        // `object.__new__`: the bare instance.
        Some(Value::Builtin(b))
            if from_object
                || (owner.as_ref().is_some_and(|o| o.builtin)
                    && matches!(b.imp, BuiltinImpl::Function(_))) =>
        {
            if from_object
                && (!pos.is_empty() || !kw.is_empty())
                && c.exc_kind.is_none()
                && c.lookup_user(sym::__init__).is_none()
            {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    c.name()
                )));
            }
            super::construct(interp, c, &pos, &kw)?
        }
        Some(Value::Builtin(b)) => match &b.imp {
            BuiltinImpl::Method(f) | BuiltinImpl::ClassMethod(f) => {
                f(interp, &Value::Class(c.clone()), Args::new(&pos, &kw))?
            }
            BuiltinImpl::Function(f) | BuiltinImpl::New(f) => f(interp, Args::new(&pos, &kw))?,
            BuiltinImpl::Host(f) => f(interp, Args::new(&pos, &kw))?,
        },
        Some(new) => {
            let f = match new {
                Value::Descriptor(d) => match &*d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => bind(f.clone(), Value::Class(c.clone())),
                    _ => Value::Descriptor(d.clone()),
                },
                other => other,
            };
            let mut all = Vec::with_capacity(pos.len() + 1);
            all.push(Value::Class(c.clone()));
            all.extend(pos.iter().cloned());
            let obj = interp.call(&f, all, kw.clone())?;
            if !interp.type_of(&obj).is_subclass(c) {
                return Ok(obj);
            }
            user_new = true;
            obj
        }
        None => super::construct(interp, c, &pos, &kw)?,
    };
    let init_owner_class = interp.type_of(&obj);
    match init_owner_class.lookup(sym::__init__) {
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
        Some(Value::Builtin(b)) if user_new && b.owner == Some("object") => {}
        Some(Value::Builtin(b)) => {
            if let BuiltinImpl::Method(f) = b.imp {
                // A built-in base's `__init__` (list's) fills the value the instance carries.
                let recv = match b.owner {
                    Some("object") => &obj,
                    _ => obj.unwrap_native(),
                };
                f(interp, recv, Args::new(&pos, &kw).for_method(b.owner))?;
            }
        }
        Some(other) => {
            let f = interp.bind_descriptor(other, &obj, &init_owner_class)?;
            let r = interp.call(&f, pos, kw)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        None => {}
    }
    Ok(obj)
}

/// `name` along the MRO, with the class that holds it (`None` for `c` itself).
fn lookup_with_owner(c: &Rc<Class>, name: Sym) -> (Option<Value>, Option<Rc<Class>>) {
    if let Some(v) = c.dict.borrow().get(&name) {
        return (Some(v.clone()), None);
    }
    for b in &c.mro {
        if let Some(v) = b.dict.borrow().get(&name) {
            return (Some(v.clone()), Some(b.clone()));
        }
    }
    (None, None)
}

/// The metaclass part of a `class` statement: picks the metaclass (`metaclass=` or
/// the bases'), asks it for the namespace (`__prepare__`), and returns what to call
/// once the body has run.
pub fn prepare_class(
    interp: &mut Interp,
    name: &str,
    bases: &[Value],
    kw: &mut Keywords,
) -> PyResult<(Value, Option<Value>)> {
    let explicit = kw
        .iter()
        .position(|(k, _)| &**k == "metaclass")
        .map(|i| kw.remove(i).1);
    let meta = match explicit {
        Some(m) => m,
        None => match bases.first() {
            Some(Value::Class(b)) => Value::Class(type_of_class(interp, b)),
            Some(other) => Value::Class(interp.type_of(other)),
            None => Value::Class(interp.type_class.clone()),
        },
    };
    let meta = match &meta {
        Value::Class(m) => Value::Class(calculate_metaclass(interp, m, bases)?),
        other => other.clone(),
    };
    let prepare = match &meta {
        Value::Class(m) if m.builtin => None,
        other => match interp.get_attr(other, sym::__prepare__) {
            Ok(p) => Some(p),
            Err(e) if interp.is_attribute_error(&e) => None,
            Err(e) => return Err(e),
        },
    };
    let ns = match prepare {
        Some(p) => {
            let args = vec![Value::str(name), Value::tuple(bases.to_vec())];
            let ns = interp.call(&p, args, kw.clone())?;
            if ns.as_dict().is_none() {
                let t = match &meta {
                    Value::Class(m) => m.name().to_string(),
                    _ => "<metaclass>".to_string(),
                };
                return Err(PyErr::type_error(format!(
                    "{t}.__prepare__() must return a mapping, not {}",
                    ns.type_name()
                )));
            }
            Some(ns)
        }
        None => None,
    };
    Ok((meta, ns))
}

/// Finishes a `class` statement: calls the metaclass with the namespace the body filled.
pub fn build_class(
    interp: &mut Interp,
    meta: &Value,
    name: &str,
    bases: Vec<Value>,
    ns: AttrMap,
    prepared: Option<Value>,
    kw: Keywords,
) -> PyResult<Value> {
    if let Value::Class(m) = meta {
        if m.builtin && prepared.is_none() {
            return create_class(interp, m, name, bases, ns, kw);
        }
    }
    let d = match prepared {
        Some(d) => {
            // Through `__setitem__`: a prepared mapping sees each name, in order.
            for (k, v) in ns {
                let key = Value::str(&*interp.name(k));
                interp.set_item(&d, &key, v)?;
            }
            d
        }
        None => super::attr_dict(interp, &ns),
    };
    let args = vec![Value::str(name), Value::tuple(bases), d];
    interp.call(meta, args, kw)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by the
/// classes that method returns; the original bases come back too when any was replaced
/// (they become `__orig_bases__`).
pub fn resolve_bases(
    interp: &mut Interp,
    bases: Vec<Value>,
) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok((bases, None));
    }
    let original = Value::tuple(bases.clone());
    let entries = interp.intern("__mro_entries__");
    let mut resolved = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if matches!(b, Value::Class(_)) {
            resolved.push(b);
            continue;
        }
        let f = match interp.get_attr(&b, entries) {
            Ok(f) => f,
            Err(e) if interp.is_attribute_error(&e) => {
                resolved.push(b);
                continue;
            }
            Err(e) => return Err(e),
        };
        match interp.call(&f, vec![original.clone()], vec![])? {
            Value::Tuple(t) => resolved.extend(t.iter().cloned()),
            _ => return Err(PyErr::type_error("__mro_entries__ must return a tuple")),
        }
        changed = true;
    }
    Ok((resolved, changed.then_some(original)))
}
