//! The methods of `array.array`.

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::sequence;

use super::{exporting, item_at, new_like, resize, resize_to, this, ArrayObj};

pub(super) const METHODS: &[crate::interp::MethodDef] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("tofile", tofile),
    ("fromfile", fromfile),
    ("byteswap", byteswap),
    ("buffer_info", buffer_info),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
    ("__reduce_ex__", reduce_ex),
    // Concatenation and repetition are sequence slots in CPython: a wrong operand
    // raises instead of giving NotImplemented.
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__iadd__", iadd),
    ("__imul__", imul),
];

fn append(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("append", 1, 1)?;
    let bytes = a.encode(interp, &x[0])?;
    resize(a)?.extend_from_slice(&bytes);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("extend", 1, 1)?;
    match x[0].as_array() {
        Some(other) => {
            if other.typecode() != a.typecode() {
                return Err(PyErr::type_error("can only extend with array of same kind"));
            }
            crate::types::sequence::charge_bytes(interp, other.buf.len())?;
            let bytes = other.buf.to_vec();
            let new_len = a.buf.len() + bytes.len();
            resize_to(a, new_len)?.extend_from_slice(&bytes);
        }
        None => {
            // Item by item, as CPython: each is converted, then appended.
            let it = interp.iter(&x[0])?;
            while let Some(item) = interp.next(&it)? {
                let bytes = a.encode(interp, &item)?;
                resize(a)?.extend_from_slice(&bytes);
            }
        }
    }
    Ok(Value::None)
}

