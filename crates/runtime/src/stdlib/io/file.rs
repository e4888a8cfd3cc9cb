//! `open()` and the binary file objects: `FileIO` (raw, `buffering=0`) and
//! `BufferedReader`/`BufferedWriter`/`BufferedRandom`, all over one shared
//! [`Core`]; and the standard streams `sys` shows, made of the same classes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::access::Intent;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::Value;
use crate::types::codecs::Encoding;

use super::core::{file_error, Core, Mode, Source};
use super::text::{Newline, TextFile};
use super::{closed_error, size_arg, state_of, unsupported, CLOSED};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Raw,
    Reader,
    Writer,
    Random,
}

pub(crate) struct FileObj {
    pub core: Rc<RefCell<Core>>,
    pub kind: Kind,
    /// A buffered object's `raw` (its FileIO).
    pub raw: Value,
}

const RAW_CLOSED: &str = "I/O operation on closed file";

pub(super) fn install(
    interp: &mut Interp,
    fileio: &Rc<Class>,
    reader: &Rc<Class>,
    writer: &Rc<Class>,
    random: &Rc<Class>,
) {
    let common: &[(&str, crate::object::function::MethodImpl)] = &[
        ("__repr__", repr),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("flush", flush),
        ("close", close),
        ("fileno", fileno),
        ("isatty", isatty),
        ("seekable", seekable),
    ];
    let readers: &[(&str, crate::object::function::MethodImpl)] = &[
        ("read", read),
        ("read1", read1),
        ("readinto", readinto),
        ("readinto1", readinto1),
        ("readline", readline),
        ("peek", peek),
        ("readable", readable),
    ];
    let writers: &[(&str, crate::object::function::MethodImpl)] =
        &[("write", write), ("writable", writable)];
    super::add_methods(interp, fileio, "FileIO", common);
    super::add_methods(interp, fileio, "FileIO", &[("readall", readall)]);
    super::add_methods(interp, fileio, "FileIO", readers);
    super::add_methods(interp, fileio, "FileIO", writers);
    for (class, owner, r, w) in [
        (reader, "BufferedReader", true, false),
        (writer, "BufferedWriter", false, true),
        (random, "BufferedRandom", true, true),
    ] {
        super::add_methods(interp, class, owner, common);
        if r {
            super::add_methods(interp, class, owner, readers);
        }
        if w {
            super::add_methods(interp, class, owner, writers);
        }
        crate::stdlib::add_getters(interp, class, &[("raw", raw_getter)]);
    }
    for class in [fileio, reader, writer, random] {
        crate::stdlib::add_getters(
            interp,
            class,
            &[("name", name), ("mode", mode), ("closed", closed)],
        );
    }
    crate::stdlib::add_getters(interp, fileio, &[("closefd", closefd)]);
}

/// The parts of `open()`'s mode string.
pub(super) struct OpenMode {
    pub mode: Mode,
    pub binary: bool,
    /// `w`: the file is emptied when opened.
    pub truncate: bool,
}

