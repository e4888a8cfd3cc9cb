//! Running code: compiling source into resolved code, running a module or an
//! interactive line, and recording where an exception passed (tracebacks).

use std::rc::Rc;

use minipy_syntax::SyntaxError;

use crate::error::{PyErr, PyResult};
use crate::exec::code::{Code, SourceFile};
use crate::exec::eval::Frame;
use crate::exec::resolver::Resolver;
use crate::exec::traceback::TbEntry;
use crate::interp::{Interp, RunError};
use crate::object::args::Args;
use crate::object::value::Value;

impl Interp {
    /// Parses and resolves a module's source.
    pub fn compile(&mut self, filename: &str, src: &str) -> Result<Rc<Code>, SyntaxError> {
        let module = minipy_syntax::parse_module(src)?;
        let file = Rc::new(SourceFile::new(filename, src));
        self.files.push(file.clone());
        let code = Resolver::module(file, &module, &mut self.globals, &mut self.names, None);
        drop(module);
        code
    }

    /// Runs a whole module in the interpreter's global namespace.
    pub fn run_module(&mut self, filename: &str, src: &str) -> Result<(), RunError> {
        let code = self.compile(filename, src).map_err(RunError::Syntax)?;
        self.exec_module(&code).map_err(RunError::Exception)
    }

    /// Runs interactive input: top-level expression statements print their repr.
    pub fn run_interactive(&mut self, filename: &str, src: &str) -> Result<(), RunError> {
        let module = minipy_syntax::parse_module(src).map_err(RunError::Syntax)?;
        let file = Rc::new(SourceFile::new(filename, src));
        self.files.push(file.clone());
        let hook = Interp::builtin_fn("displayhook", displayhook);
        let code = Resolver::interactive(file, &module, &mut self.globals, &mut self.names, hook)
            .map_err(RunError::Syntax)?;
        self.exec_module(&code).map_err(RunError::Exception)
    }

    pub(crate) fn exec_module(&mut self, code: &Rc<Code>) -> PyResult<()> {
        self.limits.start();
        let result = self.exec_module_body(code);
        self.limits.finish();
        result
    }

    /// Runs the main module's code, the limits already started.
    pub(crate) fn exec_module_body(&mut self, code: &Rc<Code>) -> PyResult<()> {
        let name_id = self.globals.id("__name__");
        if self.globals.get_own(name_id).is_none() {
            self.globals.set(name_id, Value::str(&*self.main_name));
            self.set_main_dunders();
        }
        let mut frame = Frame::new(code.clone(), vec![]);
        self.run_frame_body(&mut frame).map(|_| ())
    }

    /// What CPython's `__main__` holds before any code runs (`dir()` at a fresh prompt):
    /// there is no loader or module spec object, so both are None; `__builtins__` is a
    /// module holding the builtins.
    fn set_main_dunders(&mut self) {
        // (The module `import builtins` gives, when the host grants it.)
        let builtins = match self.modules.init("builtins") {
            Some(_) => self.import_module("builtins"),
            None => Ok(self.builtins_module()),
        };
        let builtins = builtins.unwrap_or(Value::None);
        let annotations = Value::dict(crate::types::dict::table::new_dict());
        for (name, v) in [
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", annotations),
            ("__builtins__", builtins),
        ] {
            let id = self.globals.id(name);
            if self.globals.get_own(id).is_none() {
                self.globals.set(id, v);
            }
        }
    }

    /// The builtins as a module, `builtins` (a copy: binding one of its names does not
    /// change what code finds).
    pub(crate) fn builtins_module(&mut self) -> Value {
        let items: Vec<(Rc<str>, Value)> = self
            .globals
            .builtin_items()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let members = items.iter().map(|(k, v)| (&**k, v.clone())).collect();
        self.make_module("builtins", members)
    }

    /// Records that the error passed through a frame running `code`.
    pub(crate) fn add_traceback(
        &mut self,
        err: &mut PyErr,
        code: &Rc<Code>,
        fallback: minipy_syntax::ast::Span,
    ) {
        let focus = err.focus.take().unwrap_or(fallback);
        if let Some(obj) = self.materialize(err) {
            if let Some(exc) = &obj.exc {
                let entry = TbEntry {
                    code: code.clone(),
                    focus,
                };
                exc.borrow_mut().traceback.insert(0, entry);
            }
        }
    }
}

/// Echoes an interactive expression's value and keeps it in `_`.
pub(crate) fn displayhook(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("displayhook", 1, 1)?;
    if a[0].is_none() {
        return Ok(Value::None);
    }
    let text = interp.repr(&a[0])?;
    interp.write(&text)?;
    interp.write("\n")?;
    let id = interp.globals.id("_");
    interp.globals.set(id, a[0].clone());
    Ok(Value::None)
}
