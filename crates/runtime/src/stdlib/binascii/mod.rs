//! The `binascii` module: hex, base64, uuencode and quoted-printable conversions and
//! the crc32/crc_hqx checksums, with CPython's argument rules (Argument Clinic's
//! messages), results and `binascii.Error` messages. The conversions themselves are in
//! [`codec`] (also used by `base64`) and [`qp`].

pub(crate) mod codec;
mod qp;

use std::cell::Ref;
use std::rc::Rc;

use crate::error::{messages, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::intern::sym;
use crate::object::value::{PyStr, Value};
use crate::types::memoryview::view::HeldBuffer;
use crate::types::sequence::{self, CHUNK_BYTES};

/// What the module keeps per interpreter (in [`crate::stdlib::ModuleState`]): its
/// exception classes as made, so rebinding `binascii.Error` changes nothing raised.
#[derive(Default)]
pub(crate) struct State {
    error: Option<Rc<Class>>,
}

/// Creates the module with its `Error` and `Incomplete` classes.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let error = exception_class(interp, "Error", ExcKind::ValueError)?;
    if let Value::Class(c) = &error {
        interp.modules.state.binascii.error = Some(c.clone());
    }
    let incomplete = exception_class(interp, "Incomplete", ExcKind::Exception)?;
    let mut members = vec![("Error", error), ("Incomplete", incomplete)];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("a2b_base64", a2b_base64),
        ("a2b_hex", a2b_hex),
        ("a2b_qp", qp::a2b_qp),
        ("a2b_uu", a2b_uu),
        ("b2a_base64", b2a_base64),
        ("b2a_hex", b2a_hex),
        ("b2a_qp", qp::b2a_qp),
        ("b2a_uu", b2a_uu),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("hexlify", hexlify),
        ("unhexlify", unhexlify),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("binascii", members))
}

fn exception_class(interp: &mut Interp, name: &str, base: ExcKind) -> PyResult<Value> {
    let base = Value::Class(interp.exc_class(base));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("binascii"));
    crate::types::object::new_class(interp, None, name, name, vec![base], ns)
}

/// A `binascii.Error` with the given message (base64 raises it too).
pub(crate) fn error(interp: &mut Interp, msg: impl Into<String>) -> PyErr {
    match interp.modules.state.binascii.error.clone() {
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

// ----- arguments -----

/// The bytes of an argument, held (never copied) for the call: a buffer's export, a
/// str's ASCII text, or a copy where CPython copies too (`memoryview(s).tobytes()`).
pub(crate) enum Data {
    Held(HeldBuffer),
    Str(Rc<PyStr>),
    Owned(Vec<u8>),
}

/// A borrow of [`Data`]'s bytes.
pub(crate) enum Bytes<'a> {
    Buffer(Ref<'a, [u8]>),
    Slice(&'a [u8]),
}

impl std::ops::Deref for Bytes<'_> {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Buffer(r) => r,
            Bytes::Slice(s) => s,
        }
    }
}

impl Data {
    pub(crate) fn bytes(&self) -> Bytes<'_> {
        match self {
            Data::Held(h) => Bytes::Buffer(h.bytes()),
            Data::Str(s) => Bytes::Slice(s.as_str().as_bytes()),
            Data::Owned(v) => Bytes::Slice(v),
        }
    }
}

/// A `Py_buffer` argument: any C-contiguous bytes-like object.
pub(crate) fn buffer(v: &Value) -> PyResult<Data> {
    crate::types::memoryview::readable(v).map(Data::Held)
}

/// An ASCII str, as CPython's converters take one ("string argument should contain
/// only ASCII characters").
pub(crate) fn ascii_str(s: &Rc<PyStr>) -> PyResult<Data> {
    if !s.is_ascii() {
        return Err(PyErr::value_error(
            "string argument should contain only ASCII characters",
        ));
    }
    Ok(Data::Str(s.clone()))
}

