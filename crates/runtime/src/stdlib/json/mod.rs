//! `_json`: the native core of the `json` package (`stdlib/python/json/`), as CPython's
//! C accelerator is: quoting strings, reading strings, encoding and decoding whole
//! documents. The package's classes (`JSONEncoder`, `JSONDecoder`) are Python source
//! that call in here, so a script can subclass them.

mod decode;
mod encode;
mod string;

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{PyStr, Value};

use decode::{Decoder, Fail};

/// Creates the module.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
        ("scanstring", scanstring),
        ("encode", encode),
        ("decode", decode),
    ];
    let members = functions
        .iter()
        .map(|&(name, f)| (name, Interp::module_fn(name, f)))
        .collect();
    Ok(interp.make_module("_json", members))
}

fn text_arg(v: &Value) -> PyResult<&Rc<PyStr>> {
    v.as_pystr().ok_or_else(|| {
        PyErr::type_error(format!(
            "first argument must be a string, not {}",
            v.type_name()
        ))
    })
}

fn quote(args: Args, name: &str, ascii: bool) -> PyResult<Value> {
    let [s] = args.parse(name, ["s"], 1)?;
    let s = s.unwrap_or(Value::None);
    let text = text_arg(&s)?;
    let mut out = String::with_capacity(text.as_str().len() + 2);
    string::quote_into(&mut out, text.as_str(), ascii);
    Ok(Value::str(out))
}

fn encode_basestring_ascii(_: &mut Interp, args: Args) -> PyResult<Value> {
    quote(args, "encode_basestring_ascii", true)
}

fn encode_basestring(_: &mut Interp, args: Args) -> PyResult<Value> {
    quote(args, "encode_basestring", false)
}

/// A char index of `text` as a byte offset (`None` past the end).
fn byte_at(text: &PyStr, index: usize) -> Option<usize> {
    let s = text.as_str();
    if text.is_ascii() {
        return (index <= s.len()).then_some(index);
    }
    if index == 0 {
        return Some(0);
    }
    match s.char_indices().nth(index) {
        Some((b, _)) => Some(b),
        None => (text.char_len() == index).then_some(s.len()),
    }
}

/// A byte offset of `text` as a char index.
fn char_at(text: &PyStr, byte: usize) -> usize {
    let s = text.as_str();
    let byte = byte.min(s.len());
    if text.is_ascii() {
        byte
    } else {
        s.get(..byte).map_or(byte, |p| p.chars().count())
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, raised.
fn decode_error(interp: &mut Interp, msg: &str, doc: &Value, pos: i64) -> PyErr {
    let made = interp
        .import_module("json.decoder")
        .and_then(|m| interp.get_attr_str(&m, "JSONDecodeError"))
        .and_then(|cls| {
            interp.call(
                &cls,
                vec![Value::str(msg), doc.clone(), Value::Int(pos)],
                vec![],
            )
        });
    match made {
        Ok(Value::Instance(i)) => PyErr::object(i),
        Ok(_) => PyErr::value_error(msg.to_string()),
        Err(e) => e,
    }
}

fn fail(interp: &mut Interp, f: Fail, doc: &Value, text: &PyStr) -> PyErr {
    match f {
        Fail::NoValue(at) => {
            let pos = char_at(text, at) as i64;
            decode_error(interp, "Expecting value", doc, pos)
        }
        Fail::Syntax(msg, at) => {
            let pos = char_at(text, at) as i64;
            decode_error(interp, msg, doc, pos)
        }
        Fail::Py(e) => e,
    }
}

fn index_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v.unwrap_native() {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer{what}",
            other.type_name()
        ))),
    }
}