pub(super) fn parse_mode(s: &str) -> PyResult<OpenMode> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{s}'"));
    let (mut r, mut w, mut a, mut x, mut plus, mut b, mut t) = (0, 0, 0, 0, 0, 0, 0);
    for c in s.chars() {
        let slot = match c {
            'r' => &mut r,
            'w' => &mut w,
            'a' => &mut a,
            'x' => &mut x,
            '+' => &mut plus,
            'b' => &mut b,
            't' => &mut t,
            _ => return Err(invalid()),
        };
        *slot += 1;
        if *slot > 1 {
            return Err(invalid());
        }
    }
    if b + t > 1 {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if r + w + a + x > 1 {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if r + w + a + x == 0 {
        // (FileIO's check, worded its way.)
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(OpenMode {
        mode: Mode {
            readable: r == 1 || plus == 1,
            writable: w + a + x == 1 || plus == 1,
            append: a == 1,
            created: x == 1,
        },
        binary: b == 1,
        truncate: w == 1,
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub(crate) fn open_builtin(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !NAMES.contains(&&**k)) {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for open()"
        )));
    }
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        args.parse("open", NAMES, 1)?;
    let file = file.unwrap_or(Value::None);
    let mode_text = match &mode {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(arg_type("mode", "str", other)),
    };
    let buffering = match &buffering {
        None => -1,
        Some(v) => crate::types::numbers::index::c_int(interp, v)? as i64,
    };
    let str_arg = |name: &str, v: &Option<Value>| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(arg_type(name, "str or None", other)),
        }
    };
    let encoding = str_arg("encoding", &encoding)?;
    let errors = str_arg("errors", &errors)?;
    let newline_text = str_arg("newline", &newline)?;
    let closefd = match &closefd {
        None => true,
        Some(v) => interp.truthy(v)?,
    };
    if opener.as_ref().is_some_and(|o| !o.is_none()) {
        return Err(unsupported(interp, "open() with an opener"));
    }
    let m = parse_mode(&mode_text)?;
    if m.binary && encoding.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take an encoding argument",
        ));
    }
    if m.binary && errors.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take an errors argument",
        ));
    }
    if m.binary && newline_text.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take a newline argument",
        ));
    }
    if buffering == 0 && !m.binary {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let newline = match &newline_text {
        None => Newline::Universal,
        Some(n) => Newline::parse(n)
            .ok_or_else(|| PyErr::value_error(format!("illegal newline value: {n}")))?,
    };
    let source = open_source(interp, &file, m.mode, m.truncate)?;
    let core = Rc::new(RefCell::new(Core::new(source, file, m.mode, closefd)));
    let c = super::classes(interp)?;
    let raw = super::new_object(
        &c.fileio,
        FileObj {
            core: core.clone(),
            kind: Kind::Raw,
            raw: Value::None,
        },
    );
    if buffering == 0 {
        return Ok(raw);
    }
    let (kind, class) = match (m.mode.readable, m.mode.writable) {
        (true, true) => (Kind::Random, &c.random),
        (false, true) => (Kind::Writer, &c.writer),
        _ => (Kind::Reader, &c.reader),
    };
    let buffered = super::new_object(
        class,
        FileObj {
            core: core.clone(),
            kind,
            raw,
        },
    );
    if m.binary {
        return Ok(buffered);
    }
    let (enc, enc_name) = match text_encoding(encoding.as_deref()) {
        Ok(e) => e,
        Err(e) => {
            let _ = core.borrow_mut().close(interp);
            return Err(e);
        }
    };
    let text = TextFile::new(
        core,
        buffered,
        enc,
        enc_name,
        errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        Some(mode_text),
        buffering == 1,
    );
    Ok(super::new_object(&c.text, text))
}

/// A text layer's encoding and the name it shows (`UTF-8` when none is given).
pub(super) fn text_encoding(name: Option<&str>) -> PyResult<(Encoding, String)> {
    match name {
        None | Some("locale") => Ok((Encoding::Utf8, "UTF-8".to_string())),
        Some(name) => match Encoding::lookup(name) {
            Some(e) => Ok((e, name.to_string())),
            None => Err(crate::types::codecs::unknown_encoding(name)),
        },
    }
}

fn arg_type(name: &str, want: &str, got: &Value) -> PyErr {
    PyErr::type_error(format!(
        "open() argument '{name}' must be {want}, not {}",
        got.arg_type_name()
    ))
}

