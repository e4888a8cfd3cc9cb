//! The objects CPython's `site` module adds to the builtins: `quit` and `exit`
//! (`_sitebuiltins.Quitter`: their repr tells how to leave, calling one raises
//! SystemExit) and `help` (`_sitebuiltins._Helper`: `help(obj)` prints pydoc's text,
//! `help()` runs the interactive `help> ` utility).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::BuiltinFunction;
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};

use super::docs::BuiltinDoc;

/// The documentation of `b` when it is one of the built-in functions python3 documents
/// (and not, say, `math.pow`, which shares a name with one).
pub(crate) fn builtin_doc(interp: &Interp, b: &Rc<BuiltinFunction>) -> Option<&'static BuiltinDoc> {
    if b.owner.is_some() || b.module.is_some() {
        return None;
    }
    match interp.globals.builtin(b.name) {
        Some(Value::Builtin(same)) if Rc::ptr_eq(same, b) => super::docs::lookup(b.name),
        _ => None,
    }
}

/// A class of `_sitebuiltins` whose instances keep their attributes in a dict.
fn site_class(
    interp: &mut Interp,
    name: &'static str,
    doc: Value,
    methods: &[MethodDef],
) -> Rc<Class> {
    let base = interp.object_class.clone();
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("_sitebuiltins"));
    ns.insert(sym::__doc__, doc);
    interp.module_class(name, base, ns, methods, true)
}

fn instance(interp: &mut Interp, class: &Rc<Class>, attrs: &[(&str, Value)]) -> Value {
    let inst = Instance::new(class.clone());
    for (k, v) in attrs {
        let key = interp.intern(k);
        inst.dict.borrow_mut().insert(key, v.clone());
    }
    Value::Instance(crate::object::alloc::alloc(inst))
}

