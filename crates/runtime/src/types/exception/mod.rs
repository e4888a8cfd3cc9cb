//! Exception objects: `args`, `str()`/`repr()`, chaining attributes.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::Instance;
use crate::object::function::{BuiltinFunction, BuiltinImpl};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;

mod oserror;

/// The class an exception constructor makes (`OSError(2, ...)` is a FileNotFoundError).
pub fn class_for(
    interp: &mut Interp,
    c: &Rc<crate::object::class::Class>,
    args: &[Value],
) -> Option<Rc<crate::object::class::Class>> {
    oserror::class_for(interp, c, args)
}

/// What an exception's arguments set besides `args` (OSError's `errno`, ...).
pub fn init_args(interp: &mut Interp, inst: &Instance, args: &[Value]) {
    if oserror::is_oserror(&inst.class) {
        oserror::init(interp, inst, args);
    }
}

impl Interp {
    /// A new exception of a built-in kind, as calling its class with `args` makes it
    /// (`OSError(2, 'No such file or directory', 'x')` keeps `errno` and `filename`).
    pub(crate) fn exception_from_args(&mut self, kind: ExcKind, args: Vec<Value>) -> Instance {
        let inst = Instance::new(self.exc_class(kind));
        if let Some(exc) = &inst.exc {
            exc.borrow_mut().args = args.clone();
        }
        init_args(self, &inst, &args);
        inst
    }
}

