//! The array's protocol hooks (called from types/dispatch.rs).

use minipy_syntax::ast::CmpOp;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::sequence;

use super::{exporting, item_at, new_like, resize, resize_to, ArrayObj};

/// An int index into an array (CPython's message for other keys names no type).
fn array_index(key: &Value) -> PyResult<i64> {
    match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => sequence::index_operand(key, "array"),
        _ => Err(PyErr::type_error("array indices must be integers")),
    }
}

pub fn get_item(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<Value> {
    let n = a.itemsize();
    match key {
        Value::Slice(s) => {
            let sl = sequence::unpack(interp, s)?.adjust(a.len());
            let data = a.buf.borrow();
            let mut out = Vec::with_capacity(sl.count * n);
            for i in sl.indices() {
                out.extend_from_slice(&data[i * n..(i + 1) * n]);
            }
            Ok(new_like(a, out))
        }
        _ => {
            let i = array_index(key)?;
            match sequence::index(i, a.len()) {
                Some(j) => a.try_get(j),
                None => Err(PyErr::index_error("array index out of range")),
            }
        }
    }
}

pub fn set_item(interp: &mut Interp, a: &ArrayObj, key: &Value, v: Value) -> PyResult<()> {
    let n = a.itemsize();
    let Value::Slice(s) = key else {
        // The position is checked first, then the value converted (its `__index__` may
        // resize the array: CPython then writes only if the item still exists).
        let i = array_index(key)?;
        let j = sequence::index(i, a.len())
            .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
        let bytes = a.encode(interp, &v)?;
        if let Some(item) = a.buf.borrow_mut().get_mut(j * n..(j + 1) * n) {
            item.copy_from_slice(&bytes);
        }
        return Ok(());
    };
    let u = sequence::unpack(interp, s)?;
    let new = match v.as_array() {
        // `a[i:j] = a` copies the array first, then starts over (converting the bounds
        // again), as CPython.
        Some(src) if std::ptr::eq(&**src, a) => {
            let copy = new_like(a, a.buf.to_vec());
            return set_item(interp, a, key, copy);
        }
        Some(src) if src.typecode() != a.typecode() => {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ))
        }
        Some(src) => src.buf.to_vec(),
        None => {
            return Err(PyErr::type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                v.type_name()
            )))
        }
    };
    let sl = u.adjust(a.len());
    let needed = new.len() / n;
    if (needed == 0 || sl.count != needed) && a.buf.exports() > 0 {
        return Err(exporting());
    }
    if sl.step == 1 {
        let start = sl.start as usize * n;
        let new_len = a.buf.len() - sl.count * n + new.len();
        crate::object::buffer::splice(
            &mut *resize_to(a, new_len)?,
            start..start + sl.count * n,
            &new,
        );
        return Ok(());
    }
    if needed == 0 {
        return delete(a, &sl);
    }
    if needed != sl.count {
        return Err(PyErr::value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {}",
            sl.count
        )));
    }
    let mut d = a.buf.borrow_mut();
    for (k, i) in sl.indices().enumerate() {
        d[i * n..(i + 1) * n].copy_from_slice(&new[k * n..(k + 1) * n]);
    }
    Ok(())
}

pub fn del_item(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<()> {
    let sl = match key {
        Value::Slice(s) => sequence::unpack(interp, s)?.adjust(a.len()),
        _ => {
            let i = array_index(key)?;
            let j = sequence::index(i, a.len())
                .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
            sequence::Unpacked {
                start: j as i64,
                stop: j as i64 + 1,
                step: 1,
            }
            .adjust(a.len())
        }
    };
    // Deleting is refused while exported, even when nothing is selected (as CPython).
    if a.buf.exports() > 0 {
        return Err(exporting());
    }
    delete(a, &sl)
}

/// Removes the items of a resolved slice.
fn delete(a: &ArrayObj, sl: &sequence::Slice) -> PyResult<()> {
    if sl.count == 0 {
        return Ok(());
    }
    let n = a.itemsize();
    let len = a.len();
    let mut d = resize(a)?;
    let mut keep = vec![true; len];
    for i in sl.indices() {
        keep[i] = false;
    }
    let old = std::mem::take(&mut *d);
    for (i, chunk) in old.chunks(n).enumerate() {
        if keep[i] {
            d.extend_from_slice(chunk);
        }
    }
    Ok(())
}

/// `a + b` and `a * n` for arrays.
pub fn binary(
    interp: &mut Interp,
    op: minipy_syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    use minipy_syntax::ast::BinOp;
    if let (BinOp::Mul, Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Value::Array(_)) =
        (op, a, b)
    {
        return binary(interp, op, b, a);
    }
    let Value::Array(x) = a else { return None };
    match (op, b.as_array()) {
        (BinOp::Add, Some(y)) => {
            if x.typecode() != y.typecode() {
                return Some(Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                )));
            }
            let mut d = x.buf.to_vec();
            d.extend_from_slice(&y.buf.borrow());
            Some(Ok(new_like(x, d)))
        }
        (BinOp::Add, None) => Some(Err(PyErr::type_error(format!(
            "can only append array (not \"{}\") to array",
            b.type_name()
        )))),
        (BinOp::Mul, _) => match crate::types::sequence::repeat_count(interp, b) {
            // The count first: its `__index__` may resize the array.
            Some(Ok(n)) => {
                let data = x.buf.to_vec();
                Some(crate::types::sequence::repeat(interp, &data, n, 1).map(|d| new_like(x, d)))
            }
            Some(Err(e)) => Some(Err(e)),
            None => Some(Err(messages::cant_multiply_sequence(b.type_name()))),
        },
        _ => None,
    }
}

