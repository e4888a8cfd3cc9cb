//! printf-style `%` formatting, shared by str and bytes.

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::protocols::format_spec;
use crate::types::numbers::int;
use crate::types::sequence;
use num_traits::ToPrimitive;

struct Conv {
    flags: Vec<u8>,
    width: Option<usize>,
    precision: Option<usize>,
    kind: u8,
}

impl Conv {
    /// No flags, width or precision: the value's text as it is.
    fn is_plain(&self) -> bool {
        self.flags.is_empty() && self.width.is_none() && self.precision.is_none()
    }
}

/// Appends `body` padded to the conversion's width to `out`: the padding is made in
/// charged pieces after its memory is probed. Widths count characters for str and
/// bytes for bytes.
fn pad_into(
    interp: &mut Interp,
    out: &mut Vec<u8>,
    body: Vec<u8>,
    conv: &Conv,
    numeric: bool,
    bytes_mode: bool,
) -> PyResult<()> {
    let width = conv.width.unwrap_or(0);
    let len = if bytes_mode {
        body.len()
    } else {
        // (UTF-8: every byte but a continuation byte starts a character.)
        body.iter().filter(|b| (**b & 0xc0) != 0x80).count()
    };
    if len >= width {
        out.extend(body);
        return Ok(());
    }
    let n = width - len;
    if conv.flags.contains(&b'-') {
        out.extend(body);
        return sequence::extend_fill(interp, out, b' ', n);
    }
    if numeric && conv.flags.contains(&b'0') {
        let sign_len = body
            .iter()
            .take_while(|c| matches!(c, b'-' | b'+' | b' '))
            .count();
        let prefix_len = if body[sign_len..].starts_with(b"0x")
            || body[sign_len..].starts_with(b"0X")
            || body[sign_len..].starts_with(b"0o")
        {
            sign_len + 2
        } else {
            sign_len
        };
        out.extend_from_slice(&body[..prefix_len]);
        sequence::extend_fill(interp, out, b'0', n)?;
        out.extend_from_slice(&body[prefix_len..]);
        return Ok(());
    }
    sequence::extend_fill(interp, out, b' ', n)?;
    out.extend(body);
    Ok(())
}

fn next_arg(args: &[Value], idx: &mut usize) -> PyResult<Value> {
    let v = args
        .get(*idx)
        .cloned()
        .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
    *idx += 1;
    Ok(v)
}

/// Where a `*` takes its number: the keyed value of `%(key)*d`, else the next argument.
fn star_source(key_value: &mut Option<Value>, args: &[Value], idx: &mut usize) -> PyResult<Value> {
    match key_value.take() {
        Some(v) => Ok(v),
        None => next_arg(args, idx),
    }
}

