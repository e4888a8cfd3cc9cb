//! `==` between buffers (CPython's `memory_richcompare`), shared by memoryview and
//! array: views of equal shape compare item by item, as raw bytes when both sides have
//! the same native format and its items are equal exactly when their bytes are, by
//! value otherwise. Both compare in charged pieces, reading the buffers in place.
//! Also the view's other content operations: `x in m` and `hash(m)`.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::memoryview::format::Code;
use crate::types::memoryview::view::{Dims, MemoryView};
use crate::types::memoryview::{exports_buffer, this, view_of};
use crate::types::sequence;

/// CPython's `memory_richcompare` for `==`: `None` for NotImplemented (the other side
/// exports no buffer). A released view is equal only to itself.
fn rich_eq(
    interp: &mut Interp,
    x: &Rc<MemoryView>,
    v: &Value,
    w: &Value,
) -> PyResult<Option<bool>> {
    if x.is_released() {
        return Ok(Some(v.is(w)));
    }
    if let Value::MemoryView(y) = w {
        if y.is_released() {
            return Ok(Some(v.is(w)));
        }
        return views_equal(interp, x, y).map(Some);
    }
    if !exports_buffer(w.unwrap_native()) {
        return Ok(None);
    }
    match view_of(w) {
        Ok(y) => views_equal(interp, x, &y).map(Some),
        Err(_) => Ok(None),
    }
}

/// `==` with a memoryview on either side. `bytearray == m` is bytearray's own
/// comparison first: the raw bytes, when the view is C-contiguous (else the view's).
pub fn equals(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(ba), Value::MemoryView(y)) = (a.bytearray_buffer(), b) {
        if !y.is_released() && y.is_c_contiguous() {
            let n = y.nbytes();
            let (da, db) = (ba.borrow(), y.buf.borrow());
            let right = db.get(y.start..y.start + n).unwrap_or(&[]);
            return sequence::bytes_eq(interp, &da, right);
        }
    }
    let (v, w) = match (a, b) {
        (Value::MemoryView(_), _) => (a, b),
        _ => (b, a),
    };
    let Value::MemoryView(x) = v else {
        return Ok(a.is(b));
    };
    Ok(rich_eq(interp, x, v, w)?.unwrap_or_else(|| a.is(b)))
}

/// Equality of two dict or set keys when one is a (hashable, so read-only byte) view:
/// item by item, without running Python code; `None` when Python code must decide.
pub fn keys_equal(a: &Value, b: &Value) -> Option<bool> {
    let (v, w) = match (a, b) {
        (Value::MemoryView(_), _) => (a, b),
        _ => (b, a),
    };
    let x = v.as_memoryview()?;
    if x.is_released() || w.as_memoryview().is_some_and(|y| y.is_released()) {
        return Some(v.is(w));
    }
    if matches!(w, Value::Instance(_)) {
        return None;
    }
    let y = view_of(w).ok()?;
    if !same_shape(x, &y) {
        return Some(false);
    }
    // A rare path (a view and another key of equal hash): y's offsets are listed.
    let mut py = Vec::new();
    y.all_offsets(|q| {
        py.push(q);
        true
    });
    let mut py = py.into_iter();
    Some(x.all_offsets(|p| {
        py.next()
            .is_some_and(|q| crate::types::hash::keys_equal(&x.read_at(p), &y.read_at(q)))
    }))
}

/// `m.__eq__(x)` .. `m.__ge__(x)`: orderings and non-buffers are NotImplemented.
fn rich_method(
    interp: &mut Interp,
    v: &Value,
    args: Args,
    name: &str,
    eq: Option<bool>,
) -> PyResult<Value> {
    // A slot wrapper's own argument checks.
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let [w] = args.pos else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len()
        )));
    };
    let Value::MemoryView(x) = v else {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'memoryview' object but received a '{}'",
            v.type_name()
        )));
    };
    let Some(eq) = eq else {
        return Ok(Value::NotImplemented);
    };
    Ok(match rich_eq(interp, x, v, w)? {
        Some(r) => Value::from_bool(r == eq),
        None => Value::NotImplemented,
    })
}

pub(super) const RICH_COMPARE: &[crate::interp::MethodDef] = &[
    ("__eq__", |i, v, a| {
        rich_method(i, v, a, "__eq__", Some(true))
    }),
    ("__ne__", |i, v, a| {
        rich_method(i, v, a, "__ne__", Some(false))
    }),
    ("__lt__", |i, v, a| rich_method(i, v, a, "__lt__", None)),
    ("__le__", |i, v, a| rich_method(i, v, a, "__le__", None)),
    ("__gt__", |i, v, a| rich_method(i, v, a, "__gt__", None)),
    ("__ge__", |i, v, a| rich_method(i, v, a, "__ge__", None)),
];

