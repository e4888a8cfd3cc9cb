//! Reading a JSON document into Python values: CPython's `_json` scanner (its grammar,
//! its hooks and the offsets its messages point at), over the str's UTF-8 bytes.

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::error::PyErr;
use crate::interp::Interp;
use crate::object::value::{BoolWord, Value};
use crate::types::dict::table::{new_dict, HashKey};
use crate::types::hash::native_hash;

use super::string;

/// Why decoding stopped, at a byte offset: no value where one was expected (CPython's
/// StopIteration, which callers turn into "Expecting value"), a syntax error with
/// CPython's message, or an exception a hook raised.
pub(crate) enum Fail {
    NoValue(usize),
    Syntax(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

impl From<string::ScanError> for Fail {
    fn from(e: string::ScanError) -> Fail {
        Fail::Syntax(e.msg, e.at)
    }
}

type Scan<T> = Result<T, Fail>;

/// The decoder's settings (a `JSONDecoder`'s attributes); a hook left at its default is
/// `None`, so plain numbers and objects never call Python.
pub(crate) struct Decoder<'a> {
    pub(crate) s: &'a str,
    pub(crate) strict: bool,
    pub(crate) object_hook: Option<Value>,
    pub(crate) pairs_hook: Option<Value>,
    pub(crate) parse_float: Option<Value>,
    pub(crate) parse_int: Option<Value>,
    pub(crate) parse_constant: Option<Value>,
    /// Every key text read so far and its str, so equal keys share one object (CPython's
    /// scanner memo, kept for one document).
    pub(crate) memo: RefCell<FxHashMap<Cow<'a, str>, Value>>,
    /// The items and pairs of the arrays and objects being read, nested ones above
    /// their parents': each container is collected here, then moved out at its exact
    /// size.
    pub(crate) items: RefCell<Vec<Value>>,
    pub(crate) pairs: RefCell<Vec<(Value, Value)>>,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Decoder<'a> {
    pub(crate) fn skip_ws(&self, mut i: usize) -> usize {
        let b = self.s.as_bytes();
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        i
    }

    /// One value starting at byte `i`: the value and the offset after it.
    pub(crate) fn value(&self, interp: &mut Interp, i: usize) -> Scan<(Value, usize)> {
        let b = self.s.as_bytes();
        let Some(&c) = b.get(i) else {
            return Err(Fail::NoValue(i));
        };
        interp.limits.charge(1)?;
        match c {
            b'"' => {
                let (text, end) = string::scan(self.s, i + 1, self.strict)?;
                Ok((Value::str(text.as_ref()), end))
            }
            b'{' => interp.recurse(
                "while decoding a JSON object from a unicode string",
                |interp| Ok(self.object(interp, i + 1)),
            )?,
            b'[' => interp.recurse(
                "while decoding a JSON array from a unicode string",
                |interp| Ok(self.array(interp, i + 1)),
            )?,
            b'n' if b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if b[i..].starts_with(b"true") => Ok((Value::Bool(BoolWord::TRUE), i + 4)),
            b'f' if b[i..].starts_with(b"false") => Ok((Value::Bool(BoolWord::FALSE), i + 5)),
            b'N' if b[i..].starts_with(b"NaN") => self.constant(interp, "NaN", i),
            b'I' if b[i..].starts_with(b"Infinity") => self.constant(interp, "Infinity", i),
            b'-' if b[i..].starts_with(b"-Infinity") => self.constant(interp, "-Infinity", i),
            _ => self.number(interp, i),
        }
    }

    fn constant(&self, interp: &mut Interp, name: &str, i: usize) -> Scan<(Value, usize)> {
        let v = match &self.parse_constant {
            Some(f) => interp.call(f, vec![Value::str(name)], vec![])?,
            None => Value::from_f64(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((v, i + name.len()))
    }

    fn number(&self, interp: &mut Interp, start: usize) -> Scan<(Value, usize)> {
        let b = self.s.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let e = i;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) {
                i += 1;
            }
            let digits = i;
            while digit(i) {
                i += 1;
            }
            if i > digits {
                is_float = true;
            } else {
                i = e;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            match &self.parse_float {
                Some(f) => interp.call(f, vec![Value::str(text)], vec![])?,
                None => Value::from_f64(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => interp.call(f, vec![Value::str(text)], vec![])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    // Past i64, `int(text)` (with its digit limit and message).
                    Err(_) => {
                        let int = Value::Class(interp.builtin_class("int"));
                        interp.call(&int, vec![Value::str(text)], vec![])?
                    }
                },
            }
        };
        Ok((v, i))
    }

    /// The str of a key, shared with every equal key read before it.
    fn key(&self, text: Cow<'a, str>) -> Value {
        let mut memo = self.memo.borrow_mut();
        if let Some(k) = memo.get(text.as_ref()) {
            return k.clone();
        }
        let k = Value::str(text.as_ref());
        memo.insert(text, k.clone());
        k
    }

    fn object(&self, interp: &mut Interp, start: usize) -> Scan<(Value, usize)> {
        let b = self.s.as_bytes();
        let base = self.pairs.borrow().len();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(Fail::Syntax(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = string::scan(self.s, i + 1, self.strict)?;
                let key = self.key(key);
                i = self.skip_ws(end);
                if b.get(i) != Some(&b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, end) = self.value(interp, i)?;
                self.pairs.borrow_mut().push((key, v));
                i = self.skip_ws(end);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        let pairs: Vec<(Value, Value)> = self.pairs.borrow_mut().drain(base..).collect();
        if let Some(hook) = &self.pairs_hook {
            let items = pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v]));
            let list = Value::list(items.collect());
            return Ok((interp.call(hook, vec![list], vec![])?, end));
        }
        let mut d = new_dict();
        d.reserve(pairs.len());
        for (k, v) in pairs {
            let hash = native_hash(&k).unwrap_or(0);
            d.insert(HashKey { hash, value: k }, v);
        }
        let d = Value::dict(d);
        match &self.object_hook {
            Some(hook) => Ok((interp.call(hook, vec![d], vec![])?, end)),
            None => Ok((d, end)),
        }
    }

    fn array(&self, interp: &mut Interp, start: usize) -> Scan<(Value, usize)> {
        let b = self.s.as_bytes();
        let base = self.items.borrow().len();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.value(interp, i)?;
                self.items.borrow_mut().push(v);
                i = self.skip_ws(end);
                match b.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let items = self.items.borrow_mut().drain(base..).collect();
        Ok((Value::list(items), i + 1))
    }
}