fn number(
    interp: &mut Interp,
    v: &Value,
    kind: u8,
    conv: &Conv,
    bytes_mode: bool,
) -> PyResult<Vec<u8>> {
    let sign = |neg: bool| -> &'static str {
        if neg {
            "-"
        } else if conv.flags.contains(&b'+') {
            "+"
        } else if conv.flags.contains(&b' ') {
            " "
        } else {
            ""
        }
    };
    let what = if matches!(kind, b'x' | b'X' | b'o') {
        "an integer"
    } else {
        "a real number"
    };
    match kind {
        b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
            // A machine int: its digits without big-int arithmetic.
            if let Value::Int(n) = v {
                let a = n.unsigned_abs();
                let (digits, prefix) = match kind {
                    b'x' => (format!("{a:x}"), "0x"),
                    b'X' => (format!("{a:X}"), "0X"),
                    b'o' => (format!("{a:o}"), "0o"),
                    _ => (itoa::Buffer::new().format(a).to_string(), ""),
                };
                return finish_int(interp, conv, sign(*n < 0), digits, prefix);
            }
            let n = match int::to_bigint(v) {
                Some(n) => n,
                None => match long_of(interp, v, kind)? {
                    Some(n) => n,
                    None => {
                        // bytes' formatlong names `%i` as `%d`.
                        let shown = if bytes_mode && kind == b'i' {
                            'd'
                        } else {
                            kind as char
                        };
                        return Err(PyErr::type_error(format!(
                            "%{shown} format: {what} is required, not {}",
                            v.type_name()
                        )));
                    }
                },
            };
            let neg = n < num_bigint::BigInt::from(0);
            let a = if neg { -n } else { n };
            let (digits, prefix) = match kind {
                b'x' => (a.to_str_radix(16), "0x"),
                b'X' => (a.to_str_radix(16).to_uppercase(), "0X"),
                b'o' => (a.to_str_radix(8), "0o"),
                _ => (
                    int::decimal_string(&mut interp.limits, &a, interp.int_max_str_digits)?,
                    "",
                ),
            };
            finish_int(interp, conv, sign(neg), digits, prefix)
        }
        _ => {
            let f = match as_double(interp, v) {
                Ok(f) => f,
                // bytes' formatfloat replaces any failure with its own TypeError.
                Err(_) if bytes_mode => {
                    return Err(PyErr::type_error(format!(
                        "float argument required, not {}",
                        v.type_name()
                    )))
                }
                Err(e) => return Err(e),
            };
            let prec = conv.precision.unwrap_or(6);
            let a = f.abs();
            let body = if !a.is_finite() {
                let t = if a.is_nan() { "nan" } else { "inf" };
                if kind.is_ascii_uppercase() {
                    t.to_uppercase()
                } else {
                    t.to_string()
                }
            } else {
                match kind {
                    b'f' | b'F' | b'e' | b'E' => {
                        let t = if matches!(kind, b'f' | b'F') {
                            crate::types::numbers::float::fixed(a, prec)
                        } else {
                            format_spec::sci(a, prec, kind == b'E')
                        };
                        // '#' keeps the point even with no digits after it.
                        if conv.flags.contains(&b'#') && prec == 0 {
                            match t.find(['e', 'E']) {
                                Some(p) => format!("{}.{}", &t[..p], &t[p..]),
                                None => format!("{t}."),
                            }
                        } else {
                            t
                        }
                    }
                    _ => format_spec::general(a, prec, kind == b'G', conv.flags.contains(&b'#')),
                }
            };
            Ok(format!("{}{body}", sign(f.is_sign_negative() && !f.is_nan())).into_bytes())
        }
    }
}

/// An int conversion's text from its sign and digits: zeros up to the precision, and
/// the `#` flag's prefix.
fn finish_int(
    interp: &mut Interp,
    conv: &Conv,
    sign: &str,
    mut digits: String,
    prefix: &str,
) -> PyResult<Vec<u8>> {
    if let Some(p) = conv.precision {
        if digits.len() < p {
            let mut zeros = Vec::new();
            sequence::extend_fill(interp, &mut zeros, b'0', p - digits.len())?;
            zeros.extend_from_slice(digits.as_bytes());
            // (ASCII digits.)
            digits = String::from_utf8(zeros).unwrap_or_default();
        }
    }
    let alt = if conv.flags.contains(&b'#') {
        prefix
    } else {
        ""
    };
    Ok(format!("{sign}{alt}{digits}").into_bytes())
}