/// Opens what `file` names, through the interpreter's access rules.
pub(super) fn open_source(
    interp: &mut Interp,
    file: &Value,
    mode: Mode,
    truncate: bool,
) -> PyResult<Source> {
    let path = match file {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
        Value::Int(fd) => {
            return match fd {
                0 => Ok(Source::Stdin),
                1 => Ok(Source::Stdout),
                2 => Ok(Source::Stderr),
                _ => Err(file_error(&std::io::Error::from_raw_os_error(9), None)),
            };
        }
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    if path.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let writes = mode.writable || mode.append || mode.created;
    let intent = if writes { Intent::Write } else { Intent::Read };
    let host = interp.access.resolve(&path, intent)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(mode.readable);
    if mode.append {
        opts.append(true).create(true);
    } else if mode.created {
        opts.write(true).create_new(true);
    } else if truncate {
        opts.write(true).create(true).truncate(true);
    } else if mode.writable {
        opts.write(true);
    }
    let mut f = match opts.open(&host) {
        Ok(f) => f,
        Err(e) => return Err(open_error(interp, &e, file)),
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(open_error(interp, &e, file));
    }
    if mode.append {
        // As CPython: an appending file's position starts at its end.
        use std::io::Seek;
        let _ = f.seek(std::io::SeekFrom::End(0));
    }
    Ok(Source::File(f))
}

/// The OSError `open()` raises, made by calling the class as CPython does, so it is
/// the errno's subclass with its attributes (`FileNotFoundError: [Errno 2] No such
/// file or directory: 'x'`).
fn open_error(interp: &mut Interp, e: &std::io::Error, file: &Value) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return file_error(e, None);
    };
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(t, _)| t);
    let class = Value::Class(interp.exc_class(ExcKind::OSError));
    let args = vec![
        Value::Int(i64::from(errno)),
        Value::str(strerror),
        file.clone(),
    ];
    match interp.call(&class, args, vec![]) {
        Ok(Value::Instance(exc)) => PyErr::object(exc),
        Ok(_) => file_error(e, None),
        Err(err) => err,
    }
}

pub(super) fn this_file(this: &Value) -> PyResult<Rc<FileObj>> {
    state_of::<FileObj>(this, "BufferedReader")
}

/// The object's state when open; the closed message follows its layer.
fn open_file(this: &Value, buffered_msg: &str) -> PyResult<Rc<FileObj>> {
    let f = this_file(this)?;
    if f.core.borrow().is_closed() {
        let msg = if f.kind == Kind::Raw {
            RAW_CLOSED
        } else {
            buffered_msg
        };
        return Err(closed_error(msg));
    }
    Ok(f)
}

fn check_readable(interp: &mut Interp, f: &FileObj, what: &str) -> PyResult<()> {
    if !f.core.borrow().mode.readable {
        let msg = if f.kind == Kind::Raw {
            "File not open for reading"
        } else {
            what
        };
        return Err(unsupported(interp, msg));
    }
    Ok(())
}

