//! The `os` and `os.path` functions that ask the file system. Every path goes through
//! `interp.access` (`Access::resolve`), which maps it to a host path or refuses it with
//! PermissionError; failures are CPython's OSError subclasses with the path as given.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::access::{os_error_values, FileAccess, Intent};
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};

use super::params::{clinic_args, py_args};
use super::path::{arg_of, fspath_value, join_bytes, make, normpath_bytes, PathArg};
use super::stat::stat_result;

/// A path argument of a file-system call: its bytes and type, and the value the script
/// passed (error messages show it).
pub(crate) struct FsPath {
    pub(crate) arg: PathArg,
    pub(crate) given: Value,
}

/// What a call's TypeError lists as accepted (`stat: path should be string, bytes,
/// os.PathLike or integer, not float`).
const WITH_FD: &str = "string, bytes, os.PathLike or integer";
const NO_FD: &str = "string, bytes or os.PathLike";

pub(crate) fn fs_path(
    interp: &mut Interp,
    func: &str,
    v: &Value,
    accepts: &str,
) -> PyResult<FsPath> {
    if matches!(v, Value::Int(_) | Value::Bool(_)) && accepts.contains("integer") {
        // File descriptors are not given to scripts.
        return Err(PyErr::with_args(
            ExcKind::OSError,
            vec![Value::Int(9), Value::str("Bad file descriptor")],
        ));
    }
    let p = match fspath_value(interp, v) {
        Ok(p) => p,
        Err(_) => {
            return Err(PyErr::type_error(format!(
                "{func}: path should be {accepts}, not {}",
                v.type_name()
            )))
        }
    };
    let arg = arg_of(&p);
    if arg.data.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(FsPath {
        arg,
        given: v.clone(),
    })
}

/// The host path for a script's path, or PermissionError.
pub(crate) fn host_path(interp: &Interp, p: &FsPath, intent: Intent) -> PyResult<PathBuf> {
    let host = interp.access.resolve(&p.arg.text(), intent)?;
    #[cfg(unix)]
    if matches!(interp.access.files, FileAccess::Host) {
        use std::os::unix::ffi::OsStrExt;
        return Ok(PathBuf::from(std::ffi::OsStr::from_bytes(&p.arg.data)));
    }
    Ok(host)
}

fn fail(e: &std::io::Error, p: &FsPath) -> PyErr {
    os_error_values(e, p.given.clone(), None)
}

fn getcwd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("posix")).range("getcwd", 0, 0)?;
    Ok(Value::str(interp.access.cwd()?))
}

fn getcwdb(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("posix")).range("getcwdb", 0, 0)?;
    Ok(Value::bytes(interp.access.cwd()?.into_bytes()))
}

fn listdir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = args.parse("listdir", ["path"], 0)?;
    let p = match p {
        None | Some(Value::None) => Value::str("."),
        Some(p) => p,
    };
    let p = fs_path(
        interp,
        "listdir",
        &p,
        "string, bytes, os.PathLike, integer or None",
    )?;
    let is_bytes = p.arg.is_bytes;
    if let Some(names) = interp.access.virtual_dir(&p.arg.text()) {
        let names = names.into_iter().map(|n| make(is_bytes, n.into_bytes()));
        return Ok(Value::list(names.collect()));
    }
    let host = host_path(interp, &p, Intent::Read)?;
    let entries = std::fs::read_dir(&host).map_err(|e| fail(&e, &p))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| fail(&e, &p))?;
        interp.limits.charge(1)?;
        names.push(make(is_bytes, os_bytes(&entry.file_name())));
    }
    Ok(Value::list(names))
}

#[cfg(unix)]
pub(super) fn os_bytes(s: &std::ffi::OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    s.as_bytes().to_vec()
}

#[cfg(not(unix))]
pub(super) fn os_bytes(s: &std::ffi::OsStr) -> Vec<u8> {
    s.to_string_lossy().into_owned().into_bytes()
}

