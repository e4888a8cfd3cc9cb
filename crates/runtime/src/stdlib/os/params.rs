//! Argument binding in the two styles `os` shows, through the binders `hashlib` keeps:
//! functions CPython writes in Python (posixpath's, `os.makedirs`, `os.getenv`) and C
//! functions with keyword-only parameters (`os.stat(path, *, dir_fd=None,
//! follow_symlinks=True)`).

use crate::error::PyResult;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::stdlib::hashlib::signature::{Clinic, PyParams};

/// The arguments of a Python function `fname(names...)` whose first `required` are
/// mandatory and whose first `positional` may be passed by position (the rest are
/// keyword-only).
pub(crate) fn py_args<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
    positional: usize,
) -> PyResult<[Option<Value>; N]> {
    let (slots, _) = PyParams {
        qualname: fname,
        names: &names[..positional],
        posonly: 0,
        defaults: positional - required,
        kwonly: &names[positional..],
        varkw: false,
    }
    .bind(args.pos, args.kw)?;
    let mut slots = slots.into_iter();
    Ok(std::array::from_fn(|_| slots.next().flatten()))
}

/// The arguments of a C function whose parameters after the first `positional` are
/// keyword-only, the first `required` mandatory.
pub(crate) fn clinic_args<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
    positional: usize,
) -> PyResult<[Option<Value>; N]> {
    Clinic {
        fname,
        names,
        posonly: 0,
        maxpos: positional,
        required,
    }
    .bind(args)
}
