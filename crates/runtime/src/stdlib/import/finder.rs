//! Finding a module's source: the directories of the search path (`sys.path` for a
//! top-level module, the package's `__path__` for a submodule), as CPython's path finder
//! looks (a package directory with `__init__.py` first, then `name.py`, a directory
//! without `__init__.py` last as a namespace package), then the sources the host
//! supplied from memory. Every file is reached through `interp.access`: what it refuses
//! is not found.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::access::Intent;
use crate::object::value::Value;

/// What the finder found for a module name.
pub(super) enum Spec {
    /// Source text: the script-visible file name (`__file__`), and for a package the
    /// directories its submodules are searched in (`__path__`).
    Source {
        file: String,
        text: String,
        package: Option<Vec<String>>,
    },
    /// Directories named like the module without `__init__.py` (a namespace package).
    Namespace { dirs: Vec<String> },
    /// A standard module written in Python, embedded in the binary: it has no `__file__`
    /// and its code is named `<frozen name>`, as CPython names its frozen modules'.
    Frozen { text: String, package: bool },
}

fn join(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

impl Interp {
    /// The directories a top-level module is searched in: `sys.path` once `sys` is
    /// imported (a script may change it), else the host's module path.
    fn search_path(&mut self) -> PyResult<Vec<String>> {
        let Some(sys) = self.imported("sys")? else {
            return Ok(self.access.module_path.clone());
        };
        let Ok(path) = self.get_attr_str(&sys, "path") else {
            return Ok(Vec::new());
        };
        Ok(str_items(self, &path))
    }

    /// Finds `name` (absolute, dotted) in `path` (`None`: the search path).
    pub(super) fn find_spec(
        &mut self,
        name: &str,
        path: Option<Vec<String>>,
    ) -> PyResult<Option<Spec>> {
        let tail = name.rsplit('.').next().unwrap_or(name);
        let entries = match path {
            Some(p) => p,
            None => self.search_path()?,
        };
        let mut namespace = Vec::new();
        for entry in entries {
            let dir = if entry.is_empty() {
                match self.access.cwd() {
                    Ok(cwd) => cwd,
                    Err(_) => continue,
                }
            } else {
                entry
            };
            let base = join(&dir, tail);
            let init = join(&base, "__init__.py");
            if let Some(text) = self.read_source(&init)? {
                return Ok(Some(Spec::Source {
                    file: init,
                    text,
                    package: Some(vec![base]),
                }));
            }
            let file = format!("{base}.py");
            if let Some(text) = self.read_source(&file)? {
                return Ok(Some(Spec::Source {
                    file,
                    text,
                    package: None,
                }));
            }
            if self.is_visible_dir(&base) {
                namespace.push(base);
            }
        }
        if let Some(spec) = self.memory_spec(name) {
            return Ok(Some(spec));
        }
        if !namespace.is_empty() {
            return Ok(Some(Spec::Namespace { dirs: namespace }));
        }
        Ok(None)
    }

    /// A module's source file, if the script may read it and it is a file.
    fn read_source(&mut self, visible: &str) -> PyResult<Option<String>> {
        let Ok(host) = self.access.resolve(visible, Intent::Read) else {
            return Ok(None);
        };
        if !host.is_file() {
            return Ok(None);
        }
        let bytes = match std::fs::read(&host) {
            Ok(b) => b,
            Err(e) => {
                return Err(crate::object::access::os_error(&e, Some(visible)));
            }
        };
        String::from_utf8(bytes).map(Some).map_err(|e| {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() + 1;
            PyErr::new(
                ExcKind::SyntaxError,
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {visible} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes.get(pos).copied().unwrap_or(0)
                ),
            )
        })
    }

    fn is_visible_dir(&self, visible: &str) -> bool {
        self.access
            .resolve(visible, Intent::Read)
            .is_ok_and(|host| host.is_dir())
    }

    /// A module the host supplied from memory: `pkg` is a package when `pkg.__init__`
    /// or any `pkg.sub` is given. Its file name is the path the module would have on
    /// disk (`pkg/__init__.py`, `pkg/sub.py`), so tracebacks show its lines.
    fn memory_spec(&self, name: &str) -> Option<Spec> {
        let sources = &self.access.module_sources;
        let prefix = format!("{name}.");
        let is_package = sources.keys().any(|k| k.starts_with(&prefix));
        let path = name.replace('.', "/");
        if is_package {
            let text = sources
                .get(&format!("{name}.__init__"))
                .or_else(|| sources.get(name))
                .cloned()
                .unwrap_or_default();
            return Some(Spec::Source {
                file: format!("{path}/__init__.py"),
                text,
                package: Some(Vec::new()),
            });
        }
        sources.get(name).map(|text| Spec::Source {
            file: format!("{path}.py"),
            text: text.clone(),
            package: None,
        })
    }
}

/// The str items of a list (`sys.path`, `__path__`); other items are skipped, as
/// CPython's path finder skips them.
pub(super) fn str_items(interp: &mut Interp, list: &Value) -> Vec<String> {
    let Ok(items) = interp.collect(list) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}
