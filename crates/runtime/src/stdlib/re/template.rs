//! Replacement templates (`\1`, `\g<name>`, escapes) for `sub` and `Match.expand`,
//! parsed as CPython's `parse_template` does, with its messages.

use super::engine::UNSET;
use super::fail_to_err;
use super::matchobj::MatchData;
use super::parse::{py_repr, Fail};
use super::pattern::Compiled;
use super::subject::Subject;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;

pub(crate) enum Piece {
    Lit(Vec<u32>),
    Group(usize),
}

pub(crate) struct Template {
    pub pieces: Vec<Piece>,
}

impl Template {
    /// A template with no group references: its literal text.
    pub(crate) fn literal(&self) -> Option<&[u32]> {
        match self.pieces.as_slice() {
            [] => Some(&[]),
            [Piece::Lit(l)] => Some(l),
            _ => None,
        }
    }
}

/// The output of `sub`: text or bytes being built.
pub(crate) enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    pub(crate) fn new(is_str: bool) -> Out {
        if is_str {
            Out::Str(String::new())
        } else {
            Out::Bytes(Vec::new())
        }
    }

    pub(crate) fn push_units(&mut self, units: &[u32]) {
        match self {
            Out::Str(s) => s.extend(
                units
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            Out::Bytes(b) => b.extend(units.iter().map(|&c| c as u8)),
        }
    }

    /// Appends `subject[a:b]`.
    pub(crate) fn push_slice(&mut self, subject: &Subject, a: usize, b: usize) {
        match (self, subject) {
            (Out::Str(s), Subject::Ascii(t)) => s.push_str(&t.as_str()[a..b]),
            (Out::Str(s), Subject::Wide(t)) => s.extend(t[a..b].iter()),
            (Out::Bytes(o), Subject::Bytes(data)) => o.extend_from_slice(&data[a..b]),
            _ => {}
        }
    }

    /// Appends a str or bytes value (a callable's result, the `item`th piece joined).
    pub(crate) fn push_value(&mut self, v: &Value, item: usize) -> PyResult<()> {
        match self {
            Out::Str(s) => match v.unwrap_native() {
                Value::Str(t) => {
                    s.push_str(t.as_str());
                    Ok(())
                }
                _ => Err(PyErr::type_error(format!(
                    "sequence item {item}: expected str instance, {} found",
                    v.type_name()
                ))),
            },
            Out::Bytes(b) => match crate::types::bytes::bytes_like(v) {
                Some(buf) => {
                    b.extend_from_slice(&buf);
                    Ok(())
                }
                None => Err(PyErr::type_error(format!(
                    "sequence item {item}: expected a bytes-like object, {} found",
                    v.type_name()
                ))),
            },
        }
    }

    pub(crate) fn into_value(self) -> Value {
        match self {
            Out::Str(s) => Value::str(s),
            Out::Bytes(b) => Value::bytes(b),
        }
    }
}

fn template_units(t: &Value, pat: &Compiled) -> PyResult<Vec<u32>> {
    match t.unwrap_native() {
        Value::Str(s) if pat.is_str => Ok(s.as_str().chars().map(|c| c as u32).collect()),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "expected a bytes-like object, {} found",
            t.type_name()
        ))),
        other => match crate::types::bytes::bytes_like(other) {
            Some(b) if !pat.is_str => Ok(b.iter().map(|&c| u32::from(c)).collect()),
            _ => Err(PyErr::type_error(format!(
                "expected str instance, {} found",
                t.type_name()
            ))),
        },
    }
}

pub(crate) fn parse_template(interp: &mut Interp, t: &Value, pat: &Compiled) -> PyResult<Template> {
    let units = template_units(t, pat)?;
    parse_units(&units, pat).map_err(|f| match f {
        Fail::Re(msg, Some(usize::MAX)) => PyErr::index_error(msg),
        f => fail_to_err(interp, f, t),
    })
}

fn is_digit(c: Option<&u32>) -> bool {
    matches!(c, Some(&c) if (0x30..=0x39).contains(&c))
}

fn is_oct(c: Option<&u32>) -> bool {
    matches!(c, Some(&c) if (0x30..=0x37).contains(&c))
}

