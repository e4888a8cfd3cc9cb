//! The `struct` module: pack and unpack binary records with the format codes shared
//! with memoryview ([`crate::types::memoryview::format`]).

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::intern::sym;
use crate::object::value::{PyStr, Value};
use crate::types::iterator::IterState;
use crate::types::memoryview::format::{self, Code, Layout};

mod object;
mod pack;

/// What the module keeps per interpreter (in [`crate::stdlib::ModuleState`]).
#[derive(Default)]
pub(crate) struct State {
    /// Parsed formats, by format string.
    cache: HashMap<Rc<str>, Rc<Layout>>,
    /// The format used last, by identity: loops repeat one format object.
    last: Option<(Rc<PyStr>, Rc<Layout>)>,
    /// `struct.error` as the module made it: rebinding the module's attribute does not
    /// change what the functions raise, as in CPython.
    error: Option<Rc<Class>>,
    /// The names a Struct keeps its state under (see `object.rs`), interned once.
    keys: Option<[crate::object::intern::Sym; 3]>,
}

fn state(interp: &mut Interp) -> &mut State {
    &mut interp.modules.state.r#struct
}

/// Creates the module with its `error` class and `Struct` type.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let exception = Value::Class(interp.exc_class(ExcKind::Exception));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("struct"));
    let error =
        crate::types::object::new_class(interp, None, "error", "error", vec![exception], ns)?;
    if let Value::Class(c) = &error {
        state(interp).error = Some(c.clone());
    }
    let struct_class = object::class(interp)?;
    interp.add_methods(
        "unpack_iterator",
        &[
            ("__next__", crate::types::iterator::next_method),
            ("__iter__", crate::types::iterator::iter_method),
            ("__length_hint__", length_hint),
        ],
    );
    interp.add_constructor("unpack_iterator", |_, _| {
        // (CPython 3.11's message, its missing quote included.)
        Err(PyErr::type_error("Cannot create 'unpack_iterator objects"))
    });
    interp.module_type("unpack_iterator", "_struct");
    Ok(interp.make_module(
        "struct",
        vec![
            ("error", error),
            ("Struct", struct_class),
            ("pack", Interp::module_fn("pack", pack)),
            ("pack_into", Interp::module_fn("pack_into", pack_into)),
            ("unpack", Interp::module_fn("unpack", unpack)),
            ("unpack_from", Interp::module_fn("unpack_from", unpack_from)),
            ("iter_unpack", Interp::module_fn("iter_unpack", iter_unpack)),
            ("calcsize", Interp::module_fn("calcsize", calcsize)),
        ],
    ))
}

/// A `struct.error` with the given message.
fn error(interp: &mut Interp, msg: impl Into<String>) -> PyErr {
    match state(interp).error.clone() {
        Some(class) => {
            let inst = Instance::new(class);
            if let Some(exc) = &inst.exc {
                exc.borrow_mut().args = vec![Value::str(msg.into())];
            }
            PyErr::object(crate::object::alloc::alloc(inst))
        }
        None => PyErr::new(ExcKind::ValueError, msg),
    }
}

fn layout(interp: &mut Interp, fmt: &Value) -> PyResult<Rc<Layout>> {
    if let Value::Str(s) = fmt {
        // The same format object as last time (a constant in a loop) needs no lookup.
        let st = state(interp);
        if let Some((last, l)) = &st.last {
            if Rc::ptr_eq(s, last) {
                return Ok(l.clone());
            }
        }
        if let Some(l) = st.cache.get(s.as_str()).cloned() {
            st.last = Some((s.clone(), l.clone()));
            return Ok(l);
        }
    } else if !matches!(fmt.unwrap_native(), Value::Str(_) | Value::Bytes(_)) {
        // CPython looks the format up in its cache first: unhashable ones fail there.
        interp.hash(fmt)?;
    }
    let bytes = format_bytes(fmt)?;
    Ok(layout_of(interp, &bytes)?.0)
}

