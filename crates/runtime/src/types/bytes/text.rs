//! Conversions between bytes and text: codecs (`decode`, `str.encode`, Unicode errors),
//! hex (`hex`, `fromhex`), and `%b` of bytes formatting.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Instance;
use crate::object::value::Value;
use crate::types::codecs;

use crate::types::bytes::{buf, bytes_like, data};

// ----- codecs -----

/// A str argument (`encoding`, `errors`) or its default, with clinic's type error.
pub(crate) fn str_arg(v: Option<Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) if v.as_pystr().is_some() => Ok(v
            .as_pystr()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()),
        // (Argument clinic names None as "None", other types by their name.)
        Some(other) => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            other.arg_type_name()
        ))),
    }
}

pub fn encode_str(
    interp: &mut Interp,
    text: &str,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, text.len())?;
    let enc_name = str_arg(encoding, "encode() argument 'encoding'", "utf-8")?;
    let errors = str_arg(errors, "encode() argument 'errors'", "strict")?;
    Ok(Value::bytes(codecs::encode_named(
        text, &enc_name, &errors,
    )?))
}

/// `str(b, encoding, errors)`.
pub fn decode_object(
    interp: &mut Interp,
    object: &Value,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Value> {
    // Copied: a codec error handler may run Python code.
    let Some(d) = super::simple_arg(object).map(|d| d.to_vec()) else {
        if let Value::Str(_) = object {
            return Err(PyErr::type_error("decoding str is not supported"));
        }
        return Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            object.type_name()
        )));
    };
    crate::types::sequence::charge_bytes(interp, d.len())?;
    let enc_name = str_arg(encoding, "str() argument 'encoding'", "utf-8")?;
    let errors = str_arg(errors, "str() argument 'errors'", "strict")?;
    Ok(Value::str(codecs::decode_named(&d, &enc_name, &errors)?))
}

pub(super) fn decode(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    crate::types::sequence::charge_bytes(interp, crate::types::bytes::len(this))?;
    let [encoding, errors] = args.parse("decode", ["encoding", "errors"], 0)?;
    let enc_name = str_arg(encoding, "decode() argument 'encoding'", "utf-8")?;
    let errors = str_arg(errors, "decode() argument 'errors'", "strict")?;
    Ok(Value::str(codecs::decode_named(
        &buf(this)?.borrow(),
        &enc_name,
        &errors,
    )?))
}

/// The message of a UnicodeDecodeError/UnicodeEncodeError built from its arguments.
pub fn unicode_error_str(interp: &mut Interp, inst: &Instance) -> PyResult<Option<String>> {
    let kind = inst.class.exc_kind;
    if !matches!(
        kind,
        Some(ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError)
    ) {
        return Ok(None);
    }
    let args = inst.exc_args();
    if args.len() != 5 {
        return Ok(None);
    }
    let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) =
        (&args[0], &args[2], &args[3], &args[4])
    else {
        return Ok(None);
    };
    let _ = interp;
    let (start, end) = (*start as usize, *end as usize);
    Ok(Some(if kind == Some(ExcKind::UnicodeDecodeError) {
        let obj = bytes_like(&args[1]).unwrap_or_default();
        if end == start + 1 {
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {start}: {}",
                enc.as_str(),
                obj.get(start).copied().unwrap_or(0),
                reason.as_str()
            )
        } else {
            format!(
                "'{}' codec can't decode bytes in position {start}-{}: {}",
                enc.as_str(),
                end - 1,
                reason.as_str()
            )
        }
    } else {
        let text: Vec<char> = match &args[1] {
            Value::Str(s) => s.as_str().chars().collect(),
            _ => vec![],
        };
        if end == start + 1 {
            let c = text.get(start).copied().unwrap_or('\0') as u32;
            let esc = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            format!(
                "'{}' codec can't encode character '{esc}' in position {start}: {}",
                enc.as_str(),
                reason.as_str()
            )
        } else {
            format!(
                "'{}' codec can't encode characters in position {start}-{}: {}",
                enc.as_str(),
                end - 1,
                reason.as_str()
            )
        }
    }))
}

/// `%s`/`%b` of bytes formatting.
pub fn bytes_for_percent(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let s = interp.intern("__bytes__");
    if let Some(r) = interp.call_special(v, s, Vec::new) {
        if let Some(b) = r?.bytes_buffer() {
            return Ok(b.to_vec());
        }
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.type_name()
    )))
}

// ----- hex -----

/// `hex([sep[, bytes_per_sep]])`, shared with memoryview.
/// `hex(sep, bytes_per_sep)`: the bytes are read by `data` once the arguments are
/// converted (`__index__` may resize or release the receiver).
pub fn hex_with(
    interp: &mut Interp,
    data: impl FnOnce() -> PyResult<Vec<u8>>,
    args: Args,
) -> PyResult<Value> {
    let [sep, per] = args.parse("hex", ["sep", "bytes_per_sep"], 0)?;
    // CPython's order: the group size (a C int), then the separator's length, then its type.
    let per = match per {
        Some(p) => crate::types::numbers::index::c_int(interp, &p)? as i64,
        None => 1,
    };
    let d = &data()?[..];
    crate::types::sequence::charge_bytes(interp, d.len().saturating_mul(4))?;
    let Some(sep) = sep else {
        return Ok(Value::str(hex_of(d, String::with_capacity(d.len() * 2))));
    };
    if interp.len(&sep)? != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    let sep = match &sep {
        Value::Str(s) => s.as_str().to_string(),
        other if other.bytes_buffer().is_some() => other.lossy_text(),
        _ => return Err(PyErr::type_error("sep must be str or bytes.")),
    };
    if !sep.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    if per == 0 || d.is_empty() {
        return Ok(Value::str(hex_of(d, String::with_capacity(d.len() * 2))));
    }
    let n = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(d.len() * 3);
    let group = |out: String, g: &[u8]| {
        let out = if out.is_empty() { out } else { out + &sep };
        hex_of(g, out)
    };
    if per > 0 {
        // Groups are counted from the right.
        let first = d.len() % n;
        if first > 0 {
            out = group(out, &d[..first]);
        }
        for chunk in d[first..].chunks(n) {
            out = group(out, chunk);
        }
    } else {
        for chunk in d.chunks(n) {
            out = group(out, chunk);
        }
    }
    Ok(Value::str(out))
}

/// Appends the lowercase hex digits of `d` to `out`.
/// `d` as lowercase hex digits (`bytes.hex()` without a separator, `hexdigest()`).
pub(crate) fn to_hex(d: &[u8]) -> String {
    hex_of(d, String::with_capacity(d.len() * 2))
}

fn hex_of(d: &[u8], mut out: String) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for &b in d {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

pub(super) fn hex(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    hex_with(interp, || Ok(data(this)?.to_vec()), args)
}

pub(super) fn fromhex(interp: &mut Interp, cls: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("fromhex", 1, 1)?;
    let Some(s) = a[0].as_pystr() else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            a[0].arg_type_name()
        )));
    };
    crate::types::sequence::charge_bytes(interp, s.as_str().len().saturating_mul(4))?;
    let text = s.as_str().as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (text[i] as char).to_digit(16);
        let lo = text.get(i + 1).and_then(|c| (*c as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) => {
                let pos = i + 1;
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
            _ => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
    }
    Ok(match cls {
        Value::Class(c) if c.name() == "bytearray" => Value::bytearray(out),
        _ => Value::bytes(out),
    })
}
