//! str's predicates (`isdigit`, `isalpha`, `isidentifier`, ...) and case mapping.

use super::*;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;

pub(super) fn map_text(
    this: &Value,
    args: Args,
    name: &str,
    f: impl Fn(&str) -> String,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(Value::str(f(s(this))))
}

pub(super) fn upper(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "upper", str::to_uppercase)
}

pub(super) fn lower(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "lower", str::to_lowercase)
}

pub(super) fn casefold(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "casefold", fold_case)
}

/// Full Unicode case folding: lowercase, except where the folding table says otherwise
/// ("ß" folds to "ss", "ς" to "σ").
pub(super) fn fold_case(t: &str) -> String {
    use crate::types::str::casefold_table::CASEFOLD;
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match CASEFOLD.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => out.push_str(CASEFOLD[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub(super) fn title_case(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}

pub(super) fn title(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "title", title_case)
}

pub(super) fn capitalize(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "capitalize", |t| {
        let mut cs = t.chars();
        match cs.next() {
            Some(c) => c
                .to_uppercase()
                .chain(cs.flat_map(char::to_lowercase))
                .collect(),
            None => String::new(),
        }
    })
}

pub(super) fn swapcase(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    map_text(this, args, "swapcase", |t| {
        t.chars()
            .flat_map(|c| -> Vec<char> {
                if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect()
                } else {
                    vec![c]
                }
            })
            .collect()
    })
}

pub(super) fn pad_args(interp: &mut Interp, args: Args, name: &str) -> PyResult<(usize, char)> {
    let a = args.range(name, 1, 2)?;
    let width = crate::types::numbers::index::ssize_arg(interp, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    interp
        .limits
        .check_alloc(width.saturating_mul(fill.len_utf8()))?;
    crate::types::sequence::charge_bytes(interp, width.saturating_mul(fill.len_utf8()))?;
    Ok((width, fill))
}

pub(super) fn center(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "center")?;
    let t = s(this);
    let len = t.chars().count();
    if width <= len {
        return Ok(this.clone());
    }
    let total = width - len;
    let left = total / 2 + (total & width & 1);
    let f = |n| fill.to_string().repeat(n);
    Ok(Value::str(format!("{}{t}{}", f(left), f(total - left))))
}

pub(super) fn ljust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "ljust")?;
    let t = s(this);
    let len = t.chars().count();
    Ok(Value::str(format!(
        "{t}{}",
        fill.to_string().repeat(width.saturating_sub(len))
    )))
}

pub(super) fn rjust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "rjust")?;
    let t = s(this);
    let len = t.chars().count();
    Ok(Value::str(format!(
        "{}{t}",
        fill.to_string().repeat(width.saturating_sub(len))
    )))
}

pub(super) fn zfill(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("zfill", 1, 1)?;
    let width = crate::types::numbers::index::ssize_arg(interp, &a[0])?.max(0) as usize;
    interp.limits.check_alloc(width)?;
    crate::types::sequence::charge_bytes(interp, width.max(s(this).len()))?;
    let t = s(this);
    let len = t.chars().count();
    if width <= len {
        return Ok(this.clone());
    }
    let zeros = "0".repeat(width - len);
    Ok(Value::str(match t.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &t[..1]),
        None => format!("{zeros}{t}"),
    }))
}

pub(super) fn predicate(
    this: &Value,
    args: Args,
    name: &str,
    f: impl Fn(&str) -> bool,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(Value::from_bool(f(s(this))))
}

pub(super) fn isdigit(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isdigit", |t| {
        !t.is_empty() && t.chars().all(|c| is_decimal_digit(c) || is_other_digit(c))
    })
}

pub(super) fn isdecimal(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isdecimal", |t| {
        !t.is_empty() && t.chars().all(is_decimal_digit)
    })
}

/// Digits that are not decimal digits: superscripts, subscripts, circled digits.
pub(super) fn is_other_digit(c: char) -> bool {
    matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}

/// Decimal digits of any script (Unicode category Nd), approximated without a Unicode
/// database: numeric characters outside the fraction, Roman-numeral and CJK-numeral blocks.
pub(crate) fn is_decimal_digit(c: char) -> bool {
    let n = c as u32;
    c.is_ascii_digit()
        || (n > 0x7f
            && c.is_numeric()
            && !(0xb2..=0xbe).contains(&n)
            && !(0x2070..=0x218f).contains(&n)
            && !(0x2460..=0x24ff).contains(&n)
            && !(0x2e80..=0x9fff).contains(&n)
            && !(0xf900..=0xfaff).contains(&n))
}

pub(super) fn isnumeric(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isnumeric", |t| {
        !t.is_empty() && t.chars().all(char::is_numeric)
    })
}

pub(super) fn isalpha(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isalpha", |t| {
        !t.is_empty() && t.chars().all(char::is_alphabetic)
    })
}

pub(super) fn isalnum(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isalnum", |t| {
        !t.is_empty() && t.chars().all(char::is_alphanumeric)
    })
}

pub(super) fn isspace(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(char::is_whitespace)
    })
}

pub(super) fn islower(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "islower", |t| {
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase)
    })
}

pub(super) fn isupper(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isupper", |t| {
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase)
    })
}

pub(super) fn istitle(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "istitle", |t| {
        t.chars().any(char::is_alphabetic) && title_case(t) == t
    })
}

pub(super) fn isidentifier(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isidentifier", |t| {
        let mut cs = t.chars();
        cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric())
    })
}

pub(super) fn isascii(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isascii", str::is_ascii)
}

pub(super) fn isprintable(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, super::s(this).len())?;
    predicate(this, args, "isprintable", |t| {
        t.chars()
            .all(|c| c == ' ' || crate::types::str::is_printable(c))
    })
}
