//! `bytes(x)` and `bytearray(x)`, and `PyObject_Bytes` (`int.from_bytes`): the source
//! tried in CPython's order (`bytes_new_impl`, `bytearray___init___impl`): `__bytes__`
//! (bytes only), str, `__index__` (a count of zero bytes), a buffer, a list or tuple,
//! then any iterable, each with CPython's errors.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::{index, int};
use crate::types::sequence;

use super::{byte_value, bytes_like, data};

pub(super) fn bytes_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [source, encoding, errors] = args.parse("bytes", ["source", "encoding", "errors"], 0)?;
    check_text_args("bytes", &encoding, &errors)?;
    let Some(x) = source else {
        return without_source(&encoding, &errors).map(|_| Value::bytes(Vec::new()));
    };
    if encoding.is_some() {
        return encoded(interp, &x, encoding, errors).map(Value::bytes);
    }
    if errors.is_some() {
        return Err(PyErr::type_error(if x.as_pystr().is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    // An exact bytes object is its own `__bytes__`.
    if let Value::Bytes(_) = x {
        return Ok(x);
    }
    if let Some(b) = dunder_bytes(interp, &x)? {
        return Ok(b);
    }
    if x.as_pystr().is_some() {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    if let Some(n) = count(interp, &x)? {
        return zeroed(interp, n).map(Value::bytes);
    }
    from_object(interp, &x, false).map(Value::bytes)
}

pub(super) fn bytearray_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [source, encoding, errors] =
        args.parse("bytearray", ["source", "encoding", "errors"], 0)?;
    check_text_args("bytearray", &encoding, &errors)?;
    let Some(x) = source else {
        return without_source(&encoding, &errors).map(|_| Value::bytearray(Vec::new()));
    };
    if x.as_pystr().is_some() {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        return encoded(interp, &x, encoding, errors).map(Value::bytearray);
    }
    without_source(&encoding, &errors)?;
    if let Some(n) = count(interp, &x)? {
        return zeroed(interp, n).map(Value::bytearray);
    }
    from_object(interp, &x, true).map(Value::bytearray)
}

/// `PyObject_Bytes(v)` (`int.from_bytes`): `__bytes__`, else as `bytes(v)` reads a
/// buffer or an iterable (no count, no str refusal).
pub fn bytes_from_object(interp: &mut Interp, v: &Value, _what: &str) -> PyResult<Vec<u8>> {
    if let Value::Bytes(b) = v {
        return Ok(b.to_vec());
    }
    if let Some(b) = dunder_bytes(interp, v)? {
        return Ok(b.bytes_copy());
    }
    from_object(interp, v, false)
}

/// `b.__bytes__()`: an exact bytes object itself, a subclass's value as an exact copy.
pub(super) fn dunder_bytes_method(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__bytes__", 0, 0)?;
    match this {
        Value::Bytes(_) => Ok(this.clone()),
        other => Ok(Value::bytes(other.bytes_copy())),
    }
}

/// `b.__getnewargs__()`: the value as an exact bytes object, in a tuple (for copy and
/// pickle).
pub(super) fn getnewargs(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__getnewargs__", 0, 0)?;
    let b = match this {
        Value::Bytes(_) => this.clone(),
        other => Value::bytes(other.bytes_copy()),
    };
    Ok(Value::tuple(vec![b]))
}

/// `ba.__alloc__()`: the bytes CPython would have allocated for the contents as they
/// stand (its length and a trailing NUL; nothing when empty). minipy does not expose
/// its own growth policy.
pub(super) fn alloc(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__alloc__", 0, 0)?;
    let n = super::len(this);
    Ok(Value::Int(if n == 0 { 0 } else { n as i64 + 1 }))
}

fn check_text_args(name: &str, encoding: &Option<Value>, errors: &Option<Value>) -> PyResult<()> {
    crate::object::args::check_str_args(name, [("encoding", encoding), ("errors", errors)])
}

/// Encoding or errors given without a str to apply them to.
fn without_source(encoding: &Option<Value>, errors: &Option<Value>) -> PyResult<()> {
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    Ok(())
}

fn encoded(
    interp: &mut Interp,
    x: &Value,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Vec<u8>> {
    let Some(s) = x.as_pystr() else {
        return Err(PyErr::type_error("encoding without a string argument"));
    };
    let v = super::text::encode_str(interp, s.as_str(), encoding, errors)?;
    let d = data(&v)?;
    sequence::clone_bytes(interp, &d)
}

/// What `x.__bytes__()` returns, when its type has one (a bytes subclass inherits
/// bytes' own, which copies).
fn dunder_bytes(interp: &mut Interp, x: &Value) -> PyResult<Option<Value>> {
    let name = interp.intern("__bytes__");
    if let Some(r) = interp.call_special(x, name, Vec::new) {
        let r = r?;
        if r.bytes_buffer().is_none() {
            return Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.type_name()
            )));
        }
        // (CPython returns a subclass instance as it is; minipy's constructor makes an
        // exact bytes, which a subclass's `__new__` can carry.)
        return Ok(Some(match &r {
            Value::Bytes(_) => r,
            other => Value::bytes(other.bytes_copy()),
        }));
    }
    Ok(x.bytes_buffer().map(|b| Value::bytes(b.to_vec())))
}

