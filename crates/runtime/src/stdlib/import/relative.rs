//! Relative module names (`from . import x`, `from ..a import b`), resolved against the
//! running module's package as CPython's `_calc___package__` and `_resolve_name` do.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;

impl Interp {
    /// The absolute name for a module name that may start with dots.
    pub(crate) fn resolve_relative(&mut self, module: &str) -> PyResult<String> {
        let name = module.trim_start_matches('.');
        let level = module.len() - name.len();
        if level == 0 {
            return Ok(name.to_string());
        }
        let package = self.running_package();
        resolve_name(name, &package, level)
    }

    /// The running module's package: `__package__` when it is set, else its `__name__`
    /// (a module that is not a package drops the last part).
    pub(super) fn running_package(&mut self) -> String {
        if let Some(Value::Str(p)) = self.running_global("__package__") {
            return p.as_str().to_string();
        }
        let name = match self.running_global("__name__") {
            Some(Value::Str(n)) => n.as_str().to_string(),
            _ => return String::new(),
        };
        if self.running_global("__path__").is_some() {
            return name;
        }
        name.rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string())
    }

    fn running_global(&mut self, name: &str) -> Option<Value> {
        let ns = self.running_namespace();
        self.namespace_get(&ns, name).ok().flatten()
    }
}

/// CPython's `_resolve_name`: `name` (no dots) `level` packages up from `package`.
pub(super) fn resolve_name(name: &str, package: &str, level: usize) -> PyResult<String> {
    if package.is_empty() {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    let (true, Some(base)) = (bits.len() >= level, bits.last()) else {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    };
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}
