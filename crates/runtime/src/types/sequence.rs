//! Index and slice arithmetic (negative indices, steps, clamping), written once for every
//! sequence type. Every stored sequence (str, bytes, bytearray, list, tuple, array,
//! memoryview) resolves a slice with [`unpack`] (CPython's `PySlice_Unpack`: bounds as
//! Py_ssize_t, the step clamped to `-i64::MAX`) then [`Unpacked::adjust`]
//! (`PySlice_AdjustIndices`), overflow-free for any bounds; ranges and `slice.indices`
//! take [`long_indices`] (`_PySlice_GetLongIndices`, unclamped), as in CPython.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::intern::sym;
use crate::object::value::{SliceValue, Value};

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
/// can be longer, use [`crate::object::value::Range::item`].
#[inline]
pub fn index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// The int value of an index operand, or CPython's TypeError for `what`.
pub fn index_operand(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(b) => b.to_i64().ok_or_else(|| messages::cannot_fit_index("int")),
        other => Err(messages::indices_must_be(what, other.type_name())),
    }
}

/// A slice bound as CPython's `_PyEval_SliceIndex` reads it: None, or an int (or an
/// object with `__index__`) clamped to the Py_ssize_t range.
fn ssize_bound(interp: &mut Interp, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        other => crate::types::numbers::index::slice_index(interp, other).map(Some),
    }
}

/// A slice object's bounds as CPython's `PySlice_Unpack` leaves them: Py_ssize_t values
/// (here i64), the defaults filled in, and the step clamped to `[-i64::MAX, i64::MAX]` so
/// that negating it cannot overflow. Not yet resolved against a length: see
/// [`Unpacked::adjust`].
#[derive(Debug, Clone, Copy)]
pub struct Unpacked {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// The positions `index(x, start, stop)` searches: negative bounds count from the end
/// (the length read after both bounds were converted), then clamp at zero.
pub fn search_bounds(start: i64, stop: i64, len: usize) -> (usize, usize) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let resolve = |i: i64| {
        (if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i
        }) as usize
    };
    (resolve(start), resolve(stop))
}

/// `PySlice_Unpack`: converts step, start and stop (in that order, each may run
/// `__index__`). Callers whose receiver can change size must take its length only after
/// this returns, as CPython does.
pub fn unpack(interp: &mut Interp, s: &SliceValue) -> PyResult<Unpacked> {
    let step = match ssize_bound(interp, &s.step)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        Some(step) => step.max(-i64::MAX),
    };
    let start = ssize_bound(interp, &s.start)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = ssize_bound(interp, &s.stop)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    Ok(Unpacked { start, stop, step })
}

impl Unpacked {
    /// `PySlice_AdjustIndices`: clamps start and stop into a sequence of `len` items and
    /// counts the items, without overflow for any bounds.
    pub fn adjust(self, len: usize) -> Slice {
        // Stored sequences hold at most isize::MAX bytes, so their length fits.
        let len = i64::try_from(len).unwrap_or(i64::MAX);
        let step = self.step;
        let fix = |i: i64| -> i64 {
            if i < 0 {
                // i >= i64::MIN and len >= 0: the sum cannot overflow.
                let j = i + len;
                if j < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    j
                }
            } else if i >= len {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            } else {
                i
            }
        };
        let (start, stop) = (fix(self.start), fix(self.stop));
        // Both lie in [-1, len], so the differences below cannot overflow.
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Slice {
            start: start as isize,
            stop: stop as isize,
            step: step as isize,
            count: count as usize,
        }
    }
}

/// Resolves a slice object against a sequence of `len` items that cannot change size
/// while the bounds are converted (str, tuple, bytes): [`unpack`] then [`Unpacked::adjust`].
pub fn slice(interp: &mut Interp, s: &SliceValue, len: usize) -> PyResult<Slice> {
    Ok(unpack(interp, s)?.adjust(len))
}

