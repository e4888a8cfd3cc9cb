//! Attribute access: instance dicts, class lookup along the MRO, descriptors (data
//! descriptors before the instance dict before the rest), `__getattribute__`,
//! `__getattr__`, `__setattr__`, `__delattr__`, built-in methods (bound without
//! allocation when called directly) and built-in getters.

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{
    is_data_descriptor, Class, Descriptor, Instance, ATTR_DATA_DESCRIPTOR, ATTR_GETATTRIBUTE,
    ATTR_SETATTR, ATTR_SLOT,
};
use crate::object::function::BuiltinImpl;
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;
use crate::types::object::bind;

const _: () = assert!(sym::__dict__.0 == sym::__class__.0 + 1);

/// What a method call calls ([`Interp::method_target`]).
pub enum MethodTarget {
    /// A function of the object's class, called with the object first.
    Function(Rc<crate::object::function::Function>),
    /// A built-in method of the object's type (and the type its errors name).
    Builtin(crate::object::function::MethodImpl, Option<&'static str>),
    /// The attribute itself (a bound method, a callable attribute).
    Attribute(Value),
}

impl Interp {
    /// `inst.name` past its first case (the instance dict, which `flags`, the class's
    /// attribute flags, did not let answer): `__getattribute__`, the class's descriptors,
    /// `__getattr__`.
    pub(crate) fn instance_attr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        flags: u8,
        name: Sym,
    ) -> PyResult<Value> {
        let r = if flags & ATTR_GETATTRIBUTE != 0 {
            match inst.class.lookup_user(sym::__getattribute__) {
                Some(ga) => {
                    let n = Value::str(&*self.name(name));
                    self.call(&ga, vec![obj.clone(), n], vec![])
                }
                None => self.instance_getattribute(obj, inst, name),
            }
        } else {
            self.instance_getattribute(obj, inst, name)
        };
        match r {
            Err(e) if name != sym::__getattr__ => {
                let Some(getattr) = inst.class.lookup_user(sym::__getattr__) else {
                    return Err(e);
                };
                if !self.is_attribute_error(&e) {
                    return Err(e);
                }
                let n = Value::str(&*self.name(name));
                let getattr = self.bind_descriptor(getattr, obj, &inst.class)?;
                self.call(&getattr, vec![n], vec![])
            }
            r => r,
        }
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: Sym) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let flags = inst.class.attr_flags();
                // Without data descriptors on the class, the instance dict comes first.
                if let Some(v) = inst.dict_attr(flags, name) {
                    return Ok(v);
                }
                self.instance_attr(obj, inst, flags, name)
            }
            Value::Class(c) => crate::types::object::class_getattribute(self, c, name),
            Value::Module(m) => {
                if let Some(ns) = &m.ns {
                    let text = self.name(name);
                    if let Some(v) = self.namespace_get(ns, &text)? {
                        return Ok(v);
                    }
                    if name == sym::__dict__ {
                        return Ok(self.namespace_dict(ns));
                    }
                    // PEP 562: a module's own `__getattr__` is asked last.
                    if let Some(hook) = self.namespace_get(ns, "__getattr__")? {
                        return self.call(&hook, vec![Value::str(&*text)], vec![]);
                    }
                    if self.module_initializing(&m.name) {
                        return Err(messages::partial_module_no_attribute(&m.name, &text));
                    }
                    return Err(messages::module_no_attribute(&m.name, &text));
                }
                if let Some(v) = m.dict.borrow().get(&name) {
                    return Ok(v.clone());
                }
                if name == sym::__dict__ {
                    return Ok(crate::types::object::attr_dict(self, &m.dict.borrow()));
                }
                Err(messages::module_no_attribute(&m.name, &self.name(name)))
            }
            Value::Descriptor(d) if matches!(&**d, Descriptor::Super { .. }) => {
                let Descriptor::Super { start, obj: o } = &**d else {
                    return Ok(Value::None);
                };
                crate::types::object::super_lookup(self, obj, start, o, name)
            }
            Value::Function(f) => {
                if let Some(v) = crate::types::object::function_attribute(self, f, name) {
                    return Ok(v);
                }
                if name == sym::__class__ {
                    return Ok(Value::Class(self.type_of(obj)));
                }
                self.builtin_getattribute(obj, name)
            }
            _ => self.builtin_getattribute(obj, name),
        }
    }

    /// Attribute lookup on a built-in value: its type's methods and getters.
    fn builtin_getattribute(&mut self, obj: &Value, name: Sym) -> PyResult<Value> {
        let class = self.type_of(obj);
        match class.lookup(name) {
            Some(Value::Builtin(b)) => match b.imp.clone() {
                BuiltinImpl::Method(_) | BuiltinImpl::ClassMethod(_) | BuiltinImpl::Host(_) => {
                    Ok(bind(Value::Builtin(b), obj.clone()))
                }
                BuiltinImpl::Function(getter) if name != sym::__new__ => {
                    getter(self, Args::positional(std::slice::from_ref(obj)))
                }
                BuiltinImpl::Function(_) | BuiltinImpl::New(_) => Ok(Value::Builtin(b)),
            },
            Some(other) => Ok(other),
            None => {
                if name == sym::__class__ {
                    return Ok(Value::Class(class));
                }
                if let Some(v) = crate::types::object::builtin_attribute(self, obj, name)? {
                    return Ok(v);
                }
                let t = obj.type_name().to_string();
                Err(self.attribute_error(obj, name, &t))
            }
        }
    }

    /// `object.__getattribute__(obj, name)` for a user instance: data descriptors, then
    /// the instance dict, then the other class attributes.
    pub(crate) fn instance_getattribute(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: Sym,
    ) -> PyResult<Value> {
        let class_attr = inst.class.lookup(name);
        if let Some(a) = &class_attr {
            if is_data_descriptor(a) {
                return self.descriptor_get(a.clone(), obj, &inst.class, name);
            }
        }
        if let Some(v) = inst.dict.borrow().get(&name) {
            return Ok(v.clone());
        }
        if inst.exc.is_some() {
            if let Some(v) = crate::types::exception::attribute(self, inst, name) {
                return Ok(v);
            }
        }
        if let Some(v) = class_attr {
            // A built-in type's computed attribute (`x.real`) reads the built-in value.
            if let (Some(n), Value::Builtin(b)) = (&inst.native, &v) {
                if let BuiltinImpl::Function(getter) = b.imp {
                    return getter(self, Args::positional(std::slice::from_ref(n)));
                }
            }
            return self.bind_descriptor(v, obj, &inst.class);
        }
        if name == sym::__class__ {
            return Ok(Value::Class(inst.class.clone()));
        }
        if name == sym::__dict__ && inst.class.has_dict {
            return Ok(crate::types::object::instance_dict(self, inst));
        }
        Err(self.attribute_error(obj, name, inst.class.name()))
    }

    /// A data descriptor's `__get__` for an instance.
    fn descriptor_get(
        &mut self,
        d: Value,
        obj: &Value,
        class: &Rc<Class>,
        name: Sym,
    ) -> PyResult<Value> {
        if let Value::Descriptor(desc) = &d {
            match &**desc {
                Descriptor::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{}' of '{}' object has no getter",
                                self.name(name),
                                class.name()
                            ),
                        ));
                    }
                    // (A native class's getter, `m.lastgroup`, is called without a
                    // vector for its one argument.)
                    if let Value::Builtin(b) = fget {
                        if let BuiltinImpl::Function(get) = b.imp {
                            return get(self, Args::positional(std::slice::from_ref(obj)));
                        }
                    }
                    return self.call(fget, vec![obj.clone()], vec![]);
                }
                Descriptor::Slot { name: slot, .. } => {
                    let v = match obj {
                        Value::Instance(i) => i.dict.borrow().get(slot).cloned(),
                        _ => None,
                    };
                    return match v {
                        Some(v) => Ok(v),
                        None => Err(self.attribute_error(obj, *slot, class.name())),
                    };
                }
                Descriptor::TupleItem { index, .. } => return self.tuple_field(*index, obj),
                _ => {}
            }
        }
        self.bind_descriptor(d, obj, class)
    }

    /// A named tuple's field: item `index` of `obj`, a tuple or an instance of a tuple
    /// subclass (CPython's `tuplegetter_descr_get`).
    pub(crate) fn tuple_field(&mut self, index: i64, obj: &Value) -> PyResult<Value> {
        let items = match obj {
            Value::Tuple(t) => t,
            Value::Instance(i) => match &i.native {
                Some(Value::Tuple(t)) => t,
                _ => return Err(self.tuple_field_error(index, obj)),
            },
            _ => return Err(self.tuple_field_error(index, obj)),
        };
        match usize::try_from(index).ok().and_then(|i| items.get(i)) {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::new(ExcKind::IndexError, "tuple index out of range")),
        }
    }

    #[cold]
    fn tuple_field_error(&mut self, index: i64, obj: &Value) -> PyErr {
        let class = self.type_of(obj);
        PyErr::type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
            class.name()
        ))
    }

    /// A class attribute as seen from an instance `obj` of `class`: functions bound,
    /// `__get__(obj, class)` called.
    pub(crate) fn bind_descriptor(
        &mut self,
        v: Value,
        obj: &Value,
        class: &Rc<Class>,
    ) -> PyResult<Value> {
        Ok(match v {
            Value::Function(_) => bind(v, obj.clone()),
            Value::Builtin(ref b) if matches!(b.imp, BuiltinImpl::Method(_)) => {
                if b.name == "__new__" {
                    return Ok(v);
                }
                bind(v, obj.clone())
            }
            Value::Builtin(ref b) if matches!(b.imp, BuiltinImpl::ClassMethod(_)) => {
                bind(v, Value::Class(class.clone()))
            }
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => bind(f.clone(), Value::Class(class.clone())),
                Descriptor::Property { .. }
                | Descriptor::Slot { .. }
                | Descriptor::TupleItem { .. } => {
                    let name = self.intern("?");
                    return self.descriptor_get(Value::Descriptor(d.clone()), obj, class, name);
                }
                _ => Value::Descriptor(d.clone()),
            },
            Value::Instance(ref d) => match d.class.lookup_user(sym::__get__) {
                Some(get) => {
                    let args = vec![v.clone(), obj.clone(), Value::Class(class.clone())];
                    return self.call(&get, args, vec![]);
                }
                None => v,
            },
            other => other,
        })
    }

    /// `obj.name(*pos, **kw)`, without making a bound method for the common cases.
    pub fn call_method_args(
        &mut self,
        obj: &Value,
        name: Sym,
        pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let target = self.method_target(obj, name)?;
        self.call_method_target(obj, target, pos, kw)
    }

    /// What `obj.name(...)` calls, found before its arguments are evaluated (as CPython
    /// loads a method first): a missing attribute fails before any argument runs.
    pub fn method_target(&mut self, obj: &Value, name: Sym) -> PyResult<MethodTarget> {
        match obj {
            Value::Instance(inst) => {
                if inst.class.attr_flags() & ATTR_GETATTRIBUTE == 0
                    && !inst.dict.borrow().contains_key(&name)
                {
                    if let Some(Value::Function(f)) = inst.class.lookup(name) {
                        return Ok(MethodTarget::Function(f));
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::Descriptor(_) => {}
            _ => {
                let class = self.type_of(obj);
                if let Some(Value::Builtin(b)) = class.lookup(name) {
                    if let BuiltinImpl::Method(f) | BuiltinImpl::ClassMethod(f) = b.imp {
                        return Ok(MethodTarget::Builtin(f, b.owner));
                    }
                }
            }
        }
        self.get_attr(obj, name).map(MethodTarget::Attribute)
    }

    /// Calls what [`Interp::method_target`] found for `obj`.
    pub fn call_method_target(
        &mut self,
        obj: &Value,
        target: MethodTarget,
        pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        match target {
            MethodTarget::Function(f) => {
                let mut all = Vec::with_capacity(pos.len() + 1);
                all.push(obj.clone());
                all.extend(pos);
                self.call_function(&f, all, &kw)
            }
            MethodTarget::Builtin(f, owner) => f(self, obj, Args::new(&pos, &kw).for_method(owner)),
            MethodTarget::Attribute(m) => self.call(&m, pos, kw),
        }
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: &Value, name: Sym, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let flags = inst.class.attr_flags();
                let v = match inst.store_plain(flags, name, v) {
                    Ok(()) => return Ok(()),
                    Err(v) => v,
                };
                // A slot already set (or, with `__dict__` among the slots, an attribute
                // already in the dict) is replaced where it is.
                if flags == ATTR_SLOT && inst.exc.is_none() {
                    let mut dict = inst.dict.borrow_mut();
                    if let Some(slot) = dict.get_mut(&name) {
                        let old = std::mem::replace(slot, v);
                        drop(dict);
                        drop(old);
                        return Ok(());
                    }
                }
                if flags & ATTR_SETATTR != 0 {
                    if let Some(setattr) = inst.class.lookup_user(sym::__setattr__) {
                        let n = Value::str(&*self.name(name));
                        self.call(&setattr, vec![obj.clone(), n, v], vec![])?;
                        return Ok(());
                    }
                }
                self.instance_setattr(obj, inst, name, Some(v))
            }
            Value::Class(c) => crate::types::object::class_setattr(self, c, name, Some(v)),
            Value::Function(f) => {
                let text = self.name(name);
                if !crate::types::code::set_function_attribute(self, f, &text, &v)? {
                    crate::types::object::set_function_attribute(self, f, name, v);
                }
                Ok(())
            }
            Value::Descriptor(d) if name == sym::__doc__ => match &**d {
                Descriptor::TupleItem { doc, .. } => {
                    let old = doc.replace(v);
                    drop(old);
                    Ok(())
                }
                _ => Err(self.builtin_attribute_unwritable(obj, name)),
            },
            Value::Module(m) => {
                if let Some(ns) = &m.ns {
                    let text = self.name(name);
                    return self.namespace_set(ns, &text, v);
                }
                m.dict.borrow_mut().insert(name, v);
                Ok(())
            }
            _ => Err(self.builtin_attribute_unwritable(obj, name)),
        }
    }

    /// `object.__setattr__(obj, name, v)` (or `object.__delattr__` when `v` is `None`)
    /// for a user instance: data descriptors first, then the instance dict.
    pub(crate) fn instance_setattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: Sym,
        v: Option<Value>,
    ) -> PyResult<()> {
        if inst.class.attr_flags() & (ATTR_DATA_DESCRIPTOR | ATTR_SLOT) != 0 {
            if let Some(d) = inst.class.lookup(name) {
                if is_data_descriptor(&d) {
                    return self.descriptor_set(&d, obj, inst, name, v);
                }
            }
        }
        if name == sym::__dict__ && inst.class.has_dict {
            let Some(v) = v else {
                return Err(PyErr::type_error("cannot delete __dict__"));
            };
            return crate::types::object::replace_instance_dict(self, inst, v);
        }
        if name == sym::__class__ {
            return Err(PyErr::type_error(
                "minipy cannot assign __class__ of an instance",
            ));
        }
        match v {
            Some(v) => {
                if inst.exc.is_some() && crate::types::exception::set_attribute(inst, name, &v) {
                    return Ok(());
                }
                if !inst.class.has_dict {
                    return Err(messages::no_attribute(inst.class.name(), &self.name(name)));
                }
                inst.dict.borrow_mut().insert(name, v);
                Ok(())
            }
            None => {
                if inst.dict.borrow_mut().shift_remove(&name).is_none() {
                    return Err(messages::no_attribute(inst.class.name(), &self.name(name)));
                }
                Ok(())
            }
        }
    }

    /// A data descriptor's `__set__` (`v` given) or `__delete__`.
    fn descriptor_set(
        &mut self,
        d: &Value,
        obj: &Value,
        inst: &Instance,
        name: Sym,
        v: Option<Value>,
    ) -> PyResult<()> {
        match d {
            Value::Descriptor(desc) => match &**desc {
                Descriptor::Property { fset, fdel, .. } => {
                    let (f, what) = match &v {
                        Some(_) => (fset, "setter"),
                        None => (fdel, "deleter"),
                    };
                    if f.is_none() {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{}' of '{}' object has no {what}",
                                self.name(name),
                                inst.class.name()
                            ),
                        ));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(v);
                    self.call(f, args, vec![])?;
                    Ok(())
                }
                Descriptor::TupleItem { .. } => Err(messages::cant_change_attribute(v.is_none())),
                Descriptor::Slot { name: slot, .. } => {
                    match v {
                        Some(v) => {
                            inst.dict.borrow_mut().insert(*slot, v);
                        }
                        None => {
                            if inst.dict.borrow_mut().shift_remove(slot).is_none() {
                                let n = self.name(*slot).to_string();
                                return Err(PyErr::new(ExcKind::AttributeError, n));
                            }
                        }
                    }
                    Ok(())
                }
                _ => Ok(()),
            },
            Value::Instance(di) => {
                let (method, mname) = match &v {
                    Some(_) => (sym::__set__, "__set__"),
                    None => (sym::__delete__, "__delete__"),
                };
                let Some(f) = di.class.lookup_user(method) else {
                    return Err(PyErr::new(ExcKind::AttributeError, mname));
                };
                let mut args = vec![d.clone(), obj.clone()];
                args.extend(v);
                self.call(&f, args, vec![])?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Why an attribute of a built-in object cannot be set or deleted.
    fn builtin_attribute_unwritable(&mut self, obj: &Value, name: Sym) -> PyErr {
        let class = self.type_of(obj);
        match class.lookup(name) {
            // A computed attribute: a member (complex's parts) or a getset descriptor.
            Some(Value::Builtin(b)) if matches!(b.imp, BuiltinImpl::Function(_)) => {
                return if obj.as_complex().is_some() {
                    PyErr::new(ExcKind::AttributeError, "readonly attribute")
                } else {
                    messages::getset_not_writable(&self.name(name), obj.type_name())
                };
            }
            Some(_) => return messages::readonly_attribute(obj.type_name(), &self.name(name)),
            None => {}
        }
        messages::no_attribute(obj.type_name(), &self.name(name))
    }

    pub fn del_attr(&mut self, obj: &Value, name: Sym) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if inst.class.attr_flags() & ATTR_SETATTR != 0 {
                    if let Some(delattr) = inst.class.lookup_user(sym::__delattr__) {
                        let n = Value::str(&*self.name(name));
                        self.call(&delattr, vec![obj.clone(), n], vec![])?;
                        return Ok(());
                    }
                }
                self.instance_setattr(obj, inst, name, None)
            }
            Value::Class(c) => crate::types::object::class_setattr(self, c, name, None),
            Value::Function(f) => {
                let text = self.name(name);
                if matches!(&*text, "__name__" | "__qualname__") {
                    return Err(PyErr::type_error(format!(
                        "{text} must be set to a string object"
                    )));
                }
                match f.dict.borrow_mut().shift_remove(&name) {
                    Some(_) => Ok(()),
                    None => Err(messages::no_attribute("function", &text)),
                }
            }
            Value::Module(m) => {
                if let Some(ns) = &m.ns {
                    let text = self.name(name);
                    return match self.namespace_delete(ns, &text)? {
                        true => Ok(()),
                        false => Err(messages::no_attribute("module", &text)),
                    };
                }
                match m.dict.borrow_mut().shift_remove(&name) {
                    Some(_) => Ok(()),
                    None => Err(messages::no_attribute("module", &self.name(name))),
                }
            }
            _ => Err(self.builtin_attribute_unwritable(obj, name)),
        }
    }

    /// `getattr(obj, name, default)` with a run-time string.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let s = self.intern(name);
        self.get_attr(obj, s)
    }

    /// `obj.name` if it has it: `None` where the lookup raises AttributeError (what
    /// `hasattr` tests), other errors passed on.
    pub fn get_attr_optional(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// AttributeError for `obj.name`, remembering both for the "Did you mean" hint.
    pub(crate) fn attribute_error(&mut self, obj: &Value, name: Sym, type_name: &str) -> PyErr {
        let text = self.name(name);
        let mut e = messages::no_attribute(type_name, &text);
        e.attr = Some(Box::new((obj.clone(), text)));
        e
    }

    pub fn is_attribute_error(&mut self, e: &PyErr) -> bool {
        let c = self.exc_class(ExcKind::AttributeError);
        self.err_matches(e, &c)
    }
}