/// `mainformatlong`'s conversion of a non-int: `PyNumber_Long` for `%d`/`%i`/`%u` and
/// `__index__` for `%x`/`%X`/`%o`, only for numbers (`PyNumber_Check`); `Ok(None)` when
/// the value is the wrong type (a TypeError, reworded by the caller).
fn long_of(interp: &mut Interp, v: &Value, kind: u8) -> PyResult<Option<num_bigint::BigInt>> {
    use crate::object::intern::sym;
    let is_number = match v {
        Value::Float(_) => true,
        Value::Instance(_) => {
            v.native().is_some()
                || [sym::__index__, sym::__int__, sym::__float__]
                    .into_iter()
                    .any(|name| interp.special_method(v, name).is_some())
        }
        _ => false,
    };
    if !is_number {
        return Ok(None);
    }
    let r = if matches!(kind, b'x' | b'X' | b'o') {
        crate::types::numbers::index::index_of(interp, v)
    } else {
        crate::types::numbers::methods::to_int(interp, v)
            .map(|r| int::to_bigint(&r))
            .and_then(|n| n.ok_or_else(|| PyErr::type_error("__int__ returned non-int")))
    };
    match r {
        Ok(n) => Ok(Some(n)),
        Err(e) => {
            let te = interp.exc_class(crate::error::ExcKind::TypeError);
            if interp.err_matches(&e, &te) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// CPython's `PyFloat_AsDouble`: a float, an int, or an object with `__float__` (which
/// must return a float) or `__index__`.
pub(crate) fn as_double(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    if let Value::Float(f) = v {
        return Ok(f.get());
    }
    if let Some(n) = int::as_number(v) {
        return int::num_to_f64(&n);
    }
    if matches!(v, Value::Instance(_)) {
        if let Some(r) = interp.call_special(v, crate::object::intern::sym::__float__, Vec::new) {
            let r = r?;
            return match &r {
                Value::Float(f) => Ok(f.get()),
                _ => match int::as_number(&r) {
                    Some(n) if matches!(r, Value::Instance(_)) => int::num_to_f64(&n),
                    _ => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        r.type_name()
                    ))),
                },
            };
        }
        if interp
            .special_method(v, crate::object::intern::sym::__index__)
            .is_some()
        {
            let n = crate::types::numbers::index::index_of(interp, v)?;
            return int::big_to_f64(&n);
        }
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        v.type_name()
    )))
}

/// `%c`'s `PyLong_AsLongAndOverflow`: `Ok(None)` when the value is no integer (a
/// TypeError, which `%c` rewords); a value beyond a C long comes back as `i64::MAX`.
fn char_code(interp: &mut Interp, v: &Value) -> PyResult<Option<i64>> {
    let n = match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(b.get() as i64)),
        Value::BigInt(b) => (**b).clone(),
        Value::Instance(_)
            if interp
                .special_method(v, crate::object::intern::sym::__index__)
                .is_some() =>
        {
            match crate::types::numbers::index::index_of(interp, v) {
                Ok(n) => n,
                Err(e)
                    if {
                        let te = interp.exc_class(crate::error::ExcKind::TypeError);
                        interp.err_matches(&e, &te)
                    } =>
                {
                    return Ok(None)
                }
                Err(e) => return Err(e),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(n.to_i64().unwrap_or(i64::MAX)))
}

/// Whether `args` counts as a mapping for `%(key)s` (CPython: it has `mp_subscript`
/// and is not a tuple or str, nor, for bytes, bytes or bytearray): then surplus
/// arguments are not an error.
fn is_mapping(interp: &mut Interp, args: &Value, bytes_mode: bool) -> bool {
    match args {
        Value::List(_) | Value::Range(_) => true,
        // A tuple or str subclass is never a mapping here (CPython's PyTuple_Check).
        Value::Instance(_) if matches!(args.native(), Some(Value::Tuple(_) | Value::Str(_))) => {
            false
        }
        Value::Instance(_) => {
            interp
                .special_method(args, crate::object::intern::sym::__getitem__)
                .is_some()
                || args
                    .native()
                    .is_some_and(crate::types::dispatch::is_subscriptable)
        }
        other if other.byte_buffer().is_some() => !bytes_mode,
        other => crate::types::dispatch::is_subscriptable(other),
    }
}

