//! Packing: values into a record's bytes, with CPython's conversions and messages.

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::memoryview::format::{self, Code, Layout, PackError};
use crate::types::sequence;

use super::{error, place};

/// How packing an int that `code` cannot hold fails.
enum RangeError {
    /// struct.error with this message.
    Struct(String),
    /// An OverflowError from the C conversion (struct.error "int too large to
    /// convert" when the value is an int).
    Overflow(String),
}

/// The error for an int that `code` cannot pack, as the C routine CPython picks for
/// it words it. Native-order codes, and little-endian standard codes whose size matches
/// the native one (CPython swaps the native routines in on little-endian machines), use
/// the native routines; the others the byte-order specific ones.
fn range_error(code: Code, layout: &Layout, n: Option<i128>) -> RangeError {
    let size = if layout.native {
        code.native_size()
    } else {
        code.standard_size()
    };
    if code == Code::Pointer {
        // PyLong_AsVoidPtr: negative values as a C long, others as a C unsigned long.
        return RangeError::Overflow(
            if n.is_some_and(|v| v < 0) {
                "Python int too large to convert to C long"
            } else {
                "Python int too large to convert to C unsigned long"
            }
            .into(),
        );
    }
    let native_routine = layout.native || (layout.little && size == code.native_size());
    if size == 8 {
        if native_routine {
            return RangeError::Struct("argument out of range".into());
        }
        // _PyLong_AsByteArray.
        return RangeError::Overflow(
            if !code.is_signed() && n.is_some_and(|v| v < 0) {
                "can't convert negative int to unsigned"
            } else {
                "int too big to convert"
            }
            .into(),
        );
    }
    let (lo, hi) = code.int_range(size);
    let named = match code {
        Code::SignedByte => Some("byte"),
        Code::UnsignedByte => Some("ubyte"),
        Code::Short if native_routine => Some("short"),
        Code::UnsignedShort if native_routine => Some("ushort"),
        _ => None,
    };
    // The value is first read as a C long (or, for the other unsigned codes, a C
    // unsigned long): beyond that it is "out of range" before any size check.
    let as_long = named.is_some() || code.is_signed();
    let converts = n.is_some_and(|v| {
        if as_long {
            i64::try_from(v).is_ok()
        } else {
            u64::try_from(v).is_ok()
        }
    });
    if !converts {
        return RangeError::Struct("argument out of range".into());
    }
    RangeError::Struct(match named {
        Some(name) => format!("{name} format requires {lo} <= number <= {hi}"),
        None => format!(
            "'{}' format requires {lo} <= number <= {hi}",
            code.to_char()
        ),
    })
}

fn check_count(interp: &mut Interp, l: &Layout, values: &[Value]) -> PyResult<()> {
    let expected = l.value_count();
    if values.len() != expected {
        return Err(error(
            interp,
            format!(
                "pack expected {expected} items for packing (got {})",
                values.len()
            ),
        ));
    }
    Ok(())
}

/// A user object packed with a numeric code, converted as CPython's struct module does
/// (`__index__` for integers, `__float__` or `__index__` for floats, truth for `?`);
/// `None` leaves the value to [`format::pack`], which may refuse it.
fn convert(interp: &mut Interp, code: Code, v: &Value) -> PyResult<Option<Value>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    if code == Code::Bool {
        return Ok(Some(Value::from_bool(interp.truthy(v)?)));
    }
    if matches!(code, Code::Half | Code::Float | Code::Double) {
        let f = match interp.call_special(v, sym::__float__, Vec::new) {
            Some(r) => r.ok(),
            None if interp.special_method(v, sym::__index__).is_some() => {
                crate::types::numbers::index::index_of(interp, v)
                    .ok()
                    .map(Value::from_bigint)
            }
            None => None,
        };
        return match f {
            Some(f) => Ok(Some(f)),
            None => Err(error(interp, "required argument is not a float")),
        };
    }
    if code.is_integer() {
        if interp.special_method(v, sym::__index__).is_none() {
            return Err(error(interp, "required argument is not an integer"));
        }
        return Ok(Some(Value::from_bigint(
            crate::types::numbers::index::index_of(interp, v)?,
        )));
    }
    Ok(None)
}

/// Called with each field's bytes and offset once written.
type Flush<'a> = dyn FnMut(&mut Interp, &[u8], usize) -> PyResult<()> + 'a;

