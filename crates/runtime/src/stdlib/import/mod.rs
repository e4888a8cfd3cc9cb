//! `import`: the per-interpreter module registry (name -> constructor), the modules
//! already imported (`sys.modules`), and modules run from source: found on the search
//! path (`finder.rs`), run in a namespace of their own (`loader.rs`), named relative to
//! the importing package (`relative.rs`), or run as the main module by `-m` (`main.rs`).
//!
//! Standard and host-registered modules are found first, as CPython's built-ins are;
//! then `sys.path` (files, through [`crate::object::access::Access`]), then the sources
//! the host supplied from memory.

mod finder;
pub(crate) mod importlib;
mod loader;
mod main;
mod relative;

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::module::Module;
use crate::object::value::Value;
use crate::stdlib::{frozen, ModuleState, STANDARD};

/// Builds a module's object when a script first imports it: a standard module's
/// constructor, or a closure the host registered with [`Interp::add_module`].
pub type ModuleInit = Rc<dyn Fn(&mut Interp) -> PyResult<Value>>;

/// The modules an interpreter can import, the ones it has built, and the standard
/// modules' state.
pub(crate) struct Modules {
    /// The host's changes to what `import` may build: a module it added or replaced
    /// (`Some`), or one it removed (`None`). Other names are looked up in the standard
    /// tables when imported, so a new interpreter builds no registry.
    overrides: HashMap<Rc<str>, Option<ModuleInit>>,
    /// Modules built so far, until `sys.modules` exists (then that dict is the record).
    loaded: HashMap<Rc<str>, Value>,
    /// `sys.modules`, once `sys` is imported or a module is run from source.
    sys_modules: Option<Value>,
    /// Modules whose body is running, innermost last (for "partially initialized").
    initializing: Vec<Rc<str>>,
    pub(crate) state: ModuleState,
}

impl Modules {
    /// The registry of a new interpreter: the standard modules, none built yet.
    pub(crate) fn standard() -> Modules {
        Modules {
            overrides: HashMap::default(),
            loaded: HashMap::default(),
            sys_modules: None,
            initializing: Vec::new(),
            state: ModuleState::default(),
        }
    }

    /// What builds the module `name`: the host's, else a standard one (native first).
    pub(crate) fn init(&self, name: &str) -> Option<ModuleInit> {
        if let Some(set) = self.overrides.get(name) {
            return set.clone();
        }
        if let Some(&(_, init)) = STANDARD.iter().find(|(n, _)| *n == name) {
            return Some(Rc::new(init));
        }
        let f = frozen::find(name)?;
        Some(Rc::new(move |interp: &mut Interp| interp.load_frozen(f)))
    }
}

impl Interp {
    /// An ImportError (or subclass) with CPython's `name` and `path` attributes.
    pub(crate) fn import_error(
        &mut self,
        kind: ExcKind,
        msg: String,
        name: Option<&str>,
        path: Option<&str>,
    ) -> PyErr {
        let mut e = PyErr::new(kind, msg);
        if let Some(obj) = self.materialize(&mut e) {
            let mut dict = obj.dict.borrow_mut();
            for (k, v) in [("name", name), ("path", path)] {
                if let Some(v) = v {
                    let k = self.names.intern(k);
                    dict.insert(k, Value::str(v));
                }
            }
        }
        e
    }

    /// `No module named 'name'`.
    pub(crate) fn not_found(&mut self, name: &str) -> PyErr {
        self.import_error(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
            Some(name),
            None,
        )
    }
}

