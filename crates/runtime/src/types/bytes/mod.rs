//! bytes and bytearray: one implementation over `&[u8]`, each method a small function
//! shared by both types (results keep the receiver's type where CPython's do).

pub mod text;

use std::cell::Ref;
use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::buffer::{Buffer, ByteVec};
use crate::object::value::{SliceValue, Value};
use crate::protocols::args::Args;
use crate::protocols::sequence;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("bytes", bytes_new);
    interp.add_constructor("bytearray", bytearray_new);
    let shared: &[crate::interp::MethodDef] = &[
        ("decode", crate::types::bytes::text::decode),
        ("hex", crate::types::bytes::text::hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("replace", replace),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("partition", partition),
        ("rpartition", rpartition),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isascii", isascii),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("splitlines", splitlines),
        ("expandtabs", expandtabs),
        ("translate", translate),
    ];
    interp.add_methods("bytes", shared);
    interp.add_methods("bytearray", shared);
    interp.add_methods(
        "bytearray",
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    interp.add_class_methods(
        "bytes",
        &[
            ("fromhex", crate::types::bytes::text::fromhex),
            ("maketrans", maketrans),
        ],
    );
    interp.add_class_methods(
        "bytearray",
        &[
            ("fromhex", crate::types::bytes::text::fromhex),
            ("maketrans", maketrans),
        ],
    );
}

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
fn find_short(hay: &[u8], needle: &[u8]) -> Option<usize> {
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
fn find_all<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut start = 0;
    std::iter::from_fn(move || {
        let p = start + find_bytes(hay.get(start..)?, needle)?;
        start = p + needle.len();
        Some(p)
    })
}

pub(super) fn buf(v: &Value) -> PyResult<&Rc<Buffer>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Ok(b),
        other => Err(messages::bytes_like_required(other.type_name())),
    }
}

/// The receiver's bytes, borrowed: only for methods that run no Python code meanwhile.
pub(super) fn data(v: &Value) -> PyResult<Ref<'_, ByteVec>> {
    Ok(buf(v)?.borrow())
}

/// A new object of the receiver's type.
pub(super) fn like(this: &Value, data: impl crate::object::buffer::IntoBytes) -> Value {
    match this {
        Value::ByteArray(_) => Value::bytearray(data),
        _ => Value::bytes(data),
    }
}

/// The bytes of a bytes-like argument: borrowed from bytes and bytearray, copied from
/// other exporters. Only for methods that run no Python code while holding it.
pub enum BytesArg<'a> {
    Borrowed(Ref<'a, ByteVec>),
    Owned(Vec<u8>),
    /// An int needle.
    Byte([u8; 1]),
}

impl std::ops::Deref for BytesArg<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BytesArg::Borrowed(r) => r,
            BytesArg::Owned(v) => v,
            BytesArg::Byte(b) => b,
        }
    }
}

/// Borrows the bytes of any bytes-like object, or `None`.
pub fn bytes_arg(v: &Value) -> Option<BytesArg<'_>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Some(BytesArg::Borrowed(b.borrow())),
        other => bytes_like(other).map(BytesArg::Owned),
    }
}

/// The bytes of any bytes-like object, copied, or `None`.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Some(b.to_vec()),
        Value::MemoryView(m) if !m.is_released() => Some(m.to_bytes()),
        Value::Array(a) => Some(a.buf.to_vec()),
        _ => None,
    }
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
pub(super) fn arg_bytes(v: &Value) -> PyResult<BytesArg<'_>> {
    bytes_arg(v).ok_or_else(|| messages::bytes_like_required(v.type_name()))
}

/// `bytes(x)` semantics for an argument that must convert to bytes (`int.from_bytes`).
pub fn bytes_from_object(interp: &mut Interp, v: &Value, _what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    from_iterable(interp, v, false)
}

fn from_iterable(interp: &mut Interp, v: &Value, for_bytearray: bool) -> PyResult<Vec<u8>> {
    let what = if for_bytearray { "bytearray" } else { "bytes" };
    let it = iter_or(interp, v, || {
        format!("cannot convert '{}' object to {what}", v.type_name())
    })?;
    iterated_bytes(interp, &it, for_bytearray)
}

