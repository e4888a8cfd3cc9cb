//! `+`, `*` and `%` on sequences, and the in-place forms that mutate lists and
//! bytearrays.

use minipy_syntax::ast::BinOp;

use crate::error::messages;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::sequence::{
    charge_bytes, clone_items, extend_items, repeat, repeat_count, CHUNK_BYTES,
};

/// Sequence forms of binary operators; `None` when the operands are not sequences.
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let builtin_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    if op == BinOp::Mul {
        let is_seq = |v: &Value| builtin_seq(v) || crate::types::dispatch::is_sequence(v);
        // The sequence may be on either side: `3 * s`, `1.5 * s` (refused as a count).
        let (seq, n) = match (is_seq(a), is_seq(b)) {
            (true, _) => (a, b),
            (false, true) => (b, a),
            _ => return None,
        };
        if !builtin_seq(seq) {
            return crate::types::dispatch::binary(interp, op, seq, n);
        }
        let count = match repeat_count(interp, n) {
            Some(Ok(c)) => c,
            Some(Err(e)) => return Some(Err(e)),
            None => return Some(Err(messages::cant_multiply_sequence(n.type_name()))),
        };
        return Some(multiply(interp, seq, count));
    }
    if let Some(r) = crate::types::dispatch::binary(interp, op, a, b) {
        return Some(r);
    }
    match op {
        BinOp::Add => add(interp, a, b),
        BinOp::Mod => match a {
            Value::Str(_) if !matches!(b, Value::Instance(_)) => {
                Some(crate::types::str::percent_format(interp, a, b))
            }
            _ => None,
        },
        _ => None,
    }
}

fn multiply(interp: &mut Interp, seq: &Value, n: usize) -> PyResult<Value> {
    Ok(match seq {
        Value::Str(s) => {
            let total = s
                .as_str()
                .len()
                .checked_mul(n)
                .ok_or_else(messages::memory_error)?;
            interp.limits.check_alloc(total)?;
            let mut out = String::new();
            out.try_reserve_exact(total)
                .map_err(|_| messages::memory_error())?;
            let len = s.as_str().len();
            if let Some(per_piece) = CHUNK_BYTES.checked_div(len) {
                // In pieces of whole copies, charging for each piece.
                let per_piece = per_piece.max(1);
                let mut left = n;
                while left > 0 {
                    let k = left.min(per_piece);
                    charge_bytes(interp, k * len)?;
                    for _ in 0..k {
                        out.push_str(s.as_str());
                    }
                    left -= k;
                }
            }
            Value::str(out)
        }
        Value::List(l) => {
            let items = clone_items(interp, &l.borrow())?;
            Value::list(repeat(interp, &items, n, 16)?)
        }
        Value::Tuple(t) => Value::tuple(repeat(interp, t, n, 16)?),
        _ => Value::None,
    })
}

fn add(interp: &mut Interp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            let total = x.as_str().len() + y.as_str().len();
            if let Err(e) = interp.limits.check_alloc(total) {
                return Some(Err(e));
            }
            if let Err(e) = charge_bytes(interp, total) {
                return Some(Err(e));
            }
            let mut s = String::with_capacity(total);
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Value::str(s))
        }
        (Value::Str(_), other) => Err(messages::can_only_concatenate("str", other.type_name())),
        (Value::List(x), Value::List(y)) => {
            concat(interp, &x.borrow(), &y.borrow()).map(Value::list)
        }
        (Value::List(_), other) => Err(messages::can_only_concatenate("list", other.type_name())),
        (Value::Tuple(x), Value::Tuple(y)) => concat(interp, x, y).map(Value::tuple),
        (Value::Tuple(_), other) => Err(messages::can_only_concatenate("tuple", other.type_name())),
        _ => return None,
    })
}

/// `x + y` for lists and tuples, copied in pieces.
fn concat(interp: &mut Interp, x: &[Value], y: &[Value]) -> PyResult<Vec<Value>> {
    let mut v = Vec::with_capacity(x.len() + y.len());
    extend_items(interp, &mut v, x)?;
    extend_items(interp, &mut v, y)?;
    Ok(v)
}

/// `a op= b` for mutable sequences: mutate in place and return the same object.
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            Some(crate::types::list::extend_list(interp, l, b).map(|_| a.clone()))
        }
        (BinOp::Mul, Value::List(l)) => {
            let n = match repeat_count(interp, b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let items = match clone_items(interp, &l.borrow()) {
                Ok(items) => items,
                Err(e) => return Some(Err(e)),
            };
            Some(repeat(interp, &items, n, 16).map(|v| {
                *l.borrow_mut() = v;
                a.clone()
            }))
        }
        _ => crate::types::dispatch::inplace(interp, op, a, b),
    }
}