/// `a += b`: extends the array in place (refused while exported, if it grows).
fn inplace_concat(a: &ArrayObj, b: &Value) -> PyResult<()> {
    let Some(other) = b.as_array() else {
        return Err(PyErr::type_error(format!(
            "can only extend array with array (not \"{}\")",
            b.type_name()
        )));
    };
    if other.typecode() != a.typecode() {
        return Err(PyErr::type_error("can only extend with array of same kind"));
    }
    let bytes = other.buf.to_vec();
    let new_len = a.buf.len() + bytes.len();
    resize_to(a, new_len)?.extend_from_slice(&bytes);
    Ok(())
}

/// `a *= n`: repeats the array in place (refused while exported, unless the size stays).
fn inplace_repeat(interp: &mut Interp, a: &ArrayObj, n: usize) -> PyResult<()> {
    if a.is_empty() {
        return Ok(());
    }
    let data = a.buf.to_vec();
    let new = crate::types::sequence::repeat(interp, &data, n, 1)?;
    let new_len = new.len();
    *resize_to(a, new_len)? = new.into();
    Ok(())
}

/// `a == b` without the interpreter: only another array needs item comparison.
pub fn native_eq(b: &Value) -> Option<bool> {
    match b {
        Value::Array(_) => None,
        _ => Some(false),
    }
}

/// Two arrays are equal when their items are (`array('b', [1]) == array('d', [1.0])`).
pub fn eq(interp: &mut Interp, x: &ArrayObj, y: &ArrayObj) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    if x.unicode != y.unicode {
        // Characters never equal numbers.
        return Ok(x.is_empty());
    }
    // Compared as their buffers are (as raw bytes for the same integer typecode, by
    // value otherwise), in place and in charged pieces.
    crate::types::memoryview::views_equal(interp, &x.view(), &y.view())
}

/// `a += b` and `a *= n`, in place.
pub fn inplace(
    interp: &mut Interp,
    op: minipy_syntax::ast::BinOp,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    use minipy_syntax::ast::BinOp;
    let x = a.as_array()?;
    match op {
        BinOp::Add => Some(inplace_concat(x, b).map(|_| a.clone())),
        BinOp::Mul => match crate::types::sequence::repeat_count(interp, b) {
            // The count first: its `__index__` may resize the array.
            Some(Ok(n)) => Some(inplace_repeat(interp, x, n).map(|_| a.clone())),
            Some(Err(e)) => Some(Err(e)),
            // A user object may still answer with `__rmul__`.
            None if matches!(b, Value::Instance(_)) => None,
            None => Some(Err(messages::cant_multiply_sequence(b.type_name()))),
        },
        _ => None,
    }
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` between arrays (of any typecodes), as CPython's
/// array_richcompare: the first items that differ (`==` false, so NaN differs from
/// itself) decide with `op`; when none do, the lengths.
pub fn compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (Value::Array(x), Some(y)) = (a, b.as_array()) else {
        return None;
    };
    Some(compare_arrays(interp, op, x, y))
}

fn compare_arrays(interp: &mut Interp, op: CmpOp, x: &ArrayObj, y: &ArrayObj) -> PyResult<bool> {
    let mut i = 0;
    // (Items are read again at each step: a comparison may resize either array.)
    while let (Some(p), Some(q)) = (item_at(x, i), item_at(y, i)) {
        if i % sequence::CHUNK_ITEMS == 0 {
            let left = x.len().min(y.len()) - i;
            sequence::charge_items(interp, left.min(sequence::CHUNK_ITEMS))?;
        }
        if !interp.eq(&p, &q)? {
            let r = interp.compare(op, &p, &q)?;
            return interp.truthy(&r);
        }
        i += 1;
    }
    let (m, n) = (x.len(), y.len());
    Ok(match op {
        CmpOp::Lt => m < n,
        CmpOp::LtE => m <= n,
        CmpOp::Gt => m > n,
        CmpOp::GtE => m >= n,
        CmpOp::Eq => m == n,
        _ => m != n,
    })
}

/// `x in a`: each item (a fresh object, as in CPython: NaN is never found) compared
/// with `==`.
pub fn contains(interp: &mut Interp, a: &ArrayObj, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(item) = item_at(a, i) {
        if i % sequence::CHUNK_ITEMS == 0 {
            sequence::charge_items(interp, (a.len() - i).min(sequence::CHUNK_ITEMS))?;
        }
        if interp.eq(&item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}
