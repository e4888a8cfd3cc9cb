//! The `base64` module: Base16, Base32, Base64, Ascii85 and Base85, natively, with the
//! results and errors of CPython's Lib/base64.py (a Python module there: its functions
//! bind arguments as Python functions do, and raise `binascii.Error`). `encode` and
//! `decode`, which read and write file objects, are left out: minipy has no files.

mod base32;
mod base85;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::stdlib::binascii::{self, Data};

/// Creates the module (importing `binascii`, as CPython's does).
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let binascii_module = interp.import_module("binascii")?;
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("a85decode", base85::a85decode),
        ("a85encode", base85::a85encode),
        ("b16decode", b16decode),
        ("b16encode", b16encode),
        ("b32decode", base32::b32decode),
        ("b32encode", base32::b32encode),
        ("b32hexdecode", base32::b32hexdecode),
        ("b32hexencode", base32::b32hexencode),
        ("b64decode", b64decode),
        ("b64encode", b64encode),
        ("b85decode", base85::b85decode),
        ("b85encode", base85::b85encode),
        ("decodebytes", decodebytes),
        ("encodebytes", encodebytes),
        ("standard_b64decode", standard_b64decode),
        ("standard_b64encode", standard_b64encode),
        ("urlsafe_b64decode", urlsafe_b64decode),
        ("urlsafe_b64encode", urlsafe_b64encode),
    ];
    let all: Vec<Value> = [
        "encode",
        "decode",
        "encodebytes",
        "decodebytes",
        "b64encode",
        "b64decode",
        "b32encode",
        "b32decode",
        "b32hexencode",
        "b32hexdecode",
        "b16encode",
        "b16decode",
        "b85encode",
        "b85decode",
        "a85encode",
        "a85decode",
        "standard_b64encode",
        "standard_b64decode",
        "urlsafe_b64encode",
        "urlsafe_b64decode",
    ]
    .iter()
    .map(|&n| Value::str(n))
    .collect();
    let bytes_types = Value::tuple(vec![
        Value::Class(interp.builtin_class("bytes")),
        Value::Class(interp.builtin_class("bytearray")),
    ]);
    let mut members = vec![
        ("__all__", Value::list(all)),
        ("binascii", binascii_module),
        ("bytes_types", bytes_types),
        ("MAXLINESIZE", Value::Int(MAXLINESIZE as i64)),
        ("MAXBINSIZE", Value::Int(MAXBINSIZE as i64)),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("base64", members))
}

const MAXLINESIZE: usize = 76;
const MAXBINSIZE: usize = MAXLINESIZE / 4 * 3;

// ----- arguments -----

/// Binds `args` as a Python function `name(params...)` would, the first `npos`
/// positional-or-keyword, the rest keyword-only, the first `required` without default.
fn bind<const N: usize>(
    args: &Args,
    name: &str,
    params: [&str; N],
    npos: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(args.pos).take(npos) {
        *slot = Some(v.clone());
    }
    let mut kwonly_given = 0;
    for (k, v) in args.kw {
        let Some(i) = params.iter().position(|p| *p == &**k) else {
            return Err(PyErr::type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "{name}() got multiple values for argument '{k}'"
            )));
        }
        kwonly_given += usize::from(i >= npos);
        out[i] = Some(v.clone());
    }
    let given = args.pos.len();
    if given > npos {
        let takes = if required == npos {
            format!("{npos} positional argument{}", plural(npos))
        } else {
            format!("from {required} to {npos} positional arguments")
        };
        let was = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                plural(given),
                plural(kwonly_given)
            )
        } else {
            format!("{given} {}", if given == 1 { "was" } else { "were" })
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes {takes} but {was} given"
        )));
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(PyErr::type_error(format!(
            "{name}() missing 1 required positional argument: '{}'",
            params[i]
        )));
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The one argument `s` of `name(s)`.
fn single(args: &Args, name: &str) -> PyResult<Value> {
    let [s] = bind(args, name, ["s"], 1, 1)?;
    Ok(s.unwrap_or(Value::None))
}

/// `_bytes_from_decode_data(s)`: an ASCII str, bytes or bytearray, or any other
/// buffer's bytes (a strided view's copied, as `memoryview(s).tobytes()`).
fn decode_data(v: &Value) -> PyResult<Data> {
    if let Some(s) = v.as_pystr() {
        return binascii::ascii_str(s);
    }
    if !crate::types::memoryview::exports_buffer(v) {
        return Err(PyErr::type_error(format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            v.type_name()
        )));
    }
    any_buffer(v)
}