/// A format as `Struct.__init__` takes it: a str encoded as ASCII, or bytes.
fn format_bytes(fmt: &Value) -> PyResult<Vec<u8>> {
    use crate::types::codecs::{encode, Encoding};
    match fmt.unwrap_native() {
        Value::Str(s) if s.is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Value::Str(s) => encode(s.as_str(), Encoding::Ascii, "strict"),
        Value::Bytes(b) => Ok(b.to_vec()),
        _ => Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            fmt.type_name()
        ))),
    }
}

/// The layout of a format given as bytes, with the ASCII text it was parsed from.
fn layout_of(interp: &mut Interp, bytes: &[u8]) -> PyResult<(Rc<Layout>, Value)> {
    // Bytes past ASCII are bad format characters wherever the parser meets them.
    let text: String = bytes
        .iter()
        .map(|&b| if b.is_ascii() { b as char } else { '\x01' })
        .collect();
    if let Some(l) = state(interp).cache.get(text.as_str()).cloned() {
        return Ok((l, Value::str(text)));
    }
    if bytes.contains(&0) {
        return Err(error(interp, "embedded null character"));
    }
    let parsed = format::parse_layout(&text).map_err(|m| error(interp, m))?;
    let l = Rc::new(parsed);
    let st = state(interp);
    if st.cache.len() > 256 {
        st.cache.clear();
    }
    st.cache.insert(text.as_str().into(), l.clone());
    Ok((l, Value::str(text)))
}

/// CPython unpacks a `0p` field with a length of -1, which PyBytes_FromStringAndSize
/// refuses.
fn check_unpackable(l: &Layout) -> PyResult<()> {
    if l.items
        .iter()
        .any(|i| i.code == Code::PascalStr && i.count == 0)
    {
        return Err(PyErr::new(
            ExcKind::SystemError,
            "Negative size passed to PyBytes_FromStringAndSize",
        ));
    }
    Ok(())
}

