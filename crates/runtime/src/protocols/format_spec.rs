//! The format-spec mini-language of `format()`, f-strings and `str.format`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::limits::Limits;
use crate::object::value::Value;
use crate::types::numbers::float;
use crate::types::numbers::int;
use crate::types::sequence::{BYTES_PER_STEP, CHUNK_BYTES, CHUNK_ITEMS};

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: a negative zero (after rounding) loses its sign.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// Parses a format spec for a value of type `type_name` whose default presentation
/// type is `default_kind` (`'d'` for ints, `'s'` for str, none for floats).
pub fn parse(spec: &str, default_kind: Option<char>, type_name: &str) -> PyResult<Spec> {
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
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
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
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') && Some(chars[i]) != s.grouping {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
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
    s.kind = chars.get(i).copied();
    if let Some(sep) = s.grouping {
        match s.kind.or(default_kind) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(k) => {
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{sep}' with {}.",
                    code_text(k)
                )))
            }
        }
    }
    Ok(s)
}

/// A presentation type as CPython's messages quote it (`'x'`, or `'\x1'` when it is
/// not printable ASCII).
fn code_text(k: char) -> String {
    if (k as u32) > 32 && (k as u32) < 128 {
        format!("'{k}'")
    } else {
        format!("'\\x{:x}'", k as u32)
    }
}

