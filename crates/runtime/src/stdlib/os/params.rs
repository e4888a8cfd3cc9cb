//! Argument checking in the two styles `os` shows: functions CPython writes in Python
//! (posixpath's, `os.makedirs`, `os.getenv`) and C functions with keyword-only
//! parameters (`os.stat(path, *, dir_fd=None, follow_symlinks=True)`).

use crate::error::{messages, PyErr, PyResult};
use crate::object::args::Args;
use crate::object::value::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arguments of a Python function `fname(names...)` whose first `required` are
/// mandatory and first `positional` may be passed by position, with the messages a
/// Python function gives.
pub(crate) fn py_args<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
    positional: usize,
) -> PyResult<[Option<Value>; N]> {
    let n = args.pos.len();
    if n > positional {
        let kw_given = args
            .kw
            .iter()
            .filter(|(k, _)| names[positional..].contains(&&**k))
            .count();
        let takes = if required == positional {
            format!("{positional} positional argument{}", plural(positional))
        } else {
            format!("from {required} to {positional} positional arguments")
        };
        let was = if n == 1 { "was" } else { "were" };
        let extra = if kw_given > 0 {
            format!(
                " positional argument{} (and {kw_given} keyword-only argument{})",
                plural(n),
                plural(kw_given)
            )
        } else {
            String::new()
        };
        return Err(PyErr::type_error(format!(
            "{fname}() takes {takes} but {n}{extra} {was} given"
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (i, v) in args.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kw {
        let Some(i) = names.iter().position(|n| **n == **k) else {
            return Err(messages::unexpected_keyword(fname, k));
        };
        if out[i].is_some() {
            return Err(messages::multiple_values(fname, names[i]));
        }
        out[i] = Some(v.clone());
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
            [] => String::new(),
        };
        return Err(PyErr::type_error(format!(
            "{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            plural(missing.len())
        )));
    }
    Ok(out)
}

/// The arguments of a C function whose parameters after the first `positional` are
/// keyword-only; `exact` when all of those are required ("takes exactly 1 positional
/// argument (2 given)") rather than some optional ("takes at most 2 ...").
pub(crate) fn clinic_args<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
    positional: usize,
) -> PyResult<[Option<Value>; N]> {
    let n = args.pos.len();
    if n > positional {
        let how = if required == positional {
            "exactly"
        } else {
            "at most"
        };
        return Err(PyErr::type_error(format!(
            "{fname}() takes {how} {positional} positional argument{} ({n} given)",
            plural(positional)
        )));
    }
    args.parse(fname, names, required)
}