impl Interp {
    /// `import name` with an absolute dotted name: the module imported before, or one
    /// built from the registry, or found on the search path (parents first).
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if *name == *self.main_name {
            // The main module is in `sys.modules` from the start.
            self.sys_modules();
        }
        if let Some(m) = self.imported(name)? {
            return Ok(m);
        }
        // Standard modules, submodules too (`os.path`), come before disk.
        if let Some(init) = self.modules.init(name) {
            if let Some((parent, _)) = name.rsplit_once('.') {
                self.import_module(parent)?;
                // The parent may have put its submodule in sys.modules itself.
                if let Some(m) = self.imported(name)? {
                    return Ok(m);
                }
            }
            let module = init(self)?;
            self.modules.loaded.insert(name.into(), module.clone());
            if let Some(d) = self.modules.sys_modules.clone() {
                self.dict_set(&d, Value::str(name), module.clone())?;
            }
            return Ok(module);
        }
        self.find_and_load(name)
    }

    /// The module `sys.modules` holds under `name` (before `sys.modules` exists, the
    /// registry's built ones).
    pub(crate) fn imported(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(Value::Dict(d)) = self.modules.sys_modules.clone() {
            return match crate::types::dict::lookup(self, &d, &Value::str(name))? {
                Some(Value::None) => Err(self.import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    Some(name),
                    None,
                )),
                found => Ok(found),
            };
        }
        Ok(self.modules.loaded.get(name).cloned())
    }

    /// Whether the module called `name` is still running its body.
    pub(crate) fn module_initializing(&self, name: &str) -> bool {
        self.modules.initializing.iter().any(|n| &**n == name)
    }

    /// `sys.modules`: the modules imported so far (the `sys` module adds itself).
    pub(crate) fn sys_modules(&mut self) -> Value {
        if let Some(d) = &self.modules.sys_modules {
            return d.clone();
        }
        let d = Value::dict(crate::types::dict::table::new_dict());
        let mut loaded: Vec<(Rc<str>, Value)> = self
            .modules
            .loaded
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        loaded.sort_by(|a, b| a.0.cmp(&b.0));
        for (k, v) in loaded {
            let _ = self.dict_set(&d, Value::str(&*k), v);
        }
        // The main module is a module too (its namespace is the main one).
        let main = Module::with_namespace(&self.main_name.clone(), self.main_ns.clone());
        let main = Value::Module(crate::object::alloc::alloc(main));
        let _ = self.dict_set(&d, Value::str(&*self.main_name.clone()), main);
        self.modules.sys_modules = Some(d.clone());
        d
    }

    /// What CPython's finalization does to modules: the globals of every imported module
    /// (a built-in module's attributes) are emptied, then the records of imports
    /// dropped. A module's functions refer back to its globals, so without the first
    /// step what a module holds would never be freed (a file it keeps open never
    /// flushed).
    pub(crate) fn finalize_modules(&mut self) {
        let modules: Vec<Value> = match &self.modules.sys_modules {
            Some(Value::Dict(d)) => d.borrow().values().cloned().collect(),
            _ => self.modules.loaded.values().cloned().collect(),
        };
        for m in &modules {
            let Value::Module(m) = m else { continue };
            m.dict.borrow_mut().free();
            if let Some(ns) = &m.ns {
                let dict = ns.dict.borrow_mut().take();
                if let Some(Value::Dict(d)) = &dict {
                    let entries = std::mem::take(&mut *d.borrow_mut());
                    drop(entries);
                }
                ns.parked.borrow_mut().clear();
            }
        }
        drop(modules);
        drop(std::mem::replace(&mut self.modules, Modules::standard()));
    }

    /// Lets scripts import `name`, built by `init` on first import. Replaces a module of
    /// that name, standard or not, including one a script already imported.
    pub fn add_module(&mut self, name: &str, init: ModuleInit) {
        self.modules.loaded.remove(name);
        self.forget_in_sys_modules(name);
        self.modules.overrides.insert(name.into(), Some(init));
    }

    /// Stops scripts from importing `name` (a module they already imported included);
    /// whether there was such a module.
    pub fn remove_module(&mut self, name: &str) -> bool {
        let loaded = self.modules.loaded.remove(name).is_some();
        self.forget_in_sys_modules(name);
        let known = self.modules.init(name).is_some();
        self.modules.overrides.insert(name.into(), None);
        known || loaded
    }

    fn forget_in_sys_modules(&mut self, name: &str) {
        if let Some(Value::Dict(d)) = self.modules.sys_modules.clone() {
            if let Ok((k, Some(_))) = crate::types::dict::find(self, &d, &Value::str(name)) {
                d.borrow_mut().shift_remove(&k);
            }
        }
    }

    /// The names `from module import *` binds: those in `__all__` if the module has one,
    /// else every name not starting with an underscore.
    pub(crate) fn public_names(&mut self, module: &Value) -> PyResult<Vec<(String, Value)>> {
        let Value::Module(m) = module else {
            return Ok(Vec::new());
        };
        let listed = match &m.ns {
            Some(ns) => self.namespace_get(ns, "__all__")?,
            None => {
                let all = self.intern("__all__");
                m.dict.borrow().get(&all).cloned()
            }
        };
        if let Some(listed) = listed {
            let mut out = Vec::new();
            let it = self.iter(&listed)?;
            while let Some(name) = self.next(&it)? {
                let Value::Str(name) = name else {
                    return Err(PyErr::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        name.type_name()
                    )));
                };
                let v = self.get_attr_str(module, name.as_str())?;
                out.push((name.as_str().to_string(), v));
            }
            return Ok(out);
        }
        if let Some(ns) = &m.ns {
            let d = self.namespace_dict(ns);
            let mut out = Vec::new();
            if let Some(d) = d.as_dict() {
                for (k, v) in crate::types::dict::table::items(&d.borrow()) {
                    if let Value::Str(k) = k {
                        if !k.as_str().starts_with('_') {
                            out.push((k.as_str().to_string(), v));
                        }
                    }
                }
            }
            return Ok(out);
        }
        let mut out: Vec<(String, Value)> = m
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (self.name(*k).to_string(), v.clone()))
            .filter(|(k, _)| !k.starts_with('_'))
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Builds a module value from named members.
    pub fn make_module(&mut self, name: &str, members: Vec<(&str, Value)>) -> Value {
        let m = Module::new(name);
        for (k, v) in members {
            let s = self.intern(k);
            m.dict.borrow_mut().insert(s, v);
        }
        let s = self.intern("__name__");
        m.dict.borrow_mut().insert(s, Value::str(name));
        Value::Module(crate::object::alloc::alloc(m))
    }

    /// A built-in function that belongs to a module (its repr names no module, as CPython's).
    pub(crate) fn module_fn(name: &'static str, f: crate::object::function::FuncImpl) -> Value {
        Interp::builtin_fn(name, f)
    }
}
