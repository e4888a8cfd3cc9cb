//! Code run from strings: what `exec`, `eval` and `compile` do, and the calls that hand
//! a builtin the caller's variables (`locals()`).

use std::rc::Rc;

use minipy_syntax::ast;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::{Arg, Expr, SourceFile};
use crate::exec::eval::Frame;
use crate::exec::resolver::{DynamicMode, Resolver};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::AttrMap;
use crate::object::function::CompileMode;
use crate::object::limits::Limits;
use crate::object::value::Value;

/// Source and where it runs, as `exec` and `eval` were given them.
pub(crate) struct DynamicRun<'a> {
    pub text: &'a str,
    pub filename: &'a str,
    pub mode: CompileMode,
    /// The globals dict; `None`: the caller's.
    pub globals: Option<Value>,
    /// The locals mapping; `None`: the globals (or the caller's variables).
    pub locals: Option<Value>,
}

/// The builtins that read their caller's variables.
const FRAME_READERS: &[&str] = &["locals", "vars", "dir", "exec", "eval"];

impl Interp {
    /// A call of `locals`, `vars`, `dir`, `exec` or `eval` by name in a function or
    /// class body: the builtin gets the frame's variables.
    pub(super) fn eval_frame_call(
        &mut self,
        func: &Expr,
        args: &[Arg],
        f: &mut Frame,
    ) -> PyResult<Value> {
        let callee = self.eval(func, f)?;
        let (pos, kw) = self.eval_args_for(Some(&callee), args, f)?;
        let reads = matches!(&callee, Value::Builtin(b)
            if b.owner.is_none() && b.module.is_none() && FRAME_READERS.contains(&b.name));
        if !reads {
            return self.call(&callee, pos, kw);
        }
        let vars = self.frame_variables(f);
        self.frame_locals = Some(vars);
        let result = self.call(&callee, pos, kw);
        self.frame_locals = None;
        result
    }

    /// A dict of a frame's bound variables (a snapshot, as CPython's `locals()` in a
    /// function is).
    fn frame_variables(&mut self, f: &Frame) -> Value {
        let d = Value::dict(crate::types::dict::table::new_dict());
        if let Some(ns) = f.class_ns.as_ref() {
            let items: Vec<_> = ns.iter().map(|(k, v)| (*k, v.clone())).collect();
            for (k, v) in items {
                let key = Value::str(&*self.name(k));
                let _ = self.dict_set(&d, key, v);
            }
            return d;
        }
        let code = f.code.clone();
        for (name, v) in code.local_names.iter().zip(f.locals.iter()) {
            if let (false, Some(v)) = (name.starts_with('.'), v) {
                let _ = self.dict_set(&d, Value::str(&**name), v.clone());
            }
        }
        for (name, cell) in code.cell_names.iter().zip(f.all_cells()) {
            let v = cell.borrow().clone();
            if let Some(v) = v {
                let _ = self.dict_set(&d, Value::str(&**name), v);
            }
        }
        d
    }

    /// The caller's variables for `exec`/`eval` without a namespace (`None` at module
    /// level, where they are the globals).
    pub(crate) fn take_frame_locals(&mut self) -> Option<Value> {
        self.frame_locals.take()
    }