fn read(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("read", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let f = open_file(this, "read of closed file")?;
    check_readable(interp, &f, "read")?;
    let raw = f.kind == Kind::Raw;
    let mut core = f.core.borrow_mut();
    let data = match n {
        None => core.read_all(interp)?,
        Some(n) => core.read_n(interp, n, raw)?,
    };
    Ok(Value::bytes(data))
}

fn readall(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("readall", 0, 0)?;
    read(interp, this, Args::positional(&[]))
}

fn read1(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("read1", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let f = open_file(this, "read of closed file")?;
    check_readable(interp, &f, "read")?;
    let mut core = f.core.borrow_mut();
    let data = core.read_n(interp, n.unwrap_or(super::core::CHUNK), true)?;
    Ok(Value::bytes(data))
}

fn readinto_impl(interp: &mut Interp, this: &Value, args: Args, once: bool) -> PyResult<Value> {
    let a = args.range("readinto", 1, 1)?;
    let f = open_file(this, "readinto of closed file")?;
    check_readable(interp, &f, "read")?;
    let dst = super::readinto_target(&a[0])?;
    let once = once || f.kind == Kind::Raw;
    let n = f
        .core
        .borrow_mut()
        .read_into(interp, &dst.buf, dst.start, dst.len, once)?;
    Ok(Value::Int(n as i64))
}

fn readinto(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    readinto_impl(interp, this, args, false)
}

fn readinto1(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    readinto_impl(interp, this, args, true)
}

fn readline(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("readline", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let f = open_file(this, "readline of closed file")?;
    check_readable(interp, &f, "read")?;
    let line = f.core.borrow_mut().read_line(interp, n)?;
    Ok(Value::bytes(line))
}

fn peek(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("peek", 0, 1)?;
    let f = open_file(this, "peek of closed file")?;
    check_readable(interp, &f, "read")?;
    let data = f.core.borrow_mut().peek(interp)?;
    Ok(Value::bytes(data))
}

fn write(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let f = open_file(this, "write to closed file")?;
    if !f.core.borrow().mode.writable {
        let msg = if f.kind == Kind::Raw {
            "File not open for writing"
        } else {
            "write"
        };
        return Err(unsupported(interp, msg));
    }
    let held = crate::types::memoryview::readable(&a[0])?;
    let n = held.len;
    // Straight from the object's memory (a memoryview slice included), no copy.
    let bytes = held.bytes();
    f.core.borrow_mut().write(interp, &bytes)?;
    Ok(Value::Int(n as i64))
}

fn seek(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("seek", 1, 2)?;
    let off = crate::types::numbers::index::index_i64(interp, &a[0])?;
    let whence = super::whence_arg(interp, a.get(1), false)?;
    let f = open_file(this, "seek of closed file")?;
    if !f.core.borrow().seekable() {
        return Err(file_error(&std::io::Error::from_raw_os_error(29), None));
    }
    if whence == 0 && off < 0 {
        return Err(PyErr::value_error(format!("negative seek position {off}")));
    }
    let pos = f.core.borrow_mut().seek(interp, off, whence)?;
    Ok(Value::Int(pos as i64))
}

fn tell(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("tell", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let pos = f.core.borrow_mut().tell()?;
    Ok(Value::Int(pos as i64))
}

pub(super) fn truncate_core(
    interp: &mut Interp,
    core: &Rc<RefCell<Core>>,
    size: Option<i64>,
) -> PyResult<Value> {
    let size = match size {
        Some(s) if s < 0 => {
            return Err(file_error(&std::io::Error::from_raw_os_error(22), None));
        }
        Some(s) => Some(s as u64),
        None => None,
    };
    let n = core.borrow_mut().truncate(interp, size)?;
    Ok(Value::Int(n as i64))
}

fn truncate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let size = super::truncate_size(interp, args, super::file_offset)?;
    let f = open_file(this, "truncate of closed file")?;
    if !f.core.borrow().mode.writable {
        let msg = if f.kind == Kind::Raw {
            "File not open for writing"
        } else {
            "truncate"
        };
        return Err(unsupported(interp, msg));
    }
    truncate_core(interp, &f.core, size)
}

fn flush(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("flush", 0, 0)?;
    let f = this_file(this)?;
    if f.core.borrow().is_closed() {
        let msg = match f.kind {
            Kind::Writer | Kind::Random => "flush of closed file",
            _ => CLOSED,
        };
        return Err(closed_error(msg));
    }
    f.core.borrow_mut().flush(interp)?;
    Ok(Value::None)
}

fn close(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let f = this_file(this)?;
    f.core.borrow_mut().close(interp)?;
    Ok(Value::None)
}

fn fileno(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("fileno", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let n = f.core.borrow().fileno();
    n.map(Value::Int)
        .ok_or_else(|| unsupported(interp, "fileno"))
}

fn isatty(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("isatty", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let t = f.core.borrow().isatty(interp);
    Ok(Value::from_bool(t))
}

fn readable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("readable", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let r = f.core.borrow().mode.readable;
    Ok(Value::from_bool(r))
}

fn writable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("writable", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let w = f.core.borrow().mode.writable;
    Ok(Value::from_bool(w))
}

fn seekable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("seekable", 0, 0)?;
    let f = open_file(this, RAW_CLOSED)?;
    let s = f.core.borrow().seekable();
    Ok(Value::from_bool(s))
}

fn getter(args: &Args, name: &str) -> PyResult<Rc<FileObj>> {
    let a = args.range(name, 1, 1)?;
    this_file(&a[0])
}

fn name(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(getter(&args, "name")?.core.borrow().name.clone())
}

fn mode(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::str(
        getter(&args, "mode")?.core.borrow().mode.raw_string(),
    ))
}

fn closed(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        getter(&args, "closed")?.core.borrow().is_closed(),
    ))
}

fn closefd(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        getter(&args, "closefd")?.core.borrow().closefd,
    ))
}