/// `stat`/`lstat`: the metadata of a path, or the OSError.
pub(super) fn metadata(
    interp: &mut Interp,
    p: &FsPath,
    follow: bool,
) -> PyResult<std::fs::Metadata> {
    let host = host_path(interp, p, Intent::Read)?;
    let m = if follow {
        std::fs::metadata(&host)
    } else {
        std::fs::symlink_metadata(&host)
    };
    m.map_err(|e| fail(&e, p))
}

fn stat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, dir_fd, follow] =
        clinic_args(&args, "stat", ["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    if !matches!(dir_fd, None | Some(Value::None)) {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "dir_fd unavailable on this platform",
        ));
    }
    let follow = match follow {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    let p = fs_path(interp, "stat", &p.unwrap_or(Value::None), WITH_FD)?;
    let m = metadata(interp, &p, follow)?;
    stat_result(interp, &m)
}

fn lstat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, dir_fd] = clinic_args(&args, "lstat", ["path", "dir_fd"], 1, 1)?;
    if !matches!(dir_fd, None | Some(Value::None)) {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "dir_fd unavailable on this platform",
        ));
    }
    let p = fs_path(interp, "lstat", &p.unwrap_or(Value::None), NO_FD)?;
    let m = metadata(interp, &p, false)?;
    stat_result(interp, &m)
}

/// A change to one path: `remove`, `unlink`, `rmdir`.
fn change(
    interp: &mut Interp,
    args: Args,
    func: &str,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let [p, _dir_fd] = clinic_args(&args, func, ["path", "dir_fd"], 1, 1)?;
    let p = fs_path(interp, func, &p.unwrap_or(Value::None), NO_FD)?;
    let host = host_path(interp, &p, Intent::Write)?;
    op(&host).map_err(|e| fail(&e, &p))?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    change(interp, args, "remove", |p| std::fs::remove_file(p))
}

fn unlink(interp: &mut Interp, args: Args) -> PyResult<Value> {
    change(interp, args, "unlink", |p| std::fs::remove_file(p))
}

fn rmdir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    change(interp, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn rename_as(interp: &mut Interp, args: Args, func: &str) -> PyResult<Value> {
    let [src, dst, _, _] = clinic_args(
        &args,
        func,
        ["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let src = fs_path(interp, func, &src.unwrap_or(Value::None), NO_FD)?;
    let dst = fs_path(interp, func, &dst.unwrap_or(Value::None), NO_FD)?;
    let from = host_path(interp, &src, Intent::Write)?;
    let to = host_path(interp, &dst, Intent::Write)?;
    std::fs::rename(&from, &to)
        .map_err(|e| os_error_values(&e, src.given.clone(), Some(dst.given.clone())))?;
    Ok(Value::None)
}

fn rename(interp: &mut Interp, args: Args) -> PyResult<Value> {
    rename_as(interp, args, "rename")
}

fn replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    rename_as(interp, args, "replace")
}

fn mode_arg(interp: &mut Interp, v: Option<Value>) -> PyResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(crate::types::numbers::index::index_i64(interp, &v)? as u32),
    }
}

fn make_dir(interp: &mut Interp, p: &FsPath, mode: u32) -> PyResult<()> {
    let host = host_path(interp, p, Intent::Write)?;
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    builder.create(&host).map_err(|e| fail(&e, p))
}

fn mkdir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, mode, _dir_fd] = clinic_args(&args, "mkdir", ["path", "mode", "dir_fd"], 1, 2)?;
    let p = fs_path(interp, "mkdir", &p.unwrap_or(Value::None), NO_FD)?;
    let mode = mode_arg(interp, mode)?;
    make_dir(interp, &p, mode)?;
    Ok(Value::None)
}

/// Whether a path names an existing directory (`os.path.isdir`, errors as False).
fn is_dir(interp: &Interp, p: &FsPath) -> bool {
    if interp.access.virtual_dir(&p.arg.text()).is_some() {
        return true;
    }
    host_path(interp, p, Intent::Read).is_ok_and(|h| h.is_dir())
}

