//! `repr()`, `str()` and `format()` of every value, exactly as CPython writes them.

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::types::str::is_printable;
// The old path, for the execution layer while it moves.
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::float;
use crate::types::numbers::int;
#[allow(unused_imports)]
pub(crate) use crate::types::str::ascii;

/// `repr` of a str: quote choice and escapes as CPython.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

impl Interp {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Slice(_)
            | Value::BoundMethod(_)
            | Value::Instance(_)
            | Value::Iterator(_)
            | Value::Descriptor(_) => self
                .recurse("while getting the repr of an object", |interp| {
                    interp.repr_of(v)
                }),
            _ => self.repr_of(v),
        }
    }

    /// [`Interp::repr`] without the recursion guard.
    fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(_) | Value::BigInt(_) => {
                int::int_to_string(&mut self.limits, v, self.int_max_str_digits)?
            }
            Value::Float(f) => float::repr(f.get()),
            Value::Str(s) => str_repr(s.as_str()),
            Value::List(_) => return self.repr_cycle(v, "[...]", |interp| interp.list_repr(v)),
            Value::Tuple(t) => return self.repr_cycle(v, "...", |interp| interp.tuple_repr(t)),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?
                )
            }
            Value::Function(f) => {
                format!("<function {} at {:#x}>", f.qualname.borrow(), v.identity())
            }
            Value::Builtin(b) => match (b.owner, b.is_method()) {
                (Some(owner), true) => format!("<method '{}' of '{}' objects>", b.name, owner),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => match &m.func {
                Value::Builtin(b) => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        m.receiver.type_name(),
                        m.receiver.identity()
                    )
                }
                Value::Function(f) => {
                    let recv = self.repr(&m.receiver)?;
                    format!("<bound method {} of {}>", f.qualname.borrow(), recv)
                }
                other => format!("<bound method of {}>", self.repr(other)?),
            },
            Value::Class(c) => {
                if let Some(r) = c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_user(sym::__repr__))
                {
                    let s = self.call(&r, vec![v.clone()], vec![])?;
                    return match s {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            other.type_name()
                        ))),
                    };
                }
                // Built-in types of modules (`array.array`) hold their `__module__` too.
                let module = c.dict.borrow().get(&sym::__module__).cloned();
                match module {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("<class '{}.{}'>", m.as_str(), c.qualname)
                    }
                    _ => format!("<class '{}'>", c.qualname),
                }
            }
            Value::Module(m) => match &m.ns {
                Some(ns) => match self.namespace_get(ns, "__file__")? {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
                    _ if self.namespace_get(ns, "__path__")?.is_some() => {
                        format!("<module '{}' (namespace)>", m.name)
                    }
                    _ => format!("<module '{}' (built-in)>", m.name),
                },
                // One made by `types.ModuleType` has a `__loader__` (None), which
                // CPython's built-in modules have and ours do not.
                None => {
                    let d = m.dict.borrow();
                    match (
                        d.get(&self.intern("__loader__")),
                        d.get(&self.intern("__file__")),
                    ) {
                        (None, _) => format!("<module '{}' (built-in)>", m.name),
                        (Some(_), Some(Value::Str(f))) => {
                            format!("<module '{}' from '{}'>", m.name, f.as_str())
                        }
                        (Some(_), _) => format!("<module '{}'>", m.name),
                    }
                }
            },
            Value::Instance(inst) => {
                if let Some(r) = inst.class.lookup_user(sym::__repr__) {
                    let s = self.call(&r, vec![v.clone()], vec![])?;
                    return match s {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            other.type_name()
                        ))),
                    };
                }
                if inst.exc.is_some() {
                    return crate::types::exception::repr(self, inst);
                }
                if let Some(n) = &inst.native {
                    let n = n.clone();
                    let r = self.repr_of(&n)?;
                    // These built-ins name their type in the repr: a subclass's name there.
                    let tail = match n {
                        Value::ByteArray(_) => r.strip_prefix("bytearray"),
                        Value::Array(_) => r.strip_prefix("array"),
                        Value::FrozenSet(_) => r.strip_prefix("frozenset"),
                        Value::Set(_) if r == "set()" => Some("()"),
                        Value::Set(_) => return Ok(format!("{}({r})", inst.class.name())),
                        _ => None,
                    };
                    return Ok(match tail {
                        Some(t) => format!("{}{t}", inst.class.name()),
                        None => r,
                    });
                }
                let module = inst.class.dict.borrow().get(&sym::__module__).cloned();
                let prefix = match module {
                    Some(Value::Str(m)) => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!(
                    "<{}{} object at {:#x}>",
                    prefix,
                    inst.class.qualname,
                    v.identity()
                )
            }
            Value::Iterator(it) => {
                if it.borrow().is_view() {
                    let items = self.collect(v)?;
                    let name = it.borrow().type_name();
                    let list = self.repr(&Value::list(items))?;
                    return Ok(format!("{name}({list})"));
                }
                format!(
                    "<{} object at {:#x}>",
                    it.borrow().type_name(),
                    v.identity()
                )
            }
            Value::Descriptor(d) => match &**d {
                crate::object::class::Descriptor::Super { start, obj } => {
                    crate::types::object::super_repr(self, start, obj)
                }
                crate::object::class::Descriptor::Slot { name, owner } => {
                    format!("<member '{}' of '{}' objects>", self.name(*name), owner)
                }
                crate::object::class::Descriptor::TupleItem { index, doc } => {
                    let doc = doc.borrow().clone();
                    format!("_tuplegetter({index}, {})", self.repr(&doc)?)
                }
                _ => format!("<{} object at {:#x}>", d.type_name(), v.identity()),
            },
            Value::Code(c) => crate::types::code::repr(c),
            other => match crate::types::dispatch::repr(self, other) {
                Some(r) => return r,
                None => format!("<{} object at {:#x}>", other.type_name(), v.identity()),
            },
        })
    }

    /// A container's repr, or `placeholder` when the container is already being
    /// printed further out (`[[...]]` for a list that holds itself).
    pub fn repr_cycle(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Interp) -> PyResult<String>,
    ) -> PyResult<String> {
        if self.repr_stack.iter().any(|p| *p == v.identity()) {
            return Ok(placeholder.into());
        }
        self.repr_stack.push(v.identity());
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    /// [`Interp::repr_cycle`] under the recursion guard: for the containers of the
    /// types' folders, whose repr recurses into their items.
    pub fn repr_nested(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Interp) -> PyResult<String>,
    ) -> PyResult<String> {
        self.recurse("while getting the repr of an object", |interp| {
            interp.repr_cycle(v, placeholder, f)
        })
    }

    /// The reprs of `items`, joined with ", ".
    pub fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for i in items {
            parts.push(self.repr(i)?);
        }
        Ok(parts.join(", "))
    }

    fn list_repr(&mut self, v: &Value) -> PyResult<String> {
        // Item by item from the live list: an item's __repr__ may resize it.
        let mut parts = Vec::new();
        while let Some(item) = crate::types::list::item_at(v, parts.len()) {
            parts.push(self.repr(&item)?);
        }
        Ok(format!("[{}]", parts.join(", ")))
    }

    fn tuple_repr(&mut self, t: &[Value]) -> PyResult<String> {
        if t.len() == 1 {
            Ok(format!("({},)", self.repr(&t[0])?))
        } else {
            Ok(format!("({})", self.repr_items(t)?))
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup_user(sym::__str__) {
                    let s = self.call(&f, vec![v.clone()], vec![])?;
                    return match s {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__str__ returned non-string (type {})",
                            other.type_name()
                        ))),
                    };
                }
                if inst.exc.is_some() && inst.class.lookup_user(sym::__repr__).is_none() {
                    return self.recurse("while getting the str of an object", |interp| {
                        crate::types::exception::str(interp, inst)
                    });
                }
                // str and bytes have their own `__str__`; the other built-ins show the repr.
                match &inst.native {
                    Some(n @ (Value::Str(_) | Value::Bytes(_))) => return self.str(&n.clone()),
                    Some(_) => return self.repr(v),
                    None => {}
                }
                self.repr(v)
            }
            Value::Class(_) => match self.call_special(v, sym::__str__, Vec::new) {
                Some(r) => match r? {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(PyErr::type_error(format!(
                        "__str__ returned non-string (type {})",
                        other.type_name()
                    ))),
                },
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Instance(inst) = v {
            if let Some(f) = inst.class.lookup_user(sym::__format__) {
                let r = self.call(&f, vec![v.clone(), Value::str(spec)], vec![])?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        other.type_name()
                    ))),
                };
            }
            if spec.is_empty() {
                return self.str(v);
            }
            if let Some(n) = &inst.native {
                return self.format(&n.clone(), spec);
            }
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                inst.class.name()
            )));
        }
        if let Value::Class(_) = v {
            if let Some(r) = self.call_special(v, sym::__format__, || vec![Value::str(spec)]) {
                return match r? {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        other.type_name()
                    ))),
                };
            }
        }
        if spec.is_empty() {
            return self.str(v);
        }
        crate::protocols::format_spec::format_value(self, v, spec)
    }
}