/// The count of an int-like source (`_PyIndex_Check`), or `None` to read it as data: a
/// TypeError from its `__index__` falls through to that, as in CPython.
fn count(interp: &mut Interp, x: &Value) -> PyResult<Option<usize>> {
    let is_index =
        int::is_int(x.unwrap_native()) || interp.special_method(x, sym::__index__).is_some();
    if !is_index {
        return Ok(None);
    }
    match index::index_i64_overflow(interp, x) {
        Ok(n) if n < 0 => Err(PyErr::value_error("negative count")),
        Ok(n) => Ok(Some(n as usize)),
        Err(e) if is_type_error(interp, &e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `n` zero bytes, inline when they fit (one allocation for a small `bytearray(n)`).
fn zeroed(interp: &mut Interp, n: usize) -> PyResult<crate::object::buffer::ByteVec> {
    interp.limits.check_alloc(n)?;
    crate::object::buffer::zeroed(n)
}

/// `PyBytes_FromObject` (and bytearray's reading of its source): a buffer's bytes, else
/// the ints of an iterable.
fn from_object(interp: &mut Interp, x: &Value, for_bytearray: bool) -> PyResult<Vec<u8>> {
    if x.as_pystr().is_some() {
        let what = if for_bytearray { "bytearray" } else { "bytes" };
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to {what}",
            x.type_name()
        )));
    }
    if crate::types::memoryview::exports_buffer(x) {
        if let Some(m) = x.as_memoryview() {
            m.check()?;
            sequence::charge_bytes(interp, m.nbytes())?;
        }
        return match x.byte_buffer() {
            Some(b) => sequence::clone_bytes(interp, &b.borrow()),
            None => Ok(bytes_like(x).unwrap_or_default()),
        };
    }
    from_iterable(interp, x, for_bytearray)
}

/// The ints of an iterable `v`.
pub(super) fn from_iterable(
    interp: &mut Interp,
    v: &Value,
    for_bytearray: bool,
) -> PyResult<Vec<u8>> {
    let what = if for_bytearray { "bytearray" } else { "bytes" };
    let it = iter_or(interp, v, || {
        format!("cannot convert '{}' object to {what}", v.type_name())
    })?;
    if !for_bytearray {
        // bytes() asks for the length to size its result: what answering raises is raised.
        length_hint(interp, v)?;
    }
    iterated_bytes(interp, &it, for_bytearray)
}

/// The bytes an iterator yields, each converted as it comes (as CPython interleaves
/// `__next__` and `__index__`).
pub(super) fn iterated_bytes(
    interp: &mut Interp,
    it: &Value,
    for_bytearray: bool,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(item) = interp.next(it)? {
        out.push(byte_value(interp, &item, for_bytearray)?);
    }
    Ok(out)
}

/// An iterator over `v`; a TypeError from asking for it becomes `msg()`, other errors
/// (raised by `__iter__`) pass through.
pub(super) fn iter_or(
    interp: &mut Interp,
    v: &Value,
    msg: impl FnOnce() -> String,
) -> PyResult<Value> {
    interp.iter(v).map_err(|e| {
        if is_type_error(interp, &e) {
            PyErr::type_error(msg())
        } else {
            e
        }
    })
}

/// Whether `e` is a TypeError (raised by Python code or not), as `PyErr_ExceptionMatches`.
fn is_type_error(interp: &Interp, e: &PyErr) -> bool {
    let class = interp.exc_class(ExcKind::TypeError);
    interp.err_matches(e, &class)
}

/// CPython's `PyObject_LengthHint(v)`, for its errors only (minipy grows its result as
/// it goes): a user `__len__`, else `__length_hint__`; a TypeError from either is
/// ignored, anything else raised.
pub(super) fn length_hint(interp: &mut Interp, v: &Value) -> PyResult<()> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(());
    }
    if interp.special_method(v, sym::__len__).is_some() {
        match interp.len(v) {
            Ok(_) => return Ok(()),
            Err(e) if is_type_error(interp, &e) => {}
            Err(e) => return Err(e),
        }
    }
    let name = interp.intern("__length_hint__");
    let r = match interp.call_special(v, name, Vec::new) {
        None => return Ok(()),
        Some(Err(e)) if is_type_error(interp, &e) => return Ok(()),
        Some(r) => r?,
    };
    if let Value::NotImplemented = r {
        return Ok(());
    }
    let Some(n) = int::to_bigint(&r) else {
        return Err(PyErr::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.type_name()
        )));
    };
    let n = num_traits::ToPrimitive::to_i64(&n)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?;
    if n < 0 {
        return Err(PyErr::value_error("__length_hint__() should return >= 0"));
    }
    Ok(())
}
