//! `_traceback`: the interpreter's own traceback text and the calls in progress, for the
//! Python-source `traceback` and `warnings` modules (so they print exactly what an
//! uncaught exception prints).

use crate::error::{PyErr, PyResult};
use crate::exec::traceback::TbEntry;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Instance;
use crate::object::value::Value;
use std::rc::Rc;

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
        ("extract_tb", extract_tb),
        ("format_tb", format_tb),
        ("extract_stack", extract_stack),
    ];
    let members = functions
        .iter()
        .map(|&(name, f)| (name, Interp::module_fn(name, f)))
        .collect();
    Ok(interp.make_module("_traceback", members))
}

fn exception_arg(name: &str, args: Args) -> PyResult<Rc<Instance>> {
    let a = args.range(name, 1, 1)?;
    match &a[0] {
        Value::Instance(i) if i.exc.is_some() => Ok(i.clone()),
        other => Err(PyErr::type_error(format!(
            "{name}() argument must be an exception, not {}",
            other.type_name()
        ))),
    }
}

fn entries_of(exc: &Instance) -> Vec<TbEntry> {
    exc.exc
        .as_ref()
        .map(|e| e.borrow().traceback.clone())
        .unwrap_or_default()
}

/// `(filename, lineno, name, line)` for each entry.
fn summary(entries: &[TbEntry]) -> Value {
    Value::list(
        entries
            .iter()
            .map(|e| {
                let line = e.line();
                let text = e.file().line_text(line).trim().to_string();
                Value::tuple(vec![
                    Value::str(&*e.file().name),
                    Value::Int(line as i64),
                    Value::str(&*e.code.name),
                    Value::str(text),
                ])
            })
            .collect(),
    )
}

/// Each entry as a traceback shows it (`  File ...` with its source line and carets).
fn render(entries: &[TbEntry]) -> Value {
    Value::list(
        entries
            .iter()
            .map(|e| {
                let mut out = String::new();
                e.render(&mut out);
                Value::str(out)
            })
            .collect(),
    )
}

/// The frames running, outermost first, without the one calling this module's function
/// (the `traceback` or `warnings` function asking).
fn stack(interp: &Interp) -> Vec<TbEntry> {
    // Each record holds its frame's code and the line its caller was at: a frame's own
    // line is the next record's.
    interp
        .call_sites
        .windows(2)
        .filter_map(|pair| {
            Some(TbEntry {
                code: crate::exec::code::code_at(pair[0].0)?,
                focus: pair[1].1,
            })
        })
        .collect()
}

fn format_exception(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let exc = exception_arg("format_exception", args)?;
    Ok(Value::str(crate::types::exception::format_exception(
        interp, &exc,
    )))
}

fn format_exception_only(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let exc = exception_arg("format_exception_only", args)?;
    Ok(Value::str(crate::types::exception::format_exception_only(
        interp, &exc,
    )))
}

fn extract_tb(_: &mut Interp, args: Args) -> PyResult<Value> {
    let exc = exception_arg("extract_tb", args)?;
    Ok(summary(&entries_of(&exc)))
}

fn format_tb(_: &mut Interp, args: Args) -> PyResult<Value> {
    let exc = exception_arg("format_tb", args)?;
    Ok(render(&entries_of(&exc)))
}

fn extract_stack(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("extract_stack", 0, 0)?;
    Ok(summary(&stack(interp)))
}
