//! `codecs`: `encode`/`decode` through the codec registry (the text encodings of
//! `types/codecs`, and the bytes-to-bytes codecs `hex`, `base64` and `zlib`, which call
//! the modules of those names as CPython's codecs do), and the byte-order marks.

use crate::error::{ErrState, ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::bytes::bytes_arg;
use crate::types::bytes::text::str_arg;
use crate::types::codecs::{self, Encoding};

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let bom = |b: &[u8]| Value::bytes(b.to_vec());
    let (utf16_le, utf16_be) = (&[0xFF, 0xFE][..], &[0xFE, 0xFF][..]);
    let (utf32_le, utf32_be) = (&[0xFF, 0xFE, 0, 0][..], &[0, 0, 0xFE, 0xFF][..]);
    let members: Vec<(&str, Value)> = vec![
        ("BOM_UTF8", bom(b"\xef\xbb\xbf")),
        ("BOM_UTF16_LE", bom(utf16_le)),
        ("BOM_UTF16_BE", bom(utf16_be)),
        ("BOM_UTF32_LE", bom(utf32_le)),
        ("BOM_UTF32_BE", bom(utf32_be)),
        // The native order is little-endian here, as on every platform minipy runs on.
        ("BOM_UTF16", bom(utf16_le)),
        ("BOM_UTF32", bom(utf32_le)),
        ("BOM", bom(utf16_le)),
        ("BOM_LE", bom(utf16_le)),
        ("BOM_BE", bom(utf16_be)),
        ("BOM32_LE", bom(utf16_le)),
        ("BOM32_BE", bom(utf16_be)),
        ("BOM64_LE", bom(utf32_le)),
        ("BOM64_BE", bom(utf32_be)),
        ("encode", Interp::module_fn("encode", encode)),
        ("decode", Interp::module_fn("decode", decode)),
    ];
    Ok(interp.make_module("codecs", members))
}

/// A bytes-to-bytes codec: the module and its functions that do the work.
fn binary_codec(name: &str) -> Option<(&'static str, &'static str, &'static str)> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match n.as_str() {
        "hex" | "hex_codec" => ("binascii", "b2a_hex", "a2b_hex"),
        "base64" | "base_64" | "base64_codec" => ("base64", "encodebytes", "decodebytes"),
        "zlib" | "zip" | "zlib_codec" => ("zlib", "compress", "decompress"),
        _ => return None,
    })
}

/// The `_codecs` function CPython's text codec calls, named in its argument errors.
fn encoder_name(enc: Encoding) -> &'static str {
    match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => "utf_8_encode",
        Encoding::Ascii => "ascii_encode",
        Encoding::Latin1 => "latin_1_encode",
        Encoding::Utf16 => "utf_16_encode",
        Encoding::Utf16Le => "utf_16_le_encode",
        Encoding::Utf16Be => "utf_16_be_encode",
        Encoding::Utf32 => "utf_32_encode",
        Encoding::Utf32Le => "utf_32_le_encode",
        Encoding::Utf32Be => "utf_32_be_encode",
        Encoding::Cp1252 | Encoding::Cp437 => "charmap_encode",
    }
}

/// `encode(obj, encoding='utf-8', errors='strict')` and `decode(...)`.
fn run(interp: &mut Interp, args: Args, encoding: bool) -> PyResult<Value> {
    let fname = if encoding { "encode" } else { "decode" };
    const NAMES: [&str; 3] = ["obj", "encoding", "errors"];
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !NAMES.contains(&k.as_ref())) {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    let [obj, name, errors] = args.parse(fname, NAMES, 1)?;
    let obj = obj.unwrap_or(Value::None);
    let name = str_arg(name, &format!("{fname}() argument 'encoding'"), "utf-8")?;
    let errors = str_arg(errors, &format!("{fname}() argument 'errors'"), "strict")?;
    let op = if encoding { "encoding" } else { "decoding" };
    if let Some((module, encoder, decoder)) = binary_codec(&name) {
        let result = (|| {
            if errors != "strict" {
                // CPython's bytes-to-bytes codecs assert errors == 'strict'.
                return Err(PyErr::new(ExcKind::AssertionError, ""));
            }
            let m = interp.import_module(module)?;
            let f = interp.intern(if encoding { encoder } else { decoder });
            interp.call_method(&m, f, vec![obj])
        })();
        return result.map_err(|e| wrap(interp, e, op, &name));
    }
    let enc = Encoding::lookup(&name).ok_or_else(|| codecs::unknown_encoding(&name))?;
    let result = if encoding {
        match obj.as_pystr() {
            Some(s) => codecs::encode(s.as_str(), enc, &errors).map(Value::bytes),
            None => Err(PyErr::type_error(format!(
                "{}() argument 1 must be str, not {}",
                encoder_name(enc),
                obj.type_name()
            ))),
        }
    } else {
        match bytes_arg(&obj) {
            Some(data) => codecs::decode(&data, enc, &errors).map(Value::str),
            // utf-8-sig's decoder looks for the signature with `input[:3]` first.
            None if enc == Encoding::Utf8Sig && obj.as_pystr().is_none() => Err(PyErr::type_error(
                format!("'{}' object is not subscriptable", obj.type_name()),
            )),
            None => Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                obj.type_name()
            ))),
        }
    };
    result.map_err(|e| wrap(interp, e, op, &name))
}

fn encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, true)
}

fn decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, false)
}

/// A codec's error as the registry reports it: the same type, its message prefixed with
/// "encoding with 'hex' codec failed (TypeError: ...)". Unicode errors, which carry
/// positions, and limit errors pass through unchanged.
fn wrap(interp: &mut Interp, e: PyErr, op: &str, name: &str) -> PyErr {
    let text = |kind: &str, msg: &str| format!("{op} with '{name}' codec failed ({kind}: {msg})");
    match &e.state {
        ErrState::Pending { kind, args } => {
            let unicode = matches!(
                kind,
                ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError
            );
            match args.as_slice() {
                [msg] if !unicode => match msg.as_pystr() {
                    Some(m) => PyErr::new(*kind, text(kind.name(), m.as_str())),
                    None => e,
                },
                [] if !unicode => PyErr::new(*kind, text(kind.name(), "")),
                _ => e,
            }
        }
        ErrState::Object(inst) => {
            let class = inst.class.clone();
            let exc = Value::Instance(inst.clone());
            let Ok(msg) = interp.str(&exc) else {
                return e;
            };
            let message = Value::str(text(&class.name, &msg));
            match interp.call(&Value::Class(class), vec![message], vec![]) {
                Ok(Value::Instance(new)) => PyErr::object(new),
                _ => e,
            }
        }
        ErrState::Limit(_) => e,
    }
}
