//! `array.array`: typed arrays over the shared [`Buffer`], so memoryviews of them share
//! memory and resizing while exported raises BufferError, as for bytearray. The module
//! that offers the type is [`crate::stdlib::array`].

use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::buffer::Buffer;
use crate::object::value::Value;
use crate::types::memoryview::format::{self, Code};
use crate::types::sequence;

pub struct ArrayObj {
    pub code: Code,
    pub buf: Rc<Buffer>,
}

impl ArrayObj {
    pub fn itemsize(&self) -> usize {
        self.code.native_size()
    }

    pub fn len(&self) -> usize {
        self.buf.len() / self.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Value {
        let n = self.itemsize();
        format::unpack(self.code, &self.buf.borrow()[i * n..(i + 1) * n], true)
    }

    /// A view of the whole array (for comparisons; its exporter is not recorded).
    pub fn view(&self) -> crate::types::memoryview::view::MemoryView {
        let n = self.itemsize();
        crate::types::memoryview::view::MemoryView::with_layout(
            Value::None,
            self.buf.clone(),
            0,
            self.code.to_char().to_string().into(),
            self.code,
            n,
            smallvec::smallvec![self.len()],
            smallvec::smallvec![n as isize],
            true,
        )
    }

    pub fn items(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

/// Length-changing access, refused while views of the array exist.
fn resize(a: &ArrayObj) -> PyResult<std::cell::RefMut<'_, crate::object::buffer::ByteVec>> {
    if a.buf.exports() > 0 {
        return Err(exporting());
    }
    a.buf.resize()
}

fn resize_to(
    a: &ArrayObj,
    new_len: usize,
) -> PyResult<std::cell::RefMut<'_, crate::object::buffer::ByteVec>> {
    if new_len == a.buf.len() {
        return Ok(a.buf.borrow_mut());
    }
    resize(a)
}

/// The type codes `array.array` accepts (the module's `typecodes`).
pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The array type's special methods (its other methods arrive with the `array` module).
pub fn install(interp: &mut Interp) {
    interp.add_methods("array", crate::types::special_methods::MUTABLE);
}

/// Registers the `array` type: its constructor, methods and attributes.
pub(crate) fn register(interp: &mut Interp) {
    interp.add_constructor("array", array_new);
    interp.add_methods(
        "array",
        &[
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
            ("byteswap", byteswap),
            ("buffer_info", buffer_info),
        ],
    );
    interp.add_getters("array", &[("itemsize", itemsize), ("typecode", typecode)]);
}

fn this(v: &Value) -> PyResult<&Rc<ArrayObj>> {
    match v {
        Value::Array(a) => Ok(a),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// Encodes one value for the array's type, with CPython's messages.
fn encode(interp: &mut Interp, code: Code, v: &Value) -> PyResult<Vec<u8>> {
    let mut out = vec![0u8; code.native_size()];
    if matches!(code, Code::Float | Code::Double) {
        // A user object converts through `__float__`, else `__index__` (PyFloat_AsDouble).
        let converted;
        let v = match v {
            Value::Instance(_) => {
                converted =
                    match interp.call_special(v, crate::object::intern::sym::__float__, vec![]) {
                        Some(r) => r?,
                        None if interp
                            .special_method(v, crate::object::intern::sym::__index__)
                            .is_some() =>
                        {
                            Value::from_bigint(crate::types::numbers::index::index_of(interp, v)?)
                        }
                        None => v.clone(),
                    };
                &converted
            }
            _ => v,
        };
        let f = match crate::types::numbers::int::as_number(v) {
            Some(n) => crate::types::numbers::int::num_to_f64(&n)?,
            None => {
                return Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                )))
            }
        };
        let _ = format::pack(code, &Value::Float(f), &mut out, true);
        return Ok(out);
    }
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::types::numbers::int::to_bigint(v).unwrap_or_default()
        }
        Value::Instance(_) => crate::types::numbers::index::index_of(interp, v)?,
        other => return Err(messages::cannot_interpret_as_int(other.type_name())),
    };
    int_in_range(code, &n)?;
    let _ = format::pack(code, &Value::from_bigint(n), &mut out, true);
    Ok(out)
}

