//! Struct sequences (`sys.version_info`): a tuple subclass whose items are also named
//! attributes, with the repr `sys.version_info(major=3, minor=11, ...)`.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Instance};
use crate::object::intern::sym;
use crate::object::value::Value;

/// A struct sequence value of a new type `module.name` with these fields.
pub fn new(
    interp: &mut Interp,
    module: &str,
    name: &str,
    fields: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let class = new_type(interp, module, name, &names)?;
    let items = fields.iter().map(|(_, v)| v.clone()).collect();
    Ok(instance(interp, &class, items, fields))
}

/// A struct sequence type `module.name` whose repr shows `fields` (`os.stat_result`).
pub fn new_type(interp: &mut Interp, module: &str, name: &str, fields: &[&str]) -> PyResult<Value> {
    let tuple = Value::Class(interp.builtin_class("tuple"));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str(module));
    let names = fields.iter().map(|n| Value::str(*n)).collect();
    let match_args = interp.intern("__match_args__");
    ns.insert(match_args, Value::tuple(names));
    ns.insert(sym::__repr__, Interp::builtin_fn("__repr__", repr));
    super::new_class(interp, None, name, name, vec![tuple], ns)
}

/// An instance of a struct sequence type: `items` are its tuple, `attributes` its named
/// fields (which may include fields the tuple does not show, as `st_atime_ns`).
pub fn instance(
    interp: &mut Interp,
    class: &Value,
    items: Vec<Value>,
    attributes: Vec<(&str, Value)>,
) -> Value {
    let Value::Class(class) = class else {
        return Value::tuple(items);
    };
    let inst = Instance::with_native(class.clone(), Value::tuple(items));
    for (field, v) in attributes {
        let key = interp.intern(field);
        inst.dict.borrow_mut().insert(key, v);
    }
    Value::Instance(alloc(inst))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("__repr__", 1, 1)?;
    let Value::Instance(inst) = &a[0] else {
        return Ok(Value::str(interp.repr(&a[0])?));
    };
    let match_args = interp.intern("__match_args__");
    let names = match inst.class.lookup(match_args) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let items = match &inst.native {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let module = match inst.class.lookup(sym::__module__) {
        Some(Value::Str(m)) if !m.as_str().is_empty() => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in names.iter().zip(&items) {
        parts.push(format!("{}={}", interp.str(n)?, interp.repr(v)?));
    }
    Ok(Value::str(format!(
        "{module}{}({})",
        inst.class.name(),
        parts.join(", ")
    )))
}
