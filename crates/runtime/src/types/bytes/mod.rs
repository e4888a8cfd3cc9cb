//! bytes and bytearray: one implementation over `&[u8]`, each method a small function
//! shared by both types (results keep the receiver's type where CPython's do).

mod compare;
mod construct;
mod methods;
mod protocol;
mod search;
pub use compare::{compare, eq, native_eq, ordering};
pub use construct::bytes_from_object;
use construct::{
    bytearray_new, bytes_new, dunder_bytes_method, from_iterable, iter_or, iterated_bytes,
    length_hint,
};
use methods::*;
pub use protocol::{binary, hash, inplace, item, len, repr};
use search::*;
pub use search::{count_chunked, find_all_chunked, find_chunked, rfind_chunked};
pub mod text;

use std::cell::Ref;
use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::buffer::{Buffer, ByteVec};
use crate::object::value::{SliceValue, Value};
use crate::types::sequence;

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
    // The special methods: the operations the syntax uses, as methods; the shared
    // groups first, then the ones bytes and bytearray define their own way.
    for name in ["bytes", "bytearray"] {
        interp.add_methods(name, crate::types::special_methods::COMMON);
        interp.add_methods(name, crate::types::special_methods::CONTAINER);
        interp.add_methods(name, compare::RICH_COMPARE);
        interp.add_methods(name, protocol::OPERATORS);
    }
    interp.add_methods(
        "bytes",
        &[
            ("__bytes__", dunder_bytes_method),
            ("__getnewargs__", construct::getnewargs),
        ],
    );
    interp.add_methods("bytearray", crate::types::special_methods::MUTABLE);
    interp.add_methods(
        "bytearray",
        &[
            ("__imul__", protocol::imul_method),
            ("__alloc__", construct::alloc),
        ],
    );
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

/// The part `d[r]` of the receiver, of its type: all of an exact bytes object is that
/// object itself, as CPython hands it back rather than copying.
pub(super) fn part(this: &Value, d: &[u8], r: std::ops::Range<usize>) -> Value {
    if r.start == 0 && r.end == d.len() && matches!(this, Value::Bytes(_)) {
        return this.clone();
    }
    like(this, &d[r])
}

/// The receiver's bytes unchanged: itself for an exact bytes object, else a copy.
pub(super) fn unchanged(this: &Value, d: &[u8]) -> Value {
    part(this, d, 0..d.len())
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
    #[inline(always)]
    fn deref(&self) -> &[u8] {
        match self {
            BytesArg::Borrowed(r) => r,
            BytesArg::Owned(v) => v,
            BytesArg::Byte(b) => b,
        }
    }
}

/// Borrows the bytes of any bytes-like object, or `None`.
#[inline(always)]
pub fn bytes_arg(v: &Value) -> Option<BytesArg<'_>> {
    match v.byte_buffer() {
        Some(b) => Some(BytesArg::Borrowed(b.borrow())),
        None => bytes_like(v).map(BytesArg::Owned),
    }
}

/// The bytes of any bytes-like object, copied, or `None`.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.byte_buffer() {
        Some(b.to_vec())
    } else if let Some(m) = v.as_memoryview() {
        (!m.is_released()).then(|| m.to_bytes())
    } else {
        v.as_array().map(|a| a.buf.to_vec())
    }
}

/// Whether `v` is a view CPython's `PyObject_GetBuffer(PyBUF_SIMPLE)` refuses: a released
/// or non-C-contiguous memoryview.
#[inline(always)]
fn refused_view(v: &Value) -> bool {
    v.as_memoryview()
        .is_some_and(|m| m.is_released() || !m.is_c_contiguous())
}

/// The bytes of a `PyBUF_SIMPLE` buffer argument, or `None` where CPython's request fails
/// (a non-exporter, a released or non-contiguous view) and the caller words its own error.
#[inline(always)]
pub(super) fn simple_arg(v: &Value) -> Option<BytesArg<'_>> {
    if refused_view(v) {
        return None;
    }
    bytes_arg(v)
}

/// A `PyBUF_SIMPLE` buffer argument: `None` for a non-exporter; a released view's
/// ValueError or a non-contiguous view's BufferError, as `PyObject_GetBuffer` raises them.
#[inline(always)]
pub(super) fn buffer_arg(v: &Value) -> PyResult<Option<BytesArg<'_>>> {
    if refused_view(v) {
        crate::types::memoryview::readable(v)?;
    }
    Ok(bytes_arg(v))
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
#[inline]
pub(super) fn arg_bytes(v: &Value) -> PyResult<BytesArg<'_>> {
    buffer_arg(v)?.ok_or_else(|| messages::bytes_like_required(v.type_name()))
}

/// An int in range(256) (`__index__` honoured).
pub(super) fn byte_value(interp: &mut Interp, v: &Value, for_bytearray: bool) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => return Err(messages::byte_range(for_bytearray)),
        other => {
            if matches!(other, Value::Instance(_)) {
                // Any int from `__index__` beyond a byte is out of range.
                let n = crate::types::numbers::index::index_of(interp, other)?;
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
        // (A short slice is too little work to charge: the statement's step covers it.)
        if sl.count > 4096 {
            sequence::charge_bytes(interp, sl.count)?;
        }
        let start = sl.start as usize;
        return Ok(part(obj, &d, start..start + sl.count));
    }
    sequence::charge_items(interp, sl.count / 8)?;
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
    Ok(find_chunked(interp, &data(container)?, &n)?.is_some())
}

fn int_in_range(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        Value::Bool(b) => Ok(b.get() as u8),
        _ => Err(messages::byte_range(true)),
    }
}

/// `repr` of bytes content: `b'...'`.
pub fn bytes_repr(data: &[u8]) -> String {
    bytes_repr_with(data, false)
}

/// bytearray's repr escapes `'` even inside double quotes, as CPython's does.
pub fn bytes_repr_with(data: &[u8], always_escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote || (always_escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}
