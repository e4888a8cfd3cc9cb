//! `str.format`, `format_map` and `%`-formatting of str.

use super::*;
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use std::rc::Rc;

pub(super) fn format_map(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("format_map", 1, 1)?;
    let Some(d) = a[0].as_dict() else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not a mapping",
            a[0].type_name()
        )));
    };
    let kw: Vec<(Rc<str>, Value)> = d
        .borrow()
        .iter()
        .filter_map(|(k, v)| match &k.value {
            Value::Str(s) => Some((Rc::from(s.as_str()), v.clone())),
            _ => None,
        })
        .collect();
    format(interp, this, Args::new(&[], &kw))
}

// ----- str.format -----

pub(super) fn format(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let mut auto = 0usize;
    format_str(interp, s(this), args, &mut auto, 2).map(Value::str)
}

/// `text.format(...)` with the automatic field number so far; `recursion` is how many
/// more levels of fields nested in format specs may follow (CPython allows two).
pub(super) fn format_str(
    interp: &mut Interp,
    text: &str,
    args: Args,
    auto: &mut usize,
    recursion: u32,
) -> PyResult<String> {
    if recursion == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(interp, &field, args, auto, recursion)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

pub(super) fn format_field(
    interp: &mut Interp,
    field: &str,
    args: Args,
    auto: &mut usize,
    recursion: u32,
) -> PyResult<String> {
    let (name_conv, spec) = match field.find(':') {
        Some(p) => (&field[..p], &field[p + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
        None => (name_conv, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let key = &name[..first_end];
    let mut v = if key.is_empty() {
        let v = args.pos.get(*auto).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                *auto
            ))
        })?;
        *auto += 1;
        v
    } else if let Ok(n) = key.parse::<usize>() {
        args.pos.get(n).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else {
        args.kw
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| messages::key_error(Value::str(key)))?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = interp.get_attr_str(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let k = &r[..end];
            let key = k
                .parse::<i64>()
                .map(Value::Int)
                .unwrap_or_else(|_| Value::str(k));
            v = interp.get_item(&v, &key)?;
            rest = &r[end + 1..];
        } else {
            break;
        }
    }
    let v = match conv {
        Some("r") => Value::str(interp.repr(&v)?),
        Some("s") => Value::str(interp.str(&v)?),
        Some("a") => Value::str(crate::types::str::ascii(&interp.repr(&v)?)),
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown conversion specifier {c}"
            )))
        }
        None => v,
    };
    // Nested fields in the spec: `{:{width}}`.
    let spec = if spec.contains('{') {
        format_str(interp, spec, args, auto, recursion - 1)?
    } else {
        spec.to_string()
    };
    interp.format(&v, &spec)
}

// ----- %-formatting -----

/// `text % args` for str.
pub fn percent_format(interp: &mut Interp, text: &Value, args: &Value) -> PyResult<Value> {
    let out = interp.percent_format(s(text).as_bytes(), args, false)?;
    Ok(Value::str(String::from_utf8_lossy(&out).into_owned()))
}