    /// Runs source as `exec` (the result is `None`) or `eval` (the expression's value).
    pub(crate) fn run_dynamic(&mut self, run: DynamicRun) -> PyResult<Value> {
        let target = match &run.globals {
            Some(g) => {
                let builtins = "__builtins__";
                // `exec`/`eval` refused globals that are not a dict before coming here.
                let Some(d) = g.as_dict() else {
                    return Err(PyErr::type_error("globals must be a dict"));
                };
                if crate::types::dict::lookup(self, d, &Value::str(builtins))?.is_none() {
                    let b = self.builtins_dict();
                    self.dict_set(g, Value::str(builtins), b)?;
                }
                self.namespace_for(g)
            }
            None => self.active_ns.clone(),
        };
        let locals_mode = match (&run.globals, &run.locals) {
            (_, None) => false,
            (Some(g), Some(l)) => !g.is(l),
            (None, Some(_)) => true,
        };
        let module = parse(&mut self.limits, run.text, run.filename, run.mode)?;
        let file = Rc::new(SourceFile::new(run.filename, run.text));
        let displayhook = match run.mode {
            CompileMode::Exec => None,
            CompileMode::Eval => Some(Interp::builtin_fn("eval", keep_result)),
            CompileMode::Single => Some(Interp::builtin_fn(
                "displayhook",
                crate::exec::run::displayhook,
            )),
        };
        let prev = self.enter_namespace(&target);
        let mode = DynamicMode {
            displayhook,
            ns: target.clone(),
            locals_mode,
        };
        let resolved = Resolver::dynamic(file, &module, &mut self.globals, &mut self.names, mode);
        drop(module);
        if let Err(e) = self.limits.check_stack() {
            self.leave_namespace(prev);
            return Err(e);
        }
        let code = match resolved {
            Ok(code) => code,
            Err(e) => {
                self.leave_namespace(prev);
                // (CPython's compiler, unlike its parser, gives no source text.)
                return Err(compile_error(syntax_error(
                    &e,
                    run.filename,
                    run.text,
                    run.mode,
                )));
            }
        };
        // (The resolved tree counts too, before it runs.)
        if let Err(e) = self.limits.check_alloc(0) {
            self.leave_namespace(prev);
            return Err(e);
        }
        let mut frame = Frame::new(code, vec![]);
        if let (true, Some(l)) = (locals_mode, &run.locals) {
            *frame.class_ns = Some(Box::new(self.attr_map(l)));
        }
        let result = self.run_frame_body(&mut frame);
        self.leave_namespace(prev);
        let dict_locals = run.locals.as_ref().filter(|l| l.as_dict().is_some());
        if let (true, Some(l), Some(ns)) = (locals_mode, dict_locals, frame.class_ns.take()) {
            let items: Vec<_> = ns.into_iter().collect();
            for (k, v) in items {
                let key = Value::str(&*self.name(k));
                self.set_item(l, &key, v)?;
            }
        }
        result?;
        Ok(self.eval_result.take().unwrap_or(Value::None))
    }

    /// Runs a module's source in `ns` (an imported module's namespace, which gets a dict
    /// only when a script asks for one): a syntax error is raised as SyntaxError with
    /// the file and line.
    pub(crate) fn run_module_in(
        &mut self,
        ns: &Rc<crate::object::globals::Namespace>,
        filename: &str,
        text: &str,
    ) -> PyResult<()> {
        let module = parse(&mut self.limits, text, filename, CompileMode::Exec)?;
        let file = Rc::new(SourceFile::new(filename, text));
        let target = Some(ns.clone());
        let prev = self.enter_namespace(&target);
        let mode = DynamicMode {
            displayhook: None,
            ns: target,
            locals_mode: false,
        };
        let resolved = Resolver::dynamic(file, &module, &mut self.globals, &mut self.names, mode);
        drop(module);
        let code = match resolved {
            Ok(code) => code,
            Err(e) => {
                self.leave_namespace(prev);
                return Err(syntax_error(&e, filename, text, CompileMode::Exec));
            }
        };
        if let Err(e) = self.limits.check_alloc(0) {
            self.leave_namespace(prev);
            return Err(e);
        }
        let mut frame = Frame::new(code, vec![]);
        let result = self.run_frame_body(&mut frame);
        self.leave_namespace(prev);
        result.map(|_| ())
    }

    /// A mapping's string keys, as a class body's namespace.
    fn attr_map(&mut self, m: &Value) -> AttrMap {
        let mut map = AttrMap::default();
        if let Some(d) = m.as_dict() {
            let items = crate::types::dict::table::items(&d.borrow());
            for (k, v) in items {
                if let Value::Str(k) = k {
                    map.insert(self.intern(k.as_str()), v);
                }
            }
        }
        map
    }

    /// A dict of the builtins, as `exec` puts in a globals dict as `__builtins__`.
    pub(crate) fn builtins_dict(&mut self) -> Value {
        let d = Value::dict(crate::types::dict::table::new_dict());
        let mut items: Vec<(Rc<str>, Value)> = self
            .globals
            .builtin_items()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        for (k, v) in items {
            let _ = self.dict_set(&d, Value::str(&*k), v);
        }
        d
    }

