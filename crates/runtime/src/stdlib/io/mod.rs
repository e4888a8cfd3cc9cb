//! The `io` and `_io` modules: `open`, file objects in CPython's three layers (`FileIO`,
//! `BufferedReader`/`Writer`/`Random`, `TextIOWrapper`) over one shared byte stream
//! (`core.rs`), the in-memory `BytesIO` (over the project's shared `Buffer`) and
//! `StringIO`, and the standard streams `sys` shows.
//!
//! Every class is made like a user class (so scripts can subclass it); an instance keeps
//! its Rust state in `Instance::state`, set by the class's `__new__` and dropped with it.

mod bytesio;
mod construct;
pub(crate) mod core;
mod file;
mod stringio;
mod text;

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};

pub(crate) use file::{input, open_builtin, std_streams};
pub(crate) use text::write_to_stdout;

/// The `io` classes of one interpreter, made once and shared by `io`, `_io` and `sys`.
pub(crate) struct Classes {
    pub iobase: Rc<Class>,
    pub raw_base: Rc<Class>,
    pub buffered_base: Rc<Class>,
    pub text_base: Rc<Class>,
    pub fileio: Rc<Class>,
    pub reader: Rc<Class>,
    pub writer: Rc<Class>,
    pub random: Rc<Class>,
    pub text: Rc<Class>,
    pub bytesio: Rc<Class>,
    pub stringio: Rc<Class>,
    pub unsupported: Rc<Class>,
}

/// What the io module keeps per interpreter.
#[derive(Default)]
pub(crate) struct State {
    classes: Option<Rc<Classes>>,
    /// `sys.stdout` as made, and `sys.stdin` (which `input()` reads through).
    pub(crate) stdout: Option<Value>,
    pub(crate) stderr: Option<Value>,
    pub(crate) stdin: Option<Value>,
    /// The `sys` module, once made: `print()` writes to its `stdout` when a script has
    /// replaced it.
    sys: Option<(
        Rc<crate::object::module::Module>,
        crate::object::intern::Sym,
    )>,
}

/// Remembers the `sys` module (its `stdout` may be replaced by the script).
pub(crate) fn register_sys(interp: &mut Interp, sys: &Value) {
    if let Value::Module(m) = sys {
        let name = interp.intern("stdout");
        interp.modules.state.io.sys = Some((m.clone(), name));
    }
}

/// `sys.stdout` when the script replaced it (`None`: print to the output sink).
pub(crate) fn redirected_stdout(interp: &mut Interp) -> Option<Value> {
    let st = &interp.modules.state.io;
    let (sys, name) = st.sys.as_ref()?;
    let current = sys.dict.borrow().get(name).cloned()?;
    match &st.stdout {
        Some(orig) if orig.is(&current) => None,
        _ => Some(current),
    }
}