/// `x in m`: item by item as the view's iterator gives them, charging in pieces and
/// checking the view again whenever a comparison ran Python code (it may release it).
/// Items are fresh objects, so only `==` decides (a NaN is never found).
pub fn contains(interp: &mut Interp, container: &Value, item: &Value) -> PyResult<bool> {
    let m = this(container)?;
    if let Err(e) = crate::types::memoryview::iter(m) {
        // CPython's iterative search words a TypeError from `iter` its own way.
        return Err(if m.ndim() == 0 {
            PyErr::type_error("argument of type 'memoryview' is not iterable")
        } else {
            e
        });
    }
    let n = m.len();
    if m.code == Code::UnsignedByte {
        if let Value::Int(x) = item {
            // The common case: a byte looked for in bytes, straight from the buffer.
            let Ok(x) = u8::try_from(*x) else {
                sequence::charge_items(interp, n)?;
                return Ok(false);
            };
            let data = m.buf.borrow();
            let stride = m.strides[0];
            let mut i = 0;
            while i < n {
                let end = n.min(i + sequence::CHUNK_ITEMS);
                sequence::charge_items(interp, end - i)?;
                for k in i..end {
                    let off = (m.start as isize).wrapping_add((k as isize).wrapping_mul(stride));
                    if data.get(off as usize) == Some(&x) {
                        return Ok(true);
                    }
                }
                i = end;
            }
            return Ok(false);
        }
    }
    let python = matches!(item, Value::Instance(_));
    let mut i = 0;
    while i < n {
        let end = n.min(i + sequence::CHUNK_ITEMS);
        sequence::charge_items(interp, end - i)?;
        for k in i..end {
            if python {
                m.check()?;
                if k >= m.len() {
                    return Ok(false);
                }
            }
            let v = m.read_at(m.offset_of(k as i64)?);
            let same = match (&v, item) {
                (Value::Int(a), Value::Int(b)) => a == b,
                _ => interp.eq(&v, item)?,
            };
            if same {
                return Ok(true);
            }
        }
        i = end;
    }
    Ok(false)
}

/// `hash(m)` (CPython's `memory_hash`): read-only byte views only, hashed as the bytes
/// they hold (so equal to the hash of those bytes), once the exporter has hashed; the
/// result is kept, and answers even after the view is released.
pub fn hash(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::MemoryView(m) = v {
        if let Some(h) = m.hash.get() {
            return Ok(h);
        }
    }
    let m = this(v)?;
    if !m.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if native_char(&m.format).is_none_or(|c| !matches!(c, 'B' | 'b' | 'c')) {
        return Err(PyErr::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let obj = m.obj.clone();
    interp.hash(&obj)?;
    m.check()?;
    let n = m.nbytes();
    sequence::charge_bytes(interp, n)?;
    let h = if m.is_c_contiguous() {
        let data = m.buf.borrow();
        crate::types::hash::hash_bytes(data.get(m.start..m.start + n).unwrap_or(&[]))
    } else {
        crate::types::hash::hash_bytes(&m.to_bytes())
    };
    m.hash.set(Some(h));
    Ok(h)
}

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
    let (da, db) = (x.buf.borrow(), y.buf.borrow());
    if fx.is_some() && fx == native_char(&y.format) {
        let (code, size) = (x.code, x.itemsize);
        if x.is_c_contiguous() && y.is_c_contiguous() {
            let n = x.nbytes();
            let (Some(a), Some(b)) = (da.get(x.start..x.start + n), db.get(y.start..y.start + n))
            else {
                return Ok(n == 0);
            };
            if bytewise(code) {
                return sequence::bytes_eq(interp, a, b);
            }
            // Floats by value, piece by piece (the pieces hold whole items).
            let differ = sequence::scan_bytes(interp, n, |r| {
                let (a, b) = (&a[r.clone()], &b[r]);
                let same = a.chunks_exact(size).zip(b.chunks_exact(size));
                same.into_iter()
                    .any(|(p, q)| float_at(code, p) != float_at(code, q))
                    .then_some(())
            })?;
            return Ok(differ.is_none());
        }
        return walk_pairs(interp, x, y, |_, p, q| {
            Ok(match (da.get(p..p + size), db.get(q..q + size)) {
                (Some(a), Some(b)) if bytewise(code) => a == b,
                (Some(a), Some(b)) => float_at(code, a) == float_at(code, b),
                _ => false,
            })
        });
    }
    drop((da, db));
    walk_pairs(interp, x, y, |interp, p, q| {
        let (a, b) = (x.read_at(p), y.read_at(q));
        match (&a, &b) {
            (Value::Int(a), Value::Int(b)) => Ok(a == b),
            (Value::Float(a), Value::Float(b)) => Ok(a.get() == b.get()),
            _ => interp.eq(&a, &b),
        }
    })
}

/// One float item (`e`, `f` or `d`, native byte order).
#[inline]
fn float_at(code: Code, bytes: &[u8]) -> f64 {
    match (code, bytes.try_into(), bytes.try_into()) {
        (Code::Double, Ok(b), _) => f64::from_ne_bytes(b),
        (Code::Float, _, Ok(b)) => f32::from_ne_bytes(b) as f64,
        _ => match crate::types::memoryview::format::unpack(code, bytes, true) {
            Value::Float(f) => f.get(),
            _ => f64::NAN,
        },
    }
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
