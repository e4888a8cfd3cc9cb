//! Arguments passed to built-in functions, and the parsing that gives CPython's messages.

use std::rc::Rc;

use crate::error::messages;
use crate::error::PyResult;
use crate::object::value::Value;

#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<str>, Value)],
    /// For a method of a built-in type, the type's name: CPython's messages then say
    /// `list.append()` rather than `append()`.
    pub owner: Option<&'static str>,
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value], kw: &'a [(Rc<str>, Value)]) -> Args<'a> {
        Args {
            pos,
            kw,
            owner: None,
        }
    }

    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kw: &[],
            owner: None,
        }
    }

    /// The same arguments, passed to a method of the built-in type `owner`.
    pub fn for_method(self, owner: Option<&'static str>) -> Args<'a> {
        Args { owner, ..self }
    }

    /// `list.append` for methods, `len` for functions.
    fn qualified(&self, name: &str) -> String {
        match self.owner {
            Some(o) => format!("{o}.{name}"),
            None => name.to_string(),
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty() && self.kw.is_empty()
    }

    /// Refuses keyword arguments, as built-ins with positional-only parameters do.
    pub fn no_kw(&self, name: &str) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(messages::no_keyword_arguments(name));
        }
        Ok(())
    }

    /// Positional-only arguments, between `min` and `max` of them; the message follows
    /// CPython's Argument Clinic wording ("find expected at least 1 argument, got 0").
    #[inline]
    pub fn range(&self, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let n = self.pos.len();
        if n < min || n > max || !self.kw.is_empty() {
            return Err(self.range_error(name, min, max));
        }
        Ok(self.pos)
    }

    #[cold]
    #[inline(never)]
    fn range_error(&self, name: &str, min: usize, max: usize) -> crate::error::PyErr {
        if let Err(e) = self.no_kw(name) {
            return e;
        }
        let n = self.pos.len();
        if min == max {
            if min == 0 {
                messages::takes_no_arguments(&self.qualified(name), n)
            } else if min == 1 {
                messages::takes_exactly_one(&self.qualified(name), n)
            } else {
                messages::expected_exactly(name, min, n)
            }
        } else if n < min {
            messages::expected_at_least(name, min, n)
        } else {
            messages::expected_at_most(name, max, n)
        }
    }

    /// Like [`Args::range`], with the older wording some methods keep
    /// ("find() takes at most 3 arguments (4 given)").
    pub fn range_old(&self, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kw(name)?;
        let n = self.pos.len();
        if n < min {
            let s = if min == 1 { "" } else { "s" };
            return Err(crate::error::PyErr::type_error(format!(
                "{name}() takes at least {min} argument{s} ({n} given)"
            )));
        }
        if n > max {
            return Err(messages::takes_at_most(name, max, n));
        }
        Ok(self.pos)
    }

    /// Positional-or-keyword parameters `names`, the first `required` of them mandatory.
    /// Messages follow CPython's ("split() takes at most 2 arguments (3 given)").
    pub fn parse<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let given = self.pos.len() + self.kw.len();
        if self.pos.len() > N {
            return Err(messages::takes_at_most(fname, N, given));
        }
        for (i, v) in self.pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kw {
            let Some(i) = names.iter().position(|n| **n == **k) else {
                return Err(messages::unexpected_keyword(fname, k));
            };
            if out[i].is_some() {
                return Err(messages::multiple_values(fname, names[i]));
            }
            out[i] = Some(v.clone());
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(messages::missing_required(fname, names[i], i + 1));
            }
        }
        Ok(out)
    }
}

/// `f(encoding=..., errors=...)`: both must be str when given (None included).
pub fn check_str_args(func: &str, args: [(&str, &Option<Value>); 2]) -> PyResult<()> {
    for (name, v) in args {
        match v {
            None | Some(Value::Str(_)) => {}
            Some(other) => {
                return Err(messages::argument_type(
                    func,
                    name,
                    "str",
                    other.arg_type_name(),
                ))
            }
        }
    }
    Ok(())
}