/// Packs `values` into `out` (`l.size` zeroed bytes), calling `flush` with each field's
/// bytes once written: pack_into copies them to its buffer as it goes, so a value that
/// fails leaves the fields before it written, as in CPython.
fn pack_values(
    interp: &mut Interp,
    l: &Layout,
    values: &[Value],
    out: &mut [u8],
    flush: &mut Flush,
) -> PyResult<()> {
    check_count(interp, l, values)?;
    let mut vi = 0;
    for item in &l.items {
        match item.code {
            Code::Pad => {}
            Code::Str | Code::PascalStr => {
                let v = &values[vi];
                vi += 1;
                // (A copy: the source may be the buffer pack_into writes to.)
                let data = match v.byte_buffer() {
                    Some(b) => {
                        let b = b.borrow();
                        sequence::clone_bytes(interp, &b[..b.len().min(item.count)])?
                    }
                    None => {
                        return Err(error(
                            interp,
                            format!(
                                "argument for '{}' must be a bytes object",
                                item.code.to_char()
                            ),
                        ))
                    }
                };
                if item.code == Code::PascalStr && item.count == 0 {
                    // CPython stores the length byte, clipped to size - 1 = -1, as 0xff
                    // just past the empty field (a later field may overwrite it).
                    if let Some(b) = out.get_mut(item.offset) {
                        *b = 0xff;
                    }
                    flush(interp, &[0xff], item.offset)?;
                    continue;
                }
                let field = &mut out[item.offset..item.offset + item.count];
                sequence::fill_bytes(interp, field, 0)?;
                if item.code == Code::Str {
                    let n = data.len().min(item.count);
                    sequence::copy_bytes(interp, &mut field[..n], &data[..n])?;
                } else if item.count > 0 {
                    // All the data that fits is copied; the length byte saturates at 255.
                    let n = data.len().min(item.count - 1);
                    field[0] = n.min(255) as u8;
                    sequence::copy_bytes(interp, &mut field[1..1 + n], &data[..n])?;
                }
                flush(interp, field, item.offset)?;
            }
            code => {
                for k in 0..item.count {
                    if k % sequence::CHUNK_ITEMS == 0 {
                        sequence::charge_items(
                            interp,
                            (item.count - k).min(sequence::CHUNK_ITEMS),
                        )?;
                    }
                    let v = &values[vi];
                    vi += 1;
                    let start = item.offset + k * item.size;
                    let converted = convert(interp, code, v)?;
                    let v = converted.as_ref().unwrap_or(v);
                    let slot = &mut out[start..start + item.size];
                    // CPython turns an OverflowError raised while packing an int into
                    // struct.error "int too large to convert".
                    let is_int = converted.is_none()
                        && matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
                    let overflow = |interp: &mut Interp, msg: String| {
                        if is_int {
                            error(interp, "int too large to convert")
                        } else {
                            PyErr::overflow_error(msg)
                        }
                    };
                    let is_float = matches!(code, Code::Half | Code::Float | Code::Double);
                    // Standard-size 'f' (PyFloat_Pack4) refuses a finite value too large
                    // for a C float; native 'f' casts it to infinity.
                    if code == Code::Float && !l.native {
                        let f = match v {
                            Value::Float(f) => Some(f.get()),
                            _ => crate::types::numbers::int::as_number(v)
                                .and_then(|n| crate::types::numbers::int::num_to_f64(&n).ok()),
                        };
                        if f.is_some_and(|f| f.is_finite() && (f as f32).is_infinite()) {
                            return Err(overflow(
                                interp,
                                "float too large to pack with f format".into(),
                            ));
                        }
                    }
                    match format::pack(code, v, slot, l.little) {
                        Ok(()) => flush(interp, slot, start)?,
                        Err(PackError::WrongType | PackError::IntTooLarge) => {
                            let msg = match code {
                                Code::Char => "char format requires a bytes object of length 1",
                                _ if is_float => "required argument is not a float",
                                _ => "required argument is not an integer",
                            };
                            return Err(error(interp, msg));
                        }
                        Err(PackError::FloatTooLarge) => {
                            return Err(overflow(
                                interp,
                                "float too large to pack with e format".into(),
                            ));
                        }
                        Err(PackError::OutOfRange) => {
                            if code == Code::Char {
                                return Err(error(
                                    interp,
                                    "char format requires a bytes object of length 1",
                                ));
                            }
                            let n = match v {
                                Value::Int(i) => Some(*i as i128),
                                Value::Bool(b) => Some(b.get() as i128),
                                Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b),
                                _ => None,
                            };
                            return Err(match range_error(code, l, n) {
                                RangeError::Struct(msg) => error(interp, msg),
                                RangeError::Overflow(msg) => overflow(interp, msg),
                            });
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

pub(super) fn do_pack(interp: &mut Interp, l: &Layout, values: &[Value]) -> PyResult<Value> {
    check_count(interp, l, values)?;
    interp.limits.check_alloc(l.size)?;
    let mut out = crate::object::buffer::zeroed(l.size)?;
    // (The zeroed allocation is not touched yet: charged as the bytes it makes.)
    sequence::charge_bytes(interp, l.size)?;
    pack_values(interp, l, values, &mut out, &mut |_, _, _| Ok(()))?;
    Ok(Value::bytes(out))
}

/// `pack_into(buffer, offset, *values)`: the count is checked first, then the buffer is
/// taken (and held: a value's `__index__` cannot resize or release it), then the
/// offset converted and the fields written one by one.
pub(super) fn do_pack_into(interp: &mut Interp, l: &Layout, rest: &[Value]) -> PyResult<Value> {
    if rest.len() != l.value_count() + 2 {
        let msg = match rest.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!(
                "pack_into expected {} items for packing (got {})",
                l.value_count(),
                n - 2
            ),
        };
        return Err(error(interp, msg));
    }
    let (target, offset, values) = (&rest[0], &rest[1], &rest[2..]);
    let held = crate::types::memoryview::writable(target)?;
    let offset = crate::types::numbers::index::index_i64(interp, offset)?;
    let offset = place(interp, l.size, offset, held.len, true)?;
    let base = held.start + offset;
    sequence::fill_bytes(interp, &mut held.buf.borrow_mut()[base..base + l.size], 0)?;
    interp.limits.check_alloc(l.size)?;
    let mut scratch = crate::object::buffer::zeroed(l.size)?;
    pack_values(interp, l, values, &mut scratch, &mut |interp, field, at| {
        let end = held.start + held.len;
        if base + at + field.len() <= end {
            let mut buf = held.buf.borrow_mut();
            sequence::copy_bytes(interp, &mut buf[base + at..base + at + field.len()], field)?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}
