//! Argument binding with the two wordings `hashlib` and `hmac` need: Argument Clinic's
//! (the C functions: `openssl_sha256()`, `blake2b()`, `pbkdf2_hmac()`) and a Python
//! function's (`hashlib.new` and `hmac`'s functions are written in Python in CPython).

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::args::Args;
use crate::object::value::Value;

/// A C function's parameters as Argument Clinic declares them: `names` in order, the
/// first `posonly` positional-only, at most `maxpos` positional, the first `required`
/// mandatory (the others keyword-only after `maxpos`).
pub(crate) struct Clinic<'a, const N: usize> {
    pub fname: &'a str,
    pub names: [&'a str; N],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

impl<const N: usize> Clinic<'_, N> {
    /// Binds `args`, with CPython 3.11's `_PyArg_UnpackKeywords` messages.
    pub(crate) fn bind(&self, args: &Args) -> PyResult<[Option<Value>; N]> {
        let f = self.fname;
        let nargs = args.pos.len();
        let given = nargs + args.kw.len();
        if given > N {
            let kw = if nargs == 0 { "keyword " } else { "" };
            let s = if N == 1 { "" } else { "s" };
            return Err(PyErr::type_error(format!(
                "{f}() takes at most {N} {kw}argument{s} ({given} given)"
            )));
        }
        if nargs > self.maxpos {
            return Err(PyErr::type_error(if self.maxpos == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                let m = self.maxpos;
                let how = if self.required.min(m) < m {
                    "at most"
                } else {
                    "exactly"
                };
                let s = if m == 1 { "" } else { "s" };
                format!("{f}() takes {how} {m} positional argument{s} ({nargs} given)")
            }));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (slot, v) in out.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        let find = |name: &str| args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
        let mut used = 0;
        for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(self.posonly)) {
            match find(self.names[i]) {
                Some(v) => {
                    *slot = Some(v.clone());
                    used += 1;
                }
                None if i < self.required => {
                    return Err(PyErr::type_error(format!(
                        "{f}() missing required argument '{}' (pos {})",
                        self.names[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if used < args.kw.len() {
            for i in self.posonly..nargs {
                if find(self.names[i]).is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for {f}() given by name ('{}') and position ({})",
                        self.names[i],
                        i + 1
                    )));
                }
            }
            let known = &self.names[self.posonly..];
            if let Some((k, _)) = args.kw.iter().find(|(k, _)| !known.contains(&&**k)) {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {f}()"
                )));
            }
        }
        Ok(out)
    }
}

/// A Python function's parameters: `names` (the first `posonly` positional-only), the
/// last `defaults` of them optional, then keyword-only `kwonly` (all optional), and
/// whether extra keywords are collected (`**kwargs`).
pub(crate) struct PyParams<'a> {
    pub qualname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub defaults: usize,
    pub kwonly: &'a [&'a str],
    pub varkw: bool,
}

/// What [`PyParams::bind`] gives: a slot per parameter (`None`: its default), and the
/// extra keywords for `**kwargs`.
pub(crate) type Bound = (Vec<Option<Value>>, Vec<(Rc<str>, Value)>);

impl PyParams<'_> {
    /// Binds `pos` and `kw` with CPython 3.11's messages (in its order: keywords, then
    /// the positional count, then what is missing).
    pub(crate) fn bind(&self, pos: &[Value], kw: &[(Rc<str>, Value)]) -> PyResult<Bound> {
        let q = self.qualname;
        let npos = self.names.len();
        let mut slots: Vec<Option<Value>> = vec![None; npos + self.kwonly.len()];
        for (slot, v) in slots.iter_mut().zip(pos.iter().take(npos)) {
            *slot = Some(v.clone());
        }
        let mut extra = Vec::new();
        for (k, v) in kw {
            let at = self.names[self.posonly..]
                .iter()
                .position(|n| **n == **k)
                .map(|i| i + self.posonly)
                .or_else(|| {
                    self.kwonly
                        .iter()
                        .position(|n| **n == **k)
                        .map(|i| i + npos)
                });
            match at {
                Some(i) if slots[i].is_some() => {
                    return Err(PyErr::type_error(format!(
                        "{q}() got multiple values for argument '{k}'"
                    )));
                }
                Some(i) => slots[i] = Some(v.clone()),
                None if self.varkw => extra.push((k.clone(), v.clone())),
                None => {
                    let posonly: Vec<&str> = kw
                        .iter()
                        .map(|(k, _)| &**k)
                        .filter(|k| self.names[..self.posonly].contains(k))
                        .collect();
                    if !posonly.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )));
                    }
                    return Err(PyErr::type_error(format!(
                        "{q}() got an unexpected keyword argument '{k}'"
                    )));
                }
            }
        }
        if pos.len() > npos {
            let takes = if self.defaults > 0 {
                format!(
                    "from {} to {npos} positional arguments",
                    npos - self.defaults
                )
            } else {
                format!("{npos} positional argument{}", plural(npos))
            };
            let kw_given = slots[npos..].iter().filter(|s| s.is_some()).count();
            let n = pos.len();
            let given = if kw_given > 0 {
                format!(
                    "{n} positional argument{} (and {kw_given} keyword-only argument{}) were",
                    plural(n),
                    plural(kw_given)
                )
            } else if n == 1 {
                "1 was".to_string()
            } else {
                format!("{n} were")
            };
            return Err(PyErr::type_error(format!(
                "{q}() takes {takes} but {given} given"
            )));
        }
        let missing: Vec<&str> = (0..npos - self.defaults)
            .filter(|&i| slots[i].is_none())
            .map(|i| self.names[i])
            .collect();
        if !missing.is_empty() {
            let n = missing.len();
            return Err(PyErr::type_error(format!(
                "{q}() missing {n} required positional argument{}: {}",
                plural(n),
                quoted_list(&missing)
            )));
        }
        Ok((slots, extra))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => q.join(""),
    }
}
