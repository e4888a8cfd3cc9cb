//! `re`: CPython 3.11's regular expressions, native. The pattern is parsed
//! (`parse.rs`, CPython's messages and positions), compiled to a small program
//! (`compile.rs`) and run by a backtracking matcher with an explicit stack
//! (`engine.rs`) over code points or bytes (`subject.rs`); `pattern.rs` and
//! `matchobj.rs` are the `Pattern` and `Match` types, `scan.rs` the functions that
//! find many matches (findall, finditer, split, sub), `template.rs` replacement
//! templates, `flags.rs` the flags and `RegexFlag`.

mod chars;
mod compile;
mod engine;
mod escapes;
pub(crate) mod flags;
mod inline_flags;
mod matchobj;
mod node;
mod parse;
mod pattern;
mod scan;
mod subject;
mod template;

use std::rc::Rc;

use indexmap::IndexMap;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl};
use crate::object::intern::sym;
use crate::object::value::Value;
use parse::Fail;

/// The most compiled patterns the module keeps (`re._MAXCACHE`).
const MAXCACHE: usize = 512;

/// The module's classes.
#[derive(Clone)]
pub(crate) struct Classes {
    pub pattern: Rc<Class>,
    pub matchobj: Rc<Class>,
    pub iterator: Rc<Class>,
    pub flag: Rc<Class>,
    pub error: Rc<Class>,
}

/// What `re` keeps per interpreter: its classes and the compiled-pattern cache, keyed
/// by (is str, pattern text, flags).
#[derive(Default)]
pub(crate) struct State {
    classes: Option<Classes>,
    cache: IndexMap<(bool, Rc<str>, Vec<u8>, i64), Value>,
    /// The last non-ASCII str or bytes searched, decoded.
    last_subject: Option<(Value, Rc<subject::Subject>)>,
    /// The matcher's buffers between searches.
    scratch: engine::Scratch,
}

pub(crate) fn classes(interp: &mut Interp) -> PyResult<Classes> {
    if let Some(c) = &interp.modules.state.re.classes {
        return Ok(c.clone());
    }
    let exception = Value::Class(interp.exc_class(ExcKind::Exception));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("re"));
    let init = BuiltinFunction {
        name: "__init__",
        owner: None,
        imp: BuiltinImpl::Method(error_init),
        module: None,
    };
    ns.insert(
        sym::__init__,
        Value::Builtin(crate::object::alloc::alloc(init)),
    );
    let error =
        match crate::types::object::new_class(interp, None, "error", "error", vec![exception], ns)?
        {
            Value::Class(c) => c,
            _ => return Err(PyErr::type_error("re: cannot make re.error")),
        };
    let c = Classes {
        pattern: pattern::make_class(interp)?,
        matchobj: matchobj::make_class(interp)?,
        iterator: scan::make_iterator_class(interp)?,
        flag: flags::make_class(interp)?,
        error,
    };
    interp.modules.state.re.classes = Some(c.clone());
    Ok(c)
}

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let c = classes(interp)?;
    let mut members: Vec<(&str, Value)> = vec![
        ("compile", Interp::module_fn("compile", compile)),
        ("match", Interp::module_fn("match", module_match)),
        ("search", Interp::module_fn("search", module_search)),
        (
            "fullmatch",
            Interp::module_fn("fullmatch", module_fullmatch),
        ),
        ("findall", Interp::module_fn("findall", module_findall)),
        ("finditer", Interp::module_fn("finditer", module_finditer)),
        ("sub", Interp::module_fn("sub", module_sub)),
        ("subn", Interp::module_fn("subn", module_subn)),
        ("split", Interp::module_fn("split", module_split)),
        ("escape", Interp::module_fn("escape", escape)),
        ("purge", Interp::module_fn("purge", purge)),
        ("error", Value::Class(c.error.clone())),
        ("Pattern", Value::Class(c.pattern.clone())),
        ("Match", Value::Class(c.matchobj.clone())),
        ("RegexFlag", Value::Class(c.flag.clone())),
        ("NOFLAG", flags::flag(&c.flag, 0)),
        ("_MAXCACHE", Value::Int(MAXCACHE as i64)),
    ];
    for &(name, short, bit) in flags::MEMBERS {
        let v = flags::flag(&c.flag, i64::from(bit));
        members.push((name, v.clone()));
        if !short.is_empty() {
            members.push((short, v));
        }
    }
    Ok(interp.make_module("re", members))
}

