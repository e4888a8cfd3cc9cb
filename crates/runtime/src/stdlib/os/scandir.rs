//! `os.scandir`: an iterator (and context manager) of `os.DirEntry` objects. The
//! directory is read at once through `interp.access`; each entry's questions
//! (`is_dir()`, `stat()`) ask again by its path, so they are judged by the same access.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::access::Intent;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class};
use crate::object::function::MethodImpl;
use crate::object::function::{BuiltinFunction, BuiltinImpl};
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};
use crate::stdlib::io::new_object;

use super::files::{fs_path, host_path, metadata, os_bytes, FsPath};
use super::params::clinic_args;
use super::path::{join_bytes, make, PathArg};
use super::stat::stat_result;

/// The two classes, made once per interpreter.
#[derive(Clone)]
pub(crate) struct Classes {
    pub(super) entry: Rc<Class>,
    iterator: Rc<Class>,
}

/// A `ScandirIterator`'s entries not yet given out.
struct Pending(RefCell<VecDeque<Value>>);

/// A `DirEntry`'s path, as a file-system call takes it.
struct Entry {
    path: PathArg,
    name: Value,
}

fn class(
    interp: &mut Interp,
    name: &str,
    methods: &[(&'static str, MethodImpl)],
) -> PyResult<Rc<Class>> {
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("posix"));
    for &(method, imp) in methods {
        let key = interp.intern(method);
        // No owner: the receiver is checked by the method itself (`entry_of`).
        let f = BuiltinFunction {
            name: method,
            owner: None,
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        ns.insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
    }
    match crate::types::object::new_class(interp, None, name, name, vec![], ns)? {
        Value::Class(c) => Ok(c),
        _ => Err(PyErr::type_error("os: cannot make a class")),
    }
}

pub(crate) fn classes(interp: &mut Interp) -> PyResult<Classes> {
    if let Some(c) = &interp.modules.state.os.scandir {
        return Ok(c.clone());
    }
    let entry = class(
        interp,
        "DirEntry",
        &[
            ("is_dir", is_dir),
            ("is_file", is_file),
            ("is_symlink", is_symlink),
            ("stat", stat),
            ("inode", inode),
            ("__fspath__", fspath),
            ("__repr__", repr),
        ],
    )?;
    let iterator = class(
        interp,
        "ScandirIterator",
        &[
            ("__iter__", iter),
            ("__next__", next),
            ("__enter__", iter),
            ("__exit__", exit),
            ("close", close),
        ],
    )?;
    let c = Classes { entry, iterator };
    interp.modules.state.os.scandir = Some(c.clone());
    Ok(c)
}

/// `os.scandir(path='.')`.
pub(crate) fn scandir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = clinic_args(&args, "scandir", ["path"], 0, 1)?;
    let p = match p {
        None | Some(Value::None) => Value::str("."),
        Some(p) => p,
    };
    let p = fs_path(
        interp,
        "scandir",
        &p,
        "string, bytes, os.PathLike, integer or None",
    )?;
    let is_bytes = p.arg.is_bytes;
    let names: Vec<Vec<u8>> = match interp.access.virtual_dir(&p.arg.text()) {
        Some(names) => names.into_iter().map(String::into_bytes).collect(),
        None => {
            let host = host_path(interp, &p, Intent::Read)?;
            let fail = |e: &std::io::Error| {
                crate::object::access::os_error_values(e, p.given.clone(), None)
            };
            let mut names = Vec::new();
            for entry in std::fs::read_dir(&host).map_err(|e| fail(&e))? {
                let entry = entry.map_err(|e| fail(&e))?;
                interp.limits.charge(1)?;
                names.push(os_bytes(&entry.file_name()));
            }
            names
        }
    };
    let classes = classes(interp)?;
    let mut entries = VecDeque::with_capacity(names.len());
    let name_key = interp.intern("name");
    let path_key = interp.intern("path");
    for name in names {
        let path = join_bytes(&p.arg.data, &[&name]);
        let entry = Entry {
            path: PathArg {
                data: path.clone(),
                is_bytes,
            },
            name: make(is_bytes, name),
        };
        let name_value = entry.name.clone();
        let obj = new_object(&classes.entry, entry);
        if let Value::Instance(i) = &obj {
            let mut dict = i.dict.borrow_mut();
            dict.insert(name_key, name_value);
            dict.insert(path_key, make(is_bytes, path));
        }
        entries.push_back(obj);
    }
    Ok(new_object(
        &classes.iterator,
        Pending(RefCell::new(entries)),
    ))
}

fn entry_of(this: &Value) -> PyResult<(Rc<Entry>, FsPath)> {
    let Value::Instance(i) = this else {
        return Err(PyErr::type_error(
            "descriptor requires a 'posix.DirEntry' object",
        ));
    };
    let Some(e) = i.state::<Entry>() else {
        return Err(PyErr::type_error(
            "descriptor requires a 'posix.DirEntry' object",
        ));
    };
    let given = make(e.path.is_bytes, e.path.data.clone());
    let fs = FsPath {
        arg: PathArg {
            data: e.path.data.clone(),
            is_bytes: e.path.is_bytes,
        },
        given,
    };
    Ok((e, fs))
}

fn follow(interp: &mut Interp, args: &Args, name: &str) -> PyResult<bool> {
    let [f] = clinic_args(args, name, ["follow_symlinks"], 0, 0)?;
    match f {
        Some(v) => interp.truthy(&v),
        None => Ok(true),
    }
}

/// `is_dir`/`is_file`: False when the entry is gone, as CPython answers.
fn ask(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    question: fn(&std::fs::Metadata) -> bool,
) -> PyResult<Value> {
    let follow = follow(interp, &args, name)?;
    let (_, fs) = entry_of(this)?;
    if interp.access.virtual_dir(&fs.arg.text()).is_some() {
        return Ok(Value::from_bool(name == "is_dir"));
    }
    match metadata(interp, &fs, follow) {
        Ok(m) => Ok(Value::from_bool(question(&m))),
        Err(e) if e.pending_kind() == Some(ExcKind::FileNotFoundError) => {
            Ok(Value::Bool(BoolWord::FALSE))
        }
        Err(e) => Err(e),
    }
}

fn is_dir(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    ask(interp, this, args, "is_dir", |m| m.is_dir())
}

fn is_file(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    ask(interp, this, args, "is_file", |m| m.is_file())
}

fn is_symlink(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("is_symlink", 0, 0)?;
    let (_, fs) = entry_of(this)?;
    match metadata(interp, &fs, false) {
        Ok(m) => Ok(Value::from_bool(m.file_type().is_symlink())),
        Err(e) if e.pending_kind() == Some(ExcKind::FileNotFoundError) => {
            Ok(Value::Bool(BoolWord::FALSE))
        }
        Err(e) => Err(e),
    }
}

fn stat(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let follow = follow(interp, &args, "stat")?;
    let (_, fs) = entry_of(this)?;
    let m = metadata(interp, &fs, follow)?;
    stat_result(interp, &m)
}

fn inode(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("inode", 0, 0)?;
    let (_, fs) = entry_of(this)?;
    let m = metadata(interp, &fs, false)?;
    let st = stat_result(interp, &m)?;
    interp.get_attr_str(&st, "st_ino")
}

fn fspath(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__fspath__", 0, 0)?;
    let (e, _) = entry_of(this)?;
    Ok(make(e.path.is_bytes, e.path.data.clone()))
}

fn repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let (e, _) = entry_of(this)?;
    Ok(Value::str(format!("<DirEntry {}>", interp.repr(&e.name)?)))
}

fn pending(this: &Value) -> PyResult<Rc<Pending>> {
    if let Value::Instance(i) = this {
        if let Some(p) = i.state::<Pending>() {
            return Ok(p);
        }
    }
    Err(PyErr::type_error(
        "descriptor requires a 'posix.ScandirIterator' object",
    ))
}

fn iter(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    pending(this)?;
    Ok(this.clone())
}

fn next(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let p = pending(this)?;
    let item = p.0.borrow_mut().pop_front();
    item.ok_or_else(|| PyErr::with_args(ExcKind::StopIteration, Vec::new()))
}

fn close(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    pending(this)?.0.borrow_mut().clear();
    Ok(Value::None)
}

fn exit(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    pending(this)?.0.borrow_mut().clear();
    Ok(Value::None)
}
