//! memoryview's Python surface: constructor, attributes, methods, subscription,
//! comparison and hashing. The view itself lives in [`crate::types::memoryview::view`].

mod compare;
pub mod format;
mod protocol;
pub mod view;

pub use compare::{contains, equals, hash, keys_equal, views_equal};
pub use protocol::{binary, del_item, item, iter, len, repr};

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::{SliceValue, Value};
use crate::types::memoryview::format::Code;
use crate::types::memoryview::view::{HeldBuffer, MemoryView};
use crate::types::numbers::index::has_index;
use crate::types::sequence;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("memoryview", memoryview_new);
    interp.add_methods(
        "memoryview",
        &[
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("release", release),
            ("toreadonly", toreadonly),
            ("cast", cast),
            ("__enter__", enter),
            ("__exit__", exit),
        ],
    );
    interp.add_getters(
        "memoryview",
        &[
            ("obj", obj),
            ("nbytes", nbytes),
            ("readonly", readonly),
            ("itemsize", itemsize),
            ("format", format),
            ("ndim", ndim),
            ("shape", shape),
            ("strides", strides),
            ("suboffsets", suboffsets),
            ("c_contiguous", c_contiguous),
            ("f_contiguous", f_contiguous),
            ("contiguous", contiguous),
        ],
    );
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("memoryview", crate::types::special_methods::COMMON);
    interp.add_methods("memoryview", compare::RICH_COMPARE);
    interp.add_methods("memoryview", crate::types::special_methods::VIEW);
    interp.add_methods("memoryview", crate::types::special_methods::ITEM_ASSIGNMENT);
}

/// A new view of any object that exports a buffer.
pub fn view_of(v: &Value) -> PyResult<MemoryView> {
    if let Some(b) = v.byte_buffer() {
        let readonly = v.bytearray_buffer().is_none();
        return Ok(MemoryView::of_buffer(v.clone(), b.clone(), readonly));
    }
    match v {
        Value::MemoryView(m) => {
            m.check()?;
            Ok(m.clone_view())
        }
        Value::Array(a) => {
            let n = a.itemsize();
            let format: Rc<str> = a.code.to_char().to_string().into();
            Ok(MemoryView::with_layout(
                v.clone(),
                a.buf.clone(),
                0,
                format,
                a.code,
                n,
                smallvec::smallvec![a.len()],
                smallvec::smallvec![n as isize],
                false,
            ))
        }
        Value::Instance(i) if i.native.as_ref().is_some_and(exports_buffer) => {
            view_of(i.native.as_ref().unwrap_or(v))
        }
        other => Err(messages::no_buffer_protocol(other.type_name())),
    }
}

fn memoryview_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [object] = clinic(&args, "memoryview", ["object"], 1)?;
    let object = object.unwrap_or(Value::None);
    Ok(Value::MemoryView(alloc(view_of(&object)?)))
}

