//! Calling the file classes directly: `io.FileIO(name, mode)`, `io.BufferedReader(raw)`
//! (and Writer, Random) and `io.TextIOWrapper(buffer, ...)`. The layers stack over the
//! byte stream of a file object (what `open()` or `FileIO` made); wrapping another
//! kind of object (a BytesIO, a user class) is not supported here.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::Value;

use super::core::Core;
use super::file::{open_source, parse_mode, text_encoding, this_file, FileObj, Kind};
use super::text::{Newline, TextFile};

pub(super) fn install(
    interp: &mut Interp,
    fileio: &Rc<Class>,
    buffered: [&Rc<Class>; 3],
    text: &Rc<Class>,
) {
    super::add_methods(
        interp,
        fileio,
        "FileIO",
        &[("__new__", fileio_new), ("__init__", no_init)],
    );
    let [reader, writer, random] = buffered;
    super::add_methods(
        interp,
        reader,
        "BufferedReader",
        &[("__new__", reader_new), ("__init__", no_init)],
    );
    super::add_methods(
        interp,
        writer,
        "BufferedWriter",
        &[("__new__", writer_new), ("__init__", no_init)],
    );
    super::add_methods(
        interp,
        random,
        "BufferedRandom",
        &[("__new__", random_new), ("__init__", no_init)],
    );
    super::add_methods(
        interp,
        text,
        "TextIOWrapper",
        &[("__new__", text_new), ("__init__", no_init)],
    );
}

/// The state was set up by `__new__`.
fn no_init(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn fileio_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let base = super::classes(interp)?.fileio.clone();
    let cls = super::new_class_arg(this, &base)?;
    let [file, mode, closefd, _opener] =
        args.parse("FileIO", ["file", "mode", "closefd", "opener"], 1)?;
    let file = file.unwrap_or(Value::None);
    let mode = match &mode {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().replace('b', ""),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "FileIO() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    if mode.contains('t') {
        return Err(PyErr::value_error(format!("invalid mode: {mode}")));
    }
    let closefd = match &closefd {
        None => true,
        Some(v) => interp.truthy(v)?,
    };
    let m = parse_mode(&mode)?;
    let source = open_source(interp, &file, m.mode, m.truncate)?;
    let core = Rc::new(RefCell::new(Core::new(source, file, m.mode, closefd)));
    Ok(super::new_object(
        &cls,
        FileObj {
            core,
            kind: Kind::Raw,
            raw: Value::None,
        },
    ))
}

fn buffered_new(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    kind: Kind,
    name: &'static str,
) -> PyResult<Value> {
    let c = super::classes(interp)?;
    let base = match kind {
        Kind::Reader => &c.reader,
        Kind::Writer => &c.writer,
        _ => &c.random,
    };
    let cls = super::new_class_arg(this, base)?;
    let [raw, _size] = args.parse(name, ["raw", "buffer_size"], 1)?;
    let raw = raw.unwrap_or(Value::None);
    let inner = this_file(&raw).map_err(|_| not_a_file(interp, name, &raw))?;
    let core = inner.core.clone();
    let mode = core.borrow().mode;
    if matches!(kind, Kind::Reader | Kind::Random) && !mode.readable {
        return Err(super::unsupported(
            interp,
            "File or stream is not readable.",
        ));
    }
    if matches!(kind, Kind::Writer | Kind::Random) && !mode.writable {
        return Err(super::unsupported(
            interp,
            "File or stream is not writable.",
        ));
    }
    Ok(super::new_object(&cls, FileObj { core, kind, raw }))
}

fn not_a_file(interp: &mut Interp, name: &str, v: &Value) -> PyErr {
    super::unsupported(
        interp,
        &format!(
            "{name}() over a '{}' object is not supported by minipy",
            v.type_name()
        ),
    )
}

fn reader_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    buffered_new(interp, this, args, Kind::Reader, "BufferedReader")
}

fn writer_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    buffered_new(interp, this, args, Kind::Writer, "BufferedWriter")
}

fn random_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    buffered_new(interp, this, args, Kind::Random, "BufferedRandom")
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn text_new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let base = super::classes(interp)?.text.clone();
    let cls = super::new_class_arg(this, &base)?;
    let [buffer, encoding, errors, newline, line_buffering, _write_through] = args.parse(
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let buffer = buffer.unwrap_or(Value::None);
    let inner = this_file(&buffer).map_err(|_| not_a_file(interp, "TextIOWrapper", &buffer))?;
    let str_arg = |name: &str, v: &Option<Value>| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(PyErr::type_error(format!(
                "TextIOWrapper() argument '{name}' must be str or None, not {}",
                other.arg_type_name()
            ))),
        }
    };
    let encoding = str_arg("encoding", &encoding)?;
    let errors = str_arg("errors", &errors)?;
    let newline = match str_arg("newline", &newline)? {
        None => Newline::Universal,
        Some(n) => Newline::parse(&n)
            .ok_or_else(|| PyErr::value_error(format!("illegal newline value: {n}")))?,
    };
    let line_buffering = match &line_buffering {
        None => false,
        Some(v) => interp.truthy(v)?,
    };
    let (enc, enc_name) = text_encoding(encoding.as_deref())?;
    let text = TextFile::new(
        inner.core.clone(),
        buffer,
        enc,
        enc_name,
        errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        None,
        line_buffering,
    );
    Ok(super::new_object(&cls, text))
}
