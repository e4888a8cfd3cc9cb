//! `+`, `*` and `%` on sequences, and the in-place forms that mutate lists and
//! bytearrays.

use std::rc::Rc;

use minipy_syntax::ast::BinOp;

use crate::error::messages;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::sequence::{repeat, repeat_count};

/// Sequence forms of binary operators; `None` when the operands are not sequences.
pub fn binary(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let Some(r) = crate::types::array::binary(interp, op, a, b) {
        return Some(r);
    }
    match op {
        BinOp::Add => add(interp, a, b).map(|r| r.inspect(|v| interp.limits.track(v))),
        BinOp::Mul => {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                )
            };
            // The sequence may be on either side: `3 * s`, `1.5 * s` (refused as a count).
            let (seq, n) = match (is_seq(a), is_seq(b)) {
                (true, _) => (a, b),
                (false, true) => (b, a),
                _ => return None,
            };
            let count = match repeat_count(interp, n) {
                Some(Ok(c)) => c,
                Some(Err(e)) => return Some(Err(e)),
                None => return Some(Err(messages::cant_multiply_sequence(n.type_name()))),
            };
            Some(multiply(interp, seq, count).inspect(|v| interp.limits.track(v)))
        }
        BinOp::Mod => match a {
            Value::Bytes(d) | Value::ByteArray(d) => {
                let fmt = d.to_vec();
                Some(
                    crate::protocols::percent::format(interp, &fmt, b, true).map(|out| match a {
                        Value::ByteArray(_) => Value::bytearray(out),
                        _ => Value::bytes(out),
                    }),
                )
            }
            Value::Str(_) if !matches!(b, Value::Instance(_)) => {
                Some(crate::types::str::percent_format(interp, a, b))
            }
            _ => None,
        },
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
            if let (Value::Dict(x), Value::Dict(y)) = (a, b) {
                if op == BinOp::BitOr {
                    let d = Value::dict(crate::types::dict::table::new_dict());
                    let (x, y) = (Value::Dict(x.clone()), Value::Dict(y.clone()));
                    return Some(
                        interp
                            .dict_update(&d, &x)
                            .and_then(|_| interp.dict_update(&d, &y))
                            .map(|_| d),
                    );
                }
            }
            crate::types::set::set_operator(op, a, b).map(Ok)
        }
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
            if !s.as_str().is_empty() {
                for _ in 0..n {
                    out.push_str(s.as_str());
                }
            }
            Value::str(out)
        }
        Value::Bytes(b) => Value::bytes(repeat(interp, &b.borrow(), n, 1)?),
        Value::ByteArray(b) => Value::bytearray(repeat(interp, &b.borrow(), n, 1)?),
        Value::List(l) => {
            let items = l.borrow().clone();
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
            let mut s = String::with_capacity(total);
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Value::str(s))
        }
        (Value::Str(_), other) => Err(messages::can_only_concatenate("str", other.type_name())),
        (Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (Value::List(_), other) => Err(messages::can_only_concatenate("list", other.type_name())),
        (Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Value::tuple(v))
        }
        (Value::Tuple(_), other) => Err(messages::can_only_concatenate("tuple", other.type_name())),
        (Value::Bytes(x) | Value::ByteArray(x), other) => {
            let Some(y) = crate::types::bytes::bytes_arg(other) else {
                if let Value::MemoryView(m) = other {
                    return Some(Err(m.check().err().unwrap_or_else(|| {
                        messages::concat(a.type_name(), other.type_name())
                    })));
                }
                return Some(Err(messages::concat(a.type_name(), other.type_name())));
            };
            let x = x.borrow();
            if let Err(e) = interp.limits.check_alloc(x.len() + y.len()) {
                return Some(Err(e));
            }
            let mut v = crate::object::buffer::ByteVec::with_capacity(x.len() + y.len());
            v.extend_from_slice(&x);
            v.extend_from_slice(&y);
            Ok(match a {
                Value::ByteArray(_) => Value::bytearray(v),
                _ => Value::bytes(v),
            })
        }
        (Value::MemoryView(_), Value::Bytes(_) | Value::ByteArray(_)) => Err(
            messages::unsupported_operand("+", a.type_name(), b.type_name()),
        ),
        _ => return None,
    })
}

/// `a op= b` for mutable sequences: mutate in place and return the same object.
pub fn inplace(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            Some(crate::types::list::extend_list(interp, l, b).map(|_| a.clone()))
        }
        (BinOp::Add, Value::Array(x)) => {
            Some(crate::types::array::inplace_concat(x, b).map(|_| a.clone()))
        }
        (BinOp::Mul, Value::Array(x)) => match repeat_count(interp, b) {
            // The count first: its `__index__` may resize the array.
            Some(Ok(n)) => {
                Some(crate::types::array::inplace_repeat(interp, x, n).map(|_| a.clone()))
            }
            Some(Err(e)) => Some(Err(e)),
            // A user object may still answer with `__rmul__`.
            None if matches!(b, Value::Instance(_)) => None,
            None => Some(Err(messages::cant_multiply_sequence(b.type_name()))),
        },
        (BinOp::Mul, Value::List(l)) => {
            let n = match repeat_count(interp, b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let items = l.borrow().clone();
            Some(repeat(interp, &items, n, 16).map(|v| {
                *l.borrow_mut() = v;
                a.clone()
            }))
        }
        (BinOp::Add, Value::ByteArray(buf)) => {
            let Some(extra) = crate::types::bytes::bytes_like(b) else {
                return Some(Err(messages::concat("bytearray", b.type_name())));
            };
            // CPython holds an export of the operand while it resizes: `b += b` refuses.
            let exporting_self = matches!(b, Value::ByteArray(x) if Rc::ptr_eq(x, buf));
            if exporting_self && !extra.is_empty() {
                return Some(Err(messages::buffer_resize()));
            }
            let new_len = buf.len() + extra.len();
            Some(buf.resize_to(new_len).map(|mut d| {
                d.extend_from_slice(&extra);
                a.clone()
            }))
        }
        (BinOp::Mul, Value::ByteArray(buf)) => {
            let n = match repeat_count(interp, b) {
                Some(Ok(n)) => n,
                Some(Err(e)) => return Some(Err(e)),
                None => return Some(Err(messages::cant_multiply_sequence(b.type_name()))),
            };
            let data = buf.to_vec();
            let new = match repeat(interp, &data, n, 1) {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            Some(buf.resize_to(new.len()).map(|mut d| {
                *d = new.into();
                a.clone()
            }))
        }
        (BinOp::BitOr, Value::Dict(_)) if matches!(b, Value::Dict(_)) => {
            Some(interp.dict_update(a, b).map(|_| a.clone()))
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) => {
            let r = crate::types::set::set_operator(op, a, b)?;
            if let Value::Set(new) = r {
                let taken = std::mem::take(&mut *new.borrow_mut());
                *s.borrow_mut() = taken;
            }
            Some(Ok(a.clone()))
        }
        _ => None,
    }
}
