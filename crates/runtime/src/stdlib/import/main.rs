//! `minipy -m name`: a module found as `import` finds it, run as the main module
//! (`__name__ == "__main__"`), as CPython's `runpy._run_module_as_main`; a package runs
//! its `__main__` submodule.

use crate::error::PyResult;
use crate::interp::{Interp, RunError};
use crate::object::value::Value;

use super::finder::{str_items, Spec};

/// What `-m` found: the module's file and source and its package, or why it cannot run
/// (CPython prints that after the interpreter's name and exits with status 1).
enum MainModule {
    Found {
        file: String,
        text: String,
        package: String,
    },
    Refused(String),
}

impl Interp {
    /// Runs the module `name` as the main module. `Ok(Some(reason))` when there is no
    /// such module to run.
    pub fn run_main_module(&mut self, name: &str) -> Result<Option<String>, RunError> {
        // Finding the module runs its packages' code: the limits count from here.
        self.limits.start();
        let result = self.run_main_module_started(name);
        self.limits.finish();
        result
    }

    fn run_main_module_started(&mut self, name: &str) -> Result<Option<String>, RunError> {
        let found = self.find_main_module(name).map_err(RunError::Exception)?;
        let (file, text, package) = match found {
            MainModule::Found {
                file,
                text,
                package,
            } => (file, text, package),
            MainModule::Refused(why) => return Ok(Some(why)),
        };
        let main_attrs = [
            ("__file__", Value::str(file.as_str())),
            ("__package__", Value::str(package.as_str())),
        ];
        for (k, v) in main_attrs {
            let id = self.globals.id(k);
            self.globals.set(id, v);
        }
        self.set_argv0(&file).map_err(RunError::Exception)?;
        // A syntax error is an exception raised while finding the module, as in CPython.
        let code = self.compile(&file, &text).map_err(|e| {
            RunError::Exception(crate::exec::dynamic::syntax_error(
                &e,
                &file,
                &text,
                crate::object::function::CompileMode::Exec,
            ))
        })?;
        self.exec_module_body(&code)
            .map(|()| None)
            .map_err(RunError::Exception)
    }

    /// `sys.argv[0]` becomes the module's file, as `-m` sets it.
    fn set_argv0(&mut self, file: &str) -> PyResult<()> {
        match self.argv.first_mut() {
            Some(first) => *first = file.to_string(),
            None => self.argv.push(file.to_string()),
        }
        if let Some(sys) = self.imported("sys")? {
            let argv = self.get_attr_str(&sys, "argv")?;
            if let Value::List(_) = argv {
                self.set_item(&argv, &Value::Int(0), Value::str(file))?;
            }
        }
        Ok(())
    }

    /// CPython's `runpy._get_module_details`.
    fn find_main_module(&mut self, name: &str) -> PyResult<MainModule> {
        if name.starts_with('.') {
            return Ok(MainModule::Refused(
                "Relative module names not supported".to_string(),
            ));
        }
        let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
        let mut path = None;
        if let Some(parent) = &parent {
            match self.import_module(parent) {
                Ok(pm) => match self.get_attr_optional(&pm, "__path__")? {
                    Some(p) => path = Some(str_items(self, &p)),
                    None => {
                        return Ok(MainModule::Refused(format!(
                            "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')"
                        )))
                    }
                },
                Err(e) => {
                    let kind = self.describe_error(e)?;
                    return Ok(MainModule::Refused(format!(
                        "Error while finding module specification for '{name}' ({kind})"
                    )));
                }
            }
        }
        let spec = match self.find_spec(name, path)? {
            Some(spec) => spec,
            None => match crate::stdlib::frozen::find(name) {
                Some(f) => Spec::Frozen {
                    text: crate::stdlib::frozen::source(f).into_owned(),
                    package: f.package,
                },
                None => {
                    return Ok(MainModule::Refused(format!("No module named {name}")));
                }
            },
        };
        match spec {
            Spec::Source {
                package: None,
                file,
                text,
            } => Ok(MainModule::Found {
                file,
                text,
                package: parent.unwrap_or_default(),
            }),
            Spec::Frozen {
                package: false,
                text,
            } => Ok(MainModule::Found {
                file: format!("<frozen {name}>"),
                text,
                package: parent.unwrap_or_default(),
            }),
            Spec::Source { .. } | Spec::Namespace { .. } | Spec::Frozen { .. } => {
                if name == "__main__" || name.ends_with(".__main__") {
                    return Ok(MainModule::Refused(
                        "Cannot use package as __main__ module".to_string(),
                    ));
                }
                // The package itself is imported first, then its `__main__` runs.
                self.import_module(name)?;
                match self.find_main_module(&format!("{name}.__main__"))? {
                    MainModule::Refused(why) => Ok(MainModule::Refused(format!(
                        "{why}; '{name}' is a package and cannot be directly executed"
                    ))),
                    found => Ok(found),
                }
            }
        }
    }

    /// `TypeName: message` of an import error, as runpy shows it; other errors go on.
    fn describe_error(&mut self, e: crate::error::PyErr) -> PyResult<String> {
        let class = self.exc_class(crate::error::ExcKind::ImportError);
        if !self.err_matches(&e, &class) {
            return Err(e);
        }
        let mut e = e;
        let Some(obj) = self.materialize(&mut e) else {
            return Err(e);
        };
        let text = self.str(&Value::Instance(obj.clone()))?;
        Ok(format!("{}: {text}", obj.class.name()))
    }
}