/// `os.makedirs`, as Lib/os.py writes it.
fn makedirs_rec(interp: &mut Interp, p: &FsPath, mode: u32, exist_ok: bool) -> PyResult<()> {
    let data = &p.arg.data;
    let split = |d: &[u8]| {
        let i = d.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1);
        let head = &d[..i];
        let end = head.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
        let head = if head.iter().any(|&b| b != b'/') {
            head[..end].to_vec()
        } else {
            head.to_vec()
        };
        (head, d[i..].to_vec())
    };
    let (mut head, mut tail) = split(data);
    if tail.is_empty() {
        (head, tail) = split(&head);
    }
    if !head.is_empty() && !tail.is_empty() {
        let parent = FsPath {
            given: make(p.arg.is_bytes, head.clone()),
            arg: PathArg {
                data: head,
                is_bytes: p.arg.is_bytes,
            },
        };
        let exists = host_path(interp, &parent, Intent::Read).is_ok_and(|h| h.exists())
            || interp.access.virtual_dir(&parent.arg.text()).is_some();
        if !exists {
            interp.limits.charge(1)?;
            if let Err(e) = makedirs_rec(interp, &parent, mode, exist_ok) {
                if e.pending_kind() != Some(ExcKind::FileExistsError) {
                    return Err(e);
                }
            }
            if tail == b"." {
                return Ok(());
            }
        }
    }
    match make_dir(interp, p, mode) {
        Ok(()) => Ok(()),
        Err(e) => {
            let os_error = e
                .pending_kind()
                .is_some_and(|k| k == ExcKind::FileExistsError || k == ExcKind::OSError);
            if exist_ok && os_error && is_dir(interp, p) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

fn makedirs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, mode, exist_ok] = py_args(&args, "makedirs", ["name", "mode", "exist_ok"], 1, 3)?;
    let p = fs_path(interp, "mkdir", &p.unwrap_or(Value::None), NO_FD)?;
    let mode = mode_arg(interp, mode)?;
    let exist_ok = match exist_ok {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    makedirs_rec(interp, &p, mode, exist_ok)?;
    Ok(Value::None)
}

/// `os.path.exists` and friends: a question about a path, False when the path cannot be
/// looked at (OSError, ValueError), as genericpath.py answers.
fn ask(
    interp: &mut Interp,
    args: Args,
    func: &str,
    param: &str,
    follow: bool,
    question: fn(&std::fs::Metadata) -> bool,
) -> PyResult<Value> {
    let [p] = py_args(&args, func, [param], 1, 1)?;
    let p = match fs_path(interp, "stat", &p.unwrap_or(Value::None), WITH_FD) {
        Ok(p) => p,
        Err(e) if e.pending_kind() == Some(ExcKind::TypeError) => return Err(e),
        Err(_) => return Ok(Value::Bool(BoolWord::FALSE)),
    };
    if interp.access.virtual_dir(&p.arg.text()).is_some() {
        return Ok(Value::from_bool(func != "isfile" && func != "islink"));
    }
    Ok(Value::from_bool(
        metadata(interp, &p, follow).is_ok_and(|m| question(&m)),
    ))
}

fn exists(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ask(interp, args, "exists", "path", true, |_| true)
}

fn lexists(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ask(interp, args, "lexists", "path", false, |_| true)
}

fn isfile(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ask(interp, args, "isfile", "path", true, |m| m.is_file())
}

fn isdir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ask(interp, args, "isdir", "s", true, |m| m.is_dir())
}

fn islink(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ask(interp, args, "islink", "path", false, |m| {
        m.file_type().is_symlink()
    })
}

/// `getsize`, `getmtime`...: a field of `os.stat(filename)`.
fn stat_field(interp: &mut Interp, args: Args, func: &str, field: &str) -> PyResult<Value> {
    let [p] = py_args(&args, func, ["filename"], 1, 1)?;
    let p = fs_path(interp, "stat", &p.unwrap_or(Value::None), WITH_FD)?;
    let m = metadata(interp, &p, true)?;
    let st = stat_result(interp, &m)?;
    interp.get_attr_str(&st, field)
}

