//! `posixpath` (`os.path`): the pure path functions, written after CPython's
//! `Lib/posixpath.py` and `Lib/genericpath.py`. A path is worked on as bytes (a str's
//! UTF-8), which is exact because every separator the functions look for is ASCII; the
//! result goes back to the caller's type. The functions that ask the file system are in
//! `files.rs`.

use minipy_syntax::ast::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, SliceValue, Value};

use super::params::py_args;

/// A path argument after `os.fspath`: its bytes, and whether it was bytes or str.
pub(crate) struct PathArg {
    pub(crate) data: Vec<u8>,
    pub(crate) is_bytes: bool,
}

impl PathArg {
    /// A value of the caller's type: str or bytes.
    pub(crate) fn make(&self, data: Vec<u8>) -> Value {
        make(self.is_bytes, data)
    }

    /// The path as text (a bytes path is decoded as UTF-8, with replacement).
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

pub(crate) fn make(is_bytes: bool, data: Vec<u8>) -> Value {
    if is_bytes {
        Value::bytes(data)
    } else {
        match String::from_utf8(data) {
            Ok(s) => Value::str(s),
            Err(e) => Value::str(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    }
}

/// `os.fspath(v)`: a str or bytes (subclasses kept), or what `__fspath__` returns.
pub(crate) fn fspath_value(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    if v.as_pystr().is_some() || v.bytes_buffer().is_some() {
        return Ok(v.clone());
    }
    if let Value::Instance(_) = v {
        let class = interp.type_of(v);
        if let Some(f) = class.lookup_user(interp.intern("__fspath__")) {
            let r = interp.call(&f, vec![v.clone()], vec![])?;
            if r.as_pystr().is_some() || r.bytes_buffer().is_some() {
                return Ok(r);
            }
            return Err(PyErr::type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                class.name(),
                r.type_name()
            )));
        }
    }
    Err(PyErr::type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        v.type_name()
    )))
}

/// The bytes of a str or bytes value already through `fspath_value`.
pub(crate) fn arg_of(v: &Value) -> PathArg {
    match v.as_pystr() {
        Some(s) => PathArg {
            data: s.as_str().as_bytes().to_vec(),
            is_bytes: false,
        },
        None => PathArg {
            data: v.bytes_copy(),
            is_bytes: true,
        },
    }
}

pub(crate) fn path_arg(interp: &mut Interp, v: &Value) -> PyResult<PathArg> {
    let v = fspath_value(interp, v)?;
    Ok(arg_of(&v))
}

/// One argument, as `os.path.basename(p)` takes it.
fn one(interp: &mut Interp, args: &Args, name: &str, param: &str) -> PyResult<PathArg> {
    let [p] = py_args(args, name, [param], 1, 1)?;
    path_arg(interp, &p.unwrap_or(Value::None))
}

/// `genericpath._check_arg_types`: the TypeError for arguments that are not all str or
/// all bytes, if there is one.
fn check_arg_types(name: &str, args: &[Value]) -> Option<PyErr> {
    let (mut has_str, mut has_bytes) = (false, false);
    for a in args {
        if a.as_pystr().is_some() {
            has_str = true;
        } else if a.bytes_buffer().is_some() {
            has_bytes = true;
        } else {
            return Some(PyErr::type_error(format!(
                "{name}() argument must be str, bytes, or os.PathLike object, not '{}'",
                a.type_name()
            )));
        }
    }
    (has_str && has_bytes)
        .then(|| PyErr::type_error("Can't mix strings and bytes in path components"))
}

fn rfind(p: &[u8], c: u8) -> Option<usize> {
    p.iter().rposition(|&b| b == c)
}

/// `p.rfind('/') + 1`.
fn tail_start(p: &[u8]) -> usize {
    rfind(p, b'/').map_or(0, |i| i + 1)
}

/// The head `split` and `dirname` give: trailing slashes stripped unless all slashes.
fn head_of(p: &[u8]) -> Vec<u8> {
    let head = &p[..tail_start(p)];
    if !head.is_empty() && head.iter().any(|&b| b != b'/') {
        let end = head.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
        return head[..end].to_vec();
    }
    head.to_vec()
}

