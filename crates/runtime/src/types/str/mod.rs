//! `str`: constructor, subscription, methods, `%`-formatting and `str.format`.

pub(crate) mod case;
pub mod casefold_table;
mod format;
use case::*;
pub use format::percent_format;
use format::*;

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, PyStr, SliceValue, Value};
use crate::types::sequence;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("str", str_new);
    interp.add_methods(
        "str",
        &[
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("islower", islower),
            ("isupper", isupper),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("istitle", istitle),
            ("partition", partition),
            ("rpartition", rpartition),
            ("splitlines", splitlines),
            ("format", format),
            ("encode", encode),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("expandtabs", expandtabs),
            ("translate", translate),
            ("format_map", format_map),
        ],
    );
    interp.add_class_methods("str", &[("maketrans", maketrans)]);
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("str", crate::types::special_methods::COMMON);
    interp.add_methods("str", crate::types::special_methods::CONTAINER);
    interp.add_methods("str", crate::types::special_methods::MODULO);
}

fn maketrans(interp: &mut Interp, _: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("maketrans", 1, 3)?;
    let d = Value::dict(crate::types::dict::table::new_dict());
    if a.len() == 1 {
        let Some(src) = a[0].as_dict() else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items = crate::types::dict::table::items(&src.borrow());
        for (k, v) in items {
            let key = match &k {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                Value::Int(_) => k.clone(),
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            interp.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    let (from, to) = (
        arg_str(&a[0], "maketrans() argument 1")?,
        arg_str(&a[1], "maketrans() argument 2")?,
    );
    if from.chars().count() != to.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let pairs: Vec<(char, char)> = from.chars().zip(to.chars()).collect();
    for (f, t) in pairs {
        interp.dict_set(&d, Value::Int(f as i64), Value::Int(t as i64))?;
    }
    if let Some(del) = a.get(2) {
        let chars: Vec<char> = arg_str(del, "maketrans() argument 3")?.chars().collect();
        for c in chars {
            interp.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn translate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_items(interp, s(this).len())?;
    let a = args.range("translate", 1, 1)?;
    let table = &a[0];
    let mut out = String::new();
    for c in s(this).chars() {
        match interp.get_item(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.push(
                u32::try_from(n)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        PyErr::value_error("character mapping must be in range(0x110000)")
                    })?,
            ),
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(e)
                if matches!(
                    e.pending_kind(),
                    Some(ExcKind::KeyError | ExcKind::IndexError)
                ) =>
            {
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::str(out))
}

fn str_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // `str(i)` of a machine int, the commonest call: its digits straight into the str
    // (held inline), before the general parse.
    if let ([Value::Int(i)], []) = (args.pos, args.kw) {
        return Ok(Value::str(itoa::Buffer::new().format(*i)));
    }
    let [object, encoding, errors] = args.parse("str", ["object", "encoding", "errors"], 0)?;
    crate::object::args::check_str_args("str", [("encoding", &encoding), ("errors", &errors)])?;
    let Some(object) = object else {
        return Ok(Value::str(""));
    };
    if encoding.is_some() || errors.is_some() {
        return crate::types::bytes::text::decode_object(interp, &object, encoding, errors);
    }
    Ok(Value::str(interp.str(&object)?))
}

fn s(v: &Value) -> &str {
    v.as_pystr().map_or("", |s| s.as_str())
}

impl Value {
    /// The text of a str, or of a str subclass instance.
    #[inline]
    pub fn as_pystr(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            Value::Instance(i) => i.native.as_ref()?.as_pystr(),
            _ => None,
        }
    }
}

fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_pystr() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            v.type_name()
        ))),
    }
}

/// Char index → byte offset.
fn byte_offset(text: &str, ascii: bool, char_index: usize) -> usize {
    if ascii {
        return char_index.min(text.len());
    }
    text.char_indices()
        .nth(char_index)
        .map_or(text.len(), |(i, _)| i)
}