fn parse_units(u: &[u32], pat: &Compiled) -> Result<Template, Fail> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let err = |msg: String, pos: usize| Fail::Re(msg, Some(pos));
    let text = |a: &[u32]| -> String {
        a.iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect()
    };
    while i < u.len() {
        let c = u[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&d) = u.get(i + 1) else {
            return Err(err("bad escape (end of pattern)".into(), u.len() - 1));
        };
        i += 2;
        let dch = char::from_u32(d).unwrap_or('\u{fffd}');
        let mut group = None;
        match dch {
            'g' => {
                if u.get(i) != Some(&('<' as u32)) {
                    return Err(err("missing <".into(), i));
                }
                i += 1;
                let start = i;
                while i < u.len() && u[i] != '>' as u32 {
                    i += 1;
                }
                if i >= u.len() {
                    if start == i {
                        return Err(err("missing group name".into(), i));
                    }
                    return Err(err("missing >, unterminated name".into(), start));
                }
                if start == i {
                    return Err(err("missing group name".into(), i));
                }
                let name = text(&u[start..i]);
                i += 1;
                let n = name.chars().count();
                let index = if is_ident(&name) {
                    match pat.group_index(&name) {
                        Some(g) => g,
                        None => {
                            return Err(Fail::Re(
                                format!("unknown group name {}", py_repr(&name)),
                                Some(usize::MAX),
                            ))
                        }
                    }
                } else {
                    match name.trim().parse::<u64>() {
                        Ok(g) if !name.starts_with('-') => {
                            if g >= 2_147_483_647 {
                                return Err(err(format!("invalid group reference {g}"), i - n - 1));
                            }
                            g as usize
                        }
                        _ => {
                            return Err(err(
                                format!("bad character in group name {}", py_repr(&name)),
                                i - n - 1,
                            ))
                        }
                    }
                };
                if index > pat.groups {
                    return Err(err(format!("invalid group reference {index}"), i - n - 1));
                }
                group = Some(index);
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && is_oct(u.get(i)) {
                    v = v * 8 + (u[i] - 0x30);
                    i += 1;
                    k += 1;
                }
                lit.push(v & 0xff);
            }
            '1'..='9' => {
                let mut digits = vec![d];
                if is_digit(u.get(i)) {
                    digits.push(u[i]);
                    i += 1;
                    if is_oct(Some(&d)) && is_oct(Some(&digits[1])) && is_oct(u.get(i)) {
                        digits.push(u[i]);
                        i += 1;
                        let v = digits.iter().fold(0, |a, &x| a * 8 + (x - 0x30));
                        if v > 0o377 {
                            return Err(err(
                                format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    text(&digits)
                                ),
                                i - 4,
                            ));
                        }
                        lit.push(v);
                        continue;
                    }
                }
                let index = digits
                    .iter()
                    .fold(0usize, |a, &x| a * 10 + (x - 0x30) as usize);
                if index > pat.groups {
                    return Err(err(
                        format!("invalid group reference {index}"),
                        i - digits.len(),
                    ));
                }
                group = Some(index);
            }
            _ => match dch {
                'a' => lit.push(7),
                'b' => lit.push(8),
                'f' => lit.push(12),
                'n' => lit.push(10),
                'r' => lit.push(13),
                't' => lit.push(9),
                'v' => lit.push(11),
                '\\' => lit.push(92),
                c if c.is_ascii_alphabetic() => {
                    return Err(err(format!("bad escape \\{c}"), i - 2));
                }
                _ => {
                    lit.push('\\' as u32);
                    lit.push(d);
                }
            },
        }
        if let Some(g) = group {
            if !lit.is_empty() {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            pieces.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(Template { pieces })
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Appends the template expanded for the match `slots` over `subject`.
pub(crate) fn expand_into(t: &Template, subject: &Subject, slots: &[usize], out: &mut Out) {
    for p in &t.pieces {
        match p {
            Piece::Lit(l) => out.push_units(l),
            Piece::Group(g) => {
                let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                if s != UNSET && e != UNSET {
                    out.push_slice(subject, s, e);
                }
            }
        }
    }
}

/// `Match.expand(template)`.
pub(crate) fn expand(_: &mut Interp, t: &Template, m: &MatchData) -> PyResult<Value> {
    let mut out = Out::new(m.subject.is_str());
    expand_into(t, &m.subject, &m.slots, &mut out);
    Ok(out.into_value())
}