/// The classes, made on first use.
pub(crate) fn classes(interp: &mut Interp) -> PyResult<Rc<Classes>> {
    if let Some(c) = &interp.modules.state.io.classes {
        return Ok(c.clone());
    }
    let object = interp.object_class.clone();
    let iobase = class(interp, "IOBase", "io", vec![object])?;
    add_methods(interp, &iobase, "_IOBase", IOBASE_METHODS);
    let raw_base = class(interp, "RawIOBase", "io", vec![iobase.clone()])?;
    let buffered_base = class(interp, "BufferedIOBase", "io", vec![iobase.clone()])?;
    let text_base = class(interp, "TextIOBase", "io", vec![iobase.clone()])?;
    let base_methods: &[(&str, MethodImpl)] = &[
        ("read", base_read),
        ("read1", base_read),
        ("readinto", base_read),
        ("write", base_write),
        ("detach", base_detach),
    ];
    add_methods(interp, &buffered_base, "_BufferedIOBase", base_methods);
    let text_methods: &[(&str, MethodImpl)] = &[
        ("read", base_read),
        ("readline", base_readline),
        ("write", base_write),
        ("detach", base_detach),
    ];
    add_methods(interp, &text_base, "_TextIOBase", text_methods);
    let fileio = class(interp, "FileIO", "_io", vec![raw_base.clone()])?;
    let reader = class(interp, "BufferedReader", "_io", vec![buffered_base.clone()])?;
    let writer = class(interp, "BufferedWriter", "_io", vec![buffered_base.clone()])?;
    let random = class(interp, "BufferedRandom", "_io", vec![buffered_base.clone()])?;
    let text = class(interp, "TextIOWrapper", "_io", vec![text_base.clone()])?;
    let bytesio = class(interp, "BytesIO", "_io", vec![buffered_base.clone()])?;
    let stringio = class(interp, "StringIO", "_io", vec![text_base.clone()])?;
    let oserror = interp.exc_class(ExcKind::OSError);
    let valueerror = interp.exc_class(ExcKind::ValueError);
    let unsupported = class(
        interp,
        "UnsupportedOperation",
        "io",
        vec![oserror, valueerror],
    )?;
    // Methods name their class as owner; an unbound call (`repr` calling `__repr__`)
    // checks its receiver against the class registered under that name.
    for (name, c) in [
        ("_IOBase", &iobase),
        ("_BufferedIOBase", &buffered_base),
        ("_TextIOBase", &text_base),
        ("FileIO", &fileio),
        ("BufferedReader", &reader),
        ("BufferedWriter", &writer),
        ("BufferedRandom", &random),
        ("TextIOWrapper", &text),
        ("BytesIO", &bytesio),
        ("StringIO", &stringio),
    ] {
        interp.types.insert(name, c.clone());
    }
    file::install(interp, &fileio, &reader, &writer, &random);
    construct::install(interp, &fileio, [&reader, &writer, &random], &text);
    text::install(interp, &text);
    bytesio::install(interp, &bytesio);
    stringio::install(interp, &stringio);
    let c = Rc::new(Classes {
        iobase,
        raw_base,
        buffered_base,
        text_base,
        fileio,
        reader,
        writer,
        random,
        text,
        bytesio,
        stringio,
        unsupported,
    });
    interp.modules.state.io.classes = Some(c.clone());
    Ok(c)
}

fn class(
    interp: &mut Interp,
    name: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
) -> PyResult<Rc<Class>> {
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str(module));
    let bases = bases.into_iter().map(Value::Class).collect();
    match crate::types::object::new_class(interp, None, name, name, bases, ns)? {
        Value::Class(c) => Ok(c),
        _ => Err(PyErr::type_error("io: cannot make a class")),
    }
}

/// Puts built-in methods into an io class's dict.
pub(crate) fn add_methods(
    interp: &mut Interp,
    class: &Rc<Class>,
    owner: &'static str,
    methods: &[(&'static str, MethodImpl)],
) {
    for &(name, imp) in methods {
        let key = interp.intern(name);
        let f = BuiltinFunction {
            name,
            owner: Some(owner),
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        class
            .dict_mut()
            .insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
    }
    class.dict_changed();
}

/// A blank instance of `cls` carrying `state`.
pub(crate) fn new_object<T: 'static>(cls: &Rc<Class>, state: T) -> Value {
    let inst = Instance::new(cls.clone());
    inst.set_state(Rc::new(state));
    Value::Instance(crate::object::alloc::alloc(inst))
}

/// The state of type `T` an io object carries; TypeError for anything else.
pub(crate) fn state_of<T: 'static>(this: &Value, what: &str) -> PyResult<Rc<T>> {
    if let Value::Instance(i) = this {
        if let Some(s) = i.state::<T>() {
            return Ok(s);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a '_io.{what}' object but received a '{}'",
        this.type_name()
    )))
}