/// `quit`, `exit` and `help`, for the builtins table.
pub(crate) fn site_builtins(interp: &mut Interp) -> Vec<(&'static str, Value)> {
    let quitter = site_class(
        interp,
        "Quitter",
        Value::None,
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
    let helper = site_class(
        interp,
        "_Helper",
        Value::str(HELPER_DOC),
        &[("__repr__", helper_repr), ("__call__", helper_call)],
    );
    let eof = Value::str("Ctrl-D (i.e. EOF)");
    let mut out = Vec::new();
    for name in ["quit", "exit"] {
        let q = instance(
            interp,
            &quitter,
            &[("name", Value::str(name)), ("eof", eof.clone())],
        );
        out.push((name, q));
    }
    out.push(("help", instance(interp, &helper, &[])));
    out
}

fn text_attr(interp: &mut Interp, this: &Value, name: &str) -> PyResult<String> {
    match interp.get_attr_optional(this, name)? {
        Some(v) => interp.str(&v),
        None => Ok(String::new()),
    }
}

fn quitter_repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__repr__", 0, 0)?;
    let name = text_attr(interp, this, "name")?;
    let eof = text_attr(interp, this, "eof")?;
    Ok(Value::str(format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let [code] = args.parse("__call__", ["code"], 0)?;
    Err(PyErr::with_args(
        ExcKind::SystemExit,
        vec![code.unwrap_or(Value::None)],
    ))
}

fn helper_repr(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    args.range("__repr__", 0, 0)?;
    Ok(Value::str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

const HELPER_DOC: &str = "Define the builtin 'help'.

    This is a wrapper around pydoc.help that provides a helpful message
    when 'help' is typed at the Python interactive prompt.

    Calling help() at the Python prompt starts an interactive help session.
    Calling help(thing) prints help for the python object 'thing'.
    ";

const INTRO: &str = "Welcome to Python 3.11's help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/3.11/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter \"modules\", \"keywords\",
\"symbols\", or \"topics\".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as \"spam\",
enter \"modules spam\".

To quit this help utility and return to the interpreter,
enter \"q\" or \"quit\".
";

const OUTRO: &str = "
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type \"help(object)\".  Executing \"help('string')\"
has the same effect as typing a particular string at the help> prompt.
";

/// `help()` / `help(request)`.
fn helper_call(interp: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let [request] = args.parse("__call__", ["request"], 0)?;
    match request {
        Some(r) => help_on(interp, &r)?,
        None => interact(interp)?,
    }
    Ok(Value::None)
}

/// The `help> ` prompt: each line is a request until an empty line, `q`, `quit` or EOF.
fn interact(interp: &mut Interp) -> PyResult<()> {
    interp.write(INTRO)?;
    interp.write("\n")?;
    loop {
        let prompt = Value::str("help> ");
        let line = match crate::stdlib::io::input(interp, Some(&prompt)) {
            Ok(v) => interp.str(&v)?,
            Err(e) if e.is_limit() => return Err(e),
            Err(_) => break,
        };
        let mut request = line.trim();
        if request.is_empty() {
            break;
        }
        let quoted = request.len() > 2
            && (request.starts_with('\'') || request.starts_with('"'))
            && request.ends_with(&request[..1])
            && !request[1..request.len() - 1].contains(&request[..1]);
        if quoted {
            request = &request[1..request.len() - 1];
        }
        if request.eq_ignore_ascii_case("q") || request.eq_ignore_ascii_case("quit") {
            break;
        }
        if request == "help" {
            interp.write(INTRO)?;
        } else {
            help_on(interp, &Value::str(request))?;
        }
    }
    interp.write(OUTRO)
}

/// `pydoc.Helper.help`: a string names what to document; anything else is documented.
fn help_on(interp: &mut Interp, request: &Value) -> PyResult<()> {
    let target = match request {
        Value::Str(s) => {
            let name = s.as_str().trim().to_string();
            match locate(interp, &name)? {
                Some(v) => v,
                None => {
                    let quoted = interp.repr(&Value::str(&name))?;
                    return interp.write(&format!(
                        "No Python documentation found for {quoted}.\n\
                         Use help() to get the interactive help utility.\n\
                         Use help(str) for help on the str class.\n\n"
                    ));
                }
            }
        }
        other => other.clone(),
    };
    let text = super::pydoc::render(interp, &target)?;
    interp.write(&text)?;
    interp.write("\n")
}

/// `pydoc.locate`: `True`/`None`..., a built-in, a module, or `module.attr.attr`.
fn locate(interp: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    match name {
        "True" => return Ok(Some(Value::Bool(BoolWord::TRUE))),
        "False" => return Ok(Some(Value::Bool(BoolWord::FALSE))),
        "None" => return Ok(Some(Value::None)),
        "" => return Ok(Some(Value::Class(interp.builtin_class("str")))),
        _ => {}
    }
    let parts: Vec<&str> = name.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Ok(None);
    }
    // The longest importable prefix, then attributes.
    let mut found: Option<(Value, usize)> = None;
    for n in (1..=parts.len()).rev() {
        match interp.import_module(&parts[..n].join(".")) {
            Ok(m) => {
                found = Some((m, n));
                break;
            }
            Err(e) if e.is_limit() => return Err(e),
            Err(_) => {}
        }
    }
    let (mut v, used) = match found {
        Some(f) => f,
        None => match interp.globals.builtin(parts[0]) {
            Some(b) => (b.clone(), 1),
            None => return Ok(None),
        },
    };
    for p in &parts[used..] {
        match interp.get_attr_optional(&v, p)? {
            Some(next) => v = next,
            None => return Ok(None),
        }
    }
    Ok(Some(v))
}

impl Interp {
    /// `len.__doc__` and `len.__text_signature__`: python3's, for the built-in functions.
    pub(crate) fn builtin_fn_doc(&self, b: &Rc<BuiltinFunction>, name: &str) -> Option<Value> {
        let doc = builtin_doc(self, b)?;
        match name {
            "__doc__" => Some(Value::str(doc.doc)),
            "__text_signature__" => Some(doc.text_signature.map_or(Value::None, Value::str)),
            _ => None,
        }
    }

    /// `int.__doc__`: python3's docstring of a built-in class.
    pub(crate) fn builtin_class_doc(&self, name: &str) -> Option<Value> {
        super::docs::lookup(name).map(|d| Value::str(d.doc))
    }
}