/// An iterator over `v`; a TypeError from asking for it becomes `msg()`, other errors
/// (raised by `__iter__`) pass through.
fn iter_or(interp: &mut Interp, v: &Value, msg: impl FnOnce() -> String) -> PyResult<Value> {
    interp.iter(v).map_err(|e| {
        if e.pending_kind() == Some(crate::error::ExcKind::TypeError) {
            PyErr::type_error(msg())
        } else {
            e
        }
    })
}

/// The bytes an iterator yields, each converted as it comes (as CPython interleaves
/// `__next__` and `__index__`).
fn iterated_bytes(interp: &mut Interp, it: &Value, for_bytearray: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(item) = interp.next(it)? {
        out.push(byte_value(interp, &item, for_bytearray)?);
    }
    Ok(out)
}

/// An int in range(256) (`__index__` honoured).
fn byte_value(interp: &mut Interp, v: &Value, for_bytearray: bool) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(messages::byte_range(for_bytearray)),
        other => {
            if matches!(other, Value::Instance(_)) {
                // Any int from `__index__` beyond a byte is out of range.
                let n = crate::builtins::functions::index_of(interp, other)?;
                num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1)
            } else {
                return Err(messages::cannot_interpret_as_int(other.type_name()));
            }
        }
    };
    if !(0..256).contains(&n) {
        return Err(messages::byte_range(for_bytearray));
    }
    Ok(n as u8)
}

fn construct(interp: &mut Interp, args: Args, for_bytearray: bool) -> PyResult<Vec<u8>> {
    let name = if for_bytearray { "bytearray" } else { "bytes" };
    let [source, encoding, errors] = args.parse(name, ["source", "encoding", "errors"], 0)?;
    crate::protocols::args::check_str_args(name, [("encoding", &encoding), ("errors", &errors)])?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(vec![]);
    };
    if let Value::Str(s) = &source {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let v = crate::types::bytes::text::encode_str(interp, s.as_str(), encoding, errors)?;
        return Ok(data(&v)?.to_vec());
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    match &source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = crate::builtins::functions::index_i64(interp, &source).map_err(|_| {
                PyErr::overflow_error("cannot fit 'int' into an index-sized integer")
            })?;
            if n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            interp.limits.check_alloc(n as usize)?;
            messages::try_zeroed(n as usize)
        }
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) | Value::Array(_) => {
            if let Value::MemoryView(m) = &source {
                m.check()?;
            }
            Ok(bytes_like(&source).unwrap_or_default())
        }
        Value::Instance(_) => {
            let s = interp.intern("__bytes__");
            if !for_bytearray {
                if let Some(r) = interp.call_special(&source, s, vec![]) {
                    let r = r?;
                    return match r {
                        Value::Bytes(b) => Ok(b.to_vec()),
                        other => Err(PyErr::type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            if interp
                .special_method(&source, crate::object::intern::sym::__index__)
                .is_some()
            {
                let n = crate::builtins::functions::index_i64_overflow(interp, &source)?;
                if n < 0 {
                    return Err(PyErr::value_error("negative count"));
                }
                interp.limits.check_alloc(n as usize)?;
                return messages::try_zeroed(n as usize);
            }
            from_iterable(interp, &source, for_bytearray)
        }
        Value::Float(_) => Err(PyErr::type_error(format!(
            "cannot convert 'float' object to {name}"
        ))),
        other => from_iterable(interp, other, for_bytearray),
    }
}

fn bytes_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = Value::bytes(construct(interp, args, false)?);
    interp.limits.track(&v);
    Ok(v)
}

fn bytearray_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = Value::bytearray(construct(interp, args, true)?);
    interp.limits.track(&v);
    Ok(v)
}

// ----- subscription -----

/// bytes says "index out of range", bytearray names itself.
fn index_error(obj: &Value) -> PyErr {
    match obj {
        Value::ByteArray(_) => messages::index_out_of_range("bytearray"),
        _ => PyErr::index_error("index out of range"),
    }
}

/// `b[a:b:c]`, of the receiver's type (the bounds are converted before it is read).
pub fn get_slice(interp: &mut Interp, obj: &Value, s: &SliceValue) -> PyResult<Value> {
    let u = sequence::unpack(interp, s)?;
    let d = buf(obj)?.borrow();
    let sl = u.adjust(d.len());
    if sl.step == 1 {
        let start = sl.start as usize;
        return Ok(like(obj, &d[start..start + sl.count]));
    }
    Ok(like(obj, sequence::take(&d, &sl)))
}

