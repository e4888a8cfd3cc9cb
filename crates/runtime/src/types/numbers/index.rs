//! Integer arguments: `__index__`, slice bounds and search ranges clamped as CPython
//! clamps them, and the C `int` / `Py_ssize_t` conversions with their errors.

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::int;
use num_traits::{Signed, ToPrimitive};

/// The integer value of an object that supports `__index__`.
pub fn index_of(interp: &mut Interp, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = interp.call_special(v, sym::__index__, Vec::new) {
        let r = r?;
        return int::to_bigint(&r).ok_or_else(|| {
            PyErr::type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            ))
        });
    }
    Err(messages::cannot_interpret_as_int(v.type_name()))
}

/// Whether an object supports `__index__` (`PyIndex_Check`).
pub fn has_index(interp: &mut Interp, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || matches!(v, Value::Instance(_)) && interp.special_method(v, sym::__index__).is_some()
}

/// The optional `start`/`end` of find/count/startswith, resolved against `len` as
/// CPython does (negatives count from the end, then clamp).
pub struct SearchRange {
    pub start: usize,
    pub end: usize,
    /// `start` lies beyond the end: searches find nothing there, even an empty needle.
    pub start_past_end: bool,
}

pub fn search_range(
    interp: &mut Interp,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<SearchRange> {
    let n = len as i64;
    let mut resolve = |v: Option<&Value>, default: i64| -> PyResult<(i64, i64)> {
        match v {
            None | Some(Value::None) => Ok((default, default)),
            Some(v) => {
                let i = slice_index(interp, v)?;
                Ok((
                    i,
                    if i < 0 {
                        (i.saturating_add(n)).max(0)
                    } else {
                        i.min(n)
                    },
                ))
            }
        }
    };
    let (raw_start, s) = resolve(start, 0)?;
    let (_, e) = resolve(end, n)?;
    Ok(SearchRange {
        start: s as usize,
        end: e.max(s) as usize,
        start_past_end: raw_start > n,
    })
}

/// A slice bound given as an argument (CPython's `_PyEval_SliceIndex`): an int or an
/// object with `__index__`, clamped to the i64 range.
pub fn slice_index(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    clamped_index(
        interp,
        v,
        "slice indices must be integers or None or have an __index__ method",
    )
}

/// [`slice_index`] where None is refused too (`_PyEval_SliceIndexNotNone`: the bounds of
/// `list.index`).
pub fn slice_index_not_none(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    clamped_index(
        interp,
        v,
        "slice indices must be integers or have an __index__ method",
    )
}

pub fn clamped_index(interp: &mut Interp, v: &Value, refusal: &str) -> PyResult<i64> {
    let has_index =
        int::is_int(v.unwrap_native()) || interp.special_method(v, sym::__index__).is_some();
    if !has_index {
        return Err(PyErr::type_error(refusal));
    }
    let b = index_of(interp, v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// An index-sized integer (`__index__` honoured), with CPython's overflow message.
pub fn index_i64(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let b = index_of(interp, v)?;
    // CPython names the object given, not the int its `__index__` returned.
    b.to_i64()
        .ok_or_else(|| messages::cannot_fit_index(v.type_name()))
}

/// [`index_i64`] where CPython's overflow is an OverflowError (repetition counts, sizes).
pub fn index_i64_overflow(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let b = index_of(interp, v)?;
    b.to_i64().ok_or_else(|| {
        PyErr::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            v.type_name()
        ))
    })
}

/// An argument CPython reads as a C `Py_ssize_t` (OverflowError beyond its range; an
/// index into a sequence is IndexError instead, see [`index_i64`]).
pub fn ssize_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let b = index_of(interp, v)?;
    b.to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

/// An argument CPython reads as a C `int` (OverflowError beyond its range).
pub fn c_int(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    let b = index_of(interp, v)?;
    b.to_i32().ok_or_else(messages::c_int_overflow)
}