pub(super) fn this(v: &Value) -> PyResult<&Rc<MemoryView>> {
    match v {
        Value::MemoryView(m) => {
            m.check()?;
            Ok(m)
        }
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `m[a:b:c]`: a new view of the same memory.
pub fn get_slice(interp: &mut Interp, m: &MemoryView, s: &SliceValue) -> PyResult<Value> {
    m.check()?;
    if m.ndim() == 0 {
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    let before = m.buf.len();
    let sl = sequence::unpack(interp, s)?.adjust(m.len());
    // CPython still makes the view when `__index__` released this one; but if the
    // memory was resized meanwhile, the new view would lie outside it.
    if m.is_released() && m.buf.len() != before {
        return Err(messages::released_view());
    }
    Ok(Value::MemoryView(alloc(m.slice(&sl))))
}

/// An int index into a view (`__index__` honoured; an int too big is IndexError, as for
/// other sequences).
fn index_value(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(_) | Value::BigInt(_) => sequence::index_operand(v, "memoryview"),
        Value::Instance(_) if interp.special_method(v, sym::__index__).is_some() => {
            crate::types::numbers::index::index_i64(interp, v)
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

/// [`index_value`] for reading: the view is checked again right away, since
/// `__index__` may have released it (writers check once the position is known).
fn view_index(interp: &mut Interp, m: &MemoryView, v: &Value) -> PyResult<i64> {
    let i = index_value(interp, v)?;
    m.check()?;
    Ok(i)
}

/// A tuple of indexes must name one item: as many indexes as the view has dimensions.
fn check_tuple_arity(m: &MemoryView, items: &[Value]) -> PyResult<()> {
    if items.len() < m.ndim() {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "sub-views are not implemented",
        ));
    }
    if items.len() > m.ndim() {
        return Err(PyErr::type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.ndim(),
            items.len()
        )));
    }
    Ok(())
}

/// How CPython classifies a subscript tuple: all indexes (`is_multiindex`, which
/// includes the empty tuple), all slices (`is_multislice`), or neither.
#[derive(PartialEq)]
enum TupleKey {
    Indexes,
    Slices,
    Invalid,
}

fn tuple_key(interp: &mut Interp, items: &[Value]) -> TupleKey {
    if items.iter().all(|i| has_index(interp, i)) {
        TupleKey::Indexes
    } else if items.iter().all(|i| matches!(i, Value::Slice(_))) {
        TupleKey::Slices
    } else {
        TupleKey::Invalid
    }
}

fn invalid_slice_key() -> PyErr {
    PyErr::type_error("memoryview: invalid slice key")
}

pub fn get_item(interp: &mut Interp, m: &Rc<MemoryView>, key: &Value) -> PyResult<Value> {
    m.check()?;
    if m.ndim() == 0 {
        return match key {
            Value::Tuple(items) if items.is_empty() => Ok(m.read_at(m.start)),
            Value::Ellipsis => Ok(Value::MemoryView(m.clone())),
            _ => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        };
    }
    match key {
        Value::Int(i) => {
            let off = m.offset_of(*i)?;
            Ok(m.read_at(off))
        }
        Value::Slice(s) => get_slice(interp, m, s),
        Value::Tuple(items) => match tuple_key(interp, items) {
            TupleKey::Indexes => {
                check_tuple_arity(m, items)?;
                let off = multi_offset(interp, m, items)?;
                Ok(m.read_at(off))
            }
            TupleKey::Slices => Err(PyErr::new(
                ExcKind::NotImplementedError,
                "multi-dimensional slicing is not implemented",
            )),
            TupleKey::Invalid => Err(invalid_slice_key()),
        },
        other => {
            if !has_index(interp, other) {
                return Err(invalid_slice_key());
            }
            let i = view_index(interp, m, other)?;
            let off = m.offset_of(i)?;
            Ok(m.read_at(off))
        }
    }
}

fn multi_offset(interp: &mut Interp, m: &MemoryView, items: &[Value]) -> PyResult<usize> {
    let mut off = m.start as isize;
    for (dim, item) in items.iter().enumerate() {
        let i = view_index(interp, m, item)?;
        let j = sequence::index(i, m.shape[dim]).ok_or_else(|| {
            PyErr::index_error(format!("index out of bounds on dimension {}", dim + 1))
        })?;
        off += j as isize * m.strides[dim];
    }
    Ok(off as usize)
}

/// `m[i] = v`: a value with `__index__` (or, for float formats, `__float__`) is
/// converted first, and the view checked again, since the conversion may release it.
fn write_item(interp: &mut Interp, m: &MemoryView, off: usize, v: &Value) -> PyResult<()> {
    let converted = match convert_item(interp, m, v) {
        Ok(c) => c,
        // CPython's fix_error_int: the conversion's TypeError names the format, an
        // OverflowError or ValueError becomes the format's invalid value; others stay.
        Err(e) if m.code != Code::Bool => {
            let kind = |k: ExcKind| interp.err_matches(&e, &interp.exc_class(k));
            return Err(if kind(ExcKind::TypeError) {
                PyErr::type_error(format!(
                    "memoryview: invalid type for format '{}'",
                    m.format
                ))
            } else if kind(ExcKind::OverflowError) || kind(ExcKind::ValueError) {
                PyErr::value_error(format!(
                    "memoryview: invalid value for format '{}'",
                    m.format
                ))
            } else {
                e
            });
        }
        Err(e) => return Err(e),
    };
    m.check()?;
    m.write_at(off, converted.as_ref().unwrap_or(v))
}

/// An item value with `__index__`, `__float__` or `__bool__`, converted as the format
/// needs (`None`: the value as it is).
fn convert_item(interp: &mut Interp, m: &MemoryView, v: &Value) -> PyResult<Option<Value>> {
    Ok(match v {
        // An int or float subclass is taken by its value, without calling its methods.
        Value::Instance(_)
            if m.code != Code::Bool
                && matches!(
                    v.native(),
                    Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))
                ) =>
        {
            v.native().cloned()
        }
        // PyLong_AsVoidPtr takes ints only, not `__index__`.
        Value::Instance(_) if m.code == Code::Pointer => None,
        Value::Instance(_) if m.code.is_integer() && has_index(interp, v) => Some(
            Value::from_bigint(crate::types::numbers::index::index_of(interp, v)?),
        ),
        Value::Instance(_) if matches!(m.code, Code::Half | Code::Float | Code::Double) => {
            match interp.call_special(v, sym::__float__, Vec::new) {
                Some(f) => Some(f?),
                None if has_index(interp, v) => Some(Value::from_bigint(
                    crate::types::numbers::index::index_of(interp, v)?,
                )),
                None => None,
            }
        }
        _ if m.code == Code::Bool && crate::types::dispatch::truthy_native(v).is_none() => {
            Some(Value::from_bool(interp.truthy(v)?))
        }
        _ => None,
    })
}

