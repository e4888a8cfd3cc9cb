//! bytes and bytearray methods that build new objects or mutate a bytearray: join,
//! replace, strip, case mapping, padding, translate, and the bytearray-only mutators.

use super::*;
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::buffer::ByteVec;
use crate::object::value::Value;
use crate::types::sequence;
use std::rc::Rc;

pub(super) fn join(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("join", 1, 1)?;
    // Lists and tuples are read in place (no Python code runs while joining).
    let (list, collected);
    let items: &[Value] = match &a[0] {
        Value::List(l) => {
            list = l.borrow();
            &list
        }
        Value::Tuple(t) => t,
        other => {
            let it = iter_or(interp, other, || "can only join an iterable".to_string())?;
            collected = interp.collect(&it)?;
            &collected
        }
    };
    // One exact bytes item is the result itself (bytes.join only).
    if let ([item @ Value::Bytes(_)], Value::Bytes(_)) = (items, this) {
        return Ok(item.clone());
    }
    let sep = data(this)?.to_vec();
    // Every item's buffer is taken (and held) first, so the size is known and the result
    // allocated once; any refusal is CPython's TypeError naming the item.
    let mut held = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match crate::types::memoryview::readable(item) {
            Ok(h) => held.push(h),
            Err(e) if e.is_limit() => return Err(e),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.type_name()
                )))
            }
        }
    }
    let total =
        sep.len() * items.len().saturating_sub(1) + held.iter().map(|h| h.len).sum::<usize>();
    interp.limits.check_alloc(total)?;
    sequence::charge_items(interp, items.len())?;
    sequence::charge_bytes(interp, total)?;
    let mut out = messages::try_vec(total)?;
    for (i, h) in held.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&h.bytes());
    }
    Ok(like(this, out))
}

pub(super) fn replace(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let a = args.range("replace", 2, 3)?;
    // Checked in CPython's order, then borrowed once the count's `__index__` has run.
    arg_bytes(&a[0])?;
    arg_bytes(&a[1])?;
    let max = match a.get(2) {
        Some(c) => crate::types::numbers::index::ssize_arg(interp, c)?,
        None => -1,
    };
    let old = arg_bytes(&a[0])?;
    let new = arg_bytes(&a[1])?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let d = data(this)?;
    // Nothing to replace: the receiver itself (for exact bytes), as CPython.
    if max == 0 || (old.is_empty() && new.is_empty()) || d.len() < old.len() {
        return Ok(unchanged(this, &d));
    }
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, b) in d.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(*b);
            if i == d.len() - 1 && n < max {
                out.extend_from_slice(&new);
            }
        }
        if d.is_empty() && max > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(this, out));
    }
    let found = find_all_chunked(interp, &d, &old, max)?;
    if found.is_empty() {
        return Ok(unchanged(this, &d));
    }
    let mut start = 0;
    for pos in found {
        out.extend_from_slice(&d[start..pos]);
        out.extend_from_slice(&new);
        start = pos + old.len();
    }
    out.extend_from_slice(&d[start..]);
    Ok(like(this, out))
}

pub(super) fn strip_impl(
    this: &Value,
    args: Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let a = args.range(name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(v)?),
    };
    let d = data(this)?;
    let strip = |b: u8| match &chars {
        Some(c) => c.contains(&b),
        None => is_space(b),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    // Nothing stripped from bytes: the same object, as in CPython.
    if s == 0 && e == d.len() && matches!(this, Value::Bytes(_)) {
        return Ok(this.clone());
    }
    Ok(like(this, d[s..e].to_vec()))
}

pub(super) fn strip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    strip_impl(this, args, "strip", true, true)
}

pub(super) fn lstrip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    strip_impl(this, args, "lstrip", true, false)
}

pub(super) fn rstrip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    strip_impl(this, args, "rstrip", false, true)
}

pub(super) fn map_bytes(
    this: &Value,
    args: Args,
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(like(this, f(&data(this)?)))
}

pub(super) fn upper(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    map_bytes(this, args, "upper", |d| d.to_ascii_uppercase())
}

pub(super) fn lower(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    map_bytes(this, args, "lower", |d| d.to_ascii_lowercase())
}