/// The class argument of a `__new__`, which must derive from `base`.
pub(crate) fn new_class_arg(this: &Value, base: &Rc<Class>) -> PyResult<Rc<Class>> {
    match this {
        Value::Class(c) if c.is_subclass(base) => Ok(c.clone()),
        Value::Class(c) => Err(PyErr::type_error(format!(
            "{0}.__new__({1}): {1} is not a subtype of {0}",
            base.name(),
            c.name()
        ))),
        other => Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            base.name(),
            other.type_name()
        ))),
    }
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(interp: &mut Interp, msg: &str) -> PyErr {
    match classes(interp) {
        Ok(c) => {
            let inst = Instance::new(c.unsupported.clone());
            if let Some(exc) = &inst.exc {
                exc.borrow_mut().args = vec![Value::str(msg)];
            }
            PyErr::object(crate::object::alloc::alloc(inst))
        }
        Err(e) => e,
    }
}

/// ValueError for an operation on a closed file (CPython's wording varies by layer).
pub(crate) fn closed_error(msg: &str) -> PyErr {
    PyErr::value_error(msg.to_string())
}

/// The message most closed-file checks give.
pub(crate) const CLOSED: &str = "I/O operation on closed file.";

/// A size argument: None or negative means "all".
pub(crate) fn size_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v)
            if matches!(
                v.unwrap_native(),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
            ) =>
        {
            let n = crate::types::numbers::index::ssize_arg(interp, v)?;
            Ok(usize::try_from(n).ok())
        }
        Some(v) => {
            if interp.get_attr_str(v, "__index__").is_ok() {
                let n = crate::types::numbers::index::ssize_arg(interp, v)?;
                return Ok(usize::try_from(n).ok());
            }
            Err(PyErr::type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            )))
        }
    }
}

/// The buffer `readinto` fills: writable, held while the call runs.
pub(crate) fn readinto_target(v: &Value) -> PyResult<crate::types::memoryview::view::HeldBuffer> {
    crate::types::memoryview::writable(v).map_err(|_| {
        PyErr::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            v.type_name()
        ))
    })
}

/// `seek`'s whence: 0, 1 or 2.
pub(crate) fn whence_arg(interp: &mut Interp, v: Option<&Value>, capital: bool) -> PyResult<i64> {
    let w = match v {
        None => 0,
        Some(v) => crate::types::numbers::index::c_int(interp, v)? as i64,
    };
    if !(0..=2).contains(&w) {
        let i = if capital { "Invalid" } else { "invalid" };
        return Err(PyErr::value_error(format!(
            "{i} whence ({w}, should be 0, 1 or 2)"
        )));
    }
    Ok(w)
}

/// Whether the object says it is closed (its `closed` attribute).
fn is_closed(interp: &mut Interp, this: &Value) -> PyResult<bool> {
    let c = interp.get_attr_str(this, "closed")?;
    interp.truthy(&c)
}

fn call(interp: &mut Interp, this: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = interp.get_attr_str(this, name)?;
    interp.call(&m, args, vec![])
}

/// Methods every io object has, written over the object's own methods (so a subclass
/// that overrides `readline` iterates with it, as in CPython).
const IOBASE_METHODS: &[(&str, MethodImpl)] = &[
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("readlines", readlines),
    ("writelines", writelines),
    ("readable", no),
    ("writable", no),
    ("seekable", no),
    ("isatty", isatty),
    ("fileno", fileno),
    ("flush", flush),
];

fn enter(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__enter__", 0, 0)?;
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    Ok(this.clone())
}

fn exit(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    call(interp, this, "close", vec![])?;
    Ok(Value::None)
}

fn iter(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__iter__", 0, 0)?;
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    Ok(this.clone())
}

fn next(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let line = call(interp, this, "readline", vec![])?;
    if interp.len(&line)? == 0 {
        return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
    }
    Ok(line)
}