pub fn set_item(interp: &mut Interp, m: &Rc<MemoryView>, key: &Value, v: Value) -> PyResult<()> {
    m.check_writable()?;
    if m.ndim() == 0 {
        if matches!(key, Value::Ellipsis) || matches!(key, Value::Tuple(t) if t.is_empty()) {
            return write_item(interp, m, m.start, &v);
        }
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    match key {
        Value::Slice(s) if m.ndim() == 1 => {
            // The value's buffer is held while the bounds are converted (CPython's
            // `PyObject_GetBuffer`): `__index__` cannot resize it.
            let src = match &v {
                Value::MemoryView(src) => {
                    src.check()?;
                    (
                        HeldBuffer::of_view(src),
                        src.format.clone(),
                        src.itemsize,
                        src.shape.clone(),
                    )
                }
                Value::Bytes(b) | Value::ByteArray(b) => (
                    HeldBuffer::of_buffer(b),
                    view::byte_format(),
                    1,
                    smallvec::smallvec![b.len()],
                ),
                Value::Array(a) => (
                    HeldBuffer::of_buffer(&a.buf),
                    a.code.to_char().to_string().into(),
                    a.itemsize(),
                    smallvec::smallvec![a.len()],
                ),
                other => return Err(messages::bytes_like_required(other.type_name())),
            };
            let (held, format, itemsize, shape) = src;
            let sl = sequence::unpack(interp, s)?.adjust(m.len());
            m.check()?;
            let bare = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
            if bare(&format) != bare(&m.format)
                || itemsize != m.itemsize
                || shape.len() != 1
                || shape[0] != sl.count
            {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            // Copy first: the source may overlap the destination.
            let bytes = held.to_vec();
            drop(held);
            let mut data = m.buf.borrow_mut();
            for (k, i) in sl.indices().enumerate() {
                let dst = (m.start as isize + i as isize * m.strides[0]) as usize;
                data[dst..dst + m.itemsize]
                    .copy_from_slice(&bytes[k * m.itemsize..(k + 1) * m.itemsize]);
            }
            Ok(())
        }
        Value::Tuple(items) if tuple_key(interp, items) == TupleKey::Indexes => {
            check_tuple_arity(m, items)?;
            let off = multi_offset(interp, m, items)?;
            write_item(interp, m, off, &v)
        }
        Value::Slice(_) => Err(PyErr::new(
            ExcKind::NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1",
        )),
        Value::Tuple(items) if tuple_key(interp, items) == TupleKey::Slices => Err(PyErr::new(
            ExcKind::NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1",
        )),
        other if has_index(interp, other) => {
            if m.ndim() > 1 {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    "sub-views are not implemented",
                ));
            }
            let i = index_value(interp, other)?;
            let off = m.offset_of(i)?;
            write_item(interp, m, off, &v)
        }
        _ => Err(invalid_slice_key()),
    }
}