/// "Unknown format code 'k' for object of type 't'".
fn unknown_code(k: char, type_name: &str) -> PyErr {
    PyErr::value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        code_text(k)
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

/// Appends `n` copies of `fill` to `out`, in pieces, charging one step per 64 bytes.
pub fn push_fill(limits: &mut Limits, out: &mut String, fill: char, n: usize) -> PyResult<()> {
    if n == 0 {
        return Ok(());
    }
    let w = fill.len_utf8();
    let piece = fill.to_string().repeat(n.min(CHUNK_BYTES / w));
    let mut left = n;
    while left > 0 {
        let k = left.min(CHUNK_BYTES / w);
        limits.charge((k * w / BYTES_PER_STEP) as u64)?;
        out.push_str(&piece[..k * w]);
        left -= k;
    }
    Ok(())
}

/// Pads `body` (with its sign `prefix`) to the spec's width, the padding made in
/// charged pieces after its memory is probed.
fn pad(
    limits: &mut Limits,
    s: &Spec,
    prefix: &str,
    body: &str,
    default_align: char,
) -> PyResult<String> {
    let len = prefix.chars().count() + body.chars().count();
    if len >= s.width {
        return Ok(format!("{prefix}{body}"));
    }
    let fill_n = s.width - len;
    // The `0` flag fills with zeros (unless a fill is given), after the sign for numbers.
    let (fill, align) = match (s.fill, s.zero) {
        (None, true) => (
            '0',
            s.align.unwrap_or(if default_align == '>' {
                '='
            } else {
                default_align
            }),
        ),
        (fill, _) => (fill.unwrap_or(' '), s.align.unwrap_or(default_align)),
    };
    let total = fill_n
        .saturating_mul(fill.len_utf8())
        .saturating_add(prefix.len() + body.len());
    limits.check_alloc(total)?;
    let mut out = String::new();
    out.try_reserve_exact(total)
        .map_err(|_| crate::error::messages::memory_error())?;
    let (left, right) = match align {
        '<' => (0, fill_n),
        '^' => (fill_n / 2, fill_n - fill_n / 2),
        '=' => {
            out.push_str(prefix);
            push_fill(limits, &mut out, fill, fill_n)?;
            out.push_str(body);
            return Ok(out);
        }
        _ => (fill_n, 0),
    };
    push_fill(limits, &mut out, fill, left)?;
    out.push_str(prefix);
    out.push_str(body);
    push_fill(limits, &mut out, fill, right)?;
    Ok(out)
}

/// `digits` (ASCII) with `sep` between groups of `every`, counted from the right; made
/// in charged pieces.
fn group(limits: &mut Limits, digits: &str, sep: char, every: usize) -> PyResult<String> {
    let d = digits.as_bytes();
    let n = d.len();
    let mut out = String::with_capacity(n + n / every * sep.len_utf8());
    for (k, chunk) in d.chunks(CHUNK_ITEMS).enumerate() {
        limits.charge(chunk.len() as u64)?;
        let base = k * CHUNK_ITEMS;
        for (j, c) in chunk.iter().enumerate() {
            let i = base + j;
            if i > 0 && (n - i).is_multiple_of(every) {
                out.push(sep);
            }
            out.push(*c as char);
        }
    }
    Ok(out)
}

/// `int_digits` grouped by `sep` every `every` digits. With zero padding (a `0` fill
/// and `=` alignment) CPython groups the padding zeros too (`format(123, '08,')` is
/// `0,000,123`), so they are added here; `others` is the width of the rest.
fn grouped(
    limits: &mut Limits,
    s: &Spec,
    int_digits: &str,
    sep: char,
    every: usize,
    others: usize,
) -> PyResult<String> {
    let zero_fill = s.fill.or(s.zero.then_some('0')) == Some('0')
        && s.align.unwrap_or(if s.zero { '=' } else { '>' }) == '=';
    let target = s.width.saturating_sub(others);
    let len = |d: usize| d + d.saturating_sub(1) / every;
    if !zero_fill || int_digits.is_empty() || len(int_digits.len()) >= target {
        return group(limits, int_digits, sep, every);
    }
    let mut d = (target * every / (every + 1)).max(int_digits.len());
    while len(d) < target {
        d += 1;
    }
    while d > int_digits.len() && len(d - 1) >= target {
        d -= 1;
    }
    limits.check_alloc(d.saturating_mul(2))?;
    let mut padded = String::new();
    push_fill(limits, &mut padded, '0', d - int_digits.len())?;
    padded.push_str(int_digits);
    group(limits, &padded, sep, every)
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
        Value::Float(_) | Value::Complex(_) => None,
        _ => {
            if spec_text.is_empty() {
                return interp.str(v);
            }
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                v.type_name()
            )));
        }
    };
    let s = parse(spec_text, default_kind, v.type_name())?;
    let float_kind = matches!(s.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
    let as_float = matches!(v, Value::Float(_) | Value::Complex(_))
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
                    return Err(unknown_code(k, "str"));
                }
            }
            let refused = match s.sign {
                Some(' ') => Some("Space"),
                Some(_) => Some("Sign"),
                None if s.alternate => Some("Alternate form (#)"),
                None => None,
            };
            if let Some(what) = refused {
                return Err(PyErr::value_error(format!(
                    "{what} not allowed in string format specifier"
                )));
            }
            if s.no_neg_zero {
                return Err(PyErr::value_error(
                    "Negative zero coercion (z) not allowed in string format specifier",
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
            pad(&mut interp.limits, &s, "", &body, '<')
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match s.kind {
            Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                let f =
                    int::num_to_f64(&int::as_number(v).ok_or_else(|| PyErr::type_error("int"))?)?;
                format_float(&mut interp.limits, &s, f)
            }
            _ => format_int(
                &s,
                &int::to_bigint(v).unwrap_or_default(),
                (&mut interp.limits, interp.int_max_str_digits),
                v.type_name(),
            ),
        },
        Value::Float(f) => format_float(&mut interp.limits, &s, f.get()),
        Value::Complex(_) if !spec_text.is_empty() => {
            let (re, im) = v.as_complex().unwrap_or_default();
            format_complex(&mut interp.limits, &s, re, im)
        }
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

fn format_int(
    s: &Spec,
    n: &BigInt,
    (limits, limit): (&mut crate::object::limits::Limits, usize),
    type_name: &str,
) -> PyResult<String> {
    if s.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let neg = n.is_negative();
    let a = n.abs();
    let (digits, prefix) = match s.kind {
        None | Some('d') | Some('n') => (int::decimal_string(limits, &a, limit)?, ""),
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
            let x = num_traits::ToPrimitive::to_i64(n).ok_or_else(|| {
                PyErr::overflow_error("Python int too large to convert to C long")
            })?;
            if !(0..=0x10ffff).contains(&x) {
                return Err(PyErr::overflow_error("%c arg not in range(0x110000)"));
            }
            // A lone surrogate cannot be held in a str here (see docs/differences.md).
            let c = char::from_u32(x as u32).unwrap_or('\u{fffd}');
            return pad(limits, s, "", &c.to_string(), '>');
        }
        Some(k) => return Err(unknown_code(k, type_name)),
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
            grouped(limits, s, &digits, sep, every, pre.len())?
        }
        None => digits,
    };
    pad(limits, s, &pre, &digits, '>')
}

fn format_float(limits: &mut Limits, s: &Spec, f: f64) -> PyResult<String> {
    // The code is checked before the value: `format(nan, 'b')` is refused too.
    if let Some(k) = s.kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(k, "float"));
        }
    }
    // No code: like repr, or like 'g' with at least one digit after the point.
    let (code, add_dot_0) = match (s.kind, s.precision) {
        (None, None) => ('r', true),
        (None, Some(_)) => ('g', true),
        (Some('n'), _) => ('g', false),
        (Some(k), _) => (k, false),
    };
    let prec = match (s.kind, s.precision) {
        (None, Some(p)) => p.max(1),
        (_, p) => p.unwrap_or(6),
    };
    let (neg, body) = float_part(limits, s, f, code, prec, add_dot_0)?;
    pad(limits, s, sign_prefix(neg, s.sign), &body, '>')
}

