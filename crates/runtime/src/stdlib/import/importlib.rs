//! Importing by a name computed at run time: the builtin `__import__` and the
//! `importlib` module's `import_module`, as CPython's `importlib._bootstrap` has them.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::numbers::index::index_i64;

use super::finder::str_items;
use super::relative::resolve_name;

/// The `importlib` module.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let members = vec![
        (
            "import_module",
            Interp::module_fn("import_module", import_module),
        ),
        (
            "invalidate_caches",
            Interp::module_fn("invalidate_caches", invalidate_caches),
        ),
    ];
    Ok(interp.make_module("importlib", members))
}

fn module_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("module name must be a string")),
    }
}

/// `importlib.import_module(name, package=None)`: the module itself (not its top
/// package); a relative name needs `package`.
fn import_module(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [name, package] = args.parse("import_module", ["name", "package"], 1)?;
    // (CPython's Python code asks the name for `startswith` first.)
    let name = match name.unwrap_or(Value::None) {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(crate::error::messages::no_attribute(
                other.type_name(),
                "startswith",
            ))
        }
    };
    let stripped = name.trim_start_matches('.');
    let level = name.len() - stripped.len();
    let full = if level > 0 {
        let package = match package {
            Some(Value::Str(p)) => p.as_str().to_string(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "the 'package' argument is required to perform a relative import for '{name}'"
                )))
            }
        };
        resolve_name(stripped, &package, level)?
    } else {
        name
    };
    if full.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    interp.import_module(&full)
}

/// Nothing is cached between imports.
fn invalidate_caches(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("invalidate_caches", 0, 0)?;
    Ok(Value::None)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top-level
/// package of `name`, or with a `fromlist` the module itself (its named submodules
/// imported).
pub(crate) fn dunder_import(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = args.parse(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = module_name(&name.unwrap_or(Value::None))?;
    let level = match level {
        Some(l) => index_i64(interp, &l)?,
        None => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let level = level as usize;
    let full = if level > 0 {
        let package = match globals.as_ref().filter(|g| g.as_dict().is_some()) {
            Some(g) => package_of(interp, g)?,
            None => interp.running_package(),
        };
        resolve_name(&name, &package, level)?
    } else {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.clone()
    };
    let module = interp.import_module(&full)?;
    let wanted: Vec<Rc<str>> = match &fromlist {
        Some(f) if interp.truthy(f)? => str_items(interp, f).into_iter().map(Rc::from).collect(),
        _ => Vec::new(),
    };
    if !wanted.is_empty() {
        if interp.get_attr_optional(&module, "__path__")?.is_some() {
            interp.import_submodules(&module, &full, &wanted, true)?;
        }
        return Ok(module);
    }
    let top = name.split('.').next().unwrap_or("");
    if level == 0 {
        return interp.import_module(top);
    }
    if name.is_empty() {
        return Ok(module);
    }
    // The package `level` up, with the first part of `name` under it.
    let cut = name.len() - top.len();
    let keep = &full[..full.len() - cut];
    match interp.imported(keep)? {
        Some(m) => Ok(m),
        None => Err(PyErr::new(ExcKind::KeyError, keep.to_string())),
    }
}

/// `_calc___package__` of a globals dict.
fn package_of(interp: &mut Interp, globals: &Value) -> PyResult<String> {
    let Some(d) = globals.as_dict() else {
        return Ok(String::new());
    };
    let get = |interp: &mut Interp, k: &str| crate::types::dict::lookup(interp, d, &Value::str(k));
    if let Some(Value::Str(p)) = get(interp, "__package__")? {
        return Ok(p.as_str().to_string());
    }
    let name = match get(interp, "__name__")? {
        Some(Value::Str(n)) => n.as_str().to_string(),
        _ => return Ok(String::new()),
    };
    if get(interp, "__path__")?.is_some() {
        return Ok(name);
    }
    Ok(name
        .rsplit_once('.')
        .map_or(String::new(), |(p, _)| p.to_string()))
}