/// Argument Clinic's keyword parsing (`_PyArg_UnpackKeywords`), with its messages:
/// parameters `names`, the first `required` of them mandatory.
fn clinic<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let (np, total) = (args.pos.len(), args.pos.len() + args.kw.len());
    if total > N {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if np == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.pos.get(i).cloned());
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate().skip(np) {
        match args.kw.iter().find(|(k, _)| **k == *names[i]) {
            Some((_, v)) => {
                *slot = Some(v.clone());
                used += 1;
            }
            None if i < required => return Err(messages::missing_required(fname, names[i], i + 1)),
            None => {}
        }
    }
    if used < args.kw.len() {
        for (k, _) in args.kw {
            if let Some(i) = names[..np].iter().position(|n| **n == **k) {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&&**k)) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(out)
}

/// A method without parameters (`METH_NOARGS`).
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(messages::no_keyword_arguments(&format!(
            "memoryview.{name}"
        )));
    }
    args.range(name, 0, 0).map(|_| ())
}

fn tobytes(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let [order] = clinic(&args, "tobytes", ["order"], 0)?;
    if let Some(other) = order
        .as_ref()
        .filter(|o| !matches!(o, Value::Str(_) | Value::None))
    {
        return Err(messages::argument_type(
            "tobytes",
            "order",
            "str or None",
            other.arg_type_name(),
        ));
    }
    let m = this(v)?;
    crate::types::sequence::charge_bytes(interp, m.nbytes())?;
    match order {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {
            if s.as_str() == "F" && m.ndim() > 1 {
                let mut out = Vec::with_capacity(m.nbytes());
                let data = m.buf.borrow();
                let mut idx = vec![0usize; m.ndim()];
                let total: usize = m.shape.iter().product();
                for _ in 0..total {
                    let off = m.start as isize
                        + idx
                            .iter()
                            .zip(&m.strides)
                            .map(|(i, s)| *i as isize * s)
                            .sum::<isize>();
                    out.extend_from_slice(&data[off as usize..off as usize + m.itemsize]);
                    for (d, slot) in idx.iter_mut().enumerate() {
                        *slot += 1;
                        if *slot < m.shape[d] {
                            break;
                        }
                        *slot = 0;
                    }
                }
                return Ok(Value::bytes(out));
            }
        }
        Some(Value::Str(_)) => return Err(PyErr::value_error("order must be 'C', 'F' or 'A'")),
        Some(other) => {
            return Err(messages::argument_type(
                "tobytes",
                "order",
                "str or None",
                other.arg_type_name(),
            ))
        }
    }
    Ok(Value::bytes(m.to_bytes()))
}

fn tolist(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "tolist")?;
    this(v)?.to_list(interp)
}

fn hex(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    clinic(&args, "hex", ["sep", "bytes_per_sep"], 0)?;
    this(v)?;
    crate::types::bytes::text::hex_with(interp, || Ok(this(v)?.to_bytes()), args)
}

