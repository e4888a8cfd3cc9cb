//! Loading a module from source, as CPython's `_find_and_load`: parents first, the new
//! module in `sys.modules` before its body runs (so import cycles see it, partially
//! initialized), taken out again if the body raises; and `from m import x`, which
//! imports submodules of a package it names and words its ImportError as CPython does.

use std::rc::Rc;

use crate::error::{ErrState, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::globals::Namespace;
use crate::object::module::Module;
use crate::object::value::Value;

use super::finder::{str_items, Spec};
use crate::stdlib::frozen::{self, Frozen};

impl Interp {
    /// A module not imported yet: found and run from source (its parent package first).
    pub(super) fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        let parent = name.rsplit_once('.');
        let (path, parent_module) = match parent {
            Some((parent, _)) => {
                let pm = self.import_module(parent)?;
                // Importing the parent may have imported this module too.
                if let Some(m) = self.imported(name)? {
                    return Ok(m);
                }
                let Some(path) = self.get_attr_optional(&pm, "__path__")? else {
                    return Err(self.import_error(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{name}'; '{parent}' is not a package"),
                        Some(name),
                        None,
                    ));
                };
                (Some(str_items(self, &path)), Some(pm))
            }
            None => (None, None),
        };
        let Some(spec) = self.find_spec(name, path)? else {
            return Err(self.not_found(name));
        };
        let module = self.load(name, spec)?;
        if let (Some(pm), Some((_, tail))) = (parent_module, parent) {
            let tail = self.intern(tail);
            self.set_attr(&pm, tail, module.clone())?;
        }
        Ok(module)
    }

    /// Makes the module object for `spec`, records it in `sys.modules` and runs its body.
    fn load(&mut self, name: &str, spec: Spec) -> PyResult<Value> {
        let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
        // The body's code name and text (none for a namespace package), and `__file__`.
        let (file, body, package) = match spec {
            Spec::Source {
                file,
                text,
                package,
            } => (Some(file.clone()), Some((file, text)), package),
            Spec::Namespace { dirs } => (None, None, Some(dirs)),
            Spec::Frozen { text, package } => (
                None,
                Some((format!("<frozen {name}>"), text)),
                package.then(Vec::new),
            ),
        };
        let package_name = if package.is_some() { name } else { parent };
        let mut attrs = vec![
            ("__name__", Value::str(name)),
            ("__doc__", Value::None),
            ("__package__", Value::str(package_name)),
            // (No loader or module spec objects: both are None.)
            ("__loader__", Value::None),
            ("__spec__", Value::None),
        ];
        if let Some(dirs) = &package {
            let dirs = dirs.iter().map(|d| Value::str(d.as_str())).collect();
            attrs.push(("__path__", Value::list(dirs)));
        }
        match (&file, &body) {
            (Some(file), _) => {
                attrs.push(("__file__", Value::str(file)));
                // (No bytecode is written: there is no cached file.)
                attrs.push(("__cached__", Value::None));
            }
            // A namespace package's `__file__` is None; a frozen module has none.
            (None, None) => attrs.push(("__file__", Value::None)),
            (None, Some(_)) => {}
        }
        if body.is_some() {
            attrs.push(("__builtins__", self.builtins_dict()));
        }
        // The module's globals live in slots; a dict is made only when a script asks
        // for one (`vars(m)`, `globals()`), so calling its functions switches cheaply.
        let mut slots = self.globals.sibling();
        for (k, v) in attrs {
            let id = slots.id(k);
            slots.set(id, v);
        }
        let ns = Rc::new(Namespace::new(None, slots));
        self.namespaces.retain(|w| w.strong_count() > 0);
        self.namespaces.push(Rc::downgrade(&ns));
        let module = Value::Module(crate::object::alloc::alloc(Module::with_namespace(
            name,
            ns.clone(),
        )));
        let modules = self.sys_modules();
        self.dict_set(&modules, Value::str(name), module.clone())?;
        let Some((code_name, text)) = body else {
            return Ok(module);
        };
        self.modules.initializing.push(Rc::from(name));
        // (A module that imports itself anew each time recurses as a call would.)
        let ran = self.recurse("while calling a Python object", |interp| {
            interp.run_module_in(&ns, &code_name, &text)
        });
        self.modules.initializing.pop();
        if let Err(e) = ran {
            self.forget_module(name);
            return Err(e);
        }
        // The body may have put another object in its place.
        Ok(self.imported(name)?.unwrap_or(module))
    }

    /// A standard module written in Python (its parent package is imported already, by
    /// [`Interp::import_module`]): run from its embedded source and bound in its parent.
    pub(crate) fn load_frozen(&mut self, frozen: &Frozen) -> PyResult<Value> {
        let text = frozen::source(frozen).into_owned();
        let spec = Spec::Frozen {
            text,
            package: frozen.package,
        };
        let module = self.load(frozen.name, spec)?;
        if let Some((parent, tail)) = frozen.name.rsplit_once('.') {
            if let Some(pm) = self.imported(parent)? {
                let tail = self.intern(tail);
                self.set_attr(&pm, tail, module.clone())?;
            }
        }
        Ok(module)
    }

    /// Takes `name` out of `sys.modules` (a module whose body raised).
    fn forget_module(&mut self, name: &str) {
        if let Some(Value::Dict(d)) = self.modules.sys_modules.clone() {
            if let Ok((k, Some(_))) = crate::types::dict::find(self, &d, &Value::str(name)) {
                d.borrow_mut().shift_remove(&k);
            }
        }
    }

    /// `from <module> import <names>`: the module (relative names resolved against the
    /// running module), with the named submodules of a package imported, and its
    /// absolute name.
    pub(crate) fn import_for_from(
        &mut self,
        module: &str,
        names: &[Rc<str>],
    ) -> PyResult<(Value, String)> {
        let full = self.resolve_relative(module)?;
        let m = self.import_module(&full)?;
        if self.get_attr_optional(&m, "__path__")?.is_some() {
            self.import_submodules(&m, &full, names, true)?;
        }
        Ok((m, full))
    }

    /// CPython's `_handle_fromlist`: each name the package lacks is tried as a submodule;
    /// one that does not exist is left for the attribute lookup to report.
    pub(super) fn import_submodules(
        &mut self,
        m: &Value,
        full: &str,
        names: &[Rc<str>],
        star_all: bool,
    ) -> PyResult<()> {
        for n in names {
            if &**n == "*" {
                if !star_all {
                    continue;
                }
                if let Some(all) = self.get_attr_optional(m, "__all__")? {
                    let listed: Vec<Rc<str>> =
                        str_items(self, &all).into_iter().map(Rc::from).collect();
                    self.import_submodules(m, full, &listed, false)?;
                }
                continue;
            }
            if self.get_attr_optional(m, n)?.is_some() {
                continue;
            }
            let sub = format!("{full}.{n}");
            if let Err(e) = self.import_module(&sub) {
                if !self.is_missing_module(&e, &sub) {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Whether `e` is the ModuleNotFoundError for `name` itself (not for a module it
    /// imports).
    fn is_missing_module(&mut self, e: &PyErr, name: &str) -> bool {
        let class = self.exc_class(ExcKind::ModuleNotFoundError);
        if !self.err_matches(e, &class) {
            return false;
        }
        let args = match &e.state {
            ErrState::Pending { args, .. } => args.clone(),
            ErrState::Object(o) => o.exc_args(),
            ErrState::Limit(_) => return false,
        };
        matches!(args.first(), Some(Value::Str(s)) if s.as_str() == format!("No module named '{name}'"))
    }

    /// `from m import name`: the attribute, or a submodule in `sys.modules` not bound
    /// yet (import cycles), else CPython's ImportError.
    pub(crate) fn import_from(&mut self, m: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr_str(m, name) {
            Ok(v) => return Ok(v),
            Err(e) if !self.is_attribute_error(&e) => return Err(e),
            Err(_) => {}
        }
        let module_name = match self.get_attr_optional(m, "__name__")? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        if let Some(pkg) = &module_name {
            if let Some(v) = self.imported(&format!("{pkg}.{name}"))? {
                return Ok(v);
            }
        }
        let shown = module_name
            .clone()
            .unwrap_or_else(|| "<unknown module name>".to_string());
        let file = match self.get_attr_optional(m, "__file__")? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        let msg = match &file {
            None => format!("cannot import name '{name}' from '{shown}' (unknown location)"),
            Some(file) if self.module_initializing(&shown) => format!(
                "cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({file})"
            ),
            Some(file) => format!("cannot import name '{name}' from '{shown}' ({file})"),
        };
        Err(self.import_error(
            ExcKind::ImportError,
            msg,
            module_name.as_deref(),
            file.as_deref(),
        ))
    }
}