pub(crate) fn join_bytes(a: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut path = a.to_vec();
    for b in parts {
        if b.starts_with(b"/") {
            path = b.to_vec();
        } else if path.is_empty() || path.ends_with(b"/") {
            path.extend_from_slice(b);
        } else {
            path.push(b'/');
            path.extend_from_slice(b);
        }
    }
    path
}

pub(crate) fn normpath_bytes(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let mut initial = usize::from(path.starts_with(b"/"));
    if path.starts_with(b"//") && !path.starts_with(b"///") {
        initial = 2;
    }
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in path.split(|&b| b == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp != b".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&&b".."[..])
        {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = vec![b'/'; initial];
    out.extend_from_slice(&comps.join(&b'/'));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

fn splitext_bytes(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let sep = rfind(p, b'/').map_or(-1, |i| i as isize);
    if let Some(dot) = rfind(p, b'.') {
        if dot as isize > sep {
            let start = (sep + 1) as usize;
            if p[start..dot].iter().any(|&b| b != b'.') {
                return (p[..dot].to_vec(), p[dot..].to_vec());
            }
        }
    }
    (p.to_vec(), Vec::new())
}

fn isabs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "isabs", "s")?;
    Ok(Value::from_bool(p.data.starts_with(b"/")))
}

fn normcase(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s] = py_args(&args, "normcase", ["s"], 1, 1)?;
    fspath_value(interp, &s.unwrap_or(Value::None))
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // join(a, *p): `a` may come by keyword.
    let mut by_keyword = None;
    for (k, v) in args.kw {
        if &**k != "a" {
            return Err(crate::error::messages::unexpected_keyword("join", k));
        }
        if !args.pos.is_empty() {
            return Err(crate::error::messages::multiple_values("join", "a"));
        }
        by_keyword = Some(v);
    }
    let (first, rest) = match (by_keyword, args.pos.split_first()) {
        (Some(a), _) => (a, &[][..]),
        (None, Some((first, rest))) => (first, rest),
        (None, None) => {
            return Err(PyErr::type_error(
                "join() missing 1 required positional argument: 'a'",
            ))
        }
    };
    let a = fspath_value(interp, first)?;
    let a_arg = arg_of(&a);
    let mut parts = Vec::with_capacity(rest.len());
    let mut all = vec![a.clone()];
    all.extend(rest.iter().cloned());
    for b in rest {
        match fspath_value(interp, b) {
            Ok(v) => {
                let arg = arg_of(&v);
                if arg.is_bytes != a_arg.is_bytes {
                    return Err(check_arg_types("join", &all).unwrap_or_else(|| {
                        PyErr::type_error("Can't mix strings and bytes in path components")
                    }));
                }
                parts.push(arg.data);
            }
            Err(e) => return Err(check_arg_types("join", &all).unwrap_or(e)),
        }
    }
    if parts.is_empty() {
        return Ok(a);
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(a_arg.make(join_bytes(&a_arg.data, &refs)))
}

fn split(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "split", "p")?;
    let i = tail_start(&p.data);
    let head = head_of(&p.data);
    Ok(Value::tuple(vec![
        p.make(head),
        p.make(p.data[i..].to_vec()),
    ]))
}

fn splitext(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "splitext", "p")?;
    let (root, ext) = splitext_bytes(&p.data);
    Ok(Value::tuple(vec![p.make(root), p.make(ext)]))
}

fn splitdrive(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v] = py_args(&args, "splitdrive", ["p"], 1, 1)?;
    let v = fspath_value(interp, &v.unwrap_or(Value::None))?;
    let p = arg_of(&v);
    Ok(Value::tuple(vec![p.make(Vec::new()), v]))
}

fn basename(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "basename", "p")?;
    let i = tail_start(&p.data);
    Ok(p.make(p.data[i..].to_vec()))
}