pub(super) fn swapcase(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    map_bytes(this, args, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

pub(super) fn capitalize(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    map_bytes(this, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub(super) fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|&b| {
            let r = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub(super) fn title(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    map_bytes(this, args, "title", title_bytes)
}

pub(super) fn test(
    this: &Value,
    args: Args,
    name: &str,
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(Value::from_bool(f(&buf(this)?.borrow())))
}

pub(super) fn isdigit(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

pub(super) fn isalpha(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

pub(super) fn isalnum(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

pub(super) fn isspace(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| is_space(*b))
    })
}

pub(super) fn islower(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

pub(super) fn isupper(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

pub(super) fn istitle(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "istitle", |d| {
        d.iter().any(u8::is_ascii_alphabetic) && title_bytes(d) == d
    })
}

pub(super) fn isascii(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    test(this, args, "isascii", |d| d.is_ascii())
}

pub(super) fn removeprefix(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let a = args.range("removeprefix", 1, 1)?;
    let p = arg_bytes(&a[0])?;
    let d = data(this)?;
    Ok(match d.strip_prefix(&*p) {
        Some(rest) if !p.is_empty() => like(this, rest),
        _ => unchanged(this, &d),
    })
}

pub(super) fn removesuffix(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let a = args.range("removesuffix", 1, 1)?;
    let p = arg_bytes(&a[0])?;
    let d = data(this)?;
    Ok(match d.strip_suffix(&*p) {
        Some(rest) if !p.is_empty() => like(this, rest),
        _ => unchanged(this, &d),
    })
}

pub(super) fn pad_args(interp: &mut Interp, args: Args, name: &str) -> PyResult<(usize, u8)> {
    let a = args.range(name, 1, 2)?;
    let width = crate::types::numbers::index::ssize_arg(interp, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 && v.as_memoryview().is_none() => f[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.arg_type_name()
                )))
            }
        },
    };
    interp.limits.check_alloc(width)?;
    sequence::charge_bytes(interp, width)?;
    Ok((width, fill))
}

pub(super) fn center(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "center")?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(unchanged(this, &d));
    }
    let total = width - d.len();
    let left = total / 2 + (total & width & 1);
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(like(this, out))
}

pub(super) fn ljust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "ljust")?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(unchanged(this, &d));
    }
    let mut out = d.to_vec();
    out.resize(width, fill);
    Ok(like(this, out))
}

pub(super) fn rjust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "rjust")?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(unchanged(this, &d));
    }
    let mut out = vec![fill; width.saturating_sub(d.len())];
    out.extend_from_slice(&d);
    Ok(like(this, out))
}

pub(super) fn zfill(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("zfill", 1, 1)?;
    let width = crate::types::numbers::index::ssize_arg(interp, &a[0])?.max(0) as usize;
    interp.limits.check_alloc(width)?;
    sequence::charge_bytes(interp, width.max(len(this)))?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(unchanged(this, &d));
    }
    let zeros = width - d.len();
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => (&d[..1], &d[1..]),
        _ => (&d[..0], &d[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(rest);
    Ok(like(this, out))
}

pub(super) fn splitlines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let [keepends] = args.parse("splitlines", ["keepends"], 0)?;
    // (An int, as CPython's `bool(accept={int})` converter takes.)
    let keep = match keepends {
        Some(k) => crate::types::numbers::index::c_int(interp, &k)? != 0,
        None => false,
    };
    let d = data(this)?;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            // (A step per line: the memory check sees the list grow.)
            interp.limits.tick()?;
            out.push(part(this, &d, start..if keep { end } else { i }));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(part(this, &d, start..d.len()));
    }
    Ok(Value::list(out))
}