/// An `ascii_buffer` argument: an ASCII str or a C-contiguous buffer.
pub(crate) fn ascii_buffer(v: &Value) -> PyResult<Data> {
    if let Some(s) = v.as_pystr() {
        return ascii_str(s);
    }
    let refused = || {
        PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.type_name()
        ))
    };
    if let Some(m) = v.as_memoryview() {
        if m.is_released() || !m.is_c_contiguous() {
            return Err(refused());
        }
    }
    crate::types::memoryview::readable(v)
        .map(Data::Held)
        .map_err(|_| refused())
}

/// A flag CPython reads as a C int (`bool(accept={int})`): `__index__`, no truthiness.
pub(crate) fn int_flag(interp: &mut Interp, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(Value::Bool(b)) => Ok(b.get()),
        Some(Value::Int(i)) if i32::try_from(i).is_ok() => Ok(i != 0),
        Some(v) => Ok(crate::types::numbers::index::c_int(interp, &v)? != 0),
    }
}

/// An Argument Clinic signature: `names` in order, the first `posonly` positional-only,
/// those from `kwonly` on keyword-only, the first `required` required.
pub(crate) struct Sig {
    pub(crate) name: &'static str,
    pub(crate) names: &'static [&'static str],
    pub(crate) posonly: usize,
    pub(crate) kwonly: usize,
    pub(crate) required: usize,
}