/// `memoryview(b).tobytes()`: any buffer's bytes, borrowed when contiguous.
fn any_buffer(v: &Value) -> PyResult<Data> {
    if let Some(m) = v.as_memoryview() {
        m.check()?;
        if !m.is_c_contiguous() {
            return Ok(Data::Owned(m.to_bytes()));
        }
    }
    crate::types::memoryview::readable(v)
        .map_err(|e| {
            if e.pending_kind() == Some(ExcKind::TypeError) {
                PyErr::type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    v.type_name()
                ))
            } else {
                e
            }
        })
        .map(Data::Held)
}

/// `bytes.maketrans(b'+/', alt)` as b64encode and b64decode build it: `alt` must have
/// length 2 (an AssertionError showing it otherwise) and be bytes-like.
fn altchars(interp: &mut Interp, alt: &Value) -> PyResult<[u8; 2]> {
    if interp.len(alt)? != 2 {
        let r = interp.repr(alt)?;
        return Err(PyErr::new(ExcKind::AssertionError, r));
    }
    let Some(b) = crate::types::bytes::bytes_like(alt) else {
        return Err(crate::error::messages::bytes_like_required(alt.type_name()));
    };
    match b[..] {
        [x, y] => Ok([x, y]),
        _ => Err(PyErr::value_error(
            "maketrans arguments must have same length",
        )),
    }
}

/// `d.translate(bytes.maketrans(from, to))`, in place.
fn translate(interp: &mut Interp, d: &mut [u8], from: &[u8], to: &[u8]) -> PyResult<()> {
    let mut table: [u8; 256] = std::array::from_fn(|i| i as u8);
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    for piece in d.chunks_mut(crate::types::sequence::CHUNK_BYTES) {
        crate::types::sequence::charge_bytes(interp, piece.len())?;
        for b in piece {
            *b = table[*b as usize];
        }
    }
    Ok(())
}

/// The AssertionError of `assert len(x) == n, repr(x)` for a converted argument.
fn assertion(interp: &mut Interp, original: &Value, data: &Data) -> PyErr {
    let shown = match original.unwrap_native() {
        Value::Bytes(_) | Value::ByteArray(_) => original.clone(),
        _ => Value::bytes(&data.bytes()[..]),
    };
    match interp.repr(&shown) {
        Ok(r) => PyErr::new(ExcKind::AssertionError, r),
        Err(e) => e,
    }
}

// ----- base64 -----

fn encode64(interp: &mut Interp, s: &Value, to: [u8; 2]) -> PyResult<Value> {
    let data = binascii::buffer(s)?;
    let mut out = binascii::b64_encode(interp, &data.bytes(), false)?;
    if to != *b"+/" {
        translate(interp, &mut out, b"+/", &to)?;
    }
    Ok(Value::bytes(out))
}

fn b64encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, alt] = bind(&args, "b64encode", ["s", "altchars"], 2, 1)?;
    let s = s.unwrap_or(Value::None);
    let data = binascii::buffer(&s)?;
    let mut out = binascii::b64_encode(interp, &data.bytes(), false)?;
    drop(data);
    if let Some(alt) = alt.filter(|a| !matches!(a, Value::None)) {
        let to = altchars(interp, &alt)?;
        translate(interp, &mut out, b"+/", &to)?;
    }
    Ok(Value::bytes(out))
}

fn decode64(interp: &mut Interp, data: &Data, from: [u8; 2], strict: bool) -> PyResult<Value> {
    if from == *b"+/" {
        return Ok(Value::bytes(binascii::b64_decode(
            interp,
            &data.bytes(),
            strict,
        )?));
    }
    let mut d = crate::types::sequence::clone_bytes(interp, &data.bytes())?;
    translate(interp, &mut d, &from, b"+/")?;
    Ok(Value::bytes(binascii::b64_decode(interp, &d, strict)?))
}