fn raw_getter(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(getter(&args, "raw")?.raw.clone())
}

fn repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let f = this_file(this)?;
    let core = f.core.borrow();
    let cls = match f.kind {
        Kind::Raw => "_io.FileIO",
        Kind::Reader => "_io.BufferedReader",
        Kind::Writer => "_io.BufferedWriter",
        Kind::Random => "_io.BufferedRandom",
    };
    if f.kind == Kind::Raw && core.is_closed() {
        return Ok(Value::str(format!("<{cls} [closed]>")));
    }
    let name = core.name.clone();
    let (mode, closefd) = (core.mode.raw_string(), core.closefd);
    drop(core);
    let name = interp.repr(&name)?;
    Ok(Value::str(if f.kind == Kind::Raw {
        let closefd = if closefd { "True" } else { "False" };
        format!("<{cls} name={name} mode='{mode}' closefd={closefd}>")
    } else {
        format!("<{cls} name={name}>")
    }))
}

/// `sys.stdout`, `sys.stderr` and `sys.stdin` (made once per interpreter): text files
/// over the output sink, the process's standard error and the granted standard input.
pub(crate) fn std_streams(interp: &mut Interp) -> PyResult<(Value, Value, Value)> {
    if let (Some(out), Some(inp)) = (
        interp.modules.state.io.stdout.clone(),
        interp.modules.state.io.stdin.clone(),
    ) {
        if let Some(err) = interp.modules.state.io.stderr.clone() {
            return Ok((out, err, inp));
        }
    }
    let c = super::classes(interp)?;
    // (CPython's choice for a UTF-8 C locale: surrogateescape on stdin and stdout,
    // backslashreplace on stderr.)
    let make = |source: Source, name: &str, read: bool, errors: &str| {
        let mode = Mode {
            readable: read,
            writable: !read,
            ..Mode::default()
        };
        let core = Rc::new(RefCell::new(Core::new(
            source,
            Value::str(name),
            mode,
            false,
        )));
        let raw = super::new_object(
            &c.fileio,
            FileObj {
                core: core.clone(),
                kind: Kind::Raw,
                raw: Value::None,
            },
        );
        // Output is unbuffered (as `python3` under PYTHONUNBUFFERED, the corpus's
        // reference): `sys.stdout.buffer` is the FileIO itself.
        let buffer = if read {
            super::new_object(
                &c.reader,
                FileObj {
                    core: core.clone(),
                    kind: Kind::Reader,
                    raw,
                },
            )
        } else {
            raw
        };
        let text = TextFile::new(
            core,
            buffer,
            Encoding::Utf8,
            "utf-8".to_string(),
            errors.to_string(),
            // (No newline translation on POSIX: `\r\n` reads as it is.)
            Newline::Lf,
            Some(if read { "r" } else { "w" }.to_string()),
            false,
        );
        super::new_object(&c.text, text)
    };
    let out = make(Source::Stdout, "<stdout>", false, "surrogateescape");
    let err = make(Source::Stderr, "<stderr>", false, "backslashreplace");
    let inp = make(Source::Stdin, "<stdin>", true, "surrogateescape");
    let st = &mut interp.modules.state.io;
    st.stdout = Some(out.clone());
    st.stderr = Some(err.clone());
    st.stdin = Some(inp.clone());
    Ok((out, err, inp))
}

/// `input(prompt)`: the prompt to `sys.stdout` (flushed), one line from `sys.stdin`.
pub(crate) fn input(interp: &mut Interp, prompt: Option<&Value>) -> PyResult<Value> {
    let (_, _, stdin) = std_streams(interp)?;
    if let Some(p) = prompt {
        let s = interp.str(p)?;
        interp.write(&s)?;
    }
    interp.out.flush();
    match super::text::input_line(interp, &stdin)? {
        Some(line) => Ok(Value::str(line)),
        None => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
    }
}