/// Binds `args` to `sig` with the messages of CPython's `_PyArg_UnpackKeywords`.
pub(crate) fn bind<const N: usize>(args: &Args, sig: &Sig) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    let (nargs, nkw) = (args.pos.len(), args.kw.len());
    let name = sig.name;
    if nkw == 0 && nargs >= sig.required && nargs <= sig.kwonly {
        for (slot, v) in out.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        return Ok(out);
    }
    let maxargs = N;
    if nargs + nkw > maxargs {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if maxargs == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    let maxpos = sig.kwonly;
    let minpos = sig.required.min(maxpos);
    if nargs > maxpos {
        return Err(PyErr::type_error(if maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {maxpos} positional argument{} ({nargs} given)",
                if minpos < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                if maxpos == 1 { "" } else { "s" }
            )
        }));
    }
    let minposonly = sig.posonly.min(minpos);
    if nargs < minposonly {
        return Err(PyErr::type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            if minposonly == 1 { "" } else { "s" }
        )));
    }
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    let lookup = |k: &str| args.kw.iter().find(|(n, _)| &**n == k).map(|(_, v)| v);
    let mut left = nkw;
    let first = nargs.max(sig.posonly);
    for (i, slot) in out.iter_mut().enumerate().skip(first) {
        let given = if left > 0 { lookup(sig.names[i]) } else { None };
        match given {
            Some(v) => {
                *slot = Some(v.clone());
                left -= 1;
            }
            None if i < minpos => {
                return Err(PyErr::type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    sig.names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if left > 0 {
        for i in sig.posonly..nargs {
            if lookup(sig.names[i]).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    sig.names[i],
                    i + 1
                )));
            }
        }
        for (k, _) in args.kw {
            if !sig.names[sig.posonly..].contains(&&**k) {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(out)
}

/// Charges for `data` in pieces, calling `f` on each piece with its offset.
pub(crate) fn in_pieces(
    interp: &mut Interp,
    data: &[u8],
    piece: usize,
    mut f: impl FnMut(usize, &[u8]),
) -> PyResult<()> {
    for (i, p) in data.chunks(piece).enumerate() {
        sequence::charge_bytes(interp, p.len())?;
        f(i * piece, p);
    }
    Ok(())
}

/// A zeroed output of `n` bytes, after the memory limit allows it.
pub(crate) fn output(interp: &mut Interp, n: usize) -> PyResult<Vec<u8>> {
    interp.limits.check_alloc(n)?;
    messages::try_zeroed(n)
}

// ----- hex -----

const HEX_SIG: Sig = Sig {
    name: "hexlify",
    names: &["data", "sep", "bytes_per_sep"],
    posonly: 0,
    kwonly: 3,
    required: 1,
};

fn hexlify(interp: &mut Interp, args: Args) -> PyResult<Value> {
    hex_impl(interp, args, &HEX_SIG)
}

fn b2a_hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    hex_impl(
        interp,
        args,
        &Sig {
            name: "b2a_hex",
            ..HEX_SIG
        },
    )
}

fn hex_impl(interp: &mut Interp, args: Args, sig: &Sig) -> PyResult<Value> {
    let [data, sep, per] = bind(&args, sig)?;
    let data = buffer(data.as_ref().unwrap_or(&Value::None))?;
    let per = match per {
        Some(p) => crate::types::numbers::index::c_int(interp, &p)?,
        None => 1,
    };
    let sep = match sep {
        Some(s) => Some(separator(interp, &s)?),
        None => None,
    };
    let d = data.bytes();
    Ok(Value::bytes(hex_bytes(interp, &d, sep, per)?))
}

/// The one separator byte of `hexlify(data, sep)`: a str's character (its low byte,
/// as CPython stores it) or a bytes object's byte.
pub(crate) fn separator(interp: &mut Interp, sep: &Value) -> PyResult<u8> {
    if interp.len(sep)? != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    if let Some(s) = sep.as_pystr() {
        // A character beyond Latin-1 is refused; others are stored as one byte.
        let c = s.as_str().chars().next().map_or(0, |c| c as u32);
        return u8::try_from(c).map_err(|_| PyErr::value_error("sep must be ASCII."));
    }
    match sep.unwrap_native() {
        Value::Bytes(b) => Ok(b.borrow().first().copied().unwrap_or(0)),
        _ => Err(PyErr::type_error("sep must be str or bytes.")),
    }
}

/// Lowercase hex digits of `d`, with `sep` between groups of `per` bytes (counted
/// from the right when `per` is positive).
pub(crate) fn hex_bytes(
    interp: &mut Interp,
    d: &[u8],
    sep: Option<u8>,
    per: i32,
) -> PyResult<Vec<u8>> {
    let group = match sep {
        Some(_) if per != 0 && !d.is_empty() => per.unsigned_abs() as usize,
        _ => 0,
    };
    if group == 0 {
        let mut out = output(interp, d.len() * 2)?;
        in_pieces(interp, d, CHUNK_BYTES, |at, p| {
            codec::hex_encode(p, &mut out[at * 2..at * 2 + p.len() * 2])
        })?;
        return Ok(out);
    }
    let seps = (d.len() - 1) / group;
    let mut out = output(interp, d.len() * 2 + seps)?;
    let sep = sep.unwrap_or(b':');
    // The first group is the short one when counting from the right.
    let first = if per > 0 && !d.len().is_multiple_of(group) {
        d.len() % group
    } else {
        group.min(d.len())
    };
    let (mut o, mut start, mut len, mut charged) = (0, 0, first, 0);
    while start < d.len() {
        if start >= charged {
            sequence::charge_bytes(interp, CHUNK_BYTES.min(d.len() - start))?;
            charged = start + CHUNK_BYTES;
        }
        if start > 0 {
            out[o] = sep;
            o += 1;
        }
        codec::hex_encode(&d[start..start + len], &mut out[o..o + len * 2]);
        o += len * 2;
        start += len;
        len = group.min(d.len() - start);
    }
    Ok(out)
}

fn a2b_hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unhex_impl(interp, args, "binascii.a2b_hex")
}

fn unhexlify(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unhex_impl(interp, args, "binascii.unhexlify")
}

fn unhex_impl(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let a = args.range(name, 1, 1)?;
    let data = ascii_buffer(&a[0])?;
    let d = data.bytes();
    Ok(Value::bytes(unhex(interp, &d)?))
}

/// The bytes of an even number of hex digits, with binascii's errors.
pub(crate) fn unhex(interp: &mut Interp, d: &[u8]) -> PyResult<Vec<u8>> {
    if !d.len().is_multiple_of(2) {
        return Err(error(interp, "Odd-length string"));
    }
    let mut out = output(interp, d.len() / 2)?;
    let mut ok = true;
    in_pieces(interp, d, CHUNK_BYTES, |at, p| {
        ok = ok && codec::hex_decode(p, &mut out[at / 2..at / 2 + p.len() / 2]);
    })?;
    if !ok {
        return Err(error(interp, "Non-hexadecimal digit found"));
    }
    Ok(out)
}