/// Checks an int against an integer typecode as CPython's array setters do: most read
/// it through a wider C type first (`PyArg_Parse`'s "h" for 'b', "i" for 'H'), so the
/// wider type's message can come first.
fn int_in_range(code: Code, n: &num_bigint::BigInt) -> PyResult<()> {
    use num_traits::{Signed, ToPrimitive};
    let overflow = |msg: &str| Err(PyErr::overflow_error(msg));
    let long = || {
        n.to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
    };
    let bounded = |x: i64, lo: i64, hi: i64, name: &str| {
        if x < lo {
            overflow(&format!("{name} is less than minimum"))
        } else if x > hi {
            overflow(&format!("{name} is greater than maximum"))
        } else {
            Ok(())
        }
    };
    let short = |x: i64| bounded(x, i16::MIN as i64, i16::MAX as i64, "signed short integer");
    let int = |x: i64| bounded(x, i32::MIN as i64, i32::MAX as i64, "signed integer");
    let unsigned = |negative: &str, too_big: &str| {
        if n.is_negative() {
            return Err(PyErr::overflow_error(negative));
        }
        n.to_u64().ok_or_else(|| PyErr::overflow_error(too_big))
    };
    match code {
        Code::SignedByte => {
            let x = long()?;
            short(x)?;
            bounded(x, -128, 127, "signed char")
        }
        Code::UnsignedByte => bounded(long()?, 0, 255, "unsigned byte integer"),
        Code::Short => short(long()?),
        Code::UnsignedShort => {
            let x = long()?;
            int(x)?;
            bounded(x, 0, u16::MAX as i64, "unsigned short")
        }
        Code::Int => int(long()?),
        Code::UnsignedInt => {
            let x = unsigned(
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            if x > u32::MAX as u64 {
                return overflow("unsigned int is greater than maximum");
            }
            Ok(())
        }
        Code::UnsignedLong => unsigned(
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        )
        .map(|_| ()),
        Code::LongLong => n
            .to_i64()
            .map(|_| ())
            .ok_or_else(|| PyErr::overflow_error("int too big to convert")),
        Code::UnsignedLongLong => unsigned(
            "can't convert negative int to unsigned",
            "int too big to convert",
        )
        .map(|_| ()),
        _ => long().map(|_| ()),
    }
}

fn encode_all(interp: &mut Interp, code: Code, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * code.native_size());
    for v in items {
        out.extend(encode(interp, code, v)?);
    }
    Ok(out)
}

fn array_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("array")?;
    let a = args.range("array", 1, 2)?;
    let code = match &a[0] {
        Value::Str(s) if s.char_len() == 1 => s
            .as_str()
            .chars()
            .next()
            .and_then(Code::from_char)
            .filter(|c| {
                c.is_integer() && !matches!(c, Code::SSize | Code::Size | Code::Pointer)
                    || matches!(c, Code::Float | Code::Double)
            }),
        other => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                other.arg_type_name()
            )));
        }
    };
    let Some(code) = code else {
        return Err(PyErr::value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    };
    let data = match a.get(1) {
        None => vec![],
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code.to_char()
            )));
        }
        Some(init) if init.byte_buffer().is_some() => {
            let d = init.bytes_copy();
            if d.len() % code.native_size() != 0 {
                return Err(PyErr::value_error(
                    "bytes length not a multiple of item size",
                ));
            }
            d
        }
        Some(Value::Array(other)) if other.code == code => other.buf.to_vec(),
        Some(init) => {
            let items = interp.collect(init)?;
            encode_all(interp, code, &items)?
        }
    };
    Ok(Value::Array(alloc(ArrayObj {
        code,
        buf: alloc(Buffer::new(data)),
    })))
}

pub fn repr(interp: &mut Interp, a: &ArrayObj) -> PyResult<String> {
    let c = a.code.to_char();
    if a.is_empty() {
        return Ok(format!("array('{c}')"));
    }
    let list = interp.repr(&Value::list(a.items()))?;
    Ok(format!("array('{c}', {list})"))
}

fn new_like(a: &ArrayObj, data: Vec<u8>) -> Value {
    Value::Array(alloc(ArrayObj {
        code: a.code,
        buf: alloc(Buffer::new(data)),
    }))
}

/// An int index into an array (CPython's message for other keys names no type).
fn array_index(key: &Value) -> PyResult<i64> {
    match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => sequence::index_operand(key, "array"),
        _ => Err(PyErr::type_error("array indices must be integers")),
    }
}

