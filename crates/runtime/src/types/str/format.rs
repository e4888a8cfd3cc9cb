//! `str.format`, `format_map` and `%`-formatting of str.

use super::*;
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;

pub(super) fn format_map(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("format_map", 1, 1)?;
    let chars: Vec<char> = s(this).chars().collect();
    let mut auto = AutoNumber::default();
    build(interp, &chars, &Source::Map(&a[0]), &mut auto, 2).map(Value::str)
}

// ----- str.format (CPython's Objects/stringlib/unicode_format.h) -----

pub(super) fn format(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let chars: Vec<char> = s(this).chars().collect();
    let mut auto = AutoNumber::default();
    build(interp, &chars, &Source::Call(args), &mut auto, 2).map(Value::str)
}

/// Where field values come from: `format`'s arguments or `format_map`'s mapping.
enum Source<'a> {
    Call(Args<'a>),
    Map(&'a Value),
}

#[derive(Default, PartialEq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering (`{}`) and whether manual numbering (`{0}`) was seen.
#[derive(Default)]
struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// One parsed replacement field: its name, conversion and (unexpanded) spec.
struct Field<'t> {
    name: &'t [char],
    conversion: Option<char>,
    spec: &'t [char],
    spec_needs_expanding: bool,
}

/// `build_string`: renders `text`; `depth` is how many more levels of fields nested in
/// format specs may follow (CPython allows two in all).
fn build(
    interp: &mut Interp,
    text: &[char],
    src: &Source,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut pos = 0;
    while pos < text.len() {
        // MarkupIterator_next: literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < text.len() {
            c = text[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= text.len();
        let mut len = pos - start;
        if c == '}' && markup && (at_end || text[pos] != '}') {
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && markup && c == '{' {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end && markup {
            if text[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&text[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(text, &mut pos)?;
        out.push_str(&output_markup(interp, &field, src, auto, depth)?);
    }
    Ok(out)
}

/// `parse_field`: the field after a '{', up to and including its '}'.
fn parse_field<'t>(text: &'t [char], pos: &mut usize) -> PyResult<Field<'t>> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < text.len() {
        c = text[*pos];
        *pos += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < text.len() && text[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = &text[name_start..(*pos).saturating_sub(1).max(name_start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= text.len() {
                return Err(PyErr::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(text[*pos]);
            *pos += 1;
            if *pos < text.len() {
                let c = text[*pos];
                *pos += 1;
                if c == '}' {
                    return Ok(field);
                }
                if c != ':' {
                    return Err(PyErr::value_error(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < text.len() {
            let c = text[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = &text[spec_start..*pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(PyErr::value_error("unmatched '{' in format spec"));
    }
    if c != '}' || *pos > text.len() {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// `output_markup`: looks the field's object up, converts it and formats it.
fn output_markup(
    interp: &mut Interp,
    field: &Field,
    src: &Source,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    let mut v = field_object(interp, field.name, src, auto)?;
    if let Some(conv) = field.conversion {
        v = match conv {
            'r' => Value::str(interp.repr(&v)?),
            's' => Value::str(interp.str(&v)?),
            'a' => Value::str(crate::types::str::ascii(&interp.repr(&v)?)),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {c}"
                )))
            }
            c => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )))
            }
        };
    }
    let spec = if field.spec_needs_expanding {
        build(interp, field.spec, src, auto, depth - 1)?
    } else {
        field.spec.iter().collect()
    };
    interp.format(&v, &spec)
}

/// `get_integer`: a run of decimal digits as an index, `None` when it is not one.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => {
                return Err(PyErr::value_error(
                    "Too many decimal digits in format string",
                ))
            }
        };
    }
    Ok(Some(acc))
}

/// The value of a decimal digit of any script (their zeros start runs of ten).
fn decimal_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    if !case::is_decimal_digit(c) {
        return None;
    }
    let n = c as u32;
    let mut k = 0;
    while k < 9 && char::from_u32(n - k - 1).is_some_and(case::is_decimal_digit) {
        k += 1;
    }
    Some(k)
}

/// `get_field_object`: the first part of the name picks an argument (or a mapping
/// key); then `.attr` and `[key]` parts follow, parsed only as they are used.
fn field_object(
    interp: &mut Interp,
    name: &[char],
    src: &Source,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state != AutoState::Manual && !empty {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut v = match (index, src) {
        (None, src) => {
            let key: String = first.iter().collect();
            match src {
                Source::Call(args) => args
                    .kw
                    .iter()
                    .find(|(k, _)| **k == *key)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| messages::key_error(Value::str(key)))?,
                Source::Map(m) => interp.get_item(m, &Value::str(key))?,
            }
        }
        (Some(_), Source::Map(_)) => {
            return Err(PyErr::value_error(
                "Format string contains positional fields",
            ))
        }
        (Some(i), Source::Call(args)) => args.pos.get(i).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?,
    };
    // FieldNameIterator_next over the rest.
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        let part_start = pos;
        match c {
            '.' => {
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                let part = &name[part_start..pos];
                if part.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let attr: String = part.iter().collect();
                v = interp.get_attr_str(&v, &attr)?;
            }
            '[' => {
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                }
                let part = &name[part_start..pos];
                pos += 1;
                let index = get_integer(part)?;
                if part.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let key = match index {
                    Some(i) => Value::Int(i as i64),
                    None => Value::str(part.iter().collect::<String>()),
                };
                v = interp.get_item(&v, &key)?;
            }
            _ => {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(v)
}

// ----- %-formatting -----

/// `text % args` for str.
pub fn percent_format(interp: &mut Interp, text: &Value, args: &Value) -> PyResult<Value> {
    let out = interp.percent_format(s(text).as_bytes(), args, false)?;
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Value::str(text))
}
