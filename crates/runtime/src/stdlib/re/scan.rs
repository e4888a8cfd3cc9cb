//! The functions that find many matches: `findall`, `finditer` (and its iterator),
//! `split`, `sub` and `subn`. Each search after an empty match must advance, as in
//! CPython 3.7+ (empty matches adjacent to a previous match count).

use std::cell::RefCell;
use std::rc::Rc;

use super::classes;
use super::engine::UNSET;
use super::matchobj::new_match;
use super::pattern::{this, Compiled};
use super::subject::{subject_of, Found, Op, Subject};
use super::template::{expand_into, parse_template, Out};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::Value;
use crate::types::numbers::index::ssize_arg;

/// The item findall gives for a match.
fn findall_item(pat: &Compiled, subject: &Subject, f: &Found) -> Value {
    let group = |g: usize| {
        let (s, e) = (f.slots[2 * g], f.slots[2 * g + 1]);
        if s == UNSET {
            subject.empty()
        } else {
            subject.slice(s, e)
        }
    };
    match pat.groups {
        0 => group(0),
        1 => group(1),
        n => Value::tuple((1..=n).map(group).collect()),
    }
}

pub(crate) fn findall(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let pat = this(this_v)?;
    let (_, subject, mut pos, endpos) = super::pattern::string_args(interp, "findall", args, &pat)?;
    let mut out = Vec::new();
    let mut must_advance = false;
    while pos <= endpos {
        let Some(f) = subject.find(interp, &pat.prog, pos, endpos, Op::Search, must_advance)?
        else {
            break;
        };
        out.push(findall_item(&pat, &subject, &f));
        let (b, e) = (f.slots[0], f.slots[1]);
        must_advance = b == e;
        pos = e;
    }
    Ok(Value::list(out))
}

/// A `finditer` iterator's place.
struct Scanner {
    pattern: Value,
    pat: Rc<Compiled>,
    string: Value,
    subject: Rc<Subject>,
    /// The `pos` argument (what its matches report) and where the next search starts.
    start: usize,
    pos: usize,
    endpos: usize,
    must_advance: bool,
    done: bool,
}

struct ScanState(RefCell<Scanner>);

pub(crate) fn make_iterator_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    super::module_class(
        interp,
        "callable_iterator",
        &[("__iter__", iter_self), ("__next__", next)],
        &[],
    )
}

pub(crate) fn finditer(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let pat = this(this_v)?;
    let (s, subject, pos, endpos) = super::pattern::string_args(interp, "finditer", args, &pat)?;
    let cls = classes(interp)?.iterator;
    Ok(super::new_object(
        &cls,
        ScanState(RefCell::new(Scanner {
            pattern: this_v.clone(),
            pat,
            string: s,
            subject,
            start: pos,
            pos,
            endpos,
            must_advance: false,
            done: false,
        })),
    ))
}

fn iter_self(_: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    Ok(this_v.clone())
}

fn next(interp: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    let Value::Instance(i) = this_v else {
        return Err(PyErr::type_error("expected a callable_iterator"));
    };
    let Some(st) = i.state::<ScanState>() else {
        return Err(PyErr::type_error("expected a callable_iterator"));
    };
    let (pat, subject, pos, endpos, must_advance, done) = {
        let s = st.0.borrow();
        (
            s.pat.clone(),
            s.subject.clone(),
            s.pos,
            s.endpos,
            s.must_advance,
            s.done,
        )
    };
    if done || pos > endpos {
        return Err(PyErr::new(crate::error::ExcKind::StopIteration, ""));
    }
    let found = subject.find(interp, &pat.prog, pos, endpos, Op::Search, must_advance)?;
    let Some(f) = found else {
        st.0.borrow_mut().done = true;
        return Err(PyErr::new(crate::error::ExcKind::StopIteration, ""));
    };
    let (b, e) = (f.slots[0], f.slots[1]);
    let (pattern, string, start) = {
        let mut s = st.0.borrow_mut();
        s.must_advance = b == e;
        s.pos = e;
        (s.pattern.clone(), s.string.clone(), s.start)
    };
    new_match(interp, &pattern, &pat, string, &subject, start, endpos, f)
}

