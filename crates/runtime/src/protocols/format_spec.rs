//! The format-spec mini-language of `format()`, f-strings and `str.format`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::numbers::float;
use crate::types::numbers::int;

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub no_neg_0: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// CPython's `parse_internal_render_format_spec`: `type_name` names the formatted
/// object's type and `default_kind` is its presentation type when none is given
/// (`'d'` for int, `'s'` for str, none for float).
pub fn parse_for(spec: &str, type_name: &str, default_kind: Option<char>) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if s.fill.is_none() && i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = spec_number(&chars[start..i])?;
    }
    if i < chars.len() && chars[i] == ',' {
        s.grouping = Some(',');
        i += 1;
    }
    if i < chars.len() && chars[i] == '_' {
        if s.grouping.is_some() {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        i += 1;
    }
    if i < chars.len() && chars[i] == ',' && s.grouping == Some('_') {
        return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        s.precision = Some(spec_number(&chars[start..i])?);
    }
    if chars.len() - i > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    s.kind = chars.get(i).copied().or(default_kind);
    if let Some(sep) = s.grouping {
        match s.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(k) => {
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{sep}' with {}.",
                    shown_code(k)
                )))
            }
        }
    }
    Ok(s)
}

/// A presentation type in a message: `'c'`, or `'\x1234'` outside printable ASCII.
fn shown_code(k: char) -> String {
    if (k as u32) > 32 && (k as u32) < 128 {
        format!("'{k}'")
    } else {
        format!("'\\x{:x}'", k as u32)
    }
}

fn unknown_code(k: char, type_name: &str) -> PyErr {
    PyErr::value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        shown_code(k)
    ))
}

/// A width or precision: a Py_ssize_t in CPython.
fn spec_number(digits: &[char]) -> PyResult<usize> {
    digits
        .iter()
        .collect::<String>()
        .parse::<usize>()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))
}

/// Pads `body` (with its sign `prefix`) to the spec's width.
fn pad(s: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{prefix}{body}");
    }
    let fill_n = s.width - len;
    // A leading '0' fills with zeros; numbers then pad after their sign (3.10+).
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{prefix}{body}{}", f(fill_n)),
        '^' => format!("{}{prefix}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{prefix}{}{body}", f(fill_n)),
        _ => format!("{}{prefix}{body}", f(fill_n)),
    }
}

/// Groups `digits`; zero padding is grouped too ("{:08,}" gives "0,001,234"), filling
/// the width left after `taken` characters of sign, prefix and fraction.
fn grouped(s: &Spec, taken: usize, digits: &str, sep: char, every: usize) -> String {
    if !(s.zero && s.fill.is_none() && s.align.is_none()) || digits.is_empty() {
        return group(digits, sep, every);
    }
    let want = s.width.saturating_sub(taken);
    let mut n = digits.len().max(want.saturating_mul(every) / (every + 1));
    while n + (n - 1) / every < want {
        n += 1;
    }
    let padded = format!("{}{digits}", "0".repeat(n - digits.len()));
    group(&padded, sep, every)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_prefix(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_value(interp: &mut Interp, v: &Value, spec_text: &str) -> PyResult<String> {
    let default_kind = match v {
        Value::Str(_) => Some('s'),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some('d'),
        _ => None,
    };
    let tn = v.type_name();
    let s = parse_for(spec_text, tn, default_kind)?;
    let float_kind = matches!(s.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
    let as_float = matches!(v, Value::Float(_))
        || (float_kind && matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)));
    if as_float && s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value_error("precision too big"));
    }
    interp
        .limits
        .check_alloc(s.width.saturating_add(s.precision.unwrap_or(0)))?;
    match v {
        Value::Str(text) => {
            if let Some(k) = s.kind {
                if k != 's' {
                    return Err(unknown_code(k, tn));
                }
            }
            match s.sign {
                Some(' ') => {
                    return Err(PyErr::value_error(
                        "Space not allowed in string format specifier",
                    ))
                }
                Some(_) => {
                    return Err(PyErr::value_error(
                        "Sign not allowed in string format specifier",
                    ))
                }
                None => {}
            }
            if s.no_neg_0 {
                return Err(PyErr::value_error(
                    "Negative zero coercion (z) not allowed in string format specifier",
                ));
            }
            if s.alternate {
                return Err(PyErr::value_error(
                    "Alternate form (#) not allowed in string format specifier",
                ));
            }
            if s.align == Some('=') {
                return Err(PyErr::value_error(
                    "'=' alignment not allowed in string format specifier",
                ));
            }
            let mut body: String = text.as_str().to_string();
            if let Some(p) = s.precision {
                body = body.chars().take(p).collect();
            }
            Ok(pad(&s, "", &body, '<'))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            // Only an empty spec formats a bool as its name; any other is int's.
            if matches!(v, Value::Bool(_)) && spec_text.is_empty() {
                let text = interp.str(v)?;
                return Ok(pad(&s, "", &text, '<'));
            }
            match s.kind {
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    let f = int::num_to_f64(
                        &int::as_number(v).ok_or_else(|| PyErr::type_error("int"))?,
                    )?;
                    format_float(&s, f, tn)
                }
                Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') | None => {
                    format_int(&s, &int::to_bigint(v).unwrap_or_default())
                }
                Some(k) => Err(unknown_code(k, tn)),
            }
        }
        Value::Float(f) => format_float(&s, *f, tn),
        _ => {
            if spec_text.is_empty() {
                return interp.str(v);
            }
            Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                v.type_name()
            )))
        }
    }
}

