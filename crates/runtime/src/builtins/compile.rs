//! `exec`, `eval`, `compile`, `globals` and `locals`: code run from strings, and the
//! namespaces it runs in.

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::dynamic::DynamicRun;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::function::{CodeObject, CompileMode};
use crate::object::value::Value;

pub(crate) const FUNCTIONS: &[(&str, crate::object::function::FuncImpl)] = &[
    ("exec", exec),
    ("eval", eval),
    ("compile", compile),
    ("globals", globals),
    ("locals", locals),
];

fn exec(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, "exec")
}

fn eval(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, "eval")
}

/// The source text of `exec`/`eval`'s first argument.
enum Source {
    Text(String),
    Code(std::rc::Rc<CodeObject>),
}

fn run(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let frame_locals = interp.take_frame_locals();
    if let Some((k, _)) = args.kw.first() {
        if name == "eval" {
            return Err(messages::no_keyword_arguments(name));
        }
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for {name}()"
        )));
    }
    let n = args.pos.len();
    if name == "eval" {
        args.range("eval", 1, 3)?;
    } else if n == 0 {
        return Err(PyErr::type_error(
            "exec() takes at least 1 positional argument (0 given)",
        ));
    } else if n > 3 {
        return Err(PyErr::type_error(format!(
            "exec() takes at most 3 positional arguments ({n} given)"
        )));
    }
    let a = args.pos;
    let globals = a.get(1).cloned().filter(|g| !g.is_none());
    let locals = a.get(2).cloned().filter(|l| !l.is_none());
    // (eval checks its locals first, exec its globals.)
    if name == "eval" {
        check_locals(interp, &locals, name)?;
    }
    if let Some(g) = &globals {
        if g.as_dict().is_none() {
            return Err(PyErr::type_error(if name == "exec" {
                format!("exec() globals must be a dict, not {}", g.type_name())
            } else if is_mapping(interp, g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if name == "exec" {
        check_locals(interp, &locals, name)?;
    }
    let source = match &a[0] {
        Value::Code(c) => Source::Code(c.clone()),
        other => match source_text(other) {
            Some(text) => Source::Text(text?),
            None => {
                let what = if name == "exec" {
                    "exec() arg 1 must be a string, bytes or code object"
                } else {
                    "eval() arg 1 must be a string, bytes or code object"
                };
                return Err(PyErr::type_error(what));
            }
        },
    };
    // With neither namespace given, the code runs among the caller's variables.
    let (globals, locals) = match (globals, locals) {
        (None, None) => (None, frame_locals),
        (g, None) => (g.clone(), g),
        (g, l) => (g, l),
    };
    let mode_of_text = if name == "eval" {
        CompileMode::Eval
    } else {
        CompileMode::Exec
    };
    match source {
        Source::Text(text) => interp.run_dynamic(DynamicRun {
            text: &text,
            filename: "<string>",
            mode: mode_of_text,
            globals,
            locals,
        }),
        Source::Code(code) => match &*code {
            CodeObject::Source {
                text,
                filename,
                mode,
            } => {
                let result = interp.run_dynamic(DynamicRun {
                    text,
                    filename,
                    mode: *mode,
                    globals,
                    locals,
                })?;
                // `exec` of an expression's code gives None.
                Ok(if name == "exec" { Value::None } else { result })
            }
            CodeObject::Function(_) => Err(PyErr::type_error(
                "code object passed to exec() may not contain free variables",
            )),
        },
    }
}

fn check_locals(interp: &mut Interp, locals: &Option<Value>, name: &str) -> PyResult<()> {
    match locals {
        Some(l) if !is_mapping(interp, l) => Err(PyErr::type_error(if name == "exec" {
            format!("locals must be a mapping or None, not {}", l.type_name())
        } else {
            "locals must be a mapping".to_string()
        })),
        _ => Ok(()),
    }
}

/// Whether a value can be a namespace's locals (a dict, or an object with
/// `__getitem__`).
fn is_mapping(interp: &mut Interp, v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Instance(_) => interp.get_attr_str(v, "__getitem__").is_ok(),
        _ => false,
    }
}

/// Source as text: str, or bytes-like decoded as UTF-8 (`None`: not source at all).
fn source_text(v: &Value) -> Option<PyResult<String>> {
    let bytes: Vec<u8> = match v {
        Value::Str(s) => return Some(Ok(s.as_str().to_string())),
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) | Value::Array(_) => {
            crate::types::bytes::bytes_like(v)?
        }
        _ => return None,
    };
    Some(String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let byte = bytes[pos];
        let reason = if (0x80..0xc0).contains(&byte) || byte >= 0xf8 {
            "invalid start byte"
        } else {
            "invalid continuation byte"
        };
        // The location: the line, as decoded with replacement characters.
        let line_start = bytes[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let lineno = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        let line_end = bytes[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| pos + i);
        let text = String::from_utf8_lossy(&bytes[line_start..line_end]).into_owned() + "\n";
        let offset = String::from_utf8_lossy(&bytes[line_start..pos]).chars().count() + 1;
        let loc = Value::tuple(vec![
            Value::str("<string>"),
            Value::Int(lineno as i64),
            Value::Int(offset as i64),
            Value::str(text),
            Value::Int(lineno as i64),
            Value::Int(-1),
        ]);
        let msg = format!(
            "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position {pos}: {reason}"
        );
        PyErr::with_args(ExcKind::SyntaxError, vec![Value::str(msg), loc])
    }))
}

fn compile(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    if args.pos.len() > 6 {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for compile()"
        )));
    }
    let [source, filename, mode, flags, dont_inherit, optimize, _] =
        args.parse("compile", names, 3)?;
    for v in [&flags, &optimize].into_iter().flatten() {
        crate::types::numbers::index::index_i64(interp, v)?;
    }
    if let Some(v) = &dont_inherit {
        crate::types::numbers::index::index_i64(interp, v)?;
    }
    let source = source.unwrap_or(Value::None);
    let text = match source_text(&source) {
        Some(t) => t?,
        None => {
            return Err(PyErr::type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    let filename = match filename.unwrap_or(Value::None) {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    let mode = match mode.unwrap_or(Value::None) {
        Value::Str(s) => match s.as_str() {
            "exec" => CompileMode::Exec,
            "eval" => CompileMode::Eval,
            "single" => CompileMode::Single,
            _ => {
                return Err(PyErr::value_error(
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ))
            }
        },
        other => {
            return Err(messages::argument_type(
                "compile",
                "mode",
                "str",
                other.arg_type_name(),
            ))
        }
    };
    interp.check_source(&text, &filename, mode)?;
    Ok(Value::Code(crate::object::alloc::alloc(
        CodeObject::Source {
            text: text.into(),
            filename: filename.into(),
            mode,
        },
    )))
}

fn globals(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("globals", 0, 0)?;
    Ok(interp.globals_dict())
}

fn locals(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let frame = interp.take_frame_locals();
    args.range("locals", 0, 0)?;
    match frame {
        Some(d) => Ok(d),
        None => Ok(interp.globals_dict()),
    }
}
