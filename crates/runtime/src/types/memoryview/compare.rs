//! `==` between buffers (CPython's `memory_richcompare`), shared by memoryview and
//! array: views of equal shape compare item by item, as raw bytes when both sides have
//! the same native format and its items are equal exactly when their bytes are, by
//! value otherwise. Both compare in charged pieces, reading the buffers in place.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::memoryview::format::Code;
use crate::types::memoryview::view::{Dims, MemoryView};
use crate::types::sequence;

/// The single native format character of a format (`"i"`, `"@i"`), as CPython's
/// `get_native_fmtchar`; `None` for anything else (compared through struct unpacking).
fn native_char(format: &str) -> Option<char> {
    let f = format.strip_prefix('@').unwrap_or(format);
    let mut chars = f.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if "cbB?hHiIlLqQnNfdeP".contains(c) => Some(c),
        _ => None,
    }
}

/// Whether two items of this code are equal exactly when their bytes are (not so for
/// floats: NaN != NaN, -0.0 == 0.0).
fn bytewise(code: Code) -> bool {
    !matches!(code, Code::Half | Code::Float | Code::Double)
}

/// CPython's `equiv_shape`: the same number of dimensions and the same extents (up to
/// the first empty one).
fn same_shape(x: &MemoryView, y: &MemoryView) -> bool {
    if x.ndim() != y.ndim() {
        return false;
    }
    for (p, q) in x.shape.iter().zip(&y.shape) {
        if p != q {
            return false;
        }
        if *p == 0 {
            break;
        }
    }
    true
}

/// Whether two (unreleased) views hold equal items.
pub fn views_equal(interp: &mut Interp, x: &MemoryView, y: &MemoryView) -> PyResult<bool> {
    if !same_shape(x, y) {
        return Ok(false);
    }
    let fx = native_char(&x.format);
    if fx.is_some() && fx == native_char(&y.format) && bytewise(x.code) {
        let size = x.itemsize;
        if x.is_c_contiguous() && y.is_c_contiguous() {
            let n = x.nbytes();
            let (da, db) = (x.buf.borrow(), y.buf.borrow());
            return match (da.get(x.start..x.start + n), db.get(y.start..y.start + n)) {
                (Some(a), Some(b)) => sequence::bytes_eq(interp, a, b),
                _ => Ok(n == 0),
            };
        }
        let (da, db) = (x.buf.borrow(), y.buf.borrow());
        return walk_pairs(interp, x, y, |_, p, q| {
            Ok(da.get(p..p + size).is_some() && da.get(p..p + size) == db.get(q..q + size))
        });
    }
    walk_pairs(interp, x, y, |interp, p, q| {
        let (a, b) = (x.read_at(p), y.read_at(q));
        match (&a, &b) {
            (Value::Int(a), Value::Int(b)) => Ok(a == b),
            (Value::Float(a), Value::Float(b)) => Ok(a == b),
            _ => interp.eq(&a, &b),
        }
    })
}

/// Calls `same` with the byte offsets of each pair of items of two views of the same
/// shape, in C order, charging per item in pieces; stops at the first unequal pair.
fn walk_pairs(
    interp: &mut Interp,
    x: &MemoryView,
    y: &MemoryView,
    mut same: impl FnMut(&mut Interp, usize, usize) -> PyResult<bool>,
) -> PyResult<bool> {
    let nd = x.ndim();
    if nd == 0 {
        interp.limits.tick()?;
        return same(interp, x.start, y.start);
    }
    if x.shape.contains(&0) {
        return Ok(true);
    }
    let inner = x.shape[nd - 1];
    let (sx, sy) = (x.strides[nd - 1], y.strides[nd - 1]);
    let mut idx: Dims<usize> = smallvec::smallvec![0; nd - 1];
    loop {
        let (mut bx, mut by) = (x.start as isize, y.start as isize);
        for (d, i) in idx.iter().enumerate() {
            bx = bx.wrapping_add((*i as isize).wrapping_mul(x.strides[d]));
            by = by.wrapping_add((*i as isize).wrapping_mul(y.strides[d]));
        }
        let mut j = 0;
        while j < inner {
            let end = inner.min(j + sequence::CHUNK_ITEMS);
            sequence::charge_items(interp, end - j)?;
            for k in j..end {
                let k = k as isize;
                let p = bx.wrapping_add(k.wrapping_mul(sx)) as usize;
                let q = by.wrapping_add(k.wrapping_mul(sy)) as usize;
                if !same(interp, p, q)? {
                    return Ok(false);
                }
            }
            j = end;
        }
        // The next row, odometer-wise.
        let mut d = nd - 1;
        loop {
            if d == 0 {
                return Ok(true);
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < x.shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
}