fn do_unpack(interp: &mut Interp, l: &Layout, buffer: &Value) -> PyResult<Value> {
    let held = crate::types::memoryview::readable(buffer)?;
    let data = held.bytes();
    if data.len() != l.size {
        return Err(error(
            interp,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    check_unpackable(l)?;
    format::unpack_values(interp, l, &data)
}

/// `unpack_from(buffer, offset)`: the buffer is taken (and held: the offset's
/// `__index__` cannot resize or release it) before the offset is read, as in CPython.
fn do_unpack_from(
    interp: &mut Interp,
    l: &Layout,
    buffer: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let held = crate::types::memoryview::readable(buffer)?;
    let offset = match offset {
        Some(o) => crate::types::numbers::index::ssize_arg(interp, o)?,
        None => 0,
    };
    let offset = place(interp, l.size, offset, held.len, false)?;
    check_unpackable(l)?;
    let data = held.bytes();
    format::unpack_values(interp, l, &data[offset..offset + l.size])
}

/// Where `size` bytes go at `offset` (negative counts from the end) in a buffer of
/// `len` bytes, with the messages of pack_into and unpack_from.
fn place(
    interp: &mut Interp,
    size: usize,
    offset: i64,
    len: usize,
    packing: bool,
) -> PyResult<usize> {
    let offset = if offset < 0 {
        // The record must end before the buffer's end (offset 0 from it).
        if offset + size as i64 > 0 {
            let msg = if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            };
            return Err(error(interp, msg));
        }
        if offset.unsigned_abs() as usize > len {
            return Err(error(
                interp,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        (len as i64 + offset) as usize
    } else {
        offset as usize
    };
    if offset + size > len {
        let (what, verb) = if packing {
            ("pack_into", "packing")
        } else {
            ("unpack_from", "unpacking")
        };
        return Err(error(
            interp,
            format!(
                "{what} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} (actual buffer size is {len})",
                offset + size
            ),
        ));
    }
    Ok(offset)
}

fn do_iter_unpack(interp: &mut Interp, l: &Rc<Layout>, buffer: &Value) -> PyResult<Value> {
    if l.size == 0 {
        return Err(error(
            interp,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    // The buffer stays exported while the iterator lives (until it is exhausted), and
    // each record is read when asked for, as CPython.
    let held = crate::types::memoryview::readable(buffer)?;
    if held.len % l.size != 0 {
        return Err(error(
            interp,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    // CPython fails on the first record, when the iterator is advanced.
    if held.len > 0 {
        check_unpackable(l)?;
    }
    Ok(crate::types::iterator::make(IterState::StructUnpack {
        held,
        layout: l.clone(),
        offset: 0,
    }))
}

/// `it.__length_hint__()` of an `iter_unpack` iterator: the records left.
fn length_hint(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__length_hint__", 0, 0)?;
    let left = match this {
        Value::Iterator(it) => match &*it.borrow() {
            IterState::StructUnpack {
                held,
                layout,
                offset,
            } => (held.len - offset) / layout.size,
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

fn first_format<'a>(args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    if !args.kw.is_empty() {
        args.no_kw(&format!("_struct.{name}"))?;
    }
    match args.pos.split_first() {
        Some((f, rest)) => Ok((f, rest)),
        None => Err(PyErr::type_error("missing format argument")),
    }
}

fn pack(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (fmt, values) = first_format(&args, "pack")?;
    let l = layout(interp, fmt)?;
    pack::do_pack(interp, &l, values)
}

fn pack_into(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (fmt, rest) = first_format(&args, "pack_into")?;
    let l = layout(interp, fmt)?;
    pack::do_pack_into(interp, &l, rest)
}

fn unpack(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("_struct.unpack")?;
    let a = args.range("unpack", 2, 2)?;
    let l = layout(interp, &a[0])?;
    do_unpack(interp, &l, &a[1])
}

/// Arguments parsed as Argument Clinic's `_PyArg_UnpackKeywords` does, with its
/// messages in its order: the first `posonly` names are positional-only, the first
/// `required` are required.
fn clinic<const N: usize>(
    args: &Args,
    name: &str,
    names: [&str; N],
    posonly: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let (pos, kw) = (args.pos, args.kw);
    let total = pos.len() + kw.len();
    if total > N {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {N} arguments ({total} given)"
        )));
    }
    if pos.len() < posonly {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least {posonly} positional argument{} ({} given)",
            if posonly == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let find = |n: &str| kw.iter().find(|(k, _)| &**k == n).map(|(_, v)| v.clone());
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| pos.get(i).cloned());
    let mut used = 0;
    for i in pos.len().max(posonly)..N {
        out[i] = find(names[i]);
        if out[i].is_some() {
            used += 1;
        } else if i < required {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < kw.len() {
        for (i, n) in names.iter().enumerate().take(pos.len()).skip(posonly) {
            if find(n).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| !names[posonly..].contains(&&**k)) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    Ok(out)
}

fn unpack_from(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // The usual call, `unpack_from(fmt, buf, off)`, borrows its arguments.
    if let ([format, buffer, offset @ ..], []) = (args.pos, args.kw) {
        if offset.len() <= 1 {
            let l = layout(interp, format)?;
            return do_unpack_from(interp, &l, buffer, offset.first());
        }
    }
    let names = ["format", "buffer", "offset"];
    let [format, buffer, offset] = clinic(&args, "unpack_from", names, 1, 2)?;
    let l = layout(interp, &format.unwrap_or(Value::None))?;
    do_unpack_from(interp, &l, &buffer.unwrap_or(Value::None), offset.as_ref())
}

fn iter_unpack(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("_struct.iter_unpack")?;
    let a = args.range("iter_unpack", 2, 2)?;
    let l = layout(interp, &a[0])?;
    do_iter_unpack(interp, &l, &a[1])
}

fn calcsize(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("_struct.calcsize")?;
    let a = args.for_method(Some("_struct")).range("calcsize", 1, 1)?;
    Ok(Value::Int(layout(interp, &a[0])?.size as i64))
}