fn dirname(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "dirname", "p")?;
    Ok(p.make(head_of(&p.data)))
}

fn normpath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let p = one(interp, &args, "normpath", "path")?;
    Ok(p.make(normpath_bytes(&p.data)))
}

/// The value of an environment variable as `os.environ` holds it.
fn environ_get(interp: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    let environ = super::environ(interp)?;
    let Value::Dict(d) = &environ else {
        return Ok(None);
    };
    crate::types::dict::lookup(interp, d, &Value::str(name))
}

fn expanduser(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v] = py_args(&args, "expanduser", ["path"], 1, 1)?;
    let v = fspath_value(interp, &v.unwrap_or(Value::None))?;
    let p = arg_of(&v);
    if !p.data.starts_with(b"~") {
        return Ok(v);
    }
    let i = p.data[1..]
        .iter()
        .position(|&b| b == b'/')
        .map_or(p.data.len(), |i| i + 1);
    // `~user` needs the password database, which minipy does not read.
    if i != 1 {
        return Ok(v);
    }
    let Some(home) = environ_get(interp, "HOME")? else {
        return Ok(v);
    };
    let home = arg_of(&home).data;
    let end = home.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
    let mut out = home[..end].to_vec();
    out.extend_from_slice(&p.data[i..]);
    if out.is_empty() {
        out.push(b'/');
    }
    Ok(p.make(out))
}

/// The `$name` or `${name}` at `i` (`\$(\w+|\{[^}]*\})`, ASCII): the name's span and
/// the match's end.
fn var_at(p: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let rest = &p[i + 1..];
    let n = rest.iter().take_while(|b| word(b)).count();
    if n > 0 {
        return Some((i + 1, i + 1 + n, i + 1 + n));
    }
    if rest.first() == Some(&b'{') {
        let close = rest.iter().position(|&b| b == b'}')?;
        return Some((i + 2, i + 1 + close, i + 2 + close));
    }
    None
}

fn expandvars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [v] = py_args(&args, "expandvars", ["path"], 1, 1)?;
    let v = fspath_value(interp, &v.unwrap_or(Value::None))?;
    let p = arg_of(&v);
    if !p.data.contains(&b'$') {
        return Ok(v);
    }
    let mut path = p.data.clone();
    let mut i = 0;
    while i < path.len() {
        if path[i] != b'$' {
            i += 1;
            continue;
        }
        let Some((start, end, j)) = var_at(&path, i) else {
            i += 1;
            continue;
        };
        let name = String::from_utf8_lossy(&path[start..end]).into_owned();
        match environ_get(interp, &name)? {
            None => i = j,
            Some(value) => {
                let value = arg_of(&value).data;
                let tail = path[j..].to_vec();
                path.truncate(i);
                path.extend_from_slice(&value);
                i = path.len();
                path.extend_from_slice(&tail);
            }
        }
    }
    Ok(p.make(path))
}

fn commonprefix(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [m] = py_args(&args, "commonprefix", ["m"], 1, 1)?;
    let m = m.unwrap_or(Value::None);
    if !interp.truthy(&m)? {
        return Ok(Value::str(""));
    }
    let mut items = interp.collect(&m)?;
    let first_is_seq = matches!(items.first(), Some(Value::List(_)) | Some(Value::Tuple(_)));
    if !first_is_seq {
        for item in items.iter_mut() {
            *item = fspath_value(interp, item)?;
        }
        let args: Vec<PathArg> = items.iter().map(arg_of).collect();
        let same_type = args.iter().all(|a| a.is_bytes == args[0].is_bytes);
        if same_type {
            let Some(s1) = args.iter().map(|a| &a.data).min() else {
                return Ok(Value::str(""));
            };
            let s2 = args.iter().map(|a| &a.data).max().unwrap_or(s1);
            let mut n = s1.iter().zip(s2.iter()).take_while(|(a, b)| a == b).count();
            // A str prefix ends on a character boundary.
            while !args[0].is_bytes && n > 0 && n < s1.len() && (s1[n] & 0xC0) == 0x80 {
                n -= 1;
            }
            return Ok(args[0].make(s1[..n].to_vec()));
        }
    }
    // Lists of components, or mixed types: Python's comparisons decide.
    let mut s1 = items[0].clone();
    let mut s2 = items[0].clone();
    for item in &items[1..] {
        let lt = interp.compare(CmpOp::Lt, item, &s1)?;
        if interp.truthy(&lt)? {
            s1 = item.clone();
        }
        let gt = interp.compare(CmpOp::Gt, item, &s2)?;
        if interp.truthy(&gt)? {
            s2 = item.clone();
        }
    }
    let parts = interp.collect(&s1)?;
    for (i, c) in parts.iter().enumerate() {
        let other = interp.get_item(&s2, &Value::Int(i as i64))?;
        if !interp.eq(c, &other)? {
            let slice = SliceValue {
                start: Value::None,
                stop: Value::Int(i as i64),
                step: Value::None,
            };
            let key = Value::Slice(crate::object::alloc::alloc(slice));
            return interp.get_item(&s1, &key);
        }
    }
    Ok(s1)
}

