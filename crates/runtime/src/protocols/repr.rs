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

/// `repr` of bytes content: `b'...'`.
pub fn bytes_repr(data: &[u8]) -> String {
    bytes_repr_with(data, false)
}

/// bytearray's repr escapes `'` even inside double quotes, as CPython's does.
pub fn bytes_repr_with(data: &[u8], always_escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote || (always_escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

impl Interp {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
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
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(_) | Value::BigInt(_) => int::int_to_string(v)?,
            Value::Float(f) => float::repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(&b.borrow()),
            Value::ByteArray(b) => format!("bytearray({})", bytes_repr_with(&b.borrow(), true)),
            Value::Array(a) => return crate::types::array::repr(self, a),
            Value::MemoryView(m) => {
                let addr = std::rc::Rc::as_ptr(m) as usize;
                if m.is_released() {
                    format!("<released memory at {addr:#x}>")
                } else {
                    format!("<memory at {addr:#x}>")
                }
            }
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => {
                return self.container_repr(v);
            }
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
                // Built-in types of modules (`array.array`) hold their `__module__` too.
                let module = c.dict.borrow().get(&sym::__module__).cloned();
                match module {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("<class '{}.{}'>", m.as_str(), c.qualname)
                    }
                    _ => format!("<class '{}'>", c.qualname),
                }
            }
            Value::Module(m) => {
                format!("<module '{}' (built-in)>", m.name)
            }
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
            Value::Descriptor(d) => format!("<{} object at {:#x}>", d.type_name(), v.identity()),
        })
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        if self.repr_stack.iter().any(|p| *p == v.identity()) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "...",
            }
            .into());
        }
        self.repr_stack.push(v.identity());
        let r = self.container_repr_inner(v);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        let join = |interp: &mut Interp, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for i in items {
                parts.push(interp.repr(i)?);
            }
            Ok(parts.join(", "))
        };
        Ok(match v {
            Value::List(_) => {
                // Item by item from the live list: an item's __repr__ may resize it.
                let mut parts = Vec::new();
                while let Some(item) = crate::types::list::item_at(v, parts.len()) {
                    parts.push(self.repr(&item)?);
                }
                format!("[{}]", parts.join(", "))
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    format!("({})", join(self, t)?)
                }
            }
            Value::Dict(d) => {
                let items = crate::types::dict::table::items(&d.borrow());
                let mut parts = Vec::with_capacity(items.len());
                for (k, v) in items {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(d) => {
                let items: Vec<Value> = d.borrow().keys().map(|k| k.value.clone()).collect();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", join(self, &items)?)
                }
            }
            Value::FrozenSet(d) => {
                let items: Vec<Value> = d.keys().map(|k| k.value.clone()).collect();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", join(self, &items)?)
                }
            }
            _ => String::new(),
        })
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
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Instance(inst) = v {
            if let Some(f) = inst.class.lookup_user(sym::__format__) {
                let r = self.call(&f, vec![v.clone(), Value::str(spec)], vec![])?;
                return self.str(&r);
            }
            if spec.is_empty() {
                return self.str(v);
            }
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                inst.class.name()
            )));
        }
        if spec.is_empty() {
            return self.str(v);
        }
        crate::protocols::format_spec::format_value(self, v, spec)
    }
}