pub fn get_item(interp: &mut Interp, obj: &Value, key: &Value) -> PyResult<Value> {
    let b = buf(obj)?;
    let i = match key {
        Value::Int(i) => *i,
        Value::Slice(s) => return get_slice(interp, obj, s),
        other => sequence::index_operand(
            other,
            if matches!(obj, Value::ByteArray(_)) {
                "bytearray"
            } else {
                "byte"
            },
        )?,
    };
    let d = b.borrow();
    match sequence::index(i, d.len()) {
        Some(j) => Ok(Value::Int(d[j] as i64)),
        None => Err(index_error(obj)),
    }
}

/// Whether CPython's `PyNumber_Check` holds: such values cannot fill a bytearray slice.
fn is_number(interp: &mut Interp, v: &Value) -> bool {
    use crate::object::intern::sym;
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Instance(_) => [sym::__index__, sym::__int__, sym::__float__]
            .into_iter()
            .any(|name| interp.special_method(v, name).is_some()),
        _ => false,
    }
}

pub fn set_item(interp: &mut Interp, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
    let b = buf(obj)?;
    let Value::Slice(s) = key else {
        let i = sequence::index_operand(key, "bytearray")?;
        // The value first: its `__index__` may resize the bytearray.
        let x = byte_value(interp, &v, true)?;
        let mut d = b.borrow_mut();
        return match sequence::index(i, d.len()) {
            Some(j) => {
                d[j] = x;
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    };
    let new = match &v {
        Value::ByteArray(o) if !Rc::ptr_eq(o, b) => o.to_vec(),
        other => {
            // CPython converts the bounds, refuses numbers and str, copies the value into
            // a new bytearray (which may run Python code), then starts over: the bounds
            // are converted twice.
            sequence::unpack(interp, s)?;
            if matches!(other, Value::Str(_)) || is_number(interp, other) {
                return Err(assign_only_bytes());
            }
            match bytes_like(other) {
                Some(d) => d,
                None => from_iterable(interp, other, true)?,
            }
        }
    };
    let u = sequence::unpack(interp, s)?;
    let len = b.len();
    let sl = u.adjust(len);
    if sl.step != 1 {
        if new.is_empty() {
            return delete_extended(b, &sl);
        }
        if new.len() != sl.count {
            return Err(messages::assignment_size_mismatch(new.len(), sl.count));
        }
        let mut d = b.borrow_mut();
        for (i, x) in sl.indices().zip(new) {
            d[i] = x;
        }
        return Ok(());
    }
    let new_len = len - sl.count + new.len();
    let mut d = b.resize_to(new_len)?;
    let start = sl.start as usize;
    crate::object::buffer::splice(&mut d, start..start + sl.count, &new);
    Ok(())
}

fn assign_only_bytes() -> PyErr {
    PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
}

/// `del b[a:b:c]` with a step other than 1: refused while exported, even when it selects
/// nothing (as CPython).
fn delete_extended(b: &Buffer, sl: &sequence::Slice) -> PyResult<()> {
    let mut d = b.resize()?;
    let kept = sequence::delete_slice(&mut d, sl);
    d.truncate(kept);
    Ok(())
}

pub fn del_item(interp: &mut Interp, obj: &Value, key: &Value) -> PyResult<()> {
    let b = buf(obj)?;
    match key {
        Value::Slice(s) => {
            let sl = sequence::unpack(interp, s)?.adjust(b.len());
            if sl.step != 1 {
                return delete_extended(b, &sl);
            }
            if sl.count == 0 {
                return Ok(());
            }
            let mut d = b.resize()?;
            let kept = sequence::delete_slice(&mut d, &sl);
            d.truncate(kept);
            Ok(())
        }
        _ => {
            let i = sequence::index_operand(key, "bytearray")?;
            match sequence::index(i, b.len()) {
                Some(j) => {
                    b.resize()?.remove(j);
                    Ok(())
                }
                None => Err(PyErr::index_error("bytearray index out of range")),
            }
        }
    }
}

pub fn contains(interp: &mut Interp, container: &Value, item: &Value) -> PyResult<bool> {
    let n = needle(interp, item)?.ok_or_else(|| messages::bytes_like_required(item.type_name()))?;
    Ok(find_bytes(&data(container)?, &n).is_some())
}

fn int_in_range(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        Value::Bool(b) => Ok(*b as u8),
        _ => Err(messages::byte_range(true)),
    }
}

// ----- searching -----

/// The needle of `in`, find, count and index: an int (which may run `__index__`) or a
/// bytes-like object; `None` for anything else.
fn needle<'a>(interp: &mut Interp, v: &'a Value) -> PyResult<Option<BytesArg<'a>>> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_in_range(v)?,
        Value::Instance(_)
            if interp
                .special_method(v, crate::object::intern::sym::__index__)
                .is_some() =>
        {
            let n = crate::builtins::functions::index_of(interp, v)?;
            let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1);
            if !(0..256).contains(&n) {
                return Err(messages::byte_range(true));
            }
            n as u8
        }
        other => return Ok(bytes_arg(other)),
    };
    Ok(Some(BytesArg::Byte([n])))
}