/// `re.error(msg, pattern=None, pos=None)`.
fn error_init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [msg, pattern, pos] = args.parse("error", ["msg", "pattern", "pos"], 1)?;
    let msg = msg.unwrap_or(Value::None);
    let pattern = pattern.unwrap_or(Value::None);
    let pos = pos.unwrap_or(Value::None);
    let Value::Instance(inst) = this else {
        return Ok(Value::None);
    };
    let mut full = msg.clone();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let (false, Value::Int(p)) = (pattern.is_none(), &pos) {
        let text = interp.str(&msg)?;
        let (line, col, multi) = line_col(&pattern, *p);
        let mut s = format!("{text} at position {p}");
        if multi {
            s = format!("{s} (line {line}, column {col})");
        }
        full = Value::str(s);
        lineno = Value::Int(line);
        colno = Value::Int(col);
    }
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = vec![full];
    }
    for (name, v) in [
        ("msg", msg),
        ("pattern", pattern),
        ("pos", pos),
        ("lineno", lineno),
        ("colno", colno),
    ] {
        let key = interp.intern(name);
        inst.dict.borrow_mut().insert(key, v);
    }
    Ok(Value::None)
}

/// Line and column of `pos` in a str or bytes pattern, and whether it has a newline.
fn line_col(pattern: &Value, pos: i64) -> (i64, i64, bool) {
    let units: Vec<u32> = match pattern.unwrap_native() {
        Value::Str(s) => s.as_str().chars().map(|c| c as u32).collect(),
        other => other.bytes_copy().into_iter().map(u32::from).collect(),
    };
    let p = (pos.max(0) as usize).min(units.len());
    let nl = '\n' as u32;
    let line = units[..p].iter().filter(|&&c| c == nl).count() as i64 + 1;
    let last = units[..p].iter().rposition(|&c| c == nl);
    let col = match last {
        Some(i) => p as i64 - i as i64,
        None => p as i64 + 1,
    };
    (line, col, units.contains(&nl))
}

/// A `re.error` for a pattern that failed to parse.
pub(crate) fn fail_to_err(interp: &mut Interp, f: Fail, pattern: &Value) -> PyErr {
    match f {
        Fail::Re(msg, pos) => {
            let cls = match classes(interp) {
                Ok(c) => Value::Class(c.error),
                Err(e) => return e,
            };
            let args = match pos {
                Some(p) => vec![Value::str(msg), pattern.clone(), Value::Int(p as i64)],
                None => vec![Value::str(msg)],
            };
            match interp.call(&cls, args, vec![]) {
                Ok(Value::Instance(i)) => PyErr::object(i),
                Ok(_) => PyErr::type_error("re.error"),
                Err(e) => e,
            }
        }
        Fail::Overflow(m) => PyErr::overflow_error(m),
        Fail::Value(m) => PyErr::value_error(m),
        Fail::Recursion => PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"),
    }
}

/// The int value of a flags argument (a RegexFlag or an int).
fn flags_value(flags: &Option<Value>) -> PyResult<i64> {
    match flags.as_ref().map(|v| v.unwrap_native()) {
        None => Ok(0),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(i64::from(b.get())),
        Some(other) => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'int'",
            other.type_name()
        ))),
    }
}

/// `re._compile`: a cached Pattern for a str/bytes pattern, or the Pattern given.
pub(crate) fn compile_cached(
    interp: &mut Interp,
    pattern: &Value,
    flags: &Option<Value>,
) -> PyResult<Value> {
    let f = flags_value(flags)?;
    if pattern::compiled_of(pattern).is_some() {
        if f != 0 {
            return Err(PyErr::value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern.clone());
    }
    let key = match pattern {
        Value::Str(s) => (true, Rc::from(s.as_str()), Vec::new(), f),
        Value::Bytes(b) => (false, Rc::from(""), b.to_vec(), f),
        _ => return pattern::compile_pattern(interp, pattern, f),
    };
    if let Some(p) = interp.modules.state.re.cache.get(&key) {
        return Ok(p.clone());
    }
    let p = pattern::compile_pattern(interp, pattern, f)?;
    let cache = &mut interp.modules.state.re.cache;
    if cache.len() >= MAXCACHE {
        cache.shift_remove_index(0);
    }
    cache.insert(key, p.clone());
    Ok(p)
}

fn compile(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, f] = args.parse("compile", ["pattern", "flags"], 1)?;
    compile_cached(interp, &p.unwrap_or(Value::None), &f)
}

/// The compiled pattern of a module function's `pattern` and `flags` arguments.
fn with_pattern(interp: &mut Interp, p: Option<Value>, f: &Option<Value>) -> PyResult<Value> {
    compile_cached(interp, &p.unwrap_or(Value::None), f)
}