fn format_int(s: &Spec, n: &BigInt) -> PyResult<String> {
    if s.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let neg = n.is_negative();
    let a = n.abs();
    let (digits, prefix) = match s.kind {
        None | Some('d') | Some('n') => (a.to_str_radix(10), ""),
        Some('x') => (a.to_str_radix(16), "0x"),
        Some('X') => (a.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (a.to_str_radix(8), "0o"),
        Some('b') => (a.to_str_radix(2), "0b"),
        Some('c') => {
            if s.sign.is_some() {
                return Err(PyErr::value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alternate {
                return Err(PyErr::value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = num_traits::ToPrimitive::to_u32(n)
                .and_then(char::from_u32)
                .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(s, "", &c.to_string(), '>'));
        }
        Some(k) => return Err(unknown_code(k, "int")),
    };
    let mut pre = sign_prefix(neg, s.sign).to_string();
    if s.alternate {
        pre.push_str(prefix);
    }
    let digits = match s.grouping {
        Some(sep) => {
            let every = if matches!(s.kind, None | Some('d') | Some('n')) {
                3
            } else {
                4
            };
            grouped(s, pre.chars().count(), &digits, sep, every)
        }
        None => digits,
    };
    Ok(pad(s, &pre, &digits, '>'))
}

fn format_float(s: &Spec, f: f64, type_name: &str) -> PyResult<String> {
    // The code is checked before the value: `format(nan, 'b')` is refused too.
    if let Some(k) = s.kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(k, type_name));
        }
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(s.kind, Some('E' | 'F' | 'G'));
    let body = if a.is_nan() || a.is_infinite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match s.kind {
            Some('f' | 'F') => crate::types::numbers::float::fixed(a, s.precision.unwrap_or(6)),
            Some('%') => format!(
                "{}%",
                crate::types::numbers::float::fixed(a * 100.0, s.precision.unwrap_or(6))
            ),
            Some('e' | 'E') => sci(a, s.precision.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general(a, s.precision.unwrap_or(6), upper, s.alternate),
            None => match s.precision {
                Some(p) => {
                    let g = general(a, p.max(1), false, s.alternate);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
                None => float::repr(a),
            },
            Some(k) => return Err(unknown_code(k, type_name)),
        }
    };
    // `z`: a value that rounds to zero loses its minus sign.
    if s.no_neg_0 && neg && f.is_finite() && !body.chars().any(|c| matches!(c, '1'..='9')) {
        neg = false;
    }
    let body = match s.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (body.as_str(), ""),
            };
            let taken = sign_prefix(neg, s.sign).len() + rest.chars().count();
            format!("{}{}", grouped(s, taken, int_part, sep, 3), rest)
        }
        None => body,
    };
    Ok(pad(s, sign_prefix(neg, s.sign), &body, '>'))
}

/// `%e` formatting: mantissa with `prec` digits, exponent with at least two digits.
pub fn sci(a: f64, prec: usize, upper: bool) -> String {
    let t = crate::types::numbers::float::exponent_form(a, prec);
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g` formatting.
pub fn general(a: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let p = prec.max(1);
    if a == 0.0 {
        return if alternate {
            crate::types::numbers::float::fixed(0.0, p - 1)
        } else {
            "0".into()
        };
    }
    let t = crate::types::numbers::float::exponent_form(a, p - 1);
    let exp: i32 = t.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let out = if exp < -4 || exp as i64 >= p as i64 {
        let s = sci(a, p - 1, upper);
        if alternate {
            s
        } else {
            let (m, e) = s
                .split_once(if upper { 'E' } else { 'e' })
                .unwrap_or((&s, ""));
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}{}{e}", if upper { 'E' } else { 'e' })
        }
    } else {
        let s = crate::types::numbers::float::fixed(a, (p as i64 - 1 - exp as i64).max(0) as usize);
        if alternate || !s.contains('.') {
            s
        } else {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    out
}
