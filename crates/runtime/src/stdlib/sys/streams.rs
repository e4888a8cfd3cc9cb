//! `sys.stdout`, `sys.stderr` and `sys.stdin` (the io module's `TextIOWrapper`s, with
//! binary `buffer`s, over the interpreter's output and granted standard input), and
//! `sys.implementation`.

use crate::error::PyResult;
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

/// The three streams: (stdout, stderr, stdin), the io module's text files.
pub(super) fn make(interp: &mut Interp) -> PyResult<(Value, Value, Value)> {
    crate::stdlib::io::std_streams(interp)
}

/// `sys.implementation`: a `types.SimpleNamespace` naming minipy.
pub(super) fn implementation(interp: &mut Interp) -> PyResult<Value> {
    let class = io_class(interp, "SimpleNamespace", &[("__repr__", namespace_repr)])?;
    if let Value::Class(c) = &class {
        c.dict_mut().insert(sym::__module__, Value::str("types"));
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