// ----- checksums -----

fn crc32(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("binascii.crc32")?;
    let a = args.range("crc32", 1, 2)?;
    let data = buffer(&a[0])?;
    let start = crate::stdlib::zlib::start_value(interp, a.get(1), 0)?;
    let d = data.bytes();
    let crc = crate::stdlib::zlib::crc32_of(interp, &d, start)?;
    Ok(Value::Int(i64::from(crc)))
}

fn crc_hqx(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("binascii.crc_hqx")?;
    let a = args.range("crc_hqx", 2, 2)?;
    let data = buffer(&a[0])?;
    let mut crc = (crate::stdlib::zlib::start_value(interp, Some(&a[1]), 0)? & 0xffff) as u16;
    let d = data.bytes();
    in_pieces(interp, &d, CHUNK_BYTES, |_, p| crc = codec::crc_hqx(p, crc))?;
    Ok(Value::Int(crc as i64))
}

// ----- base64 -----

fn b2a_base64(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_base64",
        names: &["data", "newline"],
        posonly: 1,
        kwonly: 1,
        required: 1,
    };
    let [data, newline] = bind(&args, &sig)?;
    let data = buffer(data.as_ref().unwrap_or(&Value::None))?;
    let newline = int_flag(interp, newline, true)?;
    let d = data.bytes();
    Ok(Value::bytes(b64_encode(interp, &d, newline)?))
}

/// Base64 of `d`, with a newline at the end if asked.
pub(crate) fn b64_encode(interp: &mut Interp, d: &[u8], newline: bool) -> PyResult<Vec<u8>> {
    let n = d.len().div_ceil(3) * 4;
    let mut out = output(interp, n + newline as usize)?;
    const PIECE: usize = 3 * 64 * 1024;
    in_pieces(interp, d, PIECE, |at, p| {
        let o = at / 3 * 4;
        codec::b64_encode(p, &mut out[o..o + p.len().div_ceil(3) * 4]);
    })?;
    if newline {
        out[n] = b'\n';
    }
    Ok(out)
}

fn a2b_base64(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "a2b_base64",
        names: &["data", "strict_mode"],
        posonly: 1,
        kwonly: 1,
        required: 1,
    };
    let [data, strict] = bind(&args, &sig)?;
    let data = ascii_buffer(data.as_ref().unwrap_or(&Value::None))?;
    let strict = int_flag(interp, strict, false)?;
    let d = data.bytes();
    Ok(Value::bytes(b64_decode(interp, &d, strict)?))
}

/// The bytes of base64 text `d`, with binascii's errors.
pub(crate) fn b64_decode(interp: &mut Interp, d: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = output(interp, d.len().div_ceil(4) * 3)?;
    let mut dec = codec::B64Decoder::new(strict);
    let mut start = 0;
    while start < d.len() {
        let end = d.len().min(start + CHUNK_BYTES);
        sequence::charge_bytes(interp, end - start)?;
        match dec.feed(d, start, end, &mut out) {
            Ok(true) => break,
            Ok(false) => start = end,
            Err(msg) => return Err(error(interp, msg)),
        }
    }
    let n = dec.finish().map_err(|msg| error(interp, msg))?;
    out.truncate(n);
    Ok(out)
}

// ----- uuencode -----

fn a2b_uu(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("binascii.a2b_uu", 1, 1)?;
    let data = ascii_buffer(&a[0])?;
    let d = data.bytes();
    sequence::charge_bytes(interp, d.len())?;
    codec::uu_decode(&d)
        .map(Value::bytes)
        .map_err(|msg| error(interp, msg))
}

fn b2a_uu(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_uu",
        names: &["data", "backtick"],
        posonly: 1,
        kwonly: 1,
        required: 1,
    };
    let [data, backtick] = bind(&args, &sig)?;
    let data = buffer(data.as_ref().unwrap_or(&Value::None))?;
    let backtick = int_flag(interp, backtick, false)?;
    let d = data.bytes();
    if d.len() > 45 {
        return Err(error(interp, "At most 45 bytes at once"));
    }
    Ok(Value::bytes(codec::uu_encode(&d, backtick)))
}