fn getsize(interp: &mut Interp, args: Args) -> PyResult<Value> {
    stat_field(interp, args, "getsize", "st_size")
}

fn getmtime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    stat_field(interp, args, "getmtime", "st_mtime")
}

fn getatime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    stat_field(interp, args, "getatime", "st_atime")
}

fn getctime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    stat_field(interp, args, "getctime", "st_ctime")
}

/// `abspath` of a path already through fspath.
fn abspath_bytes(interp: &mut Interp, p: &PathArg) -> PyResult<Vec<u8>> {
    if p.data.starts_with(b"/") {
        return Ok(normpath_bytes(&p.data));
    }
    let cwd = interp.access.cwd()?.into_bytes();
    Ok(normpath_bytes(&join_bytes(&cwd, &[&p.data])))
}

fn abspath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v] = py_args(&args, "abspath", ["path"], 1, 1)?;
    let p = super::path::path_arg(interp, &v.unwrap_or(Value::None))?;
    let out = abspath_bytes(interp, &p)?;
    Ok(p.make(out))
}

fn relpath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [path, start] = py_args(&args, "relpath", ["path", "start"], 1, 2)?;
    let path = path.unwrap_or(Value::None);
    if !interp.truthy(&path)? {
        return Err(PyErr::value_error("no path specified"));
    }
    let path_value = fspath_value(interp, &path)?;
    let p = arg_of(&path_value);
    let start = match start {
        None | Some(Value::None) => PathArg {
            data: b".".to_vec(),
            is_bytes: p.is_bytes,
        },
        Some(s) => {
            let s = fspath_value(interp, &s)?;
            let arg = arg_of(&s);
            if arg.is_bytes != p.is_bytes {
                return Err(PyErr::type_error(
                    "Can't mix strings and bytes in path components",
                ));
            }
            arg
        }
    };
    let start_abs = abspath_bytes(interp, &start)?;
    let path_abs = abspath_bytes(interp, &p)?;
    let parts = |d: &[u8]| -> Vec<Vec<u8>> {
        d.split(|&b| b == b'/')
            .filter(|c| !c.is_empty())
            .map(<[u8]>::to_vec)
            .collect()
    };
    let (start_list, path_list) = (parts(&start_abs), parts(&path_abs));
    let i = start_list
        .iter()
        .zip(&path_list)
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel: Vec<Vec<u8>> = vec![b"..".to_vec(); start_list.len() - i];
    rel.extend(path_list[i..].iter().cloned());
    if rel.is_empty() {
        return Ok(p.make(b".".to_vec()));
    }
    Ok(p.make(rel.join(&b'/')))
}

/// What `_joinrealpath` keeps for each symlink: its resolution, or None while resolving.
type Seen = HashMap<Vec<u8>, Option<Vec<u8>>>;

#[cfg(unix)]
fn host_of(data: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(data))
}

#[cfg(not(unix))]
fn host_of(data: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(data).into_owned())
}

