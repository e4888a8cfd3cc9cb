//! Code objects (`compile()`'s result, `f.__code__`): their repr and `co_*` attributes.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::function::{CodeObject, Function};
use crate::object::value::Value;

/// `<code object f at 0x..., file "x.py", line 3>`.
pub fn repr(c: &Rc<CodeObject>) -> String {
    let (name, file, line) = summary(c);
    format!(
        "<code object {name} at {:#x}, file \"{file}\", line {line}>",
        Rc::as_ptr(c) as usize
    )
}

/// The name, file and first line.
fn summary(c: &CodeObject) -> (Rc<str>, Rc<str>, usize) {
    match c {
        CodeObject::Function(code) => (
            code.name.clone(),
            code.file.name.clone(),
            code.file.line_of(code.span.start),
        ),
        CodeObject::Source { filename, .. } => ("<module>".into(), filename.clone(), 1),
    }
}

fn names(items: impl Iterator<Item = Rc<str>>) -> Value {
    Value::tuple(items.map(|n| Value::str(&*n)).collect())
}

/// A `co_*` attribute.
pub fn attribute(c: &Rc<CodeObject>, name: &str) -> Option<Value> {
    let (code_name, file, line) = summary(c);
    let code = match &**c {
        CodeObject::Function(code) => Some(code),
        CodeObject::Source { .. } => None,
    };
    let params = code.map(|c| c.params.clone()).unwrap_or_default();
    // CPython lists positional then keyword-only parameters, then `*args`, `**kw`.
    let visible = |v: &[Rc<str>]| -> Vec<Rc<str>> {
        let (p, star, k) = (params.positional, usize::from(params.vararg), params.kwonly);
        let mut order: Vec<Rc<str>> = Vec::with_capacity(v.len());
        if v.len() >= p + star + k {
            order.extend_from_slice(&v[..p]);
            order.extend_from_slice(&v[p + star..p + star + k]);
            order.extend_from_slice(&v[p..p + star]);
            order.extend_from_slice(&v[p + star + k..]);
        } else {
            order.extend_from_slice(v);
        }
        order.into_iter().filter(|n| !n.starts_with('.')).collect()
    };
    Some(match name {
        "co_name" => Value::str(&*code_name),
        "co_qualname" => Value::str(code.map_or("<module>", |c| &c.qualname)),
        "co_filename" => Value::str(&*file),
        "co_firstlineno" => Value::Int(line as i64),
        "co_argcount" => Value::Int(params.positional as i64),
        "co_posonlyargcount" => Value::Int(params.posonly as i64),
        "co_kwonlyargcount" => Value::Int(params.kwonly as i64),
        "co_nlocals" => Value::Int(code.map_or(0, |c| visible(&c.local_names).len()) as i64),
        "co_varnames" => names(
            code.map(|c| visible(&c.local_names))
                .unwrap_or_default()
                .into_iter(),
        ),
        "co_cellvars" => names(
            code.map(|c| c.cell_names[..c.own_cells].to_vec())
                .unwrap_or_default()
                .into_iter(),
        ),
        "co_freevars" => names(
            code.map(|c| c.cell_names[c.own_cells..].to_vec())
                .unwrap_or_default()
                .into_iter(),
        ),
        _ => return None,
    })
}

/// Attributes of a function beyond its name, doc and dict.
pub fn function_attribute(interp: &mut Interp, f: &Rc<Function>, name: &str) -> Option<Value> {
    Some(match name {
        "__code__" => Value::Code(crate::object::alloc::alloc(CodeObject::Function(
            f.code.clone(),
        ))),
        "__defaults__" => {
            let d = f.defaults.borrow();
            if d.is_empty() {
                Value::None
            } else {
                Value::tuple(d.to_vec())
            }
        }
        "__kwdefaults__" => {
            let kw = f.kwdefaults.borrow();
            if kw.iter().all(Option::is_none) {
                return Some(Value::None);
            }
            let start = f.code.params.positional + usize::from(f.code.params.vararg);
            let d = Value::dict(crate::types::dict::table::new_dict());
            for (i, v) in kw.iter().enumerate() {
                if let Some(v) = v {
                    let n = f.code.local_names[start + i].clone();
                    let _ = interp.dict_set(&d, Value::str(&*n), v.clone());
                }
            }
            d
        }
        "__globals__" => match &f.code.ns {
            Some(ns) => interp.namespace_dict(ns),
            None => {
                let main = interp.main_ns.clone();
                interp.namespace_dict(&main)
            }
        },
        "__builtins__" => interp.builtins_dict(),
        "__closure__" if f.closure.is_empty() => Value::None,
        _ => return None,
    })
}

/// `f.name = v` for the attributes a function checks; `false`: an ordinary attribute.
pub fn set_function_attribute(
    interp: &mut Interp,
    f: &Rc<Function>,
    name: &str,
    v: &Value,
) -> PyResult<bool> {
    match name {
        "__name__" | "__qualname__" if !matches!(v, Value::Str(_)) => Err(PyErr::type_error(
            format!("{name} must be set to a string object"),
        )),
        "__globals__" | "__closure__" | "__builtins__" => {
            Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"))
        }
        "__defaults__" => {
            let items = match v {
                Value::None => vec![],
                Value::Tuple(t) => t.to_vec(),
                _ => {
                    return Err(PyErr::type_error(
                        "__defaults__ must be set to a tuple object",
                    ))
                }
            };
            // The call binds the trailing ones (more than the parameters are kept for
            // reading only).
            let n = f.code.params.positional;
            let keep = items[items.len().saturating_sub(n)..].to_vec();
            *f.defaults.borrow_mut() = keep;
            let s = interp.intern(name);
            if items.len() > n {
                f.dict.borrow_mut().insert(s, v.clone());
            } else {
                f.dict.borrow_mut().shift_remove(&s);
            }
            Ok(true)
        }
        "__kwdefaults__" => {
            let mut kw = vec![None; f.code.params.kwonly];
            match v {
                Value::None => {}
                Value::Dict(d) => {
                    let start = f.code.params.positional + usize::from(f.code.params.vararg);
                    let names = &f.code.local_names[start..start + kw.len()];
                    for (k, val) in crate::types::dict::table::items(&d.borrow()) {
                        if let Value::Str(k) = k {
                            if let Some(i) = names.iter().position(|n| **n == *k.as_str()) {
                                kw[i] = Some(val);
                            }
                        }
                    }
                }
                _ => {
                    return Err(PyErr::type_error(
                        "__kwdefaults__ must be set to a dict object",
                    ))
                }
            }
            *f.kwdefaults.borrow_mut() = kw;
            Ok(true)
        }
        _ => Ok(false),
    }
}