pub(super) fn expandtabs(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let [tabsize] = args.parse("expandtabs", ["tabsize"], 0)?;
    let size = match tabsize {
        Some(t) => crate::types::numbers::index::c_int(interp, &t)? as i64,
        None => 8,
    };
    let tabs = memchr::memchr_iter(b'\t', &data(this)?).count();
    interp
        .limits
        .check_alloc(tabs.saturating_mul(size.max(0) as usize))?;
    let mut out = Vec::new();
    let mut col = 0i64;
    for &b in data(this)?.iter() {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(like(this, out))
}

pub(super) fn translate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    if args.pos.is_empty() && args.kw.is_empty() {
        return Err(messages::expected_at_least("translate", 1, 0));
    }
    let mut table = args.pos.first().cloned();
    let mut delete = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        match &**k {
            "delete" => delete = Some(v.clone()),
            other => return Err(messages::unexpected_keyword("translate", other)),
        }
    }
    let table = match table.take() {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = arg_bytes(&t)?.to_vec();
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => arg_bytes(&d)?.to_vec(),
        None => vec![],
    };
    let d = data(this)?;
    let out: ByteVec = d
        .iter()
        .copied()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    // Nothing changed: the receiver itself (for exact bytes).
    if out[..] == d[..] {
        return Ok(unchanged(this, &d));
    }
    Ok(like(this, out))
}

pub(super) fn maketrans(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("maketrans", 2, 2)?;
    let from = arg_bytes(&a[0])?;
    let to = arg_bytes(&a[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

// ----- bytearray only -----

pub(super) fn append(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("append", 1, 1)?;
    let x = byte_value(interp, &a[0], true)?;
    buf(this)?.resize()?.push(x);
    Ok(Value::None)
}

pub(super) fn extend(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("extend", 1, 1)?;
    let v = &a[0];
    let b = buf(this)?;
    // A view whose buffer cannot be taken as plain bytes is refused (CPython's
    // `bytearray_setslice`), even a released one.
    if let Some(m) = v.as_memoryview() {
        if m.is_released() || !m.is_c_contiguous() {
            return Err(PyErr::type_error(format!(
                "can't set bytearray slice from {}",
                v.type_name()
            )));
        }
    }
    // Bytes-like arguments are copied straight from their buffer (unless it is this one).
    if !v.bytearray_buffer().is_some_and(|o| Rc::ptr_eq(o, b)) {
        if let Some(src) = bytes_arg(v) {
            sequence::charge_bytes(interp, src.len())?;
            let target_len = b.len() + src.len();
            b.resize_to(target_len)?.extend_from_slice(&src);
            return Ok(Value::None);
        }
    }
    let new = match bytes_like(v) {
        Some(d) => d,
        None => {
            let it = iter_or(interp, v, || {
                format!("can't extend bytearray with {}", v.type_name())
            })?;
            length_hint(interp, v)?;
            iterated_bytes(interp, &it, true)?
        }
    };
    // The length is read after iterating: the iterator may have resized the bytearray.
    let target_len = b.len() + new.len();
    b.resize_to(target_len)?.extend_from_slice(&new);
    Ok(Value::None)
}

pub(super) fn pop(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("pop", 0, 1)?;
    let b = buf(this)?;
    // The index is converted first: its `__index__` may resize the bytearray.
    let i = match a.first() {
        Some(v) => crate::types::numbers::index::ssize_arg(interp, v)?,
        None => -1,
    };
    let len = b.len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    match sequence::index(i, len) {
        Some(j) => Ok(Value::Int(b.resize()?.remove(j) as i64)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

pub(super) fn insert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("insert", 2, 2)?;
    let i = crate::types::numbers::index::ssize_arg(interp, &a[0])?;
    let x = byte_value(interp, &a[1], true)?;
    let b = buf(this)?;
    let j = crate::types::list::insert_position(i, b.len());
    b.resize()?.insert(j, x);
    Ok(Value::None)
}

pub(super) fn remove(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    let a = args.range("remove", 1, 1)?;
    let x = byte_value(interp, &a[0], true)?;
    let b = buf(this)?;
    let pos = b.borrow().iter().position(|y| *y == x);
    match pos {
        Some(p) => {
            b.resize()?.remove(p);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

pub(super) fn reverse(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    args.range("reverse", 0, 0)?;
    buf(this)?.borrow_mut().reverse();
    Ok(Value::None)
}

pub(super) fn clear(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    buf(this)?.resize()?.clear();
    Ok(Value::None)
}

pub(super) fn copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, len(this))?;
    args.range("copy", 0, 0)?;
    Ok(Value::bytearray(data(this)?.to_vec()))
}
