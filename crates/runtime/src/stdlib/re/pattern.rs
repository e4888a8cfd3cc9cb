//! `re.Pattern`: a compiled pattern, its attributes, repr, equality, and the single
//! match functions (match, search, fullmatch).

use std::rc::Rc;

use super::compile::{compile, Prog};
use super::flags::pattern_flags_repr;
use super::parse::parse;
use super::subject::{bounds, subject_of, Op, Subject};
use super::{classes, fail_to_err, matchobj};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::{BoolWord, Value};
use crate::types::numbers::index::ssize_arg;

/// A compiled pattern.
pub(crate) struct Compiled {
    pub pattern: Value,
    pub flags: u32,
    pub groups: usize,
    /// Each group's name as a str (None for an unnamed group), index 0 the whole match:
    /// `lastgroup` gives the same object each time, as CPython's does.
    pub name_values: Vec<Value>,
    pub prog: Prog,
    pub is_str: bool,
}

impl Compiled {
    /// The named groups in order, each name with its group's number.
    pub(crate) fn named_groups(&self) -> impl Iterator<Item = (&Value, usize)> {
        self.name_values
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_none())
            .map(|(g, v)| (v, g))
    }

    /// The number of the group called `name`.
    pub(crate) fn group_index(&self, name: &str) -> Option<usize> {
        self.named_groups()
            .find(|(v, _)| matches!(v, Value::Str(s) if s.as_str() == name))
            .map(|(_, g)| g)
    }
}

pub(crate) fn make_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    super::module_class(
        interp,
        "Pattern",
        &[
            ("match", match_),
            ("search", search),
            ("fullmatch", fullmatch),
            ("findall", super::scan::findall),
            ("finditer", super::scan::finditer),
            ("split", super::scan::split),
            ("sub", super::scan::sub),
            ("subn", super::scan::subn),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__hash__", hash),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
        &[
            ("pattern", get_pattern),
            ("flags", get_flags),
            ("groups", get_groups),
            ("groupindex", get_groupindex),
        ],
    )
}

/// The compiled pattern a Pattern object carries.
pub(crate) fn compiled_of(v: &Value) -> Option<Rc<Compiled>> {
    match v {
        Value::Instance(i) => i.state::<Compiled>(),
        _ => None,
    }
}

pub(crate) fn this(v: &Value) -> PyResult<Rc<Compiled>> {
    compiled_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 're.Pattern' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// Compiles a str or bytes pattern (no cache).
pub(crate) fn compile_pattern(interp: &mut Interp, pattern: &Value, flags: i64) -> PyResult<Value> {
    let (units, is_str): (Vec<u32>, bool) = match pattern.unwrap_native() {
        Value::Str(s) => (s.as_str().chars().map(|c| c as u32).collect(), true),
        v => match v.byte_buffer() {
            Some(b) => (b.borrow().iter().map(|&c| u32::from(c)).collect(), false),
            None => {
                return Err(PyErr::type_error(
                    "first argument must be string or compiled pattern",
                ))
            }
        },
    };
    crate::types::sequence::charge_items(interp, units.len())?;
    let flags = (flags & 0xffff_ffff) as u32;
    let parsed = match parse(units, is_str, flags) {
        Ok(p) => p,
        Err(f) => return Err(fail_to_err(interp, f, pattern)),
    };
    let prog = compile(&parsed.node, parsed.groups);
    let mut name_values = vec![Value::None; parsed.groups + 1];
    for (name, g) in &parsed.names {
        if let Some(slot) = name_values.get_mut(*g) {
            *slot = Value::str(name);
        }
    }
    let c = Compiled {
        name_values,
        pattern: pattern.clone(),
        flags: parsed.flags,
        groups: parsed.groups,
        prog,
        is_str,
    };
    let cls = classes(interp)?.pattern;
    Ok(super::new_object(&cls, c))
}

/// The `string, pos, endpos` arguments of a Pattern method.
pub(crate) fn string_args(
    interp: &mut Interp,
    name: &str,
    args: Args,
    pat: &Compiled,
) -> PyResult<(Value, Rc<Subject>, usize, usize)> {
    let [s, pos, endpos] = args.parse(name, ["string", "pos", "endpos"], 1)?;
    let s = s.unwrap_or(Value::None);
    let subject = subject_of(interp, &s, pat.is_str)?;
    let pos = match pos {
        Some(v) => ssize_arg(interp, &v)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => ssize_arg(interp, &v)?,
        None => i64::MAX,
    };
    let (p, e) = bounds(subject.len(), pos, endpos);
    Ok((s, subject, p, e))
}

fn one(interp: &mut Interp, this_v: &Value, args: Args, name: &str, op: Op) -> PyResult<Value> {
    let pat = this(this_v)?;
    let (s, subject, pos, endpos) = string_args(interp, name, args, &pat)?;
    match subject.find(interp, &pat.prog, pos, endpos, op, false)? {
        Some(found) => matchobj::new_match(interp, this_v, &pat, s, &subject, pos, endpos, found),
        None => Ok(Value::None),
    }
}

pub(crate) fn match_(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    one(interp, this_v, args, "match", Op::Match)
}

pub(crate) fn search(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    one(interp, this_v, args, "search", Op::Search)
}

pub(crate) fn fullmatch(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    one(interp, this_v, args, "fullmatch", Op::FullMatch)
}

fn repr(interp: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    let pat = this(this_v)?;
    let mut r = interp.repr(&pat.pattern)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let flags = pattern_flags_repr(pat.flags, pat.is_str);
    if flags.is_empty() {
        Ok(Value::str(format!("re.compile({r})")))
    } else {
        Ok(Value::str(format!("re.compile({r}, {flags})")))
    }
}

fn eq(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let [other] = args.parse("__eq__", ["other"], 1)?;
    let (a, Some(b)) = (this(this_v)?, other.as_ref().and_then(compiled_of)) else {
        return Ok(Value::NotImplemented);
    };
    if Rc::ptr_eq(&a, &b) {
        return Ok(Value::Bool(BoolWord::TRUE));
    }
    let same = a.flags == b.flags && a.is_str == b.is_str && interp.eq(&a.pattern, &b.pattern)?;
    Ok(Value::from_bool(same))
}

fn hash(interp: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    let pat = this(this_v)?;
    let h = interp.hash(&pat.pattern)?;
    Ok(Value::Int(h ^ i64::from(pat.flags).wrapping_mul(1_000_003)))
}

fn copy(_: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    Ok(this_v.clone())
}

fn deepcopy(_: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    args.range("__deepcopy__", 1, 1)?;
    Ok(this_v.clone())
}

fn receiver(args: &Args) -> PyResult<Rc<Compiled>> {
    match args.pos.first() {
        Some(v) => this(v),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn get_pattern(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(receiver(&args)?.pattern.clone())
}

fn get_flags(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let _ = interp;
    Ok(Value::Int(i64::from(receiver(&args)?.flags)))
}

fn get_groups(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(receiver(&args)?.groups as i64))
}

fn get_groupindex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let pat = receiver(&args)?;
    let d = Value::dict(crate::types::dict::table::new_dict());
    for (name, g) in pat.named_groups() {
        interp.dict_set(&d, name.clone(), Value::Int(g as i64))?;
    }
    Ok(d)
}