fn call_method(
    interp: &mut Interp,
    pat: &Value,
    m: crate::object::function::MethodImpl,
    pos: Vec<Value>,
) -> PyResult<Value> {
    m(interp, pat, Args::positional(&pos))
}

fn module_match(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, f] = args.parse("match", ["pattern", "string", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    call_method(
        interp,
        &pat,
        pattern::match_,
        vec![s.unwrap_or(Value::None)],
    )
}

fn module_search(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, f] = args.parse("search", ["pattern", "string", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    call_method(
        interp,
        &pat,
        pattern::search,
        vec![s.unwrap_or(Value::None)],
    )
}

fn module_fullmatch(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, f] = args.parse("fullmatch", ["pattern", "string", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    call_method(
        interp,
        &pat,
        pattern::fullmatch,
        vec![s.unwrap_or(Value::None)],
    )
}

fn module_findall(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, f] = args.parse("findall", ["pattern", "string", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    call_method(interp, &pat, scan::findall, vec![s.unwrap_or(Value::None)])
}

fn module_finditer(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, f] = args.parse("finditer", ["pattern", "string", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    call_method(interp, &pat, scan::finditer, vec![s.unwrap_or(Value::None)])
}

fn module_split(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, s, m, f] = args.parse("split", ["pattern", "string", "maxsplit", "flags"], 2)?;
    let pat = with_pattern(interp, p, &f)?;
    let pos = vec![s.unwrap_or(Value::None), m.unwrap_or(Value::Int(0))];
    call_method(interp, &pat, scan::split, pos)
}

fn module_sub(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, r, s, c, f] = args.parse("sub", ["pattern", "repl", "string", "count", "flags"], 3)?;
    let pat = with_pattern(interp, p, &f)?;
    let pos = vec![
        r.unwrap_or(Value::None),
        s.unwrap_or(Value::None),
        c.unwrap_or(Value::Int(0)),
    ];
    call_method(interp, &pat, scan::sub, pos)
}

fn module_subn(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [p, r, s, c, f] = args.parse("subn", ["pattern", "repl", "string", "count", "flags"], 3)?;
    let pat = with_pattern(interp, p, &f)?;
    let pos = vec![
        r.unwrap_or(Value::None),
        s.unwrap_or(Value::None),
        c.unwrap_or(Value::Int(0)),
    ];
    call_method(interp, &pat, scan::subn, pos)
}

/// `re.escape(pattern)`: a backslash before each special character.
fn escape(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [p] = args.parse("escape", ["pattern"], 1)?;
    let p = p.unwrap_or(Value::None);
    let special = |c: u32| c < 128 && b"()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(&(c as u8));
    if let Value::Str(s) = p.unwrap_native() {
        let mut out = String::with_capacity(s.as_str().len());
        for c in s.as_str().chars() {
            if special(c as u32) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(Value::str(out));
    }
    if let Some(b) = p.byte_buffer() {
        let mut out = Vec::with_capacity(b.len());
        for &c in b.borrow().iter() {
            if special(u32::from(c)) {
                out.push(b'\\');
            }
            out.push(c);
        }
        return Ok(Value::bytes(out));
    }
    Err(PyErr::type_error(format!(
        "decoding to str: need a bytes-like object, {} found",
        p.type_name()
    )))
}

fn purge(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("purge", 0, 0)?;
    interp.modules.state.re.cache.clear();
    interp.modules.state.re.last_subject = None;
    Ok(Value::None)
}

/// A new instance of a module class carrying `state`.
pub(crate) fn new_object<T: 'static>(cls: &Rc<Class>, state: T) -> Value {
    let inst = Instance::new(cls.clone());
    inst.set_state(Rc::new(state));
    Value::Instance(crate::object::alloc::alloc(inst))
}

/// A class of the module, its methods checking their receiver themselves.
pub(crate) fn module_class(
    interp: &mut Interp,
    name: &str,
    methods: &[(&'static str, crate::object::function::MethodImpl)],
    getters: &[(&'static str, crate::object::function::FuncImpl)],
) -> PyResult<Rc<Class>> {
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("re"));
    for &(method, imp) in methods {
        let key = interp.intern(method);
        let f = BuiltinFunction {
            name: method,
            owner: None,
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        ns.insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
    }
    let class = match crate::types::object::new_class(interp, None, name, name, vec![], ns)? {
        Value::Class(c) => c,
        _ => return Err(PyErr::type_error("re: cannot make a class")),
    };
    crate::stdlib::add_getters(interp, &class, getters);
    Ok(class)
}