pub fn get_item(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<Value> {
    let n = a.itemsize();
    match key {
        Value::Slice(s) => {
            let sl = sequence::unpack(interp, s)?.adjust(a.len());
            let data = a.buf.borrow();
            let mut out = Vec::with_capacity(sl.count * n);
            for i in sl.indices() {
                out.extend_from_slice(&data[i * n..(i + 1) * n]);
            }
            Ok(new_like(a, out))
        }
        _ => {
            let i = array_index(key)?;
            match sequence::index(i, a.len()) {
                Some(j) => Ok(a.get(j)),
                None => Err(PyErr::index_error("array index out of range")),
            }
        }
    }
}

fn exporting() -> PyErr {
    PyErr::new(
        crate::error::ExcKind::BufferError,
        "cannot resize an array that is exporting buffers",
    )
}

pub fn set_item(interp: &mut Interp, a: &ArrayObj, key: &Value, v: Value) -> PyResult<()> {
    let n = a.itemsize();
    let Value::Slice(s) = key else {
        // The position is checked first, then the value converted (its `__index__` may
        // resize the array: CPython then writes only if the item still exists).
        let i = array_index(key)?;
        let j = sequence::index(i, a.len())
            .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
        let bytes = encode(interp, a.code, &v)?;
        if let Some(item) = a.buf.borrow_mut().get_mut(j * n..(j + 1) * n) {
            item.copy_from_slice(&bytes);
        }
        return Ok(());
    };
    let u = sequence::unpack(interp, s)?;
    let new = match &v {
        // `a[i:j] = a` copies the array first, then starts over (converting the bounds
        // again), as CPython.
        Value::Array(src) if std::ptr::eq(&**src, a) => {
            let copy = new_like(a, a.buf.to_vec());
            return set_item(interp, a, key, copy);
        }
        Value::Array(src) if src.code != a.code => {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ))
        }
        Value::Array(src) => src.buf.to_vec(),
        other => {
            return Err(PyErr::type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                other.type_name()
            )))
        }
    };
    let sl = u.adjust(a.len());
    let needed = new.len() / n;
    if (needed == 0 || sl.count != needed) && a.buf.exports() > 0 {
        return Err(exporting());
    }
    if sl.step == 1 {
        let start = sl.start as usize * n;
        let new_len = a.buf.len() - sl.count * n + new.len();
        crate::object::buffer::splice(
            &mut *resize_to(a, new_len)?,
            start..start + sl.count * n,
            &new,
        );
        return Ok(());
    }
    if needed == 0 {
        return delete(a, &sl);
    }
    if needed != sl.count {
        return Err(PyErr::value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {}",
            sl.count
        )));
    }
    let mut d = a.buf.borrow_mut();
    for (k, i) in sl.indices().enumerate() {
        d[i * n..(i + 1) * n].copy_from_slice(&new[k * n..(k + 1) * n]);
    }
    Ok(())
}

pub fn del_item(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<()> {
    let sl = match key {
        Value::Slice(s) => sequence::unpack(interp, s)?.adjust(a.len()),
        _ => {
            let i = array_index(key)?;
            let j = sequence::index(i, a.len())
                .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
            sequence::Unpacked {
                start: j as i64,
                stop: j as i64 + 1,
                step: 1,
            }
            .adjust(a.len())
        }
    };
    // Deleting is refused while exported, even when nothing is selected (as CPython).
    if a.buf.exports() > 0 {
        return Err(exporting());
    }
    delete(a, &sl)
}

/// Removes the items of a resolved slice.
fn delete(a: &ArrayObj, sl: &sequence::Slice) -> PyResult<()> {
    if sl.count == 0 {
        return Ok(());
    }
    let n = a.itemsize();
    let len = a.len();
    let mut d = resize(a)?;
    let mut keep = vec![true; len];
    for i in sl.indices() {
        keep[i] = false;
    }
    let old = std::mem::take(&mut *d);
    for (i, chunk) in old.chunks(n).enumerate() {
        if keep[i] {
            d.extend_from_slice(chunk);
        }
    }
    Ok(())
}

/// `a + b` and `a * n` for arrays.
pub fn binary(
    interp: &mut Interp,
    op: minipy_syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    use minipy_syntax::ast::BinOp;
    if let (BinOp::Mul, Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Value::Array(_)) =
        (op, a, b)
    {
        return binary(interp, op, b, a);
    }
    let Value::Array(x) = a else { return None };
    match (op, b) {
        (BinOp::Add, Value::Array(y)) => {
            if x.code != y.code {
                return Some(Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                )));
            }
            let mut d = x.buf.to_vec();
            d.extend_from_slice(&y.buf.borrow());
            Some(Ok(new_like(x, d)))
        }
        (BinOp::Add, other) => Some(Err(PyErr::type_error(format!(
            "can only append array (not \"{}\") to array",
            other.type_name()
        )))),
        (BinOp::Mul, other) => match crate::types::sequence::repeat_count(interp, other) {
            // The count first: its `__index__` may resize the array.
            Some(Ok(n)) => {
                let data = x.buf.to_vec();
                Some(crate::types::sequence::repeat(interp, &data, n, 1).map(|d| new_like(x, d)))
            }
            Some(Err(e)) => Some(Err(e)),
            None => Some(Err(messages::cant_multiply_sequence(other.type_name()))),
        },
        _ => None,
    }
}

