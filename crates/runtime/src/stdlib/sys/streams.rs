//! `sys.stdout`, `sys.stderr` and `sys.stdin`: objects of the `_io` classes CPython uses
//! (`TextIOWrapper`, with a binary `buffer`), writing through the interpreter's output.

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

/// A class of the `_io` module whose methods are built-in.
fn io_class(
    interp: &mut Interp,
    name: &'static str,
    methods: &[(&'static str, MethodImpl)],
) -> PyResult<Value> {
    let mut ns = AttrMap::default();
    for &(m, imp) in methods {
        let f = BuiltinFunction {
            name: m,
            owner: None,
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        ns.insert(interp.intern(m), Value::Builtin(alloc(f)));
    }
    ns.insert(sym::__module__, Value::str("_io"));
    crate::types::object::new_class(interp, None, name, name, vec![], ns)
}

fn instance(interp: &mut Interp, class: &Value, attrs: &[(&str, Value)]) -> Value {
    let Value::Class(c) = class else {
        return Value::None;
    };
    let inst = Instance::new(c.clone());
    for (k, v) in attrs {
        let s = interp.intern(k);
        inst.dict.borrow_mut().insert(s, v.clone());
    }
    Value::Instance(alloc(inst))
}

/// The three streams: (stdout, stderr, stdin).
pub(super) fn make(interp: &mut Interp) -> PyResult<(Value, Value, Value)> {
    let text = io_class(
        interp,
        "TextIOWrapper",
        &[
            ("__repr__", text_repr),
            ("write", write),
            ("flush", flush),
            ("read", read),
            ("readline", read),
            ("isatty", isatty),
            ("writable", writable),
            ("readable", readable),
        ],
    )?;
    let raw = io_class(
        interp,
        "FileIO",
        &[
            ("__repr__", raw_repr),
            ("write", write_bytes),
            ("flush", flush),
            ("isatty", isatty),
        ],
    )?;
    let reader = io_class(
        interp,
        "BufferedReader",
        &[
            ("__repr__", reader_repr),
            ("read", read_bytes),
            ("readline", read_bytes),
        ],
    )?;
    let stream = |interp: &mut Interp, name: &str, mode: &str, buffer: &Value| {
        instance(
            interp,
            &text,
            &[
                ("name", Value::str(name)),
                ("mode", Value::str(mode)),
                ("encoding", Value::str("utf-8")),
                ("errors", Value::str("strict")),
                ("buffer", buffer.clone()),
            ],
        )
    };
    let out_buf = instance(
        interp,
        &raw,
        &[("name", Value::str("<stdout>")), ("mode", Value::str("wb"))],
    );
    let err_buf = instance(
        interp,
        &raw,
        &[("name", Value::str("<stderr>")), ("mode", Value::str("wb"))],
    );
    let in_buf = instance(
        interp,
        &reader,
        &[("name", Value::str("<stdin>")), ("mode", Value::str("rb"))],
    );
    let stdout = stream(interp, "<stdout>", "w", &out_buf);
    let stderr = stream(interp, "<stderr>", "w", &err_buf);
    let stdin = stream(interp, "<stdin>", "r", &in_buf);
    Ok((stdout, stderr, stdin))
}

fn attr(interp: &mut Interp, this: &Value, name: &str) -> String {
    interp
        .get_attr_str(this, name)
        .ok()
        .and_then(|v| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

fn text_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let (name, mode) = (attr(interp, this, "name"), attr(interp, this, "mode"));
    Ok(Value::str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn raw_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let (name, mode) = (attr(interp, this, "name"), attr(interp, this, "mode"));
    Ok(Value::str(format!(
        "<_io.FileIO name='{name}' mode='{mode}' closefd=False>"
    )))
}

fn reader_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let name = attr(interp, this, "name");
    Ok(Value::str(format!("<_io.BufferedReader name='{name}'>")))
}

/// Writes text to the stream's destination (stderr goes to the process's stderr, after
/// what stdout holds).
fn emit(interp: &mut Interp, this: &Value, text: &str) -> PyResult<()> {
    if attr(interp, this, "name") == "<stderr>" {
        interp.limits.charge(text.len() as u64 / 64)?;
        interp.out.flush();
        eprint!("{text}");
        Ok(())
    } else {
        interp.write(text)
    }
}

fn write(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            a[0].type_name()
        )));
    };
    if attr(interp, this, "mode") == "r" {
        return Err(PyErr::new(crate::error::ExcKind::OSError, "not writable"));
    }
    emit(interp, this, s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn write_bytes(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let Some(bytes) = crate::types::bytes::bytes_like(&a[0]) else {
        return Err(crate::error::messages::bytes_like_required(
            a[0].type_name(),
        ));
    };
    emit(interp, this, &String::from_utf8_lossy(&bytes))?;
    Ok(Value::Int(bytes.len() as i64))
}

fn flush(interp: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    args.range("flush", 0, 0)?;
    interp.out.flush();
    Ok(Value::None)
}

/// Scripts have no terminal: reading gives end of file.
fn read(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::str(""))
}

fn read_bytes(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::bytes(Vec::new()))
}

fn isatty(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn writable(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(attr(interp, this, "mode") == "w"))
}

fn readable(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(attr(interp, this, "mode") == "r"))
}

/// `sys.implementation`: a `types.SimpleNamespace` naming minipy.
pub(super) fn implementation(interp: &mut Interp) -> PyResult<Value> {
    let class = io_class(interp, "SimpleNamespace", &[("__repr__", namespace_repr)])?;
    if let Value::Class(c) = &class {
        c.dict
            .borrow_mut()
            .insert(sym::__module__, Value::str("types"));
    }
    let version = Value::tuple(vec![
        Value::Int(0),
        Value::Int(1),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ]);
    Ok(instance(
        interp,
        &class,
        &[
            ("name", Value::str("minipy")),
            ("cache_tag", Value::None),
            ("version", version),
            ("hexversion", Value::Int(0x0001_00f0)),
        ],
    ))
}

fn namespace_repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let mut parts = Vec::new();
    for name in ["name", "cache_tag", "version", "hexversion"] {
        let v = interp.get_attr_str(this, name)?;
        parts.push(format!("{name}={}", interp.repr(&v)?));
    }
    Ok(Value::str(format!("namespace({})", parts.join(", "))))
}