fn release(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "release")?;
    if let Value::MemoryView(m) = v {
        m.try_release()?;
    }
    Ok(Value::None)
}

fn toreadonly(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "toreadonly")?;
    let m = this(v)?;
    let mut view = m.clone_view();
    view.readonly = true;
    Ok(Value::MemoryView(alloc(view)))
}

fn enter(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "__enter__")?;
    this(v)?;
    Ok(v.clone())
}

fn exit(_: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("memoryview.__exit__")?;
    if let Value::MemoryView(m) = v {
        m.try_release()?;
    }
    Ok(Value::None)
}

fn cast(interp: &mut Interp, v: &Value, args: Args) -> PyResult<Value> {
    let [format, shape] = clinic(&args, "cast", ["format", "shape"], 1)?;
    let fmt = match format {
        Some(Value::Str(fmt)) => fmt,
        other => {
            return Err(messages::argument_type(
                "cast",
                "format",
                "str",
                other.as_ref().map_or("None", Value::arg_type_name),
            ))
        }
    };
    let m = this(v)?;
    // CPython's order: contiguity, zeros in the shape, the shape argument's type and
    // length, then the format, then the shape's elements.
    if !m.is_c_contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if (shape.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    let items = match &shape {
        None => None,
        Some(s @ (Value::List(_) | Value::Tuple(_))) => {
            let items = interp.collect(s)?;
            if items.len() > 64 {
                return Err(PyErr::value_error(
                    "memoryview: number of dimensions must not exceed 64",
                ));
            }
            if m.ndim() != 1 && items.len() != 1 {
                return Err(PyErr::type_error(
                    "memoryview: cast must be 1D -> ND or ND -> 1D",
                ));
            }
            Some(items)
        }
        Some(_) => return Err(PyErr::type_error("shape must be a list or a tuple")),
    };
    let text = fmt.as_str();
    crate::types::codecs::encode(text, crate::types::codecs::Encoding::Ascii, "strict")?;
    let code_char = text.strip_prefix('@').unwrap_or(text);
    let code = (code_char.chars().count() == 1)
        .then(|| code_char.chars().next().and_then(Code::from_char))
        .flatten()
        .filter(|c| !matches!(c, Code::Pad | Code::Str | Code::PascalStr | Code::Half))
        .ok_or_else(|| PyErr::value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"))?;
    let byte_format = |f: &str| matches!(f.strip_prefix('@').unwrap_or(f), "B" | "b" | "c");
    if !byte_format(&m.format) && !byte_format(code_char) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let itemsize = code.native_size();
    let nbytes = m.nbytes();
    if nbytes % itemsize != 0 {
        return Err(PyErr::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let new_shape = match items {
        None => vec![nbytes / itemsize],
        Some(items) => {
            let mut dims = Vec::with_capacity(items.len());
            // Exact ints only (no `__index__`), with the product checked, as CPython.
            let mut total = itemsize;
            for it in items {
                let n = match it {
                    Value::Int(n) => n,
                    Value::Bool(b) => b.get() as i64,
                    Value::BigInt(_) => return Err(messages::int_too_large_to_convert()),
                    _ => {
                        return Err(PyErr::type_error(
                            "memoryview.cast(): elements of shape must be integers",
                        ))
                    }
                };
                if n <= 0 {
                    return Err(PyErr::value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
                total = match total
                    .checked_mul(n as usize)
                    .filter(|t| *t <= isize::MAX as usize)
                {
                    Some(t) => t,
                    None => {
                        return Err(PyErr::value_error(
                            "memoryview.cast(): product(shape) > SSIZE_MAX",
                        ))
                    }
                };
                dims.push(n as usize);
            }
            if total != nbytes {
                return Err(PyErr::type_error(
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            dims
        }
    };
    let mut strides = vec![0isize; new_shape.len()];
    let mut acc = itemsize as isize;
    for (i, d) in new_shape.iter().enumerate().rev() {
        strides[i] = acc;
        acc *= *d as isize;
    }
    let view = MemoryView::with_layout(
        m.obj.clone(),
        m.buf.clone(),
        m.start,
        text.into(),
        code,
        itemsize,
        new_shape.into(),
        strides.into(),
        m.readonly,
    );
    Ok(Value::MemoryView(alloc(view)))
}

fn getter_view(args: &Args) -> PyResult<Rc<MemoryView>> {
    match args.pos.first() {
        Some(Value::MemoryView(m)) => {
            m.check()?;
            Ok(m.clone())
        }
        _ => Err(PyErr::type_error(
            "memoryview attribute on a non-memoryview",
        )),
    }
}

fn obj(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(getter_view(&args)?.obj.clone())
}

fn nbytes(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(getter_view(&args)?.nbytes() as i64))
}

fn readonly(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(getter_view(&args)?.readonly))
}

fn itemsize(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(getter_view(&args)?.itemsize as i64))
}

fn format(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::str(&*getter_view(&args)?.format))
}

fn ndim(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(getter_view(&args)?.ndim() as i64))
}

fn shape(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(
        getter_view(&args)?
            .shape
            .iter()
            .map(|d| Value::Int(*d as i64))
            .collect(),
    ))
}

fn strides(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(
        getter_view(&args)?
            .strides
            .iter()
            .map(|d| Value::Int(*d as i64))
            .collect(),
    ))
}

fn suboffsets(_: &mut Interp, args: Args) -> PyResult<Value> {
    getter_view(&args)?;
    Ok(Value::tuple(vec![]))
}

fn c_contiguous(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(getter_view(&args)?.is_c_contiguous()))
}

fn f_contiguous(_: &mut Interp, args: Args) -> PyResult<Value> {
    let m = getter_view(&args)?;
    Ok(Value::from_bool(m.is_f_contiguous()))
}

fn contiguous(_: &mut Interp, args: Args) -> PyResult<Value> {
    let m = getter_view(&args)?;
    Ok(Value::from_bool(m.is_c_contiguous() || m.is_f_contiguous()))
}

/// A readable buffer argument, held (exported) while the call runs, as CPython's
/// `Py_buffer` arguments are.
pub fn readable(v: &Value) -> PyResult<HeldBuffer> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Ok(HeldBuffer::of_buffer(b)),
        Value::Array(a) => Ok(HeldBuffer::of_buffer(&a.buf)),
        Value::MemoryView(m) => {
            m.check()?;
            if !m.is_c_contiguous() {
                return Err(PyErr::new(
                    ExcKind::BufferError,
                    "memoryview: underlying buffer is not C-contiguous",
                ));
            }
            Ok(HeldBuffer::of_view(m))
        }
        Value::Instance(i) if i.native.as_ref().is_some_and(exports_buffer) => {
            readable(i.native.as_ref().unwrap_or(v))
        }
        other => Err(crate::error::messages::bytes_like_required(
            other.type_name(),
        )),
    }
}

/// A writable buffer argument (pack_into's), held while the call runs.
pub fn writable(v: &Value) -> PyResult<HeldBuffer> {
    match v {
        Value::ByteArray(b) => Ok(HeldBuffer::of_buffer(b)),
        Value::Array(a) => Ok(HeldBuffer::of_buffer(&a.buf)),
        Value::MemoryView(m) if !m.is_released() && !m.readonly && m.is_c_contiguous() => {
            Ok(HeldBuffer::of_view(m))
        }
        Value::Instance(i) if i.native.as_ref().is_some_and(exports_buffer) => {
            writable(i.native.as_ref().unwrap_or(v))
        }
        other => Err(PyErr::type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            other.type_name()
        ))),
    }
}

/// Whether `v` exports a buffer (bytes, bytearray, memoryview, array).
pub fn exports_buffer(v: &Value) -> bool {
    v.byte_buffer().is_some() || v.as_memoryview().is_some() || v.as_array().is_some()
}