fn insert(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("insert", 2, 2)?;
    let i = crate::types::numbers::index::ssize_arg(interp, &x[0])?;
    let bytes = a.encode(interp, &x[1])?;
    let mut d = resize(a)?;
    let j = crate::types::list::insert_position(i, d.len() / a.itemsize()) * a.itemsize();
    crate::object::buffer::splice(&mut d, j..j, &bytes);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("pop", 0, 1)?;
    // The index is converted first: its `__index__` may resize the array.
    let i = match x.first() {
        Some(i) => crate::types::numbers::index::ssize_arg(interp, i)?,
        None => -1,
    };
    if a.is_empty() {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let j =
        sequence::index(i, a.len()).ok_or_else(|| PyErr::index_error("pop index out of range"))?;
    let item = a.try_get(j)?;
    let n = a.itemsize();
    resize(a)?.drain(j * n..(j + 1) * n);
    Ok(item)
}

fn remove(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("remove", 1, 1)?;
    let mut i = 0;
    while let Some(item) = item_at(a, i) {
        if interp.eq(&item, &x[0])? {
            let n = a.itemsize();
            let mut d = resize(a)?;
            if (i + 1) * n <= d.len() {
                d.drain(i * n..(i + 1) * n);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("array.remove(x): x not in array"))
}

fn index(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("index", 1, 3)?;
    let start = match x.get(1) {
        Some(v) => crate::types::numbers::index::slice_index_not_none(interp, v)?,
        None => 0,
    };
    let stop = match x.get(2) {
        Some(v) => crate::types::numbers::index::slice_index_not_none(interp, v)?,
        None => i64::MAX,
    };
    let (mut i, stop) = crate::types::sequence::search_bounds(start, stop, a.len());
    while i < stop {
        let Some(item) = item_at(a, i) else { break };
        interp.limits.tick()?;
        if interp.eq(&item, &x[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    Err(PyErr::value_error("array.index(x): x not in array"))
}

fn count(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("count", 1, 1)?;
    let (mut n, mut i) = (0, 0);
    while let Some(item) = item_at(a, i) {
        interp.limits.tick()?;
        if interp.eq(&item, &x[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("reverse", 0, 0)?;
    crate::types::sequence::charge_items(interp, a.len())?;
    let n = a.itemsize();
    let mut d = a.buf.borrow_mut();
    let items: Vec<Vec<u8>> = d.chunks(n).rev().map(<[u8]>::to_vec).collect();
    *d = items.concat().into();
    Ok(Value::None)
}

fn tobytes(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("tobytes", 0, 0)?;
    crate::types::sequence::charge_bytes(interp, this(v)?.buf.len())?;
    Ok(Value::bytes(this(v)?.buf.to_vec()))
}

fn frombytes(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let x = args.range("frombytes", 1, 1)?;
    extend_from_bytes(interp, this(v)?, &x[0])
}

/// Appends the items held by a bytes-like object: a `PyBUF_SIMPLE` buffer (a released
/// view's ValueError, a non-contiguous one's BufferError) of one-byte items, held while
/// the array grows (so `a.frombytes(a)` cannot resize).
fn extend_from_bytes(interp: &mut Interp, a: &ArrayObj, b: &Value) -> PyResult<Value> {
    let held = crate::types::memoryview::readable(b)?;
    let item_size = match b.unwrap_native() {
        Value::Array(x) => x.itemsize(),
        Value::MemoryView(m) => m.itemsize,
        _ => 1,
    };
    if item_size != 1 {
        return Err(PyErr::type_error("a bytes-like object is required"));
    }
    sequence::charge_bytes(interp, held.len)?;
    let data = held.to_vec();
    if data.len() % a.itemsize() != 0 {
        return Err(PyErr::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    let new_len = a.buf.len() + data.len();
    resize_to(a, new_len)?.extend_from_slice(&data);
    Ok(Value::None)
}

fn tolist(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.range("tolist", 0, 0)?;
    let a = this(v)?;
    let n = a.len();
    sequence::check_values(interp, n)?;
    let mut out = messages::try_vec(n)?;
    // (In charged pieces: the memory check sees the list grow.)
    sequence::for_each_item(interp, n, |_, i| {
        out.push(a.try_get(i)?);
        Ok(())
    })?;
    Ok(Value::list(out))
}

fn fromlist(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("fromlist", 1, 1)?;
    let Value::List(l) = &x[0] else {
        return Err(PyErr::type_error("arg must be list"));
    };
    let n = l.borrow().len();
    if n > 0 && a.buf.exports() > 0 {
        return Err(exporting());
    }
    let mut bytes = Vec::with_capacity(n * a.itemsize());
    for i in 0..n {
        let item = l.borrow().get(i).cloned().unwrap_or(Value::None);
        bytes.extend(a.encode(interp, &item)?);
        if l.borrow().len() != n {
            return Err(PyErr::new(
                crate::error::ExcKind::RuntimeError,
                "list changed size during iteration",
            ));
        }
    }
    let new_len = a.buf.len() + bytes.len();
    resize_to(a, new_len)?.extend_from_slice(&bytes);
    Ok(Value::None)
}

fn byteswap(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("byteswap", 0, 0)?;
    crate::types::sequence::charge_bytes(interp, a.buf.len() * 8)?;
    let n = a.itemsize();
    for chunk in a.buf.borrow_mut().chunks_mut(n) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn buffer_info(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("buffer_info", 0, 0)?;
    let addr = a.buf.borrow().as_ptr() as usize as i64;
    Ok(Value::tuple(vec![
        Value::Int(addr),
        Value::Int(a.len() as i64),
    ]))
}

pub(super) fn itemsize(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::Int(this(a)?.itemsize() as i64))
}

pub(super) fn typecode(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::str(this(a)?.typecode().to_string()))
}

/// The `'u'` typecode check of tounicode and fromunicode.
fn unicode_only(a: &ArrayObj, name: &str) -> PyResult<()> {
    if a.unicode {
        return Ok(());
    }
    Err(PyErr::value_error(format!(
        "{name}() may only be called on unicode type arrays"
    )))
}

fn tounicode(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("tounicode", 0, 0)?;
    unicode_only(a, "tounicode")?;
    sequence::charge_bytes(interp, a.buf.len())?;
    Ok(Value::str(a.text()?))
}

fn fromunicode(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("fromunicode", 1, 1)?;
    let Value::Str(s) = x[0].unwrap_native() else {
        return Err(PyErr::type_error(format!(
            "fromunicode() argument must be str, not {}",
            x[0].type_name()
        )));
    };
    unicode_only(a, "fromunicode")?;
    sequence::charge_bytes(interp, s.as_str().len())?;
    let bytes = super::items::encode_text(s.as_str());
    let new_len = a.buf.len() + bytes.len();
    resize_to(a, new_len)?.extend_from_slice(&bytes);
    Ok(Value::None)
}

/// Exactly `n` positional arguments, with Argument Clinic's messages for a method that
/// takes its defining class.
fn clinic_positional<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let total = args.pos.len() + args.kw.len();
    let s = if n == 1 { "" } else { "s" };
    if total > n {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {n} argument{s} ({total} given)"
        )));
    }
    if args.pos.len() < n {
        return Err(PyErr::type_error(format!(
            "{name}() takes exactly {n} positional argument{s} ({} given)",
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

/// CPython writes in blocks of this many bytes.
const FILE_BLOCK: usize = 64 * 1024;

/// `a.tofile(f)`: the items' bytes passed to `f.write` in 64 KiB blocks (the length
/// is taken first: a `write` that grows the array does not extend the output).
fn tofile(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?.clone();
    let x = clinic_positional(&args, "tofile", 1)?;
    let nbytes = a.buf.len();
    let write = interp.intern("write");
    let mut at = 0;
    while at < nbytes {
        let end = (at + FILE_BLOCK).min(nbytes);
        sequence::charge_bytes(interp, end - at)?;
        let block = {
            let buf = a.buf.borrow();
            buf[at.min(buf.len())..end.min(buf.len())].to_vec()
        };
        interp.call_method(&x[0], write, vec![Value::bytes(block)])?;
        at = end;
    }
    Ok(Value::None)
}

/// `a.fromfile(f, n)`: `n` items read with one `f.read`; EOFError (after appending what
/// came) when fewer arrive.
fn fromfile(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?.clone();
    let x = clinic_positional(&args, "fromfile", 2)?;
    let n = crate::types::numbers::index::ssize_arg(interp, &x[1])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let nbytes = (n as usize)
        .checked_mul(a.itemsize())
        .filter(|b| *b <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
    let read = interp.intern("read");
    let b = interp.call_method(&x[0], read, vec![Value::Int(nbytes as i64)])?;
    if !matches!(b.unwrap_native(), Value::Bytes(_)) {
        return Err(PyErr::type_error("read() didn't return bytes"));
    }
    let got = b.byte_buffer().map_or(0, |d| d.len());
    extend_from_bytes(interp, &a, &b)?;
    if got != nbytes {
        return Err(PyErr::new(
            ExcKind::EOFError,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn copy(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("__copy__", 0, 0)?;
    sequence::charge_bytes(interp, a.buf.len())?;
    Ok(new_like(a, a.buf.to_vec()))
}

fn deepcopy(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    args.range("__deepcopy__", 1, 1)?;
    sequence::charge_bytes(interp, a.buf.len())?;
    Ok(new_like(a, a.buf.to_vec()))
}

/// The machine format code of `array._array_reconstructor` for a typecode (little-endian
/// machine): how `__reduce_ex__` describes the bytes it saves.
pub(crate) fn machine_format(typecode: char) -> i64 {
    match typecode {
        'B' => 0,
        'b' => 1,
        'H' => 2,
        'h' => 4,
        'I' => 6,
        'i' => 8,
        'L' | 'Q' => 10,
        'l' | 'q' => 12,
        'f' => 14,
        'd' => 16,
        _ => 20,
    }
}

/// `a.__reduce_ex__(protocol)`: `(array, (typecode, list), None)` before protocol 3,
/// `(array._array_reconstructor, (array, typecode, machine format, bytes), None)` after.
fn reduce_ex(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?.clone();
    let x = clinic_positional(&args, "__reduce_ex__", 1)?;
    let protocol = match &x[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::types::numbers::index::index_i64(interp, &x[0])?
        }
        _ => {
            return Err(PyErr::type_error(
                "__reduce_ex__ argument should be an integer",
            ))
        }
    };
    let class = Value::Class(interp.builtin_class("array"));
    let typecode = Value::str(a.typecode().to_string());
    if protocol < 3 {
        let items = Value::list(a.items()?);
        let args = Value::tuple(vec![typecode, items]);
        return Ok(Value::tuple(vec![class, args, Value::None]));
    }
    let module = interp.import_module("array")?;
    let reconstructor = interp.get_attr_str(&module, "_array_reconstructor")?;
    sequence::charge_bytes(interp, a.buf.len())?;
    let args = Value::tuple(vec![
        class,
        typecode,
        Value::Int(machine_format(a.typecode())),
        Value::bytes(a.buf.to_vec()),
    ]);
    Ok(Value::tuple(vec![reconstructor, args, Value::None]))
}

/// The one operand of a slot wrapper, with CPython's message (which starts with a
/// space for the repetition slots).
fn operand<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kw(name)?;
    match args.pos {
        [x] => Ok(x),
        other => {
            let space = if name.ends_with("mul__") { " " } else { "" };
            Err(PyErr::type_error(format!(
                "{space}expected 1 argument, got {}",
                other.len()
            )))
        }
    }
}

fn add(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let other = operand(&args, "__add__")?;
    super::binary(interp, minipy_syntax::ast::BinOp::Add, v, other)
        .unwrap_or(Ok(Value::NotImplemented))
}

fn mul(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let n = operand(&args, "__mul__")?;
    if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        // The count must be an index.
        crate::types::numbers::index::index_of(interp, n)?;
    }
    super::binary(interp, minipy_syntax::ast::BinOp::Mul, v, n).unwrap_or(Ok(Value::NotImplemented))
}

fn iadd(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let other = operand(&args, "__iadd__")?;
    super::inplace(interp, minipy_syntax::ast::BinOp::Add, v, other)
        .unwrap_or(Ok(Value::NotImplemented))
}

fn imul(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let n = operand(&args, "__imul__")?;
    if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        crate::types::numbers::index::index_of(interp, n)?;
    }
    super::inplace(interp, minipy_syntax::ast::BinOp::Mul, v, n)
        .unwrap_or(Ok(Value::NotImplemented))
}