/// find/count/index's needle, with their error for other types.
fn search_needle<'a>(interp: &mut Interp, v: &'a Value) -> PyResult<BytesArg<'a>> {
    needle(interp, v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        ))
    })
}

/// The haystack `d[start:end]` of a search, with the range clamped: the needle's
/// `__index__` may have shrunk the object since the range was computed.
fn haystack(d: &[u8], start: usize, end: usize) -> &[u8] {
    let end = end.min(d.len());
    &d[start.min(end)..end]
}

/// Arguments are converted in CPython's order: the range first, then the needle.
fn search(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<i64> {
    let a = args.range_old(name, 1, 3)?;
    let b = buf(this)?;
    let r = crate::builtins::functions::search_range(interp, b.len(), a.get(1), a.get(2))?;
    let n = search_needle(interp, &a[0])?;
    if r.start_past_end {
        return Ok(-1);
    }
    let d = b.borrow();
    let hay = haystack(&d, r.start, r.end);
    let found = if reverse {
        rfind_bytes(hay, &n)
    } else {
        find_bytes(hay, &n)
    };
    Ok(found.map_or(-1, |p| (r.start + p) as i64))
}

fn find(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    search(interp, this, args, "find", false).map(Value::Int)
}

fn rfind(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    search(interp, this, args, "rfind", true).map(Value::Int)
}

fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match search(interp, this, args, "index", false)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match search(interp, this, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range_old("count", 1, 3)?;
    let b = buf(this)?;
    let r = crate::builtins::functions::search_range(interp, b.len(), a.get(1), a.get(2))?;
    let n = search_needle(interp, &a[0])?;
    if r.start_past_end {
        return Ok(Value::Int(0));
    }
    let d = b.borrow();
    let hay = haystack(&d, r.start, r.end);
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    Ok(Value::Int(find_all(hay, &n).count() as i64))
}

fn affix(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let a = args.range_old(name, 1, 3)?;
    let b = buf(this)?;
    let r = crate::builtins::functions::search_range(interp, b.len(), a.get(1), a.get(2))?;
    let d = b.borrow();
    // A start past the end matches nothing, but the prefixes are still type-checked.
    let hay = (!r.start_past_end).then(|| haystack(&d, r.start, r.end));
    let test = |p: &[u8]| {
        hay.is_some_and(|hay| {
            if suffix {
                hay.ends_with(p)
            } else {
                hay.starts_with(p)
            }
        })
    };
    match &a[0] {
        Value::Tuple(items) => {
            for item in items.iter() {
                let p = arg_bytes(item)?;
                if test(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match bytes_arg(other) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => Err(PyErr::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                other.type_name()
            ))),
        },
    }
}

fn startswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "startswith", false)
}

fn endswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "endswith", true)
}

// ----- splitting and joining -----

