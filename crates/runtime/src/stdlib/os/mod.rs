//! `os` and `posixpath` (`os.path`): paths, files and directories, the environment, and
//! a few facts about the process. Everything outside the interpreter is reached through
//! `interp.access` (see `object/access.rs`): the file functions in `files.rs` resolve
//! every path through it, and `os.environ` holds the process environment only when the
//! access grants it.

mod files;
mod params;
pub(crate) mod path;
mod pathlike;
mod scandir;
mod stat;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::numbers::index::index_i64;

/// What `os` keeps per interpreter.
#[derive(Default)]
pub(crate) struct State {
    /// The `os.stat_result` class, made on first use.
    stat_result: Option<Value>,
    /// `os.DirEntry` and the iterator `os.scandir` returns, made on first use.
    scandir: Option<scandir::Classes>,
}

/// `posixpath`, which `os.path` also names.
pub(crate) fn init_path(interp: &mut Interp) -> PyResult<Value> {
    let mut members = path::members();
    for &(name, f) in files::PATH_FUNCTIONS {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("posixpath", members))
}

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let posixpath = interp.import_module("posixpath")?;
    // As Lib/os.py does, so `import os.path` finds it.
    let modules = interp.sys_modules();
    interp.dict_set(&modules, Value::str("os.path"), posixpath.clone())?;
    let environ = Value::dict(crate::types::dict::table::new_dict());
    if interp.access.env {
        let mut vars: Vec<(String, String)> = std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .collect();
        vars.sort();
        for (k, v) in vars {
            interp.dict_set(&environ, Value::str(k), Value::str(v))?;
        }
    }
    let stat_result = stat::class(interp)?;
    let dir_entry = Value::Class(scandir::classes(interp)?.entry);
    let pathlike = pathlike::class(interp)?;
    let mut members: Vec<(&str, Value)> = vec![
        ("name", Value::str("posix")),
        ("sep", Value::str("/")),
        ("altsep", Value::None),
        ("linesep", Value::str("\n")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("extsep", Value::str(".")),
        ("pathsep", Value::str(":")),
        ("defpath", Value::str("/bin:/usr/bin")),
        ("devnull", Value::str("/dev/null")),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        ("F_OK", Value::Int(0)),
        ("R_OK", Value::Int(4)),
        ("W_OK", Value::Int(2)),
        ("X_OK", Value::Int(1)),
        ("error", Value::Class(interp.exc_class(ExcKind::OSError))),
        ("environ", environ),
        ("path", posixpath),
        ("stat_result", stat_result),
        ("DirEntry", dir_entry),
        ("PathLike", pathlike),
    ];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("getenv", getenv),
        ("fspath", fspath),
        ("fsencode", fsencode),
        ("fsdecode", fsdecode),
        ("urandom", urandom),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("strerror", strerror),
        ("scandir", scandir::scandir),
    ];
    for &(name, f) in functions.iter().chain(files::OS_FUNCTIONS) {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("os", members))
}

/// `os.environ` as the script sees it now (it may have changed it).
pub(crate) fn environ(interp: &mut Interp) -> PyResult<Value> {
    let os = interp.import_module("os")?;
    interp.get_attr_str(&os, "environ")
}

fn getenv(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [key, default] = params::py_args(&args, "getenv", ["key", "default"], 1, 2)?;
    let key = key.unwrap_or(Value::None);
    if key.as_pystr().is_none() {
        return Err(PyErr::type_error(format!(
            "str expected, not {}",
            key.type_name()
        )));
    }
    let environ = environ(interp)?;
    let found = match &environ {
        Value::Dict(d) => crate::types::dict::lookup(interp, d, &key)?,
        _ => None,
    };
    Ok(found.or(default).unwrap_or(Value::None))
}

fn fspath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = args.parse("fspath", ["path"], 1)?;
    path::fspath_value(interp, &p.unwrap_or(Value::None))
}

fn fsencode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = params::py_args(&args, "fsencode", ["filename"], 1, 1)?;
    let p = path::path_arg(interp, &p.unwrap_or(Value::None))?;
    Ok(Value::bytes(p.data))
}

fn fsdecode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = params::py_args(&args, "fsdecode", ["filename"], 1, 1)?;
    let p = path::path_arg(interp, &p.unwrap_or(Value::None))?;
    Ok(Value::str(p.text()))
}

fn urandom(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("posix")).range("urandom", 1, 1)?;
    let n = index_i64(interp, &a[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let n = n as usize;
    interp.limits.check_alloc(n)?;
    interp.limits.charge(n as u64 / 64)?;
    let mut out = vec![0u8; n];
    // Randomness is not a capability: every interpreter may have it.
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut out));
    read.map_err(|e| crate::object::access::os_error(&e, None))?;
    Ok(Value::bytes(out))
}

fn getpid(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("posix")).range("getpid", 0, 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

fn cpu_count(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("posix")).range("cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn strerror(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("posix")).range("strerror", 1, 1)?;
    let code = index_i64(interp, &a[0])?;
    let code = i32::try_from(code).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    Ok(Value::str(crate::object::access::strerror(code)))
}