pub fn install(interp: &mut Interp) {
    let base = interp.exc_class(ExcKind::BaseException);
    let methods: &[(&'static str, crate::object::function::MethodImpl)] = &[
        ("__init__", init),
        ("with_traceback", with_traceback),
        ("add_note", add_note),
    ];
    for &(name, imp) in methods {
        let s = interp.intern(name);
        let f = BuiltinFunction {
            name,
            owner: Some("BaseException"),
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        base.dict_mut().insert(s, Value::Builtin(alloc(f)));
    }
}

fn init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if let Value::Instance(i) = this {
        if let Some(exc) = &i.exc {
            exc.borrow_mut().args = args.pos.to_vec();
            init_args(interp, i, args.pos);
        }
    }
    Ok(Value::None)
}

fn with_traceback(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("with_traceback", 1, 1)?;
    Ok(this.clone())
}

/// `e.add_note(s)`: appends to `e.__notes__`, which the traceback prints.
fn add_note(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("add_note", 1, 1)?;
    if !matches!(a[0], Value::Str(_)) {
        return Err(crate::error::PyErr::type_error(format!(
            "note must be a str, not '{}'",
            a[0].type_name()
        )));
    }
    let Value::Instance(inst) = this else {
        return Ok(Value::None);
    };
    let notes = interp.intern("__notes__");
    let existing = inst.dict.borrow().get(&notes).cloned();
    match existing {
        None => {
            let list = Value::list(vec![a[0].clone()]);
            inst.dict.borrow_mut().insert(notes, list);
        }
        Some(Value::List(l)) => l.borrow_mut().push(a[0].clone()),
        Some(_) => {
            return Err(crate::error::PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
    }
    Ok(Value::None)
}

/// The lines `__notes__` adds after the exception's line.
fn notes(interp: &mut Interp, exc: &Instance) -> String {
    let Some(name) = interp.names.lookup("__notes__") else {
        return String::new();
    };
    let Some(notes) = exc.dict.borrow().get(&name).cloned() else {
        return String::new();
    };
    let items = match &notes {
        Value::List(_) | Value::Tuple(_) => interp.collect(&notes).unwrap_or_default(),
        other => vec![other.clone()],
    };
    let mut out = String::new();
    for n in items {
        let text = match &n {
            Value::Str(s) => s.as_str().to_string(),
            other => interp
                .repr(other)
                .unwrap_or_else(|_| "<note str() failed>".into()),
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// Whether an exception's class is `kind` or derives from it.
fn derives(inst: &Instance, kind: ExcKind) -> bool {
    inst.class.exc_kind == Some(kind) || inst.class.mro.iter().any(|c| c.exc_kind == Some(kind))
}

/// The attributes `dir()` lists for an exception besides its dict and its class's.
pub fn attribute_names(inst: &Instance) -> Vec<&'static str> {
    let mut names = vec![
        "__cause__",
        "__context__",
        "__dict__",
        "__suppress_context__",
        "__traceback__",
        "args",
    ];
    let extra: &[(ExcKind, &[&'static str])] = &[
        (
            ExcKind::OSError,
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (ExcKind::StopIteration, &["value"]),
        (ExcKind::SystemExit, &["code"]),
        (
            ExcKind::SyntaxError,
            &[
                "end_lineno",
                "end_offset",
                "filename",
                "lineno",
                "msg",
                "offset",
                "print_file_and_line",
                "text",
            ],
        ),
        (ExcKind::ImportError, &["msg", "name", "path"]),
        (ExcKind::AttributeError, &["name", "obj"]),
        (ExcKind::NameError, &["name"]),
        (
            ExcKind::UnicodeError,
            &["encoding", "end", "object", "reason", "start"],
        ),
    ];
    for (kind, more) in extra {
        if derives(inst, *kind) {
            names.extend_from_slice(more);
        }
    }
    names
}

/// Attributes an exception has besides its dict.
pub fn attribute(interp: &mut Interp, inst: &Instance, name: Sym) -> Option<Value> {
    let exc = inst.exc.as_ref()?.borrow();
    if name == sym::args {
        return Some(Value::tuple(exc.args.clone()));
    }
    let text = interp.name(name);
    if let Some(v) = oserror::attribute(interp, inst, &text) {
        return Some(v);
    }
    Some(match &*text {
        "__cause__" => exc.cause.clone().unwrap_or(Value::None),
        "__context__" => exc.context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::from_bool(exc.suppress_context),
        "__traceback__" => Value::None,
        "code" if inst.class.exc_kind == Some(ExcKind::SystemExit) => match exc.args.len() {
            0 => Value::None,
            1 => exc.args[0].clone(),
            _ => Value::tuple(exc.args.clone()),
        },
        "encoding" | "object" | "start" | "end" | "reason"
            if matches!(
                inst.class.exc_kind,
                Some(ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError)
            ) && exc.args.len() == 5 =>
        {
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|n| *n == &*text)
                .unwrap_or(0);
            exc.args[i].clone()
        }
        "name" | "obj" if derives(inst, ExcKind::AttributeError) => Value::None,
        "name" if derives(inst, ExcKind::NameError) => Value::None,
        "name" | "path" if derives(inst, ExcKind::ImportError) => Value::None,
        "msg" if derives(inst, ExcKind::ImportError) => match exc.args.len() {
            1 => exc.args[0].clone(),
            _ => Value::None,
        },
        "value" if inst.class.exc_kind == Some(ExcKind::StopIteration) => {
            exc.args.first().cloned().unwrap_or(Value::None)
        }
        "msg" if is_syntax_error(inst) => exc.args.first().cloned().unwrap_or(Value::None),
        "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if is_syntax_error(inst) =>
        {
            let i = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ]
            .iter()
            .position(|n| *n == &*text);
            match (exc.args.get(1), i) {
                (Some(Value::Tuple(t)), Some(i)) if exc.args.len() == 2 => {
                    t.get(i).cloned().unwrap_or(Value::None)
                }
                _ => Value::None,
            }
        }
        _ => return None,
    })
}

pub fn set_attribute(inst: &Instance, name: Sym, v: &Value) -> bool {
    let Some(exc) = &inst.exc else { return false };
    let mut exc = exc.borrow_mut();
    if name == sym::args {
        exc.args = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            other => vec![other.clone()],
        };
        return true;
    }
    false
}

fn is_syntax_error(inst: &Instance) -> bool {
    inst.class
        .mro
        .iter()
        .chain(std::iter::once(&inst.class))
        .any(|c| {
            matches!(
                c.exc_kind,
                Some(ExcKind::SyntaxError | ExcKind::IndentationError | ExcKind::TabError)
            )
        })
}

/// A SyntaxError's location: (message, filename, line, offset, text, end offset).
type SyntaxLocation = (Value, Value, Value, Value, Value, Value);

fn syntax_location(inst: &Instance) -> Option<SyntaxLocation> {
    if !is_syntax_error(inst) {
        return None;
    }
    let args = inst.exc_args();
    let (Some(msg), Some(Value::Tuple(t)), 2) = (args.first(), args.get(1), args.len()) else {
        return None;
    };
    let get = |i: usize| t.get(i).cloned().unwrap_or(Value::None);
    Some((msg.clone(), get(0), get(1), get(2), get(3), get(5)))
}

/// `msg (file, line N)`, as CPython's SyntaxError str.
fn syntax_error_str(interp: &mut Interp, inst: &Instance) -> PyResult<Option<String>> {
    let Some((msg, file, line, ..)) = syntax_location(inst) else {
        // (Its message is None without arguments.)
        return Ok((is_syntax_error(inst) && inst.exc_args().is_empty()).then(|| "None".into()));
    };
    let msg = interp.str(&msg)?;
    Ok(Some(match (file, line) {
        (Value::Str(f), Value::Int(n)) => {
            let base = f.as_str().rsplit('/').next().unwrap_or("");
            format!("{msg} ({base}, line {n})")
        }
        (Value::Str(f), _) => {
            let base = f.as_str().rsplit('/').next().unwrap_or("");
            format!("{msg} ({base})")
        }
        (_, Value::Int(n)) => format!("{msg} (line {n})"),
        _ => msg,
    }))
}

/// The `File "x", line N` block with the source line and caret CPython prints for a
/// SyntaxError, and its message.
fn syntax_error_lines(interp: &mut Interp, inst: &Instance) -> Option<(String, String)> {
    let (msg, file, line, offset, text, end) = syntax_location(inst)?;
    let (Value::Str(file), Value::Int(line)) = (file, line) else {
        return None;
    };
    let text = match text {
        Value::Str(t) => t.as_str().trim_end_matches('\n').to_string(),
        _ => String::new(),
    };
    // As CPython, no caret when it would point into the leading blanks (an unexpected
    // indent).
    let leading = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
    let offset = match offset {
        Value::Int(o) if o as usize > leading && !text.is_empty() => Some(o as usize),
        _ => None,
    };
    let end_offset = match end {
        Value::Int(e) if e > 0 => e as usize,
        _ => offset.unwrap_or(1) + 1,
    };
    let err = minipy_syntax::SyntaxError {
        kind: minipy_syntax::SyntaxErrorKind::SyntaxError,
        msg: String::new(),
        lineno: line.max(0) as usize,
        text,
        offset,
        end_offset,
    };
    let rendered = err.render(file.as_str());
    let block = rendered
        .lines()
        .filter(|l| l.starts_with("  "))
        .map(|l| format!("{l}\n"))
        .collect();
    let msg = interp.str(&msg).ok()?;
    Some((block, msg))
}

/// The `Name: message` line's message part.
pub fn str(interp: &mut Interp, inst: &Instance) -> PyResult<String> {
    if let Some(s) = syntax_error_str(interp, inst)? {
        return Ok(s);
    }
    if let Some(s) = oserror::str(interp, inst)? {
        return Ok(s);
    }
    let args = inst.exc_args();
    if let Some(s) = crate::types::bytes::text::unicode_error_str(interp, inst)? {
        return Ok(s);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 if inst.class.exc_kind == Some(ExcKind::KeyError) => interp.repr(&args[0]),
        1 => interp.str(&args[0]),
        _ => interp.repr(&Value::tuple(args)),
    }
}

pub fn repr(interp: &mut Interp, inst: &Instance) -> PyResult<String> {
    let args = inst.exc_args();
    let inner = match args.len() {
        1 => interp.repr(&args[0])?,
        _ => {
            let t = interp.repr(&Value::tuple(args))?;
            let inner = t.strip_prefix('(').unwrap_or(&t);
            inner.strip_suffix(')').unwrap_or(inner).to_string()
        }
    };
    Ok(format!("{}({})", inst.class.name(), inner))
}

/// Formats an uncaught exception with its chain, as CPython prints it to stderr.
pub fn format_exception(interp: &mut Interp, exc: &Rc<Instance>) -> String {
    let mut seen: Vec<*const Instance> = Vec::new();
    format_chain(interp, exc, &mut seen)
}

fn format_chain(
    interp: &mut Interp,
    exc: &Rc<Instance>,
    seen: &mut Vec<*const Instance>,
) -> String {
    seen.push(Rc::as_ptr(exc));
    let mut out = String::new();
    let (cause, context, suppress) = match &exc.exc {
        Some(e) => {
            let e = e.borrow();
            (e.cause.clone(), e.context.clone(), e.suppress_context)
        }
        None => (None, None, false),
    };
    let chained = |v: &Option<Value>| match v {
        Some(Value::Instance(i)) => Some(i.clone()),
        _ => None,
    };
    if let Some(c) = chained(&cause) {
        if !seen.contains(&Rc::as_ptr(&c)) {
            out.push_str(&format_chain(interp, &c, seen));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(c) = chained(&context).filter(|_| !suppress) {
        if !seen.contains(&Rc::as_ptr(&c)) {
            out.push_str(&format_chain(interp, &c, seen));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let tb = exc
        .exc
        .as_ref()
        .map(|e| e.borrow().traceback.clone())
        .unwrap_or_default();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in &tb {
            entry.render(&mut out);
        }
    }
    out.push_str(&format_exception_only(interp, exc));
    out
}

/// The last lines of a traceback: the exception's type and message (a syntax error's
/// source line and caret first), then its notes.
pub fn format_exception_only(interp: &mut Interp, exc: &Rc<Instance>) -> String {
    if let Some((mut block, msg)) = syntax_error_lines(interp, exc) {
        let name = exception_line(interp, exc);
        let name = name.split(':').next().unwrap_or("").trim_end();
        block.push_str(&format!("{name}: {msg}\n"));
        return block;
    }
    let mut out = exception_line(interp, exc);
    out.push_str(&notes(interp, exc));
    out
}

/// The class name a traceback shows: `module.Qualname`, bare for builtins and classes of
/// the main module (`ValueError`, `struct.error`, `MyError`).
pub fn qualified_name(class: &crate::object::class::Class) -> String {
    match class.dict.borrow().get(&sym::__module__) {
        Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
            format!("{}.{}", m.as_str(), class.qualname)
        }
        _ => class.qualname.to_string(),
    }
}

/// `TypeError: message` (or just the name when the message is empty).
pub fn exception_line(interp: &mut Interp, exc: &Rc<Instance>) -> String {
    let name = qualified_name(&exc.class);
    let msg = match interp.str(&Value::Instance(exc.clone())) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let hint = suggestion(interp, exc)
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    if msg.is_empty() {
        format!("{name}{hint}\n")
    } else {
        format!("{name}: {msg}{hint}\n")
    }
}

/// CPython 3.11's "Did you mean" for NameError and AttributeError.
fn suggestion(interp: &mut Interp, exc: &Rc<Instance>) -> Option<String> {
    use crate::error::suggestions::{suggest, CPYTHON_BUILTINS, MODULE_DUNDERS};
    match exc.class.exc_kind? {
        ExcKind::NameError => {
            let args = exc.exc_args();
            let Some(Value::Str(msg)) = args.first() else {
                return None;
            };
            let name = msg
                .as_str()
                .strip_prefix("name '")?
                .strip_suffix("' is not defined")?
                .to_string();
            let data = exc.exc.as_ref()?.borrow();
            let last = data.traceback.last()?;
            // (Names starting with '.' are the resolver's hidden slots.)
            let locals: Vec<&str> = last
                .code
                .local_names
                .iter()
                .map(|n| &**n)
                .filter(|n| !n.starts_with('.'))
                .collect();
            if let Some(s) = suggest(&name, &locals) {
                return Some(s.to_string());
            }
            let mut globals: Vec<String> = MODULE_DUNDERS.iter().map(|s| s.to_string()).collect();
            globals.extend(["__file__".to_string(), "__cached__".to_string()]);
            globals.extend(
                interp
                    .globals
                    .bound()
                    .map(|(n, _)| n.to_string())
                    .filter(|n| n != "__name__"),
            );
            let refs: Vec<&str> = globals.iter().map(String::as_str).collect();
            if let Some(s) = suggest(&name, &refs) {
                return Some(s.to_string());
            }
            suggest(&name, CPYTHON_BUILTINS).map(str::to_string)
        }
        ExcKind::AttributeError => {
            let (obj, name) = {
                let dict = exc.dict.borrow();
                let name_sym = interp.names.lookup("name")?;
                (
                    dict.get(&crate::object::intern::sym::obj)?.clone(),
                    dict.get(&name_sym)?.clone(),
                )
            };
            let Value::Str(name) = name else { return None };
            let mut names = crate::types::object::dir_names(interp, &obj);
            if matches!(obj, Value::Instance(_)) {
                names.extend(
                    crate::error::suggestions::OBJECT_DIR
                        .iter()
                        .map(|s| s.to_string()),
                );
            }
            names.sort();
            names.dedup();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            suggest(name.as_str(), &refs).map(str::to_string)
        }
        _ => None,
    }
}
