//! bytes and bytearray searching: find, index, count, startswith, split, partition.

use super::*;
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};
use crate::types::sequence::{charge_bytes, CHUNK_BYTES};

/// First occurrence of `needle`: short inputs are scanned directly, since building a
/// fast searcher costs more than it saves there.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => memchr::memchr(needle[0], hay),
        n => {
            // The first 256 bytes are searched by jumping between candidate first bytes
            // (most searches end there); memmem's setup only pays off on the rest.
            const SHORT: usize = 256;
            let head = hay.len().min(SHORT);
            if let Some(p) = find_short(&hay[..head], needle) {
                return Some(p);
            }
            if hay.len() <= SHORT {
                return None;
            }
            let from = (head + 1).saturating_sub(n);
            memchr::memmem::find(&hay[from..], needle).map(|p| from + p)
        }
    }
}

/// [`find_bytes`] for a short haystack and a needle of two bytes or more.
pub(super) fn find_short(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    let mut i = 0;
    while let Some(p) = memchr::memchr(needle[0], &hay[i..]) {
        let at = i + p;
        if hay.len() - at < n {
            return None;
        }
        if hay[at + 1..at + n] == needle[1..] {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Last occurrence of `needle`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => memchr::memrchr(needle[0], hay),
        n if hay.len() < 256 => hay.windows(n).rposition(|w| w == needle),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`, left to right.
pub(super) fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut start = 0;
    std::iter::from_fn(move || {
        let p = start + find_bytes(hay.get(start..)?, needle)?;
        start = p + needle.len();
        Some(p)
    })
}

// ----- searching in pieces -----
//
// A search of a long haystack is done window by window, charging steps for the bytes
// each window scanned, so a check comes between two windows.

/// Haystacks this short are searched in one go (a piece is much longer).
const SHORT: usize = 4096;

/// [`find_bytes`] in pieces, charging for the bytes scanned.
#[inline(always)]
pub fn find_chunked(interp: &mut Interp, hay: &[u8], needle: &[u8]) -> PyResult<Option<usize>> {
    if hay.len() <= SHORT {
        // Too little work to charge: the statement's step covers it.
        return Ok(find_bytes(hay, needle));
    }
    // Most searches end near the start: the first piece is too short to charge.
    if let Some(p) = find_bytes(&hay[..SHORT], needle) {
        return Ok(Some(p));
    }
    find_long(interp, hay, needle)
}

fn find_long(interp: &mut Interp, hay: &[u8], needle: &[u8]) -> PyResult<Option<usize>> {
    let overlap = needle.len().saturating_sub(1);
    let mut start = 0;
    loop {
        let end = hay.len().min(start + CHUNK_BYTES + overlap);
        if let Some(p) = find_bytes(&hay[start..end], needle) {
            charge_bytes(interp, p + needle.len())?;
            return Ok(Some(start + p));
        }
        charge_bytes(interp, end - start)?;
        if end == hay.len() {
            return Ok(None);
        }
        start += CHUNK_BYTES;
    }
}

/// [`rfind_bytes`] in pieces, from the end, charging for the bytes scanned.
pub fn rfind_chunked(interp: &mut Interp, hay: &[u8], needle: &[u8]) -> PyResult<Option<usize>> {
    let overlap = needle.len().saturating_sub(1);
    let mut end = hay.len();
    loop {
        let start = end.saturating_sub(CHUNK_BYTES + overlap);
        if let Some(p) = rfind_bytes(&hay[start..end], needle) {
            charge_bytes(interp, end - start - p)?;
            return Ok(Some(start + p));
        }
        charge_bytes(interp, end - start)?;
        if start == 0 {
            return Ok(None);
        }
        end -= CHUNK_BYTES;
    }
}

/// Calls `f` on each of the first `limit` non-overlapping occurrences of a non-empty
/// `needle`, left to right, in pieces: one step per 64 bytes scanned and per occurrence.
pub fn for_each_match(
    interp: &mut Interp,
    hay: &[u8],
    needle: &[u8],
    limit: usize,
    mut f: impl FnMut(usize),
) -> PyResult<usize> {
    let n = needle.len();
    let mut pos = 0;
    let mut found = 0;
    if hay.len() <= SHORT {
        // A short haystack, in one go.
        for p in find_all(hay, needle).take(limit) {
            found += 1;
            f(p);
        }
        interp.limits.charge((hay.len() / 64 + found) as u64)?;
        return Ok(found);
    }
    while found < limit && hay.len() - pos >= n {
        // Matches starting before `window` are found in this piece.
        let window = hay.len().min(pos + CHUNK_BYTES);
        let end = hay.len().min(window + n - 1);
        let mut next = window;
        let mut uncharged = 0;
        for p in find_all(&hay[pos..end], needle) {
            if found == limit {
                break;
            }
            found += 1;
            f(pos + p);
            next = next.max(pos + p + n);
            // (Many matches make many objects: the memory check sees them every 4096.)
            uncharged += 1;
            if uncharged == 4096 {
                interp.limits.charge(uncharged)?;
                uncharged = 0;
            }
        }
        charge_bytes(interp, end - pos)?;
        interp.limits.charge(uncharged)?;
        pos = next;
    }
    Ok(found)
}

/// Non-overlapping occurrences of a non-empty `needle` (at most `limit`), found in pieces.
pub fn find_all_chunked(
    interp: &mut Interp,
    hay: &[u8],
    needle: &[u8],
    limit: usize,
) -> PyResult<Vec<usize>> {
    let mut out = Vec::new();
    for_each_match(interp, hay, needle, limit, |p| out.push(p))?;
    Ok(out)
}

/// The number of non-overlapping occurrences of a non-empty `needle`, counted in pieces.
pub fn count_chunked(interp: &mut Interp, hay: &[u8], needle: &[u8]) -> PyResult<usize> {
    for_each_match(interp, hay, needle, usize::MAX, |_| {})
}

// ----- searching -----

/// The needle of `in`, find, count and index: an int (which may run `__index__`) or a
/// bytes-like object; `None` for anything else.
pub(super) fn needle<'a>(interp: &mut Interp, v: &'a Value) -> PyResult<Option<BytesArg<'a>>> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_in_range(v)?,
        Value::Instance(_)
            if interp
                .special_method(v, crate::object::intern::sym::__index__)
                .is_some() =>
        {
            let n = crate::types::numbers::index::index_of(interp, v)?;
            let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1);
            if !(0..256).contains(&n) {
                return Err(messages::byte_range(true));
            }
            n as u8
        }
        other => return buffer_arg(other),
    };
    Ok(Some(BytesArg::Byte([n])))
}

/// find/count/index's needle, with their error for other types.
pub(super) fn search_needle<'a>(interp: &mut Interp, v: &'a Value) -> PyResult<BytesArg<'a>> {
    needle(interp, v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        ))
    })
}

/// The haystack `d[start:end]` of a search, with the range clamped: the needle's
/// `__index__` may have shrunk the object since the range was computed.
pub(super) fn haystack(d: &[u8], start: usize, end: usize) -> &[u8] {
    let end = end.min(d.len());
    &d[start.min(end)..end]
}

/// Arguments are converted in CPython's order: the range first, then the needle.
pub(super) fn search(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<i64> {
    let b = buf(this)?;
    if let ([Value::Bytes(needle)], []) = (args.pos, args.kw) {
        // The common call, `b.find(sub)`: no range to convert.
        let d = b.borrow();
        let n = needle.borrow();
        let found = if reverse {
            rfind_chunked(interp, &d, &n)?
        } else {
            find_chunked(interp, &d, &n)?
        };
        return Ok(found.map_or(-1, |p| p as i64));
    }
    let a = args.range_old(name, 1, 3)?;
    let r = crate::types::numbers::index::search_range(interp, b.len(), a.get(1), a.get(2))?;
    let n = search_needle(interp, &a[0])?;
    if r.start_past_end {
        return Ok(-1);
    }
    let d = b.borrow();
    let hay = haystack(&d, r.start, r.end);
    let found = if reverse {
        rfind_chunked(interp, hay, &n)?
    } else {
        find_chunked(interp, hay, &n)?
    };
    Ok(found.map_or(-1, |p| (r.start + p) as i64))
}

pub(super) fn find(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    search(interp, this, args, "find", false).map(Value::Int)
}

pub(super) fn rfind(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    search(interp, this, args, "rfind", true).map(Value::Int)
}

pub(super) fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match search(interp, this, args, "index", false)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn rindex(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match search(interp, this, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range_old("count", 1, 3)?;
    let b = buf(this)?;
    let r = crate::types::numbers::index::search_range(interp, b.len(), a.get(1), a.get(2))?;
    let n = search_needle(interp, &a[0])?;
    if r.start_past_end {
        return Ok(Value::Int(0));
    }
    let d = b.borrow();
    let hay = haystack(&d, r.start, r.end);
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    Ok(Value::Int(count_chunked(interp, hay, &n)? as i64))
}

pub(super) fn affix(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let b = buf(this)?;
    if let ([Value::Bytes(p)], []) = (args.pos, args.kw) {
        // The common call, `b.startswith(prefix)`: no range to convert.
        let (d, p) = (b.borrow(), p.borrow());
        let part = match d.len().checked_sub(p.len()) {
            None => return Ok(Value::Bool(BoolWord::FALSE)),
            Some(rest) if suffix => &d[rest..],
            Some(_) => &d[..p.len()],
        };
        return crate::types::sequence::bytes_eq(interp, part, &p).map(Value::from_bool);
    }
    let a = args.range_old(name, 1, 3)?;
    // The bounds are converted first (their `__index__` may resize a bytearray), then
    // adjusted as CPython's ADJUST_INDICES does: negative ones count from the end and
    // are clamped to the length, but the start is never clamped to the end.
    let mut bound = |v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => crate::types::numbers::index::slice_index(interp, v).map(Some),
        }
    };
    let (raw_start, raw_end) = (bound(a.get(1))?, bound(a.get(2))?);
    let d = b.borrow();
    let len = d.len() as i64;
    let adjust = |i: i64| {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = raw_start.map_or(0, adjust);
    let end = raw_end.map_or(len, adjust).min(len);
    // CPython's `tailmatch`, for one prefix (or suffix).
    let mut test = |p: &Value| -> PyResult<bool> {
        let p = crate::types::memoryview::readable(p)?;
        let p = p.bytes();
        let slen = p.len() as i64;
        let mut from = start;
        if suffix {
            if end - from < slen || from > len {
                return Ok(false);
            }
            from = from.max(end - slen);
        } else if from > len - slen {
            return Ok(false);
        }
        if end - from < slen {
            return Ok(false);
        }
        let from = from as usize;
        crate::types::sequence::bytes_eq(interp, &d[from..from + p.len()], &p)
    };
    match a[0].unwrap_native() {
        Value::Tuple(items) => {
            for item in items.iter() {
                if test(item)? {
                    return Ok(Value::Bool(BoolWord::TRUE));
                }
            }
            Ok(Value::Bool(BoolWord::FALSE))
        }
        _ => test(&a[0]).map(Value::from_bool).map_err(|e| {
            if e.pending_kind() == Some(crate::error::ExcKind::TypeError) {
                PyErr::type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    a[0].type_name()
                ))
            } else {
                e
            }
        }),
    }
}

pub(super) fn startswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "startswith", false)
}

pub(super) fn endswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "endswith", true)
}

// ----- splitting and joining -----

/// The separator (checked to be non-empty bytes-like; `None` splits on whitespace) and
/// the most splits to make.
pub(super) fn split_args(
    interp: &mut Interp,
    args: Args,
    name: &str,
) -> PyResult<(Option<Value>, usize)> {
    let [sep, maxsplit] = args.parse(name, ["sep", "maxsplit"], 0)?;
    // CPython converts maxsplit before it looks at the separator.
    let max = match maxsplit {
        Some(m) => crate::types::numbers::index::ssize_arg(interp, &m)?,
        None => -1,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            if arg_bytes(&v)?.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(v)
        }
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

pub(super) fn split(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(interp, args, "split")?;
    let sep = sep.as_ref().map(arg_bytes).transpose()?;
    let d = buf(this)?.borrow();
    // Room for a dozen parts up front, as CPython's split allocates.
    let mut parts: Vec<Value> = Vec::with_capacity(12);
    match sep {
        Some(sep) => {
            // Parts are made as the matches are found: the search charges a step per
            // match, piece by piece, so the memory check sees the list grow.
            let mut start = 0;
            for_each_match(interp, &d, &sep, max, |pos| {
                parts.push(like(this, &d[start..pos]));
                start = pos + sep.len();
            })?;
            // No match: an exact bytes object is its own only part.
            parts.push(part(this, &d, start..d.len()));
        }
        None => {
            charge_bytes(interp, d.len())?;
            let mut i = 0;
            while i < d.len() {
                interp.limits.tick()?;
                while i < d.len() && is_space(d[i]) {
                    i += 1;
                }
                if i == d.len() {
                    break;
                }
                if parts.len() == max {
                    parts.push(like(this, &d[i..]));
                    break;
                }
                let start = i;
                while i < d.len() && !is_space(d[i]) {
                    i += 1;
                }
                parts.push(part(this, &d, start..i));
            }
        }
    }
    Ok(Value::list(parts))
}

pub(super) fn rsplit(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(interp, args, "rsplit")?;
    let sep = sep.as_ref().map(arg_bytes).transpose()?;
    let d = buf(this)?.borrow();
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < max {
                interp.limits.tick()?;
                match rfind_chunked(interp, &d[..end], &sep)? {
                    Some(pos) => {
                        parts.push(like(this, &d[pos + sep.len()..end]));
                        end = pos;
                    }
                    None => break,
                }
            }
            parts.push(part(this, &d, 0..end));
        }
        None => {
            charge_bytes(interp, d.len())?;
            let mut i = d.len();
            while i > 0 {
                interp.limits.tick()?;
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == max {
                    parts.push(like(this, &d[..i]));
                    break;
                }
                let end = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                parts.push(part(this, &d, i..end));
            }
        }
    }
    parts.reverse();
    Ok(Value::list(parts))
}

pub(super) fn partition_impl(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let a = args.range(name, 1, 1)?;
    let sep = match a[0].as_memoryview() {
        // bytearray copies any live view (`_PyByteArray_FromBufferObject` asks for
        // PyBUF_FULL_RO): a non-contiguous one too.
        Some(m) if !m.is_released() && this.bytearray_buffer().is_some() => {
            BytesArg::Owned(m.to_bytes())
        }
        _ => arg_bytes(&a[0])?,
    };
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = data(this)?;
    let found = if reverse {
        rfind_chunked(interp, &d, &sep)?
    } else {
        find_chunked(interp, &d, &sep)?
    };
    // bytes hands back the separator object itself, bytearray a new bytearray.
    let middle = |found: bool| match (this, found) {
        (Value::Bytes(_), true) => a[0].clone(),
        _ => like(this, if found { sep.to_vec() } else { vec![] }),
    };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            like(this, d[..i].to_vec()),
            middle(true),
            like(this, d[i + sep.len()..].to_vec()),
        ],
        None if reverse => vec![like(this, vec![]), middle(false), unchanged(this, &d)],
        None => vec![unchanged(this, &d), middle(false), like(this, vec![])],
    }))
}

pub(super) fn partition(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(interp, this, args, "partition", false)
}

pub(super) fn rpartition(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(interp, this, args, "rpartition", true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn find_bytes_agrees_with_a_naive_search() {
        let naive = |h: &[u8], n: &[u8]| h.windows(n.len()).position(|w| w == n);
        // Haystacks around the short-search boundary, needles of common and rare bytes.
        let mut seed = 7u32;
        for len in [0, 1, 2, 5, 63, 255, 256, 257, 300, 700] {
            let hay: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
                    b" aab=Z"[(seed >> 16) as usize % 6]
                })
                .collect();
            for start in (0..len.max(1)).step_by(7) {
                for n in 2..6 {
                    let needle = if start + n <= len {
                        hay[start..start + n].to_vec()
                    } else {
                        b" aZ=b"[..n].to_vec()
                    };
                    assert_eq!(super::find_bytes(&hay, &needle), naive(&hay, &needle));
                }
            }
        }
    }
}