/// A slice bound as CPython's `evaluate_slice_index` reads it: any int, unclamped.
fn long_bound(interp: &mut Interp, v: &Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(BigInt::from(*i))),
        Value::Bool(b) => Ok(Some(BigInt::from(b.get() as i64))),
        Value::BigInt(b) => Ok(Some((**b).clone())),
        other if interp.special_method(other, sym::__index__).is_some() => {
            crate::types::numbers::index::index_of(interp, other).map(Some)
        }
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// CPython's `_PySlice_GetLongIndices`: `slice.indices(len)` and range slicing, in
/// arbitrary precision (no Py_ssize_t clamping, so a step of -2**63 stays -2**63).
/// Returns (start, stop, step) with start and stop within [-1, len].
pub fn long_indices(
    interp: &mut Interp,
    s: &SliceValue,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = match long_bound(interp, &s.step)? {
        None => BigInt::one(),
        Some(step) if step.is_zero() => {
            return Err(PyErr::value_error("slice step cannot be zero"))
        }
        Some(step) => step,
    };
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |i: Option<BigInt>, default: &BigInt| -> BigInt {
        match i {
            None => default.clone(),
            Some(i) => {
                let i = if i.is_negative() { i + len } else { i };
                if i < lower {
                    lower.clone()
                } else if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let start = long_bound(interp, &s.start)?;
    let start = fix(start, if negative { &upper } else { &lower });
    let stop = long_bound(interp, &s.stop)?;
    let stop = fix(stop, if negative { &lower } else { &upper });
    Ok((start, stop, step))
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

/// A repeat count for `seq * n` (negative means empty).
pub(crate) fn repeat_count(interp: &mut Interp, n: &Value) -> Option<PyResult<usize>> {
    match n {
        Value::Int(i) => Some(Ok((*i).max(0) as usize)),
        Value::Bool(b) => Some(Ok(b.get() as usize)),
        // (A big int is beyond the index range either way, as CPython reports.)
        Value::BigInt(_) => Some(Err(PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ))),
        Value::Instance(_)
            if interp
                .special_method(n, crate::object::intern::sym::__index__)
                .is_some() =>
        {
            Some(
                crate::types::numbers::index::index_i64_overflow(interp, n)
                    .map(|i| i.max(0) as usize),
            )
        }
        _ => None,
    }
}

pub(crate) fn repeat<T: Clone>(
    interp: &mut Interp,
    items: &[T],
    n: usize,
    item_size: usize,
) -> PyResult<Vec<T>> {
    let total = items
        .len()
        .checked_mul(n)
        .ok_or_else(messages::memory_error)?;
    interp.limits.check_alloc(total.saturating_mul(item_size))?;
    let mut out = messages::try_vec(total)?;
    // An empty sequence repeated 10**12 times is empty at once, not after a long loop.
    if items.is_empty() || n == 0 {
        return Ok(out);
    }
    // Built by doubling, in pieces of whole copies, charging for each piece.
    let p = items.len();
    let chunk = if item_size == 1 {
        CHUNK_BYTES
    } else {
        CHUNK_ITEMS
    };
    let chunk = (chunk / p).max(1) * p;
    charge_sized(interp, p, item_size)?;
    out.extend_from_slice(items);
    while out.len() < total {
        let take = (total - out.len()).min(out.len()).min(chunk);
        charge_sized(interp, take, item_size)?;
        out.extend_from_within(..take);
    }
    Ok(out)
}

/// Bulk byte work charged as one step: about this many bytes copied or scanned.
pub const BYTES_PER_STEP: usize = 64;
/// The most bytes copied or scanned between two charges (well under a millisecond).
pub const CHUNK_BYTES: usize = 256 * 1024;
/// The most items handled between two charges.
pub const CHUNK_ITEMS: usize = 16 * 1024;

/// Charges for `n` items of per-item work (one step each).
#[inline]
pub fn charge_items(interp: &mut Interp, n: usize) -> PyResult<()> {
    interp.limits.charge(n as u64)
}

/// Charges for `n` bytes of bulk byte work (one step per 64 bytes).
#[inline]
pub fn charge_bytes(interp: &mut Interp, n: usize) -> PyResult<()> {
    interp.limits.charge((n / BYTES_PER_STEP) as u64)
}

/// Charges for `n` items of `item_size` bytes: per 64 bytes for bytes-like data, per item
/// for values.
#[inline]
fn charge_sized(interp: &mut Interp, n: usize, item_size: usize) -> PyResult<()> {
    if item_size < 8 {
        charge_bytes(interp, n * item_size)
    } else {
        charge_items(interp, n)
    }
}

/// Copies `items`, in pieces, charging one step per item.
pub fn clone_items<T: Clone>(interp: &mut Interp, items: &[T]) -> PyResult<Vec<T>> {
    let mut out = Vec::with_capacity(items.len());
    extend_items(interp, &mut out, items)?;
    Ok(out)
}

/// Appends a copy of `items` to `out`, in pieces, charging one step per item.
pub fn extend_items<T: Clone>(interp: &mut Interp, out: &mut Vec<T>, items: &[T]) -> PyResult<()> {
    for c in items.chunks(CHUNK_ITEMS) {
        charge_items(interp, c.len())?;
        out.extend_from_slice(c);
    }
    Ok(())
}

/// Copies `bytes`, in pieces, charging one step per 64 bytes.
pub fn clone_bytes(interp: &mut Interp, bytes: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    extend_bytes(interp, &mut out, bytes)?;
    Ok(out)
}

/// Appends `bytes` to `out`, in pieces, charging one step per 64 bytes.
pub fn extend_bytes(interp: &mut Interp, out: &mut Vec<u8>, bytes: &[u8]) -> PyResult<()> {
    for c in bytes.chunks(CHUNK_BYTES) {
        charge_bytes(interp, c.len())?;
        out.extend_from_slice(c);
    }
    Ok(())
}

/// Charges for scanning `len` bytes in pieces, calling `f` on each piece's range; stops
/// at the first piece for which `f` returns `Some`.
pub fn scan_bytes<R>(
    interp: &mut Interp,
    len: usize,
    mut f: impl FnMut(std::ops::Range<usize>) -> Option<R>,
) -> PyResult<Option<R>> {
    let mut start = 0;
    loop {
        let end = len.min(start + CHUNK_BYTES);
        charge_bytes(interp, end - start)?;
        if let Some(r) = f(start..end) {
            return Ok(Some(r));
        }
        if end == len {
            return Ok(None);
        }
        start = end;
    }
}

/// Whether two byte strings are equal, compared in pieces.
pub fn bytes_eq(interp: &mut Interp, a: &[u8], b: &[u8]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    if a.len() < BYTES_PER_STEP {
        return Ok(a == b);
    }
    Ok(scan_bytes(interp, a.len(), |r| (a[r.clone()] != b[r]).then_some(()))?.is_none())
}

/// Compares two byte strings lexicographically, in pieces.
pub fn bytes_cmp(interp: &mut Interp, a: &[u8], b: &[u8]) -> PyResult<std::cmp::Ordering> {
    let n = a.len().min(b.len());
    let first = scan_bytes(interp, n, |r| match a[r.clone()].cmp(&b[r]) {
        std::cmp::Ordering::Equal => None,
        o => Some(o),
    })?;
    Ok(first.unwrap_or_else(|| a.len().cmp(&b.len())))
}

/// Fills `dst` with `byte`, in pieces, charging one step per 64 bytes.
pub fn fill_bytes(interp: &mut Interp, dst: &mut [u8], byte: u8) -> PyResult<()> {
    if dst.len() < BYTES_PER_STEP {
        dst.fill(byte);
        return Ok(());
    }
    for c in dst.chunks_mut(CHUNK_BYTES) {
        charge_bytes(interp, c.len())?;
        c.fill(byte);
    }
    Ok(())
}

/// Copies `src` over `dst` (of the same length), in pieces, charging one step per 64
/// bytes.
pub fn copy_bytes(interp: &mut Interp, dst: &mut [u8], src: &[u8]) -> PyResult<()> {
    if dst.len() < BYTES_PER_STEP && dst.len() == src.len() {
        dst.copy_from_slice(src);
        return Ok(());
    }
    for (d, s) in dst.chunks_mut(CHUNK_BYTES).zip(src.chunks(CHUNK_BYTES)) {
        charge_bytes(interp, d.len())?;
        d.copy_from_slice(s);
    }
    Ok(())
}

/// Appends `n` copies of `byte` to `out`, in pieces, charging one step per 64 bytes; the
/// memory is probed first.
pub fn extend_fill(interp: &mut Interp, out: &mut Vec<u8>, byte: u8, n: usize) -> PyResult<()> {
    interp.limits.check_alloc(n)?;
    out.try_reserve(n).map_err(|_| messages::memory_error())?;
    let mut left = n;
    while left > 0 {
        let k = left.min(CHUNK_BYTES);
        charge_bytes(interp, k)?;
        out.resize(out.len() + k, byte);
        left -= k;
    }
    Ok(())
}

/// Runs `f` for each index in `0..n`, charging one step per item in pieces.
pub fn for_each_item(
    interp: &mut Interp,
    n: usize,
    mut f: impl FnMut(&mut Interp, usize) -> PyResult<()>,
) -> PyResult<()> {
    let mut start = 0;
    while start < n {
        let end = n.min(start + CHUNK_ITEMS);
        charge_items(interp, end - start)?;
        for i in start..end {
            f(interp, i)?;
        }
        start = end;
    }
    Ok(())
}

/// Probes the memory for a vector of `n` values before it is made.
#[inline]
pub fn check_values(interp: &mut Interp, n: usize) -> PyResult<()> {
    interp
        .limits
        .check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))
}