/// The separator (checked to be non-empty bytes-like; `None` splits on whitespace) and
/// the most splits to make.
fn split_args(interp: &mut Interp, args: Args, name: &str) -> PyResult<(Option<Value>, usize)> {
    let [sep, maxsplit] = args.parse(name, ["sep", "maxsplit"], 0)?;
    // CPython converts maxsplit before it looks at the separator.
    let max = match maxsplit {
        Some(m) => crate::builtins::functions::ssize_arg(interp, &m)?,
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

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(interp, args, "split")?;
    let sep = sep.as_ref().map(arg_bytes).transpose()?;
    let d = buf(this)?.borrow();
    // Room for a dozen parts up front, as CPython's split allocates.
    let mut parts: Vec<Value> = Vec::with_capacity(12);
    match sep {
        Some(sep) => {
            let mut start = 0;
            for pos in find_all(&d, &sep) {
                if parts.len() == max {
                    break;
                }
                if pos < start {
                    continue;
                }
                parts.push(like(this, &d[start..pos]));
                start = pos + sep.len();
            }
            parts.push(like(this, &d[start..]));
        }
        None => {
            let mut i = 0;
            while i < d.len() {
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
                parts.push(like(this, &d[start..i]));
            }
        }
    }
    Ok(Value::list(parts))
}

fn rsplit(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(interp, args, "rsplit")?;
    let sep = sep.as_ref().map(arg_bytes).transpose()?;
    let d = buf(this)?.borrow();
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < max {
                match rfind_bytes(&d[..end], &sep) {
                    Some(pos) => {
                        parts.push(like(this, &d[pos + sep.len()..end]));
                        end = pos;
                    }
                    None => break,
                }
            }
            parts.push(like(this, &d[..end]));
        }
        None => {
            let mut i = d.len();
            while i > 0 {
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
                parts.push(like(this, &d[i..end]));
            }
        }
    }
    parts.reverse();
    Ok(Value::list(parts))
}

fn join(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
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
            collected = interp.collect(other)?;
            &collected
        }
    };
    let sep = data(this)?.to_vec();
    // Size first, so the result is allocated once.
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        total += match item {
            Value::Bytes(b) | Value::ByteArray(b) => b.len(),
            Value::MemoryView(m) => {
                m.check()?;
                if !m.is_c_contiguous() {
                    return Err(PyErr::type_error(format!(
                        "sequence item {i}: expected a bytes-like object, memoryview found"
                    )));
                }
                m.nbytes()
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    other.type_name()
                )))
            }
        };
    }
    interp.limits.check_alloc(total)?;
    let mut out = messages::try_vec(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match item {
            Value::Bytes(b) | Value::ByteArray(b) => out.extend_from_slice(&b.borrow()),
            Value::MemoryView(m) => out.extend_from_slice(&m.to_bytes()),
            _ => {}
        }
    }
    let v = like(this, out);
    interp.limits.track(&v);
    Ok(v)
}

fn replace(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("replace", 2, 3)?;
    // Checked in CPython's order, then borrowed once the count's `__index__` has run.
    arg_bytes(&a[0])?;
    arg_bytes(&a[1])?;
    let max = match a.get(2) {
        Some(c) => crate::builtins::functions::ssize_arg(interp, c)?,
        None => -1,
    };
    let old = arg_bytes(&a[0])?;
    let new = arg_bytes(&a[1])?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let d = data(this)?;
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
    let mut start = 0;
    let mut n = 0;
    for pos in find_all(&d, &old) {
        if n == max {
            break;
        }
        if pos < start {
            continue;
        }
        out.extend_from_slice(&d[start..pos]);
        out.extend_from_slice(&new);
        start = pos + old.len();
        n += 1;
    }
    out.extend_from_slice(&d[start..]);
    Ok(like(this, out))
}

fn strip_impl(this: &Value, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
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
    Ok(like(this, d[s..e].to_vec()))
}

fn strip(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    strip_impl(this, args, "strip", true, true)
}

fn lstrip(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    strip_impl(this, args, "lstrip", true, false)
}

fn rstrip(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    strip_impl(this, args, "rstrip", false, true)
}

fn map_bytes(
    this: &Value,
    args: Args,
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(like(this, f(&data(this)?)))
}

fn upper(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    map_bytes(this, args, "upper", |d| d.to_ascii_uppercase())
}

fn lower(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    map_bytes(this, args, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
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

fn capitalize(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
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

fn title_bytes(d: &[u8]) -> Vec<u8> {
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

fn title(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    map_bytes(this, args, "title", title_bytes)
}

fn partition_impl(this: &Value, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let a = args.range(name, 1, 1)?;
    let sep = arg_bytes(&a[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = data(this)?;
    let found = if reverse {
        rfind_bytes(&d, &sep)
    } else {
        find_bytes(&d, &sep)
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
        None if reverse => vec![like(this, vec![]), middle(false), like(this, &d[..])],
        None => vec![like(this, &d[..]), middle(false), like(this, vec![])],
    }))
}

fn partition(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(this, args, "partition", false)
}

fn rpartition(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(this, args, "rpartition", true)
}

fn test(this: &Value, args: Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    args.range(name, 0, 0)?;
    Ok(Value::Bool(f(&buf(this)?.borrow())))
}

fn isdigit(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| is_space(*b))
    })
}

fn islower(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "istitle", |d| {
        d.iter().any(u8::is_ascii_alphabetic) && title_bytes(d) == d
    })
}

