//! Attribute access: instance dicts, class lookup along the MRO, descriptors, built-in
//! methods (bound without allocation when called directly) and built-in getters.

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::Descriptor;
use crate::object::function::{BoundMethod, BuiltinImpl};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

fn bind(func: Value, receiver: Value) -> Value {
    Value::BoundMethod(alloc(BoundMethod { func, receiver }))
}

impl Interp {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: Sym) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                // Only a property on the class outranks the instance dict.
                if !inst.class.may_have_property() {
                    if let Some(v) = inst.dict.borrow().get(&name) {
                        return Ok(v.clone());
                    }
                }
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Descriptor(d)) = &class_attr {
                    if let Descriptor::Property { fget, .. } = &**d {
                        if fget.is_none() {
                            return Err(PyErr::new(
                                ExcKind::AttributeError,
                                format!(
                                    "property '{}' of '{}' object has no getter",
                                    self.name(name),
                                    inst.class.name()
                                ),
                            ));
                        }
                        return self.call(fget, vec![obj.clone()], vec![]);
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
                    return Ok(self.bind_class_attr(v, obj, &inst.class));
                }
                if name == sym::__class__ {
                    return Ok(Value::Class(inst.class.clone()));
                }
                if name == sym::__dict__ {
                    return Ok(crate::types::object::attr_dict(self, &inst.dict.borrow()));
                }
                if let Some(getattr) = inst.class.lookup(sym::__getattr__) {
                    let n = Value::str(&*self.name(name));
                    return self.call(&getattr, vec![obj.clone(), n], vec![]);
                }
                Err(self.attribute_error(obj, name, inst.class.name()))
            }
            Value::Class(c) => {
                if let Some(v) = c.lookup(name) {
                    return Ok(match v {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::StaticMethod(f) => f.clone(),
                            Descriptor::ClassMethod(f) => bind(f.clone(), obj.clone()),
                            _ => Value::Descriptor(d.clone()),
                        },
                        Value::Builtin(b) if matches!(b.imp, BuiltinImpl::ClassMethod(_)) => {
                            bind(Value::Builtin(b), obj.clone())
                        }
                        other => other,
                    });
                }
                crate::types::object::class_attribute(self, c, name)
            }
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get(&name) {
                    return Ok(v.clone());
                }
                if name == sym::__dict__ {
                    return Ok(crate::types::object::attr_dict(self, &m.dict.borrow()));
                }
                Err(messages::module_no_attribute(&m.name, &self.name(name)))
            }
            Value::Descriptor(d) if matches!(&**d, Descriptor::Super { .. }) => {
                let Descriptor::Super { start, obj } = &**d else {
                    return Ok(Value::None);
                };
                crate::types::object::super_lookup(self, start, obj, name)
            }
            Value::Function(f) => {
                if let Some(v) = crate::types::object::function_attribute(self, f, name) {
                    return Ok(v);
                }
                Err(messages::no_attribute("function", &self.name(name)))
            }
            _ => {
                let class = self.type_of(obj);
                match class.lookup(name) {
                    Some(Value::Builtin(b)) => match b.imp.clone() {
                        BuiltinImpl::Method(_)
                        | BuiltinImpl::ClassMethod(_)
                        | BuiltinImpl::Host(_) => Ok(bind(Value::Builtin(b), obj.clone())),
                        BuiltinImpl::New(_) => Ok(Value::Builtin(b)),
                        BuiltinImpl::Function(getter) => {
                            getter(self, Args::positional(std::slice::from_ref(obj)))
                        }
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
        }
    }

    fn bind_class_attr(
        &mut self,
        v: Value,
        obj: &Value,
        class: &Rc<crate::object::class::Class>,
    ) -> Value {
        match v {
            Value::Function(_) => bind(v, obj.clone()),
            Value::Builtin(ref b) if matches!(b.imp, BuiltinImpl::Method(_)) => {
                bind(v, obj.clone())
            }
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => bind(f.clone(), Value::Class(class.clone())),
                _ => Value::Descriptor(d.clone()),
            },
            other => other,
        }
    }

    /// `obj.name(*pos, **kw)`, without making a bound method for the common cases.
    pub fn call_method_args(
        &mut self,
        obj: &Value,
        name: Sym,
        pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                if !inst.dict.borrow().contains_key(&name) {
                    if let Some(Value::Function(f)) = inst.class.lookup(name) {
                        let mut all = Vec::with_capacity(pos.len() + 1);
                        all.push(obj.clone());
                        all.extend(pos);
                        return self.call_function(&f, all, &kw);
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::Descriptor(_) => {}
            _ => {
                let class = self.type_of(obj);
                if let Some(Value::Builtin(b)) = class.lookup(name) {
                    if let BuiltinImpl::Method(f) | BuiltinImpl::ClassMethod(f) = b.imp {
                        return f(self, obj, Args::new(&pos, &kw).for_method(b.owner));
                    }
                }
            }
        }
        let m = self.get_attr(obj, name)?;
        self.call(&m, pos, kw)
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: &Value, name: Sym, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if fset.is_none() {
                            return Err(PyErr::new(
                                ExcKind::AttributeError,
                                format!(
                                    "property '{}' of '{}' object has no setter",
                                    self.name(name),
                                    inst.class.name()
                                ),
                            ));
                        }
                        self.call(fset, vec![obj.clone(), v], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(setattr) = inst.class.lookup(sym::__setattr__) {
                    let n = Value::str(&*self.name(name));
                    self.call(&setattr, vec![obj.clone(), n, v], vec![])?;
                    return Ok(());
                }
                if inst.exc.is_some() && crate::types::exception::set_attribute(inst, name, &v) {
                    return Ok(());
                }
                inst.dict.borrow_mut().insert(name, v);
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                c.dict.borrow_mut().insert(name, v);
                c.dict_changed();
                Ok(())
            }
            Value::Class(c) => Err(messages::immutable_type(&self.name(name), c.name())),
            Value::Function(f) => {
                let text = self.name(name);
                if !crate::types::code::set_function_attribute(self, f, &text, &v)? {
                    crate::types::object::set_function_attribute(self, f, name, v);
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().insert(name, v);
                Ok(())
            }
            _ => Err(self.builtin_attribute_unwritable(obj, name)),
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
                if inst.dict.borrow_mut().remove(&name).is_none() {
                    return Err(messages::no_attribute(inst.class.name(), &self.name(name)));
                }
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                if c.dict.borrow_mut().remove(&name).is_none() {
                    return Err(messages::type_no_attribute(c.name(), &self.name(name)));
                }
                c.dict_changed();
                Ok(())
            }
            Value::Class(c) => Err(messages::immutable_type(&self.name(name), c.name())),
            Value::Function(f) => {
                let text = self.name(name);
                if matches!(&*text, "__name__" | "__qualname__") {
                    return Err(PyErr::type_error(format!(
                        "{text} must be set to a string object"
                    )));
                }
                match f.dict.borrow_mut().remove(&name) {
                    Some(_) => Ok(()),
                    None => Err(messages::no_attribute("function", &text)),
                }
            }
            Value::Module(m) => match m.dict.borrow_mut().remove(&name) {
                Some(_) => Ok(()),
                None => Err(messages::no_attribute("module", &self.name(name))),
            },
            _ => Err(self.builtin_attribute_unwritable(obj, name)),
        }
    }

    /// `getattr(obj, name, default)` with a run-time string.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let s = self.intern(name);
        self.get_attr(obj, s)
    }

    /// AttributeError for `obj.name`, remembering both for the "Did you mean" hint.
    fn attribute_error(&mut self, obj: &Value, name: Sym, type_name: &str) -> PyErr {
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