    /// Checks source as `compile()` does (the code object keeps the text).
    pub(crate) fn check_source(
        &mut self,
        text: &str,
        filename: &str,
        mode: CompileMode,
    ) -> PyResult<()> {
        let module = parse(&mut self.limits, text, filename, mode)?;
        // Resolving finds the errors CPython's compiler reports ('return' outside
        // function...): into scratch slots, as the code will be resolved again where it runs.
        let mut scratch = self.globals.sibling();
        let file = Rc::new(SourceFile::new(filename, text));
        let mode_of = DynamicMode {
            displayhook: None,
            ns: None,
            locals_mode: false,
        };
        let resolved = Resolver::dynamic(file, &module, &mut scratch, &mut self.names, mode_of);
        self.limits.check_stack()?;
        resolved
            .map(|_| ())
            .map_err(|e| compile_error(syntax_error(&e, filename, text, mode)))
    }
}

/// The value of the expression `eval` runs.
fn keep_result(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("eval", 1, 1)?;
    interp.eval_result = Some(a[0].clone());
    Ok(Value::None)
}

/// Parses source in a mode: an expression for `eval` becomes a module of one expression
/// statement.
/// Parsing charges steps as it goes (a step a token, checked every 1024), so a huge source
/// meets the deadline and the memory limit while its tree grows.
fn parse(
    limits: &mut Limits,
    text: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<ast::Module> {
    if text.contains('\0') {
        return Err(PyErr::new(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    let mut guard = || limits.charge(1024).is_ok();
    let parsed = match mode {
        CompileMode::Exec | CompileMode::Single => {
            minipy_syntax::parse_module_guarded(text, &mut guard)
        }
        CompileMode::Eval => {
            // (As CPython, leading blanks are not an indentation here.)
            let skip = text.len() - text.trim_start_matches([' ', '\t']).len();
            minipy_syntax::parse_expression_guarded(&text[skip..], &mut guard).map(|e| {
                let span = e.span;
                ast::Module {
                    body: vec![ast::Stmt {
                        kind: ast::StmtKind::Expr(e),
                        span,
                    }],
                }
            })
        }
    };
    if let Some(limit) = limits.fired_error() {
        return Err(limit);
    }
    let module = parsed.map_err(|e| syntax_error(&e, filename, text, mode))?;
    // The tree is made: it counts before it is resolved into another.
    limits.check_alloc(0)?;
    Ok(module)
}

/// A syntax error found after parsing: without the source line.
fn compile_error(mut e: PyErr) -> PyErr {
    if let crate::error::ErrState::Pending { args, .. } = &mut e.state {
        if let Some(Value::Tuple(t)) = args.get(1) {
            let mut loc = t.to_vec();
            if loc.len() > 3 {
                loc[3] = Value::None;
            }
            args[1] = Value::tuple(loc);
        }
    }
    e
}

/// A syntax error in source `exec`, `eval` or `compile` were given, as the exception
/// CPython raises: its args are the message and (filename, line, offset, text, end line,
/// end offset).
pub(crate) fn syntax_error(
    e: &minipy_syntax::SyntaxError,
    filename: &str,
    src: &str,
    mode: CompileMode,
) -> PyErr {
    use minipy_syntax::SyntaxErrorKind as K;
    let kind = match e.kind {
        K::SyntaxError => ExcKind::SyntaxError,
        K::IndentationError => ExcKind::IndentationError,
        K::TabError => ExcKind::TabError,
        K::RecursionError => return PyErr::new(ExcKind::RecursionError, e.msg.clone()),
    };
    let last_line = src.lines().count().max(1);
    let mut text = e.text.clone();
    if mode == CompileMode::Exec || e.lineno < last_line || src.ends_with('\n') {
        text.push('\n');
    }
    let line_len = e.text.chars().count();
    let (offset, end) = match e.offset {
        // (A caret past the line's end marks nothing: CPython's end is the start.)
        Some(o) if o > line_len => (o as i64, o as i64),
        Some(o) => (o as i64, e.end_offset as i64),
        // Indentation errors point past the indentation (or the line), ending nowhere.
        None if e.msg == "unexpected indent" => {
            let indent = e.text.len() - e.text.trim_start_matches([' ', '\t']).len();
            (indent as i64, -1)
        }
        None => (line_len as i64 + 1, -1),
    };
    let (offset, end) = (Value::Int(offset), Value::Int(end));
    let loc = Value::tuple(vec![
        Value::str(filename),
        Value::Int(e.lineno as i64),
        offset,
        Value::str(text),
        Value::Int(e.lineno as i64),
        end,
    ]);
    PyErr::with_args(kind, vec![Value::str(&*e.msg), loc])
}
