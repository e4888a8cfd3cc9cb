//! Converting Python values to array items, with CPython's messages.

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::memoryview::format::{self, Code};

use super::ArrayObj;

impl ArrayObj {
    /// Encodes one value as an item of this array.
    pub(super) fn encode(&self, interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
        encode(interp, self.code, self.unicode, v)
    }
}

/// The code points of `text` as 'u' items.
pub(super) fn encode_text(text: &str) -> Vec<u8> {
    text.chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect()
}

/// A one-character str as a 'u' item.
fn encode_char(v: &Value) -> PyResult<Vec<u8>> {
    let bad = || PyErr::type_error("array item must be unicode character");
    let Value::Str(s) = v.unwrap_native() else {
        return Err(bad());
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok((c as u32).to_le_bytes().to_vec()),
        _ => Err(bad()),
    }
}

/// Encodes one value for the array's type, with CPython's messages.
fn encode(interp: &mut Interp, code: Code, unicode: bool, v: &Value) -> PyResult<Vec<u8>> {
    if unicode {
        return encode_char(v);
    }
    let mut out = vec![0u8; code.native_size()];
    if matches!(code, Code::Float | Code::Double) {
        // A user object converts through `__float__`, else `__index__` (PyFloat_AsDouble).
        let converted;
        let v = match v {
            Value::Instance(_) => {
                converted =
                    match interp.call_special(v, crate::object::intern::sym::__float__, Vec::new) {
                        Some(r) => r?,
                        None if interp
                            .special_method(v, crate::object::intern::sym::__index__)
                            .is_some() =>
                        {
                            Value::from_bigint(crate::types::numbers::index::index_of(interp, v)?)
                        }
                        None => v.clone(),
                    };
                &converted
            }
            _ => v,
        };
        let f = match crate::types::numbers::int::as_number(v) {
            Some(n) => crate::types::numbers::int::num_to_f64(&n)?,
            None => {
                return Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                )))
            }
        };
        let _ = format::pack(code, &Value::from_f64(f), &mut out, true);
        return Ok(out);
    }
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::types::numbers::int::to_bigint(v).unwrap_or_default()
        }
        Value::Instance(_) => crate::types::numbers::index::index_of(interp, v)?,
        other => return Err(messages::cannot_interpret_as_int(other.type_name())),
    };
    int_in_range(code, &n)?;
    let _ = format::pack(code, &Value::from_bigint(n), &mut out, true);
    Ok(out)
}

/// Checks an int against an integer typecode as CPython's array setters do: most read
/// it through a wider C type first (`PyArg_Parse`'s "h" for 'b', "i" for 'H'), so the
/// wider type's message can come first.
fn int_in_range(code: Code, n: &num_bigint::BigInt) -> PyResult<()> {
    use num_traits::{Signed, ToPrimitive};
    let overflow = |msg: &str| Err(PyErr::overflow_error(msg));
    let long = || {
        n.to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
    };
    let bounded = |x: i64, lo: i64, hi: i64, name: &str| {
        if x < lo {
            overflow(&format!("{name} is less than minimum"))
        } else if x > hi {
            overflow(&format!("{name} is greater than maximum"))
        } else {
            Ok(())
        }
    };
    let short = |x: i64| bounded(x, i16::MIN as i64, i16::MAX as i64, "signed short integer");
    let int = |x: i64| bounded(x, i32::MIN as i64, i32::MAX as i64, "signed integer");
    let unsigned = |negative: &str, too_big: &str| {
        if n.is_negative() {
            return Err(PyErr::overflow_error(negative));
        }
        n.to_u64().ok_or_else(|| PyErr::overflow_error(too_big))
    };
    match code {
        Code::SignedByte => {
            let x = long()?;
            short(x)?;
            bounded(x, -128, 127, "signed char")
        }
        Code::UnsignedByte => bounded(long()?, 0, 255, "unsigned byte integer"),
        Code::Short => short(long()?),
        Code::UnsignedShort => {
            let x = long()?;
            int(x)?;
            bounded(x, 0, u16::MAX as i64, "unsigned short")
        }
        Code::Int => int(long()?),
        Code::UnsignedInt => {
            let x = unsigned(
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            if x > u32::MAX as u64 {
                return overflow("unsigned int is greater than maximum");
            }
            Ok(())
        }
        Code::UnsignedLong => unsigned(
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        )
        .map(|_| ()),
        Code::LongLong => n
            .to_i64()
            .map(|_| ())
            .ok_or_else(|| PyErr::overflow_error("int too big to convert")),
        Code::UnsignedLongLong => unsigned(
            "can't convert negative int to unsigned",
            "int too big to convert",
        )
        .map(|_| ()),
        _ => long().map(|_| ()),
    }
}

pub(super) fn encode_all(
    interp: &mut Interp,
    code: Code,
    unicode: bool,
    items: &[Value],
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * code.native_size());
    for v in items {
        out.extend(encode(interp, code, unicode, v)?);
    }
    Ok(out)
}