/// `s[a:b:c]`.
pub fn get_slice(interp: &mut Interp, st: &PyStr, sl: &SliceValue) -> PyResult<Value> {
    let text = st.as_str();
    let r = sequence::slice(interp, sl, st.char_len())?;
    if st.is_ascii() {
        let b = text.as_bytes();
        if r.step == 1 {
            let start = r.start as usize;
            return Ok(Value::str(&text[start..start + r.count]));
        }
        return Ok(Value::str(
            r.indices().map(|i| b[i] as char).collect::<String>(),
        ));
    }
    let chars: Vec<char> = text.chars().collect();
    Ok(Value::str(
        r.indices().map(|i| chars[i]).collect::<String>(),
    ))
}

pub fn get_item(interp: &mut Interp, st: &Rc<PyStr>, key: &Value) -> PyResult<Value> {
    let text = st.as_str();
    match key {
        Value::Slice(sl) => get_slice(interp, st, sl),
        _ => {
            let i = match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    sequence::index_operand(key, "string")?
                }
                // CPython 3.11 words str's refusal differently from the other sequences.
                other => {
                    return Err(PyErr::type_error(format!(
                        "string indices must be integers, not '{}'",
                        other.type_name()
                    )))
                }
            };
            let len = st.char_len();
            match sequence::index(i, len) {
                Some(j) => {
                    if st.is_ascii() {
                        Ok(Value::str((text.as_bytes()[j] as char).to_string()))
                    } else {
                        Ok(Value::str(
                            text.chars().nth(j).map(String::from).unwrap_or_default(),
                        ))
                    }
                }
                None => Err(PyErr::index_error("string index out of range")),
            }
        }
    }
}

fn join(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("join", 1, 1)?;
    // Only "not iterable" becomes join's own message: other errors (a limit, an
    // iterator's own exception) pass through.
    let items = match &a[0] {
        Value::List(_) | Value::Tuple(_) => interp.collect(&a[0])?,
        other => {
            let it = interp.iter(other).map_err(|e| match e.pending_kind() {
                Some(ExcKind::TypeError) => PyErr::type_error("can only join an iterable"),
                _ => e,
            })?;
            interp.collect(&it)?
        }
    };
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_pystr() {
            Some(x) => parts.push(x.as_str()),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.type_name()
                )))
            }
        }
    }
    let total = parts.iter().map(|p| p.len()).sum::<usize>()
        + s(this).len() * parts.len().saturating_sub(1);
    interp.limits.check_alloc(total)?;
    sequence::charge_items(interp, parts.len())?;
    sequence::charge_bytes(interp, total)?;
    Ok(Value::str(parts.join(s(this))))
}