/// posixpath's `_joinrealpath` on the host's own file system.
fn join_real(
    interp: &mut Interp,
    mut path: Vec<u8>,
    rest: &[u8],
    strict: bool,
    seen: &mut Seen,
    is_bytes: bool,
) -> PyResult<(Vec<u8>, bool)> {
    let mut rest = rest.to_vec();
    if rest.starts_with(b"/") {
        rest.remove(0);
        path = b"/".to_vec();
    }
    while !rest.is_empty() {
        interp.limits.charge(1)?;
        let (name, tail) = match rest.iter().position(|&b| b == b'/') {
            Some(i) => (rest[..i].to_vec(), rest[i + 1..].to_vec()),
            None => (rest.clone(), Vec::new()),
        };
        rest = tail;
        if name.is_empty() || name == b"." {
            continue;
        }
        if name == b".." {
            if path.is_empty() {
                path = b"..".to_vec();
            } else {
                let i = path.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1);
                let last = path[i..].to_vec();
                let head = &path[..i];
                let end = head.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
                path = if head.iter().any(|&b| b != b'/') {
                    head[..end].to_vec()
                } else {
                    head.to_vec()
                };
                if last == b".." {
                    path = join_bytes(&path, &[b"..", b".."]);
                }
            }
            continue;
        }
        let newpath = join_bytes(&path, &[&name]);
        let given = || make(is_bytes, newpath.clone());
        let is_link = match std::fs::symlink_metadata(host_of(&newpath)) {
            Ok(m) => m.file_type().is_symlink(),
            Err(e) if strict => return Err(os_error_values(&e, given(), None)),
            Err(_) => false,
        };
        if !is_link {
            path = newpath;
            continue;
        }
        if let Some(known) = seen.get(&newpath) {
            match known {
                Some(p) => {
                    path = p.clone();
                    continue;
                }
                None if strict => {
                    let e = std::fs::metadata(host_of(&newpath))
                        .err()
                        .unwrap_or_else(|| std::io::Error::from_raw_os_error(40));
                    return Err(os_error_values(&e, given(), None));
                }
                None => return Ok((join_bytes(&newpath, &[&rest]), false)),
            }
        }
        seen.insert(newpath.clone(), None);
        let target = std::fs::read_link(host_of(&newpath))
            .map_err(|e| os_error_values(&e, given(), None))?;
        let (p, ok) = join_real(
            interp,
            path,
            &os_bytes(target.as_os_str()),
            strict,
            seen,
            is_bytes,
        )?;
        path = p;
        if !ok {
            return Ok((join_bytes(&path, &[&rest]), false));
        }
        seen.insert(newpath, Some(path.clone()));
    }
    Ok((path, true))
}

fn realpath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v, strict] = py_args(&args, "realpath", ["filename", "strict"], 1, 1)?;
    let p = super::path::path_arg(interp, &v.unwrap_or(Value::None))?;
    let strict = match strict {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    // Under mounts the script's tree has no symlinks it could follow out of a mount
    // (Access refuses those), so its real path is its absolute path.
    let joined = if matches!(interp.access.files, FileAccess::Host) {
        let mut seen = Seen::new();
        join_real(interp, Vec::new(), &p.data, strict, &mut seen, p.is_bytes)?.0
    } else {
        p.data.clone()
    };
    let out = abspath_bytes(
        interp,
        &PathArg {
            data: joined,
            is_bytes: p.is_bytes,
        },
    )?;
    Ok(p.make(out))
}

fn samefile(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [a, b] = py_args(&args, "samefile", ["f1", "f2"], 2, 2)?;
    let a = fs_path(interp, "stat", &a.unwrap_or(Value::None), WITH_FD)?;
    let b = fs_path(interp, "stat", &b.unwrap_or(Value::None), WITH_FD)?;
    let (ma, mb) = (metadata(interp, &a, true)?, metadata(interp, &b, true)?);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(Value::from_bool(
            ma.ino() == mb.ino() && ma.dev() == mb.dev(),
        ))
    }
    #[cfg(not(unix))]
    Ok(Value::Bool(ma.len() == mb.len()))
}

type Table = &'static [(&'static str, crate::object::function::FuncImpl)];

/// The `os` functions that touch files.
pub(crate) const OS_FUNCTIONS: Table = &[
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("listdir", listdir),
    ("stat", stat),
    ("lstat", lstat),
    ("remove", remove),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("rename", rename),
    ("replace", replace),
    ("mkdir", mkdir),
    ("makedirs", makedirs),
];

/// The `os.path` functions that touch files.
pub(crate) const PATH_FUNCTIONS: Table = &[
    ("exists", exists),
    ("lexists", lexists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("islink", islink),
    ("getsize", getsize),
    ("getmtime", getmtime),
    ("getatime", getatime),
    ("getctime", getctime),
    ("abspath", abspath),
    ("realpath", realpath),
    ("relpath", relpath),
    ("samefile", samefile),
];