fn commonpath(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [paths] = py_args(&args, "commonpath", ["paths"], 1, 1)?;
    let paths = paths.unwrap_or(Value::None);
    if !interp.truthy(&paths)? {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let mut values = Vec::new();
    for v in interp.collect(&paths)? {
        values.push(fspath_value(interp, &v)?);
    }
    let Some(first) = values.first() else {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    };
    let first = arg_of(first);
    let args: Vec<PathArg> = values.iter().map(arg_of).collect();
    if args.iter().any(|a| a.is_bytes != first.is_bytes) {
        return Err(check_arg_types("commonpath", &values).unwrap_or_else(|| {
            PyErr::type_error("Can't mix strings and bytes in path components")
        }));
    }
    let absolute = first.data.starts_with(b"/");
    if args.iter().any(|a| a.data.starts_with(b"/") != absolute) {
        return Err(PyErr::value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&[u8]>> = args
        .iter()
        .map(|a| {
            a.data
                .split(|&b| b == b'/')
                .filter(|c| !c.is_empty() && *c != b".")
                .collect()
        })
        .collect();
    let s1 = split.iter().min().cloned().unwrap_or_default();
    let s2 = split.iter().max().cloned().unwrap_or_default();
    let n = s1.iter().zip(&s2).take_while(|(a, b)| a == b).count();
    let mut out = if absolute { b"/".to_vec() } else { Vec::new() };
    out.extend_from_slice(&s1[..n].join(&b'/'));
    Ok(first.make(out))
}

/// The module's constants and pure functions; `files.rs` adds the rest.
pub(crate) fn members() -> Vec<(&'static str, Value)> {
    let mut members: Vec<(&'static str, Value)> = vec![
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("extsep", Value::str(".")),
        ("sep", Value::str("/")),
        ("pathsep", Value::str(":")),
        ("defpath", Value::str("/bin:/usr/bin")),
        ("altsep", Value::None),
        ("devnull", Value::str("/dev/null")),
        ("supports_unicode_filenames", Value::Bool(BoolWord::FALSE)),
    ];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("isabs", isabs),
        ("normcase", normcase),
        ("join", join),
        ("split", split),
        ("splitext", splitext),
        ("splitdrive", splitdrive),
        ("basename", basename),
        ("dirname", dirname),
        ("normpath", normpath),
        ("expanduser", expanduser),
        ("expandvars", expandvars),
        ("commonprefix", commonprefix),
        ("commonpath", commonpath),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    members
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normpath_follows_posixpath() {
        let n = |p: &str| String::from_utf8(normpath_bytes(p.as_bytes())).unwrap_or_default();
        assert_eq!(n(""), ".");
        assert_eq!(n("//a/../b"), "//b");
        assert_eq!(n("///a/./b/"), "/a/b");
        assert_eq!(n("../a/../.."), "../..");
        assert_eq!(n("/.."), "/");
    }
}