fn readlines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [hint] = args.parse("readlines", ["hint"], 0)?;
    let hint = size_arg(interp, hint.as_ref())?.filter(|&h| h > 0);
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = call(interp, this, "readline", vec![])?;
        let n = interp.len(&line)?;
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        interp.limits.charge(1)?;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn writelines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("writelines", 1, 1)?;
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    let it = interp.iter(&a[0])?;
    let write = interp.get_attr_str(this, "write")?;
    while let Some(line) = interp.next(&it)? {
        interp.call(&write, vec![line], vec![])?;
    }
    Ok(Value::None)
}

fn no(_: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(BoolWord::FALSE))
}

fn isatty(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("isatty", 0, 0)?;
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    Ok(Value::Bool(BoolWord::FALSE))
}

/// What a base class answers for an operation its subclass does not have.
fn not_supported(interp: &mut Interp, name: &str) -> PyErr {
    unsupported(interp, name)
}

fn base_read(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(not_supported(interp, "read"))
}

fn base_write(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(not_supported(interp, "write"))
}

fn base_detach(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(not_supported(interp, "detach"))
}

fn base_readline(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(not_supported(interp, "readline"))
}

fn fileno(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(unsupported(interp, "fileno"))
}

fn flush(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("flush", 0, 0)?;
    if is_closed(interp, this)? {
        return Err(closed_error(CLOSED));
    }
    Ok(Value::None)
}

/// Creates `io` (and `_io`, the same names).
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    module(interp, "io")
}

pub(crate) fn init_private(interp: &mut Interp) -> PyResult<Value> {
    module(interp, "_io")
}

fn module(interp: &mut Interp, name: &str) -> PyResult<Value> {
    let c = classes(interp)?;
    let cls = |c: &Rc<Class>| Value::Class(c.clone());
    // `io.open is open`, as in CPython.
    let open = interp
        .globals
        .builtin("open")
        .cloned()
        .unwrap_or_else(|| Interp::module_fn("open", open_builtin));
    Ok(interp.make_module(
        name,
        vec![
            ("open", open),
            ("DEFAULT_BUFFER_SIZE", Value::Int(core::CHUNK as i64)),
            ("SEEK_SET", Value::Int(0)),
            ("SEEK_CUR", Value::Int(1)),
            ("SEEK_END", Value::Int(2)),
            ("UnsupportedOperation", cls(&c.unsupported)),
            ("IOBase", cls(&c.iobase)),
            ("RawIOBase", cls(&c.raw_base)),
            ("BufferedIOBase", cls(&c.buffered_base)),
            ("TextIOBase", cls(&c.text_base)),
            ("FileIO", cls(&c.fileio)),
            ("BufferedReader", cls(&c.reader)),
            ("BufferedWriter", cls(&c.writer)),
            ("BufferedRandom", cls(&c.random)),
            ("TextIOWrapper", cls(&c.text)),
            ("BytesIO", cls(&c.bytesio)),
            ("StringIO", cls(&c.stringio)),
        ],
    ))
}

/// `truncate([size])`'s argument: None or absent is the current position.
pub(crate) fn truncate_size(
    interp: &mut Interp,
    args: Args,
    convert: fn(&mut Interp, &Value) -> PyResult<i64>,
) -> PyResult<Option<i64>> {
    let a = args.range("truncate", 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => convert(interp, v).map(Some),
    }
}

/// In-memory streams read the size as `_Py_convert_optional_to_ssize_t` does.
pub(crate) fn memory_size(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if !crate::types::numbers::index::has_index(interp, v) {
        return Err(PyErr::type_error(format!(
            "argument should be integer or None, not '{}'",
            v.type_name()
        )));
    }
    crate::types::numbers::index::index_i64_overflow(interp, v)
}

/// Files read the size as an `off_t` (`PyNumber_AsOff_t`).
pub(crate) fn file_offset(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let b = crate::types::numbers::index::index_of(interp, v)?;
    num_traits::ToPrimitive::to_i64(&b)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
}