/// `a += b`: extends the array in place (refused while exported, if it grows).
fn inplace_concat(a: &ArrayObj, b: &Value) -> PyResult<()> {
    let Value::Array(other) = b else {
        return Err(PyErr::type_error(format!(
            "can only extend array with array (not \"{}\")",
            b.type_name()
        )));
    };
    if other.code != a.code {
        return Err(PyErr::type_error("can only extend with array of same kind"));
    }
    let bytes = other.buf.to_vec();
    let new_len = a.buf.len() + bytes.len();
    resize_to(a, new_len)?.extend_from_slice(&bytes);
    Ok(())
}

/// `a *= n`: repeats the array in place (refused while exported, unless the size stays).
fn inplace_repeat(interp: &mut Interp, a: &ArrayObj, n: usize) -> PyResult<()> {
    if a.is_empty() {
        return Ok(());
    }
    let data = a.buf.to_vec();
    let new = crate::types::sequence::repeat(interp, &data, n, 1)?;
    let new_len = new.len();
    *resize_to(a, new_len)? = new.into();
    Ok(())
}

fn append(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("append", 1, 1)?;
    let bytes = encode(interp, a.code, &x[0])?;
    resize(a)?.extend_from_slice(&bytes);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let a = this(v)?;
    let x = args.range("extend", 1, 1)?;
    match &x[0] {
        Value::Array(other) => {
            if other.code != a.code {
                return Err(PyErr::type_error("can only extend with array of same kind"));
            }
            crate::types::sequence::charge_bytes(interp, other.buf.len())?;
            let bytes = other.buf.to_vec();
            let new_len = a.buf.len() + bytes.len();
            resize_to(a, new_len)?.extend_from_slice(&bytes);
        }
        other => {
            // Item by item, as CPython: each is converted, then appended.
            let it = interp.iter(other)?;
            while let Some(item) = interp.next(&it)? {
                let bytes = encode(interp, a.code, &item)?;
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
    let bytes = encode(interp, a.code, &x[1])?;
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
    let item = a.get(j);
    let n = a.itemsize();
    resize(a)?.drain(j * n..(j + 1) * n);
    Ok(item)
}

/// Item `i` of the array as it is now (a comparison may have resized it).
fn item_at(a: &ArrayObj, i: usize) -> Option<Value> {
    (i < a.len()).then(|| a.get(i))
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
    let a = this(v)?;
    let x = args.range("frombytes", 1, 1)?;
    if let Some(b) = x[0].byte_buffer() {
        crate::types::sequence::charge_bytes(interp, b.len())?;
    }
    let data = crate::types::bytes::bytes_like(&x[0])
        .ok_or_else(|| messages::bytes_like_required(x[0].type_name()))?;
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
        out.push(a.get(i));
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
        bytes.extend(encode(interp, a.code, &item)?);
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

fn itemsize(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::Int(this(a)?.itemsize() as i64))
}

fn typecode(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos.first().ok_or_else(messages::getset_not_callable)?;
    Ok(Value::str(this(a)?.code.to_char().to_string()))
}

// ----- protocol hooks (called from types/dispatch.rs) -----

impl Value {
    /// The array, if this is an `array.array`.
    pub fn as_array(&self) -> Option<&Rc<ArrayObj>> {
        match self {
            Value::Array(a) => Some(a),
            Value::Instance(i) => i.native.as_ref()?.as_array(),
            _ => None,
        }
    }
}

/// `a == b` without the interpreter: only another array needs item comparison.
pub fn native_eq(b: &Value) -> Option<bool> {
    match b {
        Value::Array(_) => None,
        _ => Some(false),
    }
}

/// Two arrays are equal when their items are (`array('b', [1]) == array('d', [1.0])`).
pub fn eq(interp: &mut Interp, x: &ArrayObj, y: &ArrayObj) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    // Compared as their buffers are (as raw bytes for the same integer typecode, by
    // value otherwise), in place and in charged pieces.
    crate::types::memoryview::views_equal(interp, &x.view(), &y.view())
}

/// `a += b` and `a *= n`, in place.
pub fn inplace(
    interp: &mut Interp,
    op: minipy_syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    use minipy_syntax::ast::BinOp;
    let x = a.as_array()?;
    match op {
        BinOp::Add => Some(inplace_concat(x, b).map(|_| a.clone())),
        BinOp::Mul => match crate::types::sequence::repeat_count(interp, b) {
            // The count first: its `__index__` may resize the array.
            Some(Ok(n)) => Some(inplace_repeat(interp, x, n).map(|_| a.clone())),
            Some(Err(e)) => Some(Err(e)),
            // A user object may still answer with `__rmul__`.
            None if matches!(b, Value::Instance(_)) => None,
            None => Some(Err(messages::cant_multiply_sequence(b.type_name()))),
        },
        _ => None,
    }
}