fn split_args(interp: &mut Interp, args: Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let [sep, maxsplit] = args.parse(name, ["sep", "maxsplit"], 0)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = arg_str(&v, "must be str or None")
                .map_err(|_| {
                    PyErr::type_error(format!("must be str or None, not {}", v.type_name()))
                })?
                .to_string();
            if t.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(t)
        }
    };
    let maxsplit = match maxsplit {
        Some(m) => crate::types::numbers::index::ssize_arg(interp, &m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// The list of `parts`, made in charged pieces after its memory is probed.
fn to_list(interp: &mut Interp, parts: Vec<&str>) -> PyResult<Value> {
    sequence::check_values(interp, parts.len())?;
    let mut out = Vec::with_capacity(parts.len());
    sequence::for_each_item(interp, parts.len(), |_, i| {
        out.push(Value::str(parts[i]));
        Ok(())
    })?;
    Ok(Value::list(out))
}

/// `text.split(sep, max)`: a text of one chunk is searched with `memchr` and its parts
/// go straight into the list; a longer one is searched in charged pieces.
fn split_on(interp: &mut Interp, text: &str, sep: &str, max: usize) -> PyResult<Value> {
    let (bytes, needle) = (text.as_bytes(), sep.as_bytes());
    if text.len() > sequence::CHUNK_BYTES {
        let found = crate::types::bytes::find_all_chunked(interp, bytes, needle, max)?;
        sequence::check_values(interp, found.len() + 1)?;
        let mut out = Vec::with_capacity(found.len() + 1);
        let mut start = 0;
        for p in found {
            out.push(&text[start..p]);
            start = p + sep.len();
        }
        out.push(&text[start..]);
        return to_list(interp, out);
    }
    sequence::charge_bytes(interp, text.len())?;
    let found: &mut dyn Iterator<Item = usize> = match needle {
        [b] => &mut memchr::memchr_iter(*b, bytes),
        _ => &mut memchr::memmem::find_iter(bytes, needle),
    };
    let mut out = Vec::new();
    let mut start = 0;
    for p in found.take(max) {
        if out.len() % sequence::CHUNK_ITEMS == sequence::CHUNK_ITEMS - 1 {
            // (A long list is charged, and probed before it grows, in pieces.)
            sequence::check_values(interp, out.len() + sequence::CHUNK_ITEMS)?;
            sequence::charge_items(interp, sequence::CHUNK_ITEMS)?;
        }
        out.push(Value::str(&text[start..p]));
        start = p + needle.len();
    }
    out.push(Value::str(&text[start..]));
    Ok(Value::list(out))
}

fn split(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    // The common call, `s.split(sep)`, skips the argument parser.
    if let ([Value::Str(sep)], []) = (args.pos, args.kw) {
        if !sep.as_str().is_empty() {
            return split_on(interp, s(this), sep.as_str(), usize::MAX);
        }
    }
    let (sep, maxsplit) = split_args(interp, args, "split")?;
    let text = s(this);
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok(match sep {
        Some(sep) => split_on(interp, text, &sep, max)?,
        None => {
            sequence::charge_bytes(interp, text.len())?;
            let mut out = Vec::new();
            let mut rest = text.trim_start();
            while !rest.is_empty() {
                interp.limits.tick()?;
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            to_list(interp, out)?
        }
    })
}

fn rsplit(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(interp, args, "rsplit")?;
    let text = s(this);
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    sequence::charge_bytes(interp, text.len())?;
    let mut out: Vec<&str> = match sep {
        Some(sep) => {
            let mut parts = Vec::new();
            for p in text.rsplitn(max.saturating_add(1), sep.as_str()) {
                // (A step per part: the memory check sees the list grow.)
                interp.limits.tick()?;
                parts.push(p);
            }
            parts
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_end();
            while !rest.is_empty() {
                interp.limits.tick()?;
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(i) => {
                        let ch = rest[i..].chars().next().map_or(1, char::len_utf8);
                        out.push(&rest[i + ch..]);
                        rest = rest[..i].trim_end();
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    out.reverse();
    to_list(interp, out)
}

fn strip_chars(args: Args, name: &str) -> PyResult<Option<Vec<char>>> {
    let a = args.range(name, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) if v.as_pystr().is_some() => Ok(Some(s(v).chars().collect())),
        Some(other) => Err(PyErr::type_error(
            format!("{name} arg must be None or str, not {}", other.type_name())
                .replace(&format!("{name} arg"), &format!("{name} arg")),
        )),
    }
}

fn do_strip(this: &Value, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let chars = strip_chars(args, name)?;
    let text = s(this);
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    // Nothing stripped: the same object, as in CPython.
    if t.len() == text.len() && matches!(this, Value::Str(_)) {
        return Ok(this.clone());
    }
    Ok(Value::str(t))
}

fn strip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    do_strip(this, args, "strip", true, true)
}

fn lstrip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    do_strip(this, args, "lstrip", true, false)
}

fn rstrip(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    do_strip(this, args, "rstrip", false, true)
}

fn replace(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("replace", 2, 3)?;
    let old = arg_str(&a[0], "replace() argument 1")?;
    let new = arg_str(&a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(c) => crate::types::numbers::index::ssize_arg(interp, c)?,
        None => -1,
    };
    let text = s(this);
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let inserts = text.len().saturating_add(1).min(max);
        sequence::charge_bytes(interp, text.len() + inserts.saturating_mul(new.len()))?;
        return Ok(Value::str(text.replacen(old, new, max)));
    }
    // The occurrences are found in pieces; the result is built from them.
    let found =
        crate::types::bytes::find_all_chunked(interp, text.as_bytes(), old.as_bytes(), max)?;
    let total = text.len() - found.len() * old.len() + found.len() * new.len();
    interp.limits.check_alloc(total)?;
    sequence::charge_bytes(interp, total)?;
    let mut out = String::with_capacity(total);
    let mut start = 0;
    for p in found {
        out.push_str(&text[start..p]);
        out.push_str(new);
        start = p + old.len();
    }
    out.push_str(&text[start..]);
    Ok(Value::str(out))
}

/// Resolves optional start/end arguments to a char range, then a byte range.
/// The char range of a str method's optional start/end (`a[1]`, `a[2]`), and whether
/// start lies past the end.
fn bounds(interp: &mut Interp, this: &Value, a: &[Value]) -> PyResult<(usize, usize, bool)> {
    let len = match this {
        Value::Str(st) => st.char_len(),
        _ => 0,
    };
    let r = crate::types::numbers::index::search_range(interp, len, a.get(1), a.get(2))?;
    Ok((r.start, r.end, r.start_past_end))
}

fn find_impl(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<i64> {
    let a = args.range(name, 1, 3)?;
    let sub = arg_str(&a[0], "must be str")
        .map_err(|_| PyErr::type_error(format!("must be str, not {}", a[0].type_name())))?
        .to_string();
    let (start, end, past_end) = bounds(interp, this, a)?;
    let Value::Str(st) = this else { return Ok(-1) };
    let text = st.as_str();
    if past_end {
        return Ok(-1);
    }
    let bs = byte_offset(text, st.is_ascii(), start);
    let be = byte_offset(text, st.is_ascii(), end);
    let hay = &text[bs..be];
    let found = if reverse {
        crate::types::bytes::rfind_chunked(interp, hay.as_bytes(), sub.as_bytes())?
    } else {
        crate::types::bytes::find_chunked(interp, hay.as_bytes(), sub.as_bytes())?
    };
    Ok(match found {
        Some(b) => {
            let chars = if st.is_ascii() {
                b
            } else {
                sequence::charge_bytes(interp, b)?;
                hay[..b].chars().count()
            };
            (start + chars) as i64
        }
        None => -1,
    })
}

fn find(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    find_impl(interp, this, args, "find", false).map(Value::Int)
}

fn rfind(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    find_impl(interp, this, args, "rfind", true).map(Value::Int)
}

fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match find_impl(interp, this, args, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    match find_impl(interp, this, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("count", 1, 3)?;
    let sub = arg_str(&a[0], "must be str")
        .map_err(|_| PyErr::type_error(format!("must be str, not {}", a[0].type_name())))?
        .to_string();
    let (start, end, past_end) = bounds(interp, this, a)?;
    let Value::Str(st) = this else {
        return Ok(Value::Int(0));
    };
    if past_end {
        return Ok(Value::Int(0));
    }
    let text = st.as_str();
    let hay = &text[byte_offset(text, st.is_ascii(), start)..byte_offset(text, st.is_ascii(), end)];
    if sub.is_empty() {
        sequence::charge_bytes(interp, hay.len())?;
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    let n = crate::types::bytes::count_chunked(interp, hay.as_bytes(), sub.as_bytes())?;
    Ok(Value::Int(n as i64))
}

fn affix(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let a = args.range(name, 1, 3)?;
    let (start, end, past_end) = bounds(interp, this, a)?;
    let Value::Str(st) = this else {
        return Ok(Value::Bool(BoolWord::FALSE));
    };
    let text = st.as_str();
    // A start past the end matches nothing, but the prefixes are still type-checked.
    let hay = (!past_end).then(|| {
        &text[byte_offset(text, st.is_ascii(), start)..byte_offset(text, st.is_ascii(), end)]
    });
    let mut test = |p: &str| -> PyResult<bool> {
        let Some(hay) = hay else { return Ok(false) };
        let (hay, p) = (hay.as_bytes(), p.as_bytes());
        if p.len() > hay.len() {
            return Ok(false);
        }
        let part = if suffix {
            &hay[hay.len() - p.len()..]
        } else {
            &hay[..p.len()]
        };
        sequence::bytes_eq(interp, part, p)
    };
    if let Some(p) = a[0].as_pystr() {
        return Ok(Value::from_bool(test(p.as_str())?));
    }
    match &a[0] {
        Value::Tuple(items) => {
            for item in items.iter() {
                match item.as_pystr() {
                    Some(p) => {
                        if test(p.as_str())? {
                            return Ok(Value::Bool(BoolWord::TRUE));
                        }
                    }
                    None => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            item.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(BoolWord::FALSE))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn startswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "startswith", false)
}

fn endswith(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    affix(interp, this, args, "endswith", true)
}

fn partition_impl(
    interp: &mut Interp,
    this: &Value,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let a = args.range(name, 1, 1)?;
    let sep = arg_str(&a[0], "must be str")
        .map_err(|_| PyErr::type_error(format!("must be str, not {}", a[0].type_name())))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let t = s(this);
    let found = if reverse {
        crate::types::bytes::rfind_chunked(interp, t.as_bytes(), sep.as_bytes())?
    } else {
        crate::types::bytes::find_chunked(interp, t.as_bytes(), sep.as_bytes())?
    };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&t[..i]),
            Value::str(sep),
            Value::str(&t[i + sep.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), Value::str(t)],
        None => vec![Value::str(t), Value::str(""), Value::str("")],
    }))
}

fn partition(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(interp, this, args, "partition", false)
}

fn rpartition(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    partition_impl(interp, this, args, "rpartition", true)
}

fn splitlines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    let [keepends] = args.parse("splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => interp.truthy(&k)?,
        None => false,
    };
    let t = s(this);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = t.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && chars.next_if(|x| x.1 == '\n').is_some() {
                end += 1;
            }
            // (A step per line: the memory check sees the list grow.)
            interp.limits.tick()?;
            out.push(Value::str(if keep {
                &t[start..end]
            } else {
                &t[start..pos]
            }));
            start = end;
        }
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(Value::list(out))
}

fn encode(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [encoding, errors] = args.parse("encode", ["encoding", "errors"], 0)?;
    crate::types::bytes::text::encode_str(interp, s(this), encoding, errors)
}

fn removeprefix(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    let a = args.range("removeprefix", 1, 1)?;
    let p = arg_str(&a[0], "removeprefix() argument")?;
    Ok(Value::str(s(this).strip_prefix(p).unwrap_or(s(this))))
}

fn removesuffix(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    let a = args.range("removesuffix", 1, 1)?;
    let p = arg_str(&a[0], "removesuffix() argument")?;
    Ok(Value::str(s(this).strip_suffix(p).unwrap_or(s(this))))
}

fn expandtabs(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    sequence::charge_bytes(interp, s(this).len())?;
    let [tabsize] = args.parse("expandtabs", ["tabsize"], 0)?;
    let size = match tabsize {
        Some(t) => crate::types::numbers::index::c_int(interp, &t)? as i64,
        None => 8,
    };
    let tabs = s(this).matches('\t').count();
    interp
        .limits
        .check_alloc(tabs.saturating_mul(size.max(0) as usize))?;
    let mut out = String::new();
    let mut col = 0i64;
    for c in s(this).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

/// An approximation of Python's `str.isprintable` for single characters.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || (0x7f..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if (0x2028..=0x202f).contains(&n) && n != 0x202f
        || (0x200b..=0x200f).contains(&n)
        || (0x2060..=0x206f).contains(&n)
    {
        return false;
    }
    if (0xd800..0xe000).contains(&n)
        || (0xe000..0xf900).contains(&n)
        || n == 0xfeff
        || (0xfff0..=0xfffb).contains(&n)
    {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    n < 0xf0000
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
