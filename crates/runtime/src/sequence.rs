//! Index and slice arithmetic (negative indices, steps, clamping), written once for every
//! sequence type.

use num_traits::{Signed, ToPrimitive};

use crate::errors;
use crate::exceptions::{PyErr, PyResult};
use crate::value::{SliceValue, Value};

/// A resolved slice: `count` items starting at `start`, `step` apart.
#[derive(Debug, Clone, Copy)]
pub struct Slice {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub count: usize,
}

impl Slice {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |k| (self.start + k as isize * self.step) as usize)
    }

    pub fn is_contiguous(&self) -> bool {
        self.step == 1
    }
}

/// Resolves `seq[i]` for a sequence of `len` items; `None` if out of range. Lengths of
/// stored sequences fit in i64 (allocations are at most isize::MAX bytes); ranges, which
/// can be longer, use [`index_long`].
#[inline]
pub fn index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// [`index`] for any length.
pub fn index_long(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 {
        i as i128 + len as i128
    } else {
        i as i128
    };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// The int value of an index operand, or CPython's TypeError for `what`.
pub fn index_operand(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => b.to_i64().ok_or_else(|| errors::cannot_fit_index("int")),
        other => Err(errors::indices_must_be(what, other.type_name())),
    }
}

fn slice_bound(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// Resolves a slice object against a sequence of `len` items.
pub fn slice(s: &SliceValue, len: usize) -> PyResult<Slice> {
    let step = slice_bound(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-(isize::MAX as i64)) as isize;
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i.saturating_add(len) } else { i };
                if step > 0 {
                    i.clamp(0, len)
                } else {
                    i.clamp(-1, len - 1)
                }
            }
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(slice_bound(&s.start)?, 0),
            clamp(slice_bound(&s.stop)?, len),
        )
    } else {
        (
            clamp(slice_bound(&s.start)?, len - 1),
            clamp(slice_bound(&s.stop)?, -1),
        )
    };
    let step64 = step as i64;
    let count = if step > 0 {
        if stop > start {
            (stop - start + step64 - 1) / step64
        } else {
            0
        }
    } else if start > stop {
        (start - stop + (-step64) - 1) / (-step64)
    } else {
        0
    };
    Ok(Slice {
        start: start as isize,
        stop: stop as isize,
        step,
        count: count as usize,
    })
}

/// Picks the items of a slice out of a slice of elements.
pub fn take<T: Clone>(items: &[T], s: &Slice) -> Vec<T> {
    if s.step == 1 {
        return items[s.start as usize..s.start as usize + s.count].to_vec();
    }
    s.indices().map(|i| items[i].clone()).collect()
}

/// `seq[s] = new` for a list-like vector, with CPython's rules and messages.
pub fn assign_slice<T: Clone>(
    items: &mut Vec<T>,
    s: &Slice,
    new: Vec<T>,
    what_extended: &str,
) -> PyResult<()> {
    if s.step == 1 {
        let start = s.start as usize;
        let end = start + s.count;
        items.splice(start..end, new);
        return Ok(());
    }
    if new.len() != s.count {
        return Err(PyErr::value_error(format!(
            "attempt to assign {what_extended} of size {} to extended slice of size {}",
            new.len(),
            s.count
        )));
    }
    for (i, v) in s.indices().zip(new) {
        items[i] = v;
    }
    Ok(())
}

/// `del seq[s]`: moves the kept items to the front, in order, and returns how many
/// there are (the caller truncates to that).
pub fn delete_slice<T>(items: &mut [T], s: &Slice) -> usize {
    let len = items.len();
    if s.count == 0 {
        return len;
    }
    if s.step == 1 {
        let start = s.start as usize;
        items[start..].rotate_left(s.count);
        return len - s.count;
    }
    let mut remove: Vec<usize> = s.indices().collect();
    remove.sort_unstable();
    let mut k = 0;
    let mut kept = 0;
    for i in 0..len {
        if k < remove.len() && remove[k] == i {
            k += 1;
        } else {
            items.swap(kept, i);
            kept += 1;
        }
    }
    kept
}