/// Formats `fmt % args`; `bytes_mode` selects the bytes rules for `%s`, `%r`, `%c`.
pub fn format(
    interp: &mut Interp,
    fmt: &[u8],
    args: &Value,
    bytes_mode: bool,
) -> PyResult<Vec<u8>> {
    let mapping = is_mapping(interp, args, bytes_mode);
    // A tuple subclass (a named tuple) supplies its items, as a tuple does.
    let single;
    let arg_list: &[Value] = match args.native().unwrap_or(args) {
        Value::Tuple(t) => &t.0,
        _ => {
            single = [args.clone()];
            &single
        }
    };
    let mut idx = 0;
    // (Room for a small int's digits per argument: growing the text costs more.)
    let mut out = Vec::with_capacity(fmt.len() + 20 * arg_list.len().min(8));
    let mut i = 0;
    let mut used_mapping = false;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            // The text up to the next conversion, copied at once.
            let run = memchr::memchr(b'%', &fmt[i..]).unwrap_or(fmt.len() - i);
            out.extend_from_slice(&fmt[i..i + run]);
            i += run;
            continue;
        }
        let percent_at = i;
        i += 1;
        let mut key_value: Option<Value> = None;
        if fmt.get(i) == Some(&b'(') {
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < fmt.len() && depth > 0 {
                match fmt[j] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            if !mapping {
                return Err(PyErr::type_error("format requires a mapping"));
            }
            let key_bytes = &fmt[start..j - 1];
            let key = if bytes_mode {
                Value::bytes(key_bytes.to_vec())
            } else {
                Value::str(String::from_utf8_lossy(key_bytes).into_owned())
            };
            key_value = Some(interp.get_item(args, &key)?);
            used_mapping = true;
            i = j;
        }
        let keyed = key_value.is_some();
        let mut conv = Conv {
            flags: vec![],
            width: None,
            precision: None,
            kind: 0,
        };
        while let Some(&f) = fmt.get(i) {
            if matches!(f, b'-' | b'+' | b' ' | b'#' | b'0') {
                conv.flags.push(f);
                i += 1;
            } else {
                break;
            }
        }
        if fmt.get(i) == Some(&b'*') {
            let w = star_arg(star_source(&mut key_value, arg_list, &mut idx)?)?;
            let w = w
                .to_i64()
                .ok_or_else(crate::error::messages::int_too_large_to_convert)?;
            if w < 0 {
                conv.flags.push(b'-');
            }
            conv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while fmt.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i > start {
                conv.width = std::str::from_utf8(&fmt[start..i])
                    .ok()
                    .and_then(|s| s.parse().ok());
            }
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                let p = star_arg(star_source(&mut key_value, arg_list, &mut idx)?)?;
                let p = p
                    .to_i32()
                    .ok_or_else(crate::error::messages::c_int_overflow)?;
                conv.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while fmt.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                conv.precision = Some(
                    std::str::from_utf8(&fmt[start..i])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0),
                );
            }
        }
        if conv.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(PyErr::value_error("precision too big"));
        }
        interp
            .limits
            .check_alloc((conv.width.unwrap_or(0)).saturating_add(conv.precision.unwrap_or(0)))?;
        // One length modifier is skipped ("%ld"); a second is the conversion.
        if matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&kind) = fmt.get(i) else {
            return Err(PyErr::value_error("incomplete format"));
        };
        i += 1;
        conv.kind = kind;
        // Only a bare "%%" is a percent sign; "%5%" wants an argument and then fails.
        if kind == b'%' && i - 1 == percent_at + 1 {
            out.push(b'%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            // A `*` took the keyed value: nothing is left for the conversion.
            None if keyed => {
                return Err(PyErr::type_error("not enough arguments for format string"))
            }
            None if mapping && !matches!(args.unwrap_native(), Value::Tuple(_)) && used_mapping => {
                return Err(PyErr::type_error("not enough arguments for format string"))
            }
            None => next_arg(arg_list, &mut idx)?,
        };
        match (kind, &v) {
            // A str into str text, whole: copied straight in.
            (b's', Value::Str(text)) if !bytes_mode && conv.is_plain() => {
                out.extend_from_slice(text.as_str().as_bytes());
            }
            (b's' | b'r' | b'a' | b'b', _) => {
                let mut text: Vec<u8> = if bytes_mode {
                    match kind {
                        b's' | b'b' => {
                            // A released view fails when its buffer is asked for.
                            if let Some(m) = v.as_memoryview() {
                                m.check()?;
                            }
                            crate::types::bytes::text::bytes_for_percent(interp, &v)?
                        }
                        _ => crate::types::str::ascii(&interp.repr(&v)?).into_bytes(),
                    }
                } else {
                    match kind {
                        b's' => interp.str(&v)?.into_bytes(),
                        b'r' => interp.repr(&v)?.into_bytes(),
                        b'a' => crate::types::str::ascii(&interp.repr(&v)?).into_bytes(),
                        _ => {
                            return Err(PyErr::value_error(format!(
                                "unsupported format character 'b' (0x62) at index {}",
                                i - 1
                            )))
                        }
                    }
                };
                if let Some(p) = conv.precision {
                    if bytes_mode {
                        text.truncate(p);
                    } else {
                        let s: String = String::from_utf8_lossy(&text).chars().take(p).collect();
                        text = s.into_bytes();
                    }
                }
                pad_into(interp, &mut out, text, &conv, false, bytes_mode)?;
            }
            (b'c', _) => {
                let ch: Vec<u8> = if bytes_mode {
                    match &v {
                        v if v.byte_buffer().is_some_and(|b| b.len() == 1) => {
                            v.byte_buffer().map(|b| b.to_vec()).unwrap_or_default()
                        }
                        _ => match char_code(interp, &v)? {
                            Some(n) if (0..256).contains(&n) => vec![n as u8],
                            Some(_) => {
                                return Err(PyErr::overflow_error("%c arg not in range(256)"))
                            }
                            None => {
                                return Err(PyErr::type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ))
                            }
                        },
                    }
                } else {
                    match &v {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().as_bytes().to_vec(),
                        Value::Str(_) => return Err(PyErr::type_error("%c requires int or char")),
                        _ => match char_code(interp, &v)? {
                            Some(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                                Some(c) => c.to_string().into_bytes(),
                                None => {
                                    return Err(PyErr::overflow_error(
                                        "%c arg not in range(0x110000)",
                                    ))
                                }
                            },
                            None => return Err(PyErr::type_error("%c requires int or char")),
                        },
                    }
                };
                pad_into(interp, &mut out, ch, &conv, false, bytes_mode)?;
            }
            // A machine int with no flags, width or precision: its digits straight in.
            (b'd' | b'i' | b'u', Value::Int(n)) if conv.is_plain() => {
                out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
            }
            (
                b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G',
                _,
            ) => {
                let b = number(interp, &v, kind, &conv, bytes_mode)?;
                pad_into(interp, &mut out, b, &conv, true, bytes_mode)?;
            }
            (other, _) => return Err(unsupported(fmt, i - 1, other, bytes_mode)),
        }
    }
    if idx < arg_list.len() && !mapping {
        return Err(PyErr::type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// "unsupported format character": str shows the character (a `?` outside printable
/// ASCII) and its index in characters; bytes shows the byte, and a byte above 0x7f
/// trips CPython's own `%c` range check.
fn unsupported(fmt: &[u8], at: usize, byte: u8, bytes_mode: bool) -> PyErr {
    if bytes_mode {
        if byte > 0x7f {
            return PyErr::overflow_error("character argument not in range(0x110000)");
        }
        return PyErr::value_error(format!(
            "unsupported format character '{}' (0x{byte:x}) at index {at}",
            byte as char
        ));
    }
    let index = String::from_utf8_lossy(&fmt[..at]).chars().count();
    let c = String::from_utf8_lossy(&fmt[at..])
        .chars()
        .next()
        .unwrap_or('?');
    let shown = if ('\x1f'..='~').contains(&c) { c } else { '?' };
    PyErr::value_error(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {index}",
        c as u32
    ))
}

/// A `*` width or precision: CPython takes only an int (no `__index__`), as a big int
/// whose range each use checks.
fn star_arg(v: Value) -> PyResult<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Ok(i.into()),
        Value::Bool(b) => Ok((b.get() as i64).into()),
        Value::BigInt(b) => Ok((*b).clone()),
        _ => Err(PyErr::type_error("* wants int")),
    }
}

impl Interp {
    /// `fmt % args`: bytes formatting when `bytes_mode`, else str's (its UTF-8 text).
    pub fn percent_format(
        &mut self,
        fmt: &[u8],
        args: &Value,
        bytes_mode: bool,
    ) -> PyResult<Vec<u8>> {
        format(self, fmt, args, bytes_mode)
    }
}