pub(crate) fn split(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let pat = this(this_v)?;
    let [s, maxsplit] = args.parse("split", ["string", "maxsplit"], 1)?;
    let s = s.unwrap_or(Value::None);
    let subject = subject_of(interp, &s, pat.is_str)?;
    let maxsplit = match maxsplit {
        Some(v) => ssize_arg(interp, &v)?,
        None => 0,
    };
    let len = subject.len();
    let mut out = Vec::new();
    let (mut last, mut pos, mut n) = (0, 0, 0i64);
    let mut must_advance = false;
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = subject.find(interp, &pat.prog, pos, len, Op::Search, must_advance)? else {
            break;
        };
        let (b, e) = (f.slots[0], f.slots[1]);
        out.push(subject.slice(last, b));
        for g in 1..=pat.groups {
            let (gs, ge) = (f.slots[2 * g], f.slots[2 * g + 1]);
            out.push(if gs == UNSET {
                Value::None
            } else {
                subject.slice(gs, ge)
            });
        }
        n += 1;
        last = e;
        must_advance = b == e;
        pos = e;
    }
    out.push(subject.slice(last, len));
    Ok(Value::list(out))
}

fn subx(interp: &mut Interp, this_v: &Value, args: Args, name: &str) -> PyResult<(Value, i64)> {
    let pat = this(this_v)?;
    let [repl, s, count] = args.parse(name, ["repl", "string", "count"], 2)?;
    let repl = repl.unwrap_or(Value::None);
    let s = s.unwrap_or(Value::None);
    let subject = subject_of(interp, &s, pat.is_str)?;
    let count = match count {
        Some(v) => ssize_arg(interp, &v)?,
        None => 0,
    };
    let callable =
        repl.is_callable() && !matches!(repl.unwrap_native(), Value::Str(_) | Value::Bytes(_));
    let is_text = matches!(repl.unwrap_native(), Value::Str(_))
        || crate::types::bytes::bytes_like(&repl).is_some();
    let template = if callable {
        None
    } else if !is_text {
        return Err(match repl.unwrap_native() {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                PyErr::type_error(format!("unhashable type: '{}'", repl.type_name()))
            }
            _ => PyErr::type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                repl.type_name()
            )),
        });
    } else if matches!(repl.unwrap_native(), Value::Str(_)) != pat.is_str {
        // The wrong kind of text fails when it is first joined, as CPython's does.
        Some(Err(repl.type_name().to_string()))
    } else {
        Some(Ok(parse_template(interp, &repl, &pat)?))
    };
    let len = subject.len();
    let mut out = Out::new(pat.is_str);
    let (mut last, mut pos, mut n) = (0, 0, 0i64);
    let mut pieces = 0usize;
    let mut must_advance = false;
    while count == 0 || n < count {
        let Some(f) = subject.find(interp, &pat.prog, pos, len, Op::Search, must_advance)? else {
            break;
        };
        let (b, e) = (f.slots[0], f.slots[1]);
        if b > last {
            out.push_slice(&subject, last, b);
            pieces += 1;
        }
        match &template {
            Some(Ok(t)) => match t.literal() {
                Some(l) => out.push_units(l),
                None => expand_into(t, &subject, &f.slots, &mut out),
            },
            Some(Err(found)) => {
                let want = if pat.is_str {
                    "str instance"
                } else {
                    "a bytes-like object"
                };
                return Err(PyErr::type_error(format!(
                    "sequence item {pieces}: expected {want}, {found} found"
                )));
            }
            None => {
                let m = new_match(interp, this_v, &pat, s.clone(), &subject, 0, len, f)?;
                let r = interp.call(&repl, vec![m], vec![])?;
                if !r.is_none() {
                    out.push_value(&r, pieces)?;
                    pieces += 1;
                }
            }
        }
        n += 1;
        last = e;
        must_advance = b == e;
        pos = e;
        crate::types::sequence::charge_items(interp, 1)?;
    }
    if n == 0 && matches!(s, Value::Str(_) | Value::Bytes(_)) {
        return Ok((s, 0));
    }
    out.push_slice(&subject, last, len);
    Ok((out.into_value(), n))
}

pub(crate) fn sub(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    Ok(subx(interp, this_v, args, "sub")?.0)
}

pub(crate) fn subn(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let (v, n) = subx(interp, this_v, args, "subn")?;
    Ok(Value::tuple(vec![v, Value::Int(n)]))
}