/// `scanstring(s, end, strict=True)`: the string whose opening quote is at `end - 1`,
/// and the index after its closing quote.
fn scanstring(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [s, end, strict] = args.parse("scanstring", ["s", "end", "strict"], 2)?;
    let (s, end) = (s.unwrap_or(Value::None), end.unwrap_or(Value::None));
    let strict = match strict {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    let text = text_arg(&s)?.clone();
    let end = index_arg(&end, "")?;
    let byte = usize::try_from(end).ok().and_then(|e| byte_at(&text, e));
    let Some(byte) = byte else {
        return Err(PyErr::value_error("end is out of bounds"));
    };
    match string::scan(text.as_str(), byte, strict) {
        Ok((out, after)) => {
            let after = char_at(&text, after) as i64;
            Ok(Value::tuple(vec![
                Value::str(out.as_ref()),
                Value::Int(after),
            ]))
        }
        Err(e) => {
            let pos = char_at(&text, e.at) as i64;
            Err(decode_error(interp, e.msg, &s, pos))
        }
    }
}

/// `encode(o, one_shot, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
/// indent, key_separator, item_separator, default)`: the whole text (one-shot) or the
/// chunks `iterencode` yields. `indent` is None or the str one level adds.
fn encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("encode", 11, 11)?;
    let mut flags = [false; 6];
    for (flag, v) in flags.iter_mut().zip(&a[1..7]) {
        *flag = interp.truthy(v)?;
    }
    let [one_shot, skipkeys, ascii, circular, allow_nan, sort_keys] = flags;
    let indent = match &a[7] {
        Value::None => None,
        v => Some(separator(v, "indent")?),
    };
    // CPython's C encoder (one-shot, no indent) names the separators by position.
    let c_messages = one_shot && indent.is_none();
    let (key_what, item_what) = if c_messages {
        ("make_encoder() argument 5", "make_encoder() argument 6")
    } else {
        ("key_separator", "item_separator")
    };
    let mut enc = encode::Encoder {
        skipkeys,
        ascii,
        markers: circular.then(Default::default),
        allow_nan,
        sort_keys,
        c_messages,
        indent,
        key_sep: separator(&a[8], key_what)?,
        item_sep: separator(&a[9], item_what)?,
        default: a[10].clone(),
        out: String::new(),
        chunks: (!one_shot).then(Vec::new),
    };
    enc.any(interp, &a[0], 0)?;
    match enc.chunks {
        Some(chunks) => Ok(Value::list(chunks.into_iter().map(Value::str).collect())),
        None => Ok(Value::list(vec![Value::str(enc.out)])),
    }
}

fn separator(v: &Value, what: &str) -> PyResult<String> {
    match v.as_pystr() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            v.type_name()
        ))),
    }
}

/// A decoder's hook: `None` when it is the default (`default` is the built-in class
/// the decoder would call, or None).
fn hook(
    interp: &mut Interp,
    decoder: &Value,
    name: &str,
    default: &'static str,
) -> PyResult<Option<Value>> {
    let v = interp.get_attr_str(decoder, name)?;
    if v.is_none() {
        return Ok(None);
    }
    if let Value::Class(c) = &v {
        if !default.is_empty() && Rc::ptr_eq(c, &interp.builtin_class(default)) {
            return Ok(None);
        }
    }
    Ok(Some(v))
}

/// `decode(decoder, s, idx, whole)`: with `whole`, the document `s` is (surrounding
/// whitespace allowed, "Extra data" otherwise); else `raw_decode`'s `(value, end)` for
/// the value at `idx`.
fn decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("decode", 4, 4)?;
    let (decoder, doc) = (&a[0], &a[1]);
    let Some(text) = doc.as_pystr().cloned() else {
        return Err(PyErr::type_error(format!(
            "first argument must be a string, not {}",
            doc.type_name()
        )));
    };
    let whole = interp.truthy(&a[3])?;
    let strict_v = interp.get_attr_str(decoder, "strict")?;
    let d = Decoder {
        s: text.as_str(),
        strict: interp.truthy(&strict_v)?,
        object_hook: hook(interp, decoder, "object_hook", "")?,
        pairs_hook: hook(interp, decoder, "object_pairs_hook", "")?,
        parse_float: hook(interp, decoder, "parse_float", "float")?,
        parse_int: hook(interp, decoder, "parse_int", "int")?,
        parse_constant: hook(interp, decoder, "parse_constant", "")?,
        memo: Default::default(),
        items: Default::default(),
        pairs: Default::default(),
    };
    interp.limits.charge(text.as_str().len() as u64 / 64)?;
    if whole {
        let start = d.skip_ws(0);
        let (v, end) = d
            .value(interp, start)
            .map_err(|f| fail(interp, f, doc, &text))?;
        let end = d.skip_ws(end);
        if end != text.as_str().len() {
            let pos = char_at(&text, end) as i64;
            return Err(decode_error(interp, "Extra data", doc, pos));
        }
        return Ok(v);
    }
    let idx = index_arg(&a[2], "")?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let Some(start) = usize::try_from(idx).ok().and_then(|i| byte_at(&text, i)) else {
        return Err(decode_error(interp, "Expecting value", doc, idx));
    };
    let (v, end) = d
        .value(interp, start)
        .map_err(|f| fail(interp, f, doc, &text))?;
    let end = char_at(&text, end) as i64;
    Ok(Value::tuple(vec![v, Value::Int(end)]))
}
