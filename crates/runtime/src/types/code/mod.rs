//! Code objects (`compile()`'s result, `f.__code__`): their repr and `co_*` attributes.

use std::rc::Rc;

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
    let visible = |v: &[Rc<str>]| -> Vec<Rc<str>> {
        v.iter().filter(|n| !n.starts_with('.')).cloned().collect()
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
        "co_varnames" => names(code.map(|c| visible(&c.local_names)).unwrap_or_default().into_iter()),
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
            let d = &f.defaults;
            if d.is_empty() {
                Value::None
            } else {
                Value::tuple(d.to_vec())
            }
        }
        "__kwdefaults__" => {
            let kw = &f.kwdefaults;
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
        "__annotations__" => Value::dict(crate::types::dict::table::new_dict()),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                return None;
            }
        }
        _ => return None,
    })
}
