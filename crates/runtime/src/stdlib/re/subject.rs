//! The string a pattern runs over: a str (its bytes when ASCII, else its code points)
//! or a bytes-like object (its bytes), with slicing back into values.

use std::rc::Rc;

use super::compile::Prog;
use super::engine::{Matcher, Unit, UNSET};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::{PyStr, Value};

pub(crate) enum Subject {
    Ascii(Rc<PyStr>),
    Wide(Rc<[char]>),
    Bytes(Rc<[u8]>),
}

/// What a search found: the group slots and the last group closed.
pub(crate) struct Found {
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Match,
    FullMatch,
    Search,
}

/// The subject for `string`, checked against the pattern's type. A non-ASCII str or a
/// bytes object is decoded once and kept while it is searched again (a lexer's
/// `pattern.match(text, pos)` loop), so each call costs no copy of the text.
pub(crate) fn subject_of(
    interp: &mut Interp,
    string: &Value,
    pattern_is_str: bool,
) -> PyResult<Rc<Subject>> {
    let cacheable = match string {
        Value::Str(s) => !s.is_ascii(),
        Value::Bytes(_) => true,
        _ => false,
    };
    if !cacheable {
        return Ok(Rc::new(Subject::of(string, pattern_is_str)?));
    }
    if let Some((v, subj)) = &interp.modules.state.re.last_subject {
        if v.is(string) && subj.is_str() == pattern_is_str {
            return Ok(subj.clone());
        }
    }
    let subj = Rc::new(Subject::of(string, pattern_is_str)?);
    interp.modules.state.re.last_subject = Some((string.clone(), subj.clone()));
    Ok(subj)
}

impl Subject {
    /// The subject for `string`, checked against the pattern's type.
    pub(crate) fn of(string: &Value, pattern_is_str: bool) -> PyResult<Subject> {
        let s = match string.unwrap_native() {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        };
        if let Some(s) = s {
            if !pattern_is_str {
                return Err(PyErr::type_error(
                    "cannot use a bytes pattern on a string-like object",
                ));
            }
            if s.is_ascii() {
                return Ok(Subject::Ascii(s));
            }
            return Ok(Subject::Wide(s.as_str().chars().collect()));
        }
        if let Some(b) = crate::types::bytes::bytes_like(string) {
            if pattern_is_str {
                return Err(PyErr::type_error(
                    "cannot use a string pattern on a bytes-like object",
                ));
            }
            return Ok(Subject::Bytes(b.into()));
        }
        Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            string.type_name()
        )))
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Subject::Ascii(s) => s.as_str().len(),
            Subject::Wide(c) => c.len(),
            Subject::Bytes(data) => data.len(),
        }
    }

    pub(crate) fn is_str(&self) -> bool {
        !matches!(self, Subject::Bytes(_))
    }

    /// The value of `self[a:b]`.
    pub(crate) fn slice(&self, a: usize, b: usize) -> Value {
        let b = b.max(a);
        match self {
            Subject::Ascii(s) => Value::str(&s.as_str()[a..b]),
            Subject::Wide(c) => Value::str(c[a..b].iter().collect::<String>()),
            Subject::Bytes(data) => Value::bytes(data[a..b].to_vec()),
        }
    }

    /// The empty string of the subject's type.
    pub(crate) fn empty(&self) -> Value {
        self.slice(0, 0)
    }

    /// Runs `prog` over `self[..endpos]` from `pos`.
    pub(crate) fn find(
        &self,
        interp: &mut Interp,
        prog: &Prog,
        pos: usize,
        endpos: usize,
        op: Op,
        must_advance: bool,
    ) -> PyResult<Option<Found>> {
        if pos > endpos {
            return Ok(None);
        }
        match self {
            Subject::Ascii(s) => run(
                interp,
                prog,
                s.as_str().as_bytes(),
                pos,
                endpos,
                op,
                must_advance,
            ),
            Subject::Wide(c) => run(interp, prog, c, pos, endpos, op, must_advance),
            Subject::Bytes(data) => run(interp, prog, data, pos, endpos, op, must_advance),
        }
    }
}

fn run<T: Unit>(
    interp: &mut Interp,
    prog: &Prog,
    text: &[T],
    pos: usize,
    endpos: usize,
    op: Op,
    must_advance: bool,
) -> PyResult<Option<Found>> {
    let scratch = std::mem::take(&mut interp.modules.state.re.scratch);
    let mut m = Matcher::new(prog, text, endpos, &mut interp.limits, scratch);
    let ok = match op {
        Op::Search => m.search(pos, must_advance),
        Op::Match => m.match_at(pos, false, must_advance),
        Op::FullMatch => m.match_at(pos, true, must_advance),
    };
    let lastindex = m.lastindex();
    let (mut slots, scratch) = m.finish();
    interp.modules.state.re.scratch = scratch;
    if !ok? {
        return Ok(None);
    }
    // A group whose end was never reached did not match.
    for g in 0..slots.len() / 2 {
        if slots[2 * g] == UNSET || slots[2 * g + 1] == UNSET {
            slots[2 * g] = UNSET;
            slots[2 * g + 1] = UNSET;
        }
    }
    Ok(Some(Found { slots, lastindex }))
}

/// Clamps `pos`/`endpos` arguments to the string, as `_sre` does.
pub(crate) fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    (clamp(pos), clamp(endpos))
}