fn b64decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, alt, validate] = bind(&args, "b64decode", ["s", "altchars", "validate"], 3, 1)?;
    let data = decode_data(&s.unwrap_or(Value::None))?;
    let from = match alt.filter(|a| !matches!(a, Value::None)) {
        Some(alt) => {
            let converted = decode_data(&alt)?;
            let pair = match converted.bytes()[..] {
                [x, y] => Some([x, y]),
                _ => None,
            };
            match pair {
                Some(p) => p,
                None => return Err(assertion(interp, &alt, &converted)),
            }
        }
        None => *b"+/",
    };
    let strict = match validate {
        Some(v) => binascii::int_flag(interp, Some(v), false)?,
        None => false,
    };
    decode64(interp, &data, from, strict)
}

fn standard_b64encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "standard_b64encode")?;
    encode64(interp, &s, *b"+/")
}

fn standard_b64decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "standard_b64decode")?;
    decode64(interp, &decode_data(&s)?, *b"+/", false)
}

fn urlsafe_b64encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "urlsafe_b64encode")?;
    encode64(interp, &s, *b"-_")
}

fn urlsafe_b64decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "urlsafe_b64decode")?;
    decode64(interp, &decode_data(&s)?, *b"-_", false)
}

// ----- base16 -----

fn b16encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "b16encode")?;
    let data = binascii::buffer(&s)?;
    let mut out = binascii::hex_bytes(interp, &data.bytes(), None, 1)?;
    out.make_ascii_uppercase();
    Ok(Value::bytes(out))
}

fn b16decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, casefold] = bind(&args, "b16decode", ["s", "casefold"], 2, 1)?;
    let data = decode_data(&s.unwrap_or(Value::None))?;
    let casefold = match casefold {
        Some(c) => interp.truthy(&c)?,
        None => false,
    };
    let d = data.bytes();
    crate::types::sequence::charge_bytes(interp, d.len())?;
    let upper = |c: u8| if casefold { c.to_ascii_uppercase() } else { c };
    if d.iter()
        .any(|&c| !matches!(upper(c), b'0'..=b'9' | b'A'..=b'F'))
    {
        return Err(binascii::error(interp, "Non-base16 digit found"));
    }
    Ok(Value::bytes(binascii::unhex(interp, &d)?))
}

// ----- encodebytes / decodebytes -----

/// `_input_type_check(s)`: a buffer of one-byte items in one dimension.
fn input_type_check(v: &Value) -> PyResult<()> {
    let (format, ndim): (String, usize) = if let Some(m) = v.as_memoryview() {
        m.check()?;
        (m.format.to_string(), m.ndim())
    } else if let Some(a) = v.as_array() {
        (a.code.to_char().to_string(), 1)
    } else if v.byte_buffer().is_some() {
        ("B".into(), 1)
    } else {
        return Err(PyErr::type_error(format!(
            "expected bytes-like object, not {}",
            v.type_name()
        )));
    };
    // `s.__class__.__name__`: "array", not the qualified "array.array".
    let class = v.type_name().rsplit('.').next().unwrap_or("");
    if !matches!(&*format, "c" | "b" | "B") {
        return Err(PyErr::type_error(format!(
            "expected single byte elements, not '{format}' from {class}"
        )));
    }
    if ndim != 1 {
        return Err(PyErr::type_error(format!(
            "expected 1-D data, not {ndim}-D data from {class}"
        )));
    }
    Ok(())
}

fn encodebytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "encodebytes")?;
    input_type_check(&s)?;
    if interp.len(&s)? == 0 {
        return Ok(Value::bytes(Vec::new()));
    }
    let data = binascii::buffer(&s)?;
    let d = data.bytes();
    // Lines of 76 characters (57 bytes), each ended by a newline.
    let lines = d.len().div_ceil(MAXBINSIZE);
    let mut out = binascii::output(interp, d.len().div_ceil(3) * 4 + lines)?;
    let mut o = 0;
    binascii::in_pieces(interp, &d, MAXBINSIZE * 4096, |_, piece| {
        for line in piece.chunks(MAXBINSIZE) {
            let n = line.len().div_ceil(3) * 4;
            binascii::codec::b64_encode(line, &mut out[o..o + n]);
            out[o + n] = b'\n';
            o += n + 1;
        }
    })?;
    Ok(Value::bytes(out))
}

fn decodebytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = single(&args, "decodebytes")?;
    input_type_check(&s)?;
    let data = binascii::ascii_buffer(&s)?;
    let out = binascii::b64_decode(interp, &data.bytes(), false)?;
    Ok(Value::bytes(out))
}
