//! `import`: the per-interpreter module registry (name -> constructor) and the modules
//! already built. Nothing else can be imported: scripts get no file system.

use std::collections::HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::module::Module;
use crate::object::value::Value;
use crate::stdlib::{ModuleState, STANDARD};

/// Builds a module's object when a script first imports it: a standard module's
/// constructor, or a closure the host registered with [`Interp::add_module`].
pub type ModuleInit = Rc<dyn Fn(&mut Interp) -> PyResult<Value>>;

/// The modules an interpreter can import, the ones it has built, and the standard
/// modules' state.
pub(crate) struct Modules {
    /// What `import` may build, by name.
    registry: HashMap<Rc<str>, ModuleInit>,
    /// Modules built so far (`sys.modules`): importing one again returns the same object.
    loaded: HashMap<Rc<str>, Value>,
    /// `sys.modules`, once `sys` is imported: what `import` finds first.
    sys_modules: Option<Value>,
    pub(crate) state: ModuleState,
}

impl Modules {
    /// The registry of a new interpreter: the standard modules, none built yet.
    pub(crate) fn standard() -> Modules {
        let registry = STANDARD
            .iter()
            .map(|&(name, init)| (Rc::from(name), Rc::new(init) as ModuleInit))
            .collect();
        Modules {
            registry,
            loaded: HashMap::new(),
            sys_modules: None,
            state: ModuleState::default(),
        }
    }
}

fn not_found(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    )
}

impl Interp {
    /// `import name`: the module built before, or a new one from the registry.
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(Value::Dict(d)) = self.modules.sys_modules.clone() {
            if let Some(m) = crate::types::dict::lookup(self, &d, &Value::str(name))? {
                return Ok(m);
            }
        }
        if let Some(m) = self.modules.loaded.get(name) {
            return Ok(m.clone());
        }
        if let Some((top, _)) = name.split_once('.') {
            // Packages: the top-level name must import first.
            self.import_module(top)?;
            // Importing the parent may have imported this module too (`os` sets `os.path`).
            if let Some(Value::Dict(d)) = self.modules.sys_modules.clone() {
                if let Some(m) = crate::types::dict::lookup(self, &d, &Value::str(name))? {
                    return Ok(m);
                }
            }
            return Err(not_found(name));
        }
        let Some(init) = self.modules.registry.get(name).cloned() else {
            return Err(not_found(name));
        };
        let module = init(self)?;
        self.modules.loaded.insert(name.into(), module.clone());
        if let Some(d) = self.modules.sys_modules.clone() {
            self.dict_set(&d, Value::str(name), module.clone())?;
        }
        Ok(module)
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
        self.modules.sys_modules = Some(d.clone());
        d
    }

    /// Lets scripts import `name`, built by `init` on first import. Replaces a module of
    /// that name, standard or not, including one a script already imported.
    pub fn add_module(&mut self, name: &str, init: ModuleInit) {
        self.modules.loaded.remove(name);
        self.forget_in_sys_modules(name);
        self.modules.registry.insert(name.into(), init);
    }

    /// Stops scripts from importing `name` (a module they already imported included);
    /// whether there was such a module.
    pub fn remove_module(&mut self, name: &str) -> bool {
        let loaded = self.modules.loaded.remove(name).is_some();
        self.forget_in_sys_modules(name);
        self.modules.registry.remove(name).is_some() || loaded
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
        let all = self.intern("__all__");
        let listed = m.dict.borrow().get(&all).cloned();
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