fn isascii(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    test(this, args, "isascii", |d| d.is_ascii())
}

fn removeprefix(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("removeprefix", 1, 1)?;
    let p = arg_bytes(&a[0])?;
    let d = data(this)?;
    Ok(like(this, d.strip_prefix(&*p).unwrap_or(&d).to_vec()))
}

fn removesuffix(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("removesuffix", 1, 1)?;
    let p = arg_bytes(&a[0])?;
    let d = data(this)?;
    Ok(like(this, d.strip_suffix(&*p).unwrap_or(&d).to_vec()))
}

fn pad_args(interp: &mut Interp, args: Args, name: &str) -> PyResult<(usize, u8)> {
    let a = args.range(name, 1, 2)?;
    let width = crate::builtins::functions::ssize_arg(interp, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 && !matches!(v, Value::MemoryView(_)) => f[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                )))
            }
        },
    };
    interp.limits.check_alloc(width)?;
    Ok((width, fill))
}

fn center(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "center")?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(like(this, d.to_vec()));
    }
    let total = width - d.len();
    let left = total / 2 + (total & width & 1);
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(like(this, out))
}

fn ljust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "ljust")?;
    let mut d = data(this)?.to_vec();
    if d.len() < width {
        d.resize(width, fill);
    }
    Ok(like(this, d))
}

fn rjust(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(interp, args, "rjust")?;
    let d = data(this)?;
    let mut out = vec![fill; width.saturating_sub(d.len())];
    out.extend_from_slice(&d);
    Ok(like(this, out))
}

fn zfill(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("zfill", 1, 1)?;
    let width = crate::builtins::functions::ssize_arg(interp, &a[0])?.max(0) as usize;
    interp.limits.check_alloc(width)?;
    let d = data(this)?;
    if width <= d.len() {
        return Ok(like(this, d.to_vec()));
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

fn splitlines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [keepends] = args.parse("splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => interp.truthy(&k)?,
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
            out.push(like(this, d[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(like(this, d[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn expandtabs(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [tabsize] = args.parse("expandtabs", ["tabsize"], 0)?;
    let size = match tabsize {
        Some(t) => crate::builtins::functions::c_int(interp, &t)? as i64,
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

fn translate(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
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
    let out: ByteVec = data(this)?
        .iter()
        .copied()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(this, out))
}

fn maketrans(_: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
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

fn append(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("append", 1, 1)?;
    let x = byte_value(interp, &a[0], true)?;
    buf(this)?.resize()?.push(x);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("extend", 1, 1)?;
    let v = &a[0];
    let b = buf(this)?;
    // Bytes-like arguments are copied straight from their buffer (unless it is this one).
    if !matches!(v, Value::ByteArray(o) if Rc::ptr_eq(o, b)) {
        if let Some(src) = bytes_arg(v) {
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
            iterated_bytes(interp, &it, true)?
        }
    };
    // The length is read after iterating: the iterator may have resized the bytearray.
    let target_len = b.len() + new.len();
    b.resize_to(target_len)?.extend_from_slice(&new);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("pop", 0, 1)?;
    let b = buf(this)?;
    // The index is converted first: its `__index__` may resize the bytearray.
    let i = match a.first() {
        Some(v) => crate::builtins::functions::ssize_arg(interp, v)?,
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

fn insert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("insert", 2, 2)?;
    let i = crate::builtins::functions::ssize_arg(interp, &a[0])?;
    let x = byte_value(interp, &a[1], true)?;
    let b = buf(this)?;
    let j = crate::types::list::insert_position(i, b.len());
    b.resize()?.insert(j, x);
    Ok(Value::None)
}

fn remove(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
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

fn reverse(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("reverse", 0, 0)?;
    buf(this)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    buf(this)?.resize()?.clear();
    Ok(Value::None)
}

fn copy(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("copy", 0, 0)?;
    Ok(Value::bytearray(data(this)?.to_vec()))
}