/// One float of a format: whether it is shown negative, and its digits (grouped).
fn float_part(
    limits: &mut Limits,
    s: &Spec,
    f: f64,
    code: char,
    prec: usize,
    add_dot_0: bool,
) -> PyResult<(bool, String)> {
    let a = f.abs();
    let body = float_digits(a, code, prec, s.alternate, add_dot_0);
    let mut neg = f.is_sign_negative() && !f.is_nan();
    if neg && s.no_neg_zero && is_zero_text(&body) {
        neg = false;
    }
    let body = match s.grouping {
        Some(sep) if a.is_finite() => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (body.as_str(), ""),
            };
            let others = sign_prefix(neg, s.sign).len() + rest.chars().count();
            format!("{}{rest}", grouped(limits, s, int_part, sep, 3, others)?)
        }
        _ => body,
    };
    Ok((neg, body))
}

/// Whether formatted digits show a zero (`0.00`, `0e+00`): `z` drops its minus sign.
fn is_zero_text(body: &str) -> bool {
    let mantissa = body.split(['e', 'E', '%']).next().unwrap_or("");
    mantissa.chars().all(|c| matches!(c, '0' | '.' | ',' | '_'))
}

/// The digits of `a` (not negative) as CPython's `PyOS_double_to_string` gives them for
/// `code` (`'r'` is repr without a forced `.0`); `add_dot_0` gives a whole number its
/// `.0`, `alternate` (`#`) keeps the point.
fn float_digits(a: f64, code: char, prec: usize, alternate: bool, add_dot_0: bool) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    if a.is_nan() || a.is_infinite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        return if code == '%' { format!("{t}%") } else { t };
    }
    let mut out = match code {
        'f' | 'F' => float::fixed(a, prec),
        '%' => float::fixed(a * 100.0, prec),
        'e' | 'E' => sci(a, prec, upper),
        'g' | 'G' => general_form(a, prec, upper, alternate, add_dot_0),
        _ => crate::types::numbers::complex::text::part_repr(a),
    };
    if add_dot_0 && !out.contains(['.', 'e']) {
        out.push_str(".0");
    }
    if alternate && !out.contains('.') {
        match out.find(['e', 'E']) {
            Some(i) => out.insert(i, '.'),
            None => out.push('.'),
        }
    }
    if code == '%' {
        out.push('%');
    }
    out
}

/// `format(z, spec)` for a complex number (CPython's `format_complex_internal`): both
/// parts formatted as floats, the imaginary one always signed, no zero padding.
fn format_complex(limits: &mut Limits, s: &Spec, re: f64, im: f64) -> PyResult<String> {
    if let Some(k) = s.kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(k, "complex"));
        }
    }
    if s.fill.or(s.zero.then_some('0')) == Some('0') {
        return Err(PyErr::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    // No code: like repr (in parentheses unless the real part is +0), or like 'g'.
    let (code, skip_re, parens) = match s.kind {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            let code = if s.precision.is_some() { 'g' } else { 'r' };
            (code, skip, !skip)
        }
        Some('n') => ('g', false, false),
        Some(k) => (k, false, false),
    };
    let prec = s.precision.unwrap_or(if code == 'r' { 0 } else { 6 });
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        let (neg, body) = float_part(limits, s, re, code, prec, false)?;
        out.push_str(sign_prefix(neg, s.sign));
        out.push_str(&body);
    }
    let (neg, body) = float_part(limits, s, im, code, prec, false)?;
    out.push_str(sign_prefix(neg, if skip_re { s.sign } else { Some('+') }));
    out.push_str(&body);
    out.push('j');
    if parens {
        out.push(')');
    }
    let unpadded = Spec {
        zero: false,
        ..Spec {
            fill: s.fill,
            align: s.align,
            width: s.width,
            ..Spec::default()
        }
    };
    pad(limits, &unpadded, "", &out, '>')
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
    general_form(a, prec, upper, alternate, false)
}

/// `%g` formatting; `add_dot_0` is the form of a float formatted with a precision and no
/// type: an exponent already from `prec` integer digits (`format(10.0, '.2')` is
/// `1e+01`), else at least one digit after the point.
fn general_form(a: f64, prec: usize, upper: bool, alternate: bool, add_dot_0: bool) -> String {
    let p = prec.max(1);
    let exp: i32 = if a == 0.0 {
        0
    } else {
        let t = crate::types::numbers::float::exponent_form(a, p - 1);
        t.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0))
    };
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    if exp < -4 || exp as i64 >= limit {
        let s = sci(a, p - 1, upper);
        if alternate {
            return s;
        }
        let (m, e) = s
            .split_once(if upper { 'E' } else { 'e' })
            .unwrap_or((&s, ""));
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        return format!("{m}{}{e}", if upper { 'E' } else { 'e' });
    }
    let s = crate::types::numbers::float::fixed(a, (p as i64 - 1 - exp as i64).max(0) as usize);
    let mut s = if alternate || !s.contains('.') {
        s
    } else {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if add_dot_0 && !s.contains('.') {
        s.push_str(".0");
    }
    s
}
