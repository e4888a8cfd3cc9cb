//! The `array` module. The type itself, `array.array`, lives in [`crate::types::array`].

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::array::{machine_format, register, TYPECODES};

/// Registers the `array` type and creates the module that offers it.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    register(interp);
    let class = interp.module_type("array", "array");
    interp.module_type("arrayiterator", "array");
    Ok(interp.make_module(
        "array",
        vec![
            ("array", class.clone()),
            ("ArrayType", class),
            ("typecodes", Value::str(TYPECODES)),
            (
                "_array_reconstructor",
                Interp::module_fn("_array_reconstructor", reconstructor),
            ),
        ],
    ))
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: the array
/// `__reduce_ex__` saved, its bytes decoded from the machine format they were saved in.
fn reconstructor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = "_array_reconstructor";
    args.no_kw(&format!("{name}()"))?;
    let a = args.range(name, 4, 4)?;
    let typecode = match &a[1] {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('?'),
        other => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a unicode character, not {}",
                other.arg_type_name()
            )))
        }
    };
    let mformat = crate::types::numbers::index::index_i64(interp, &a[2])?;
    let Value::Class(cls) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "first argument must be a type object, not {}",
            a[0].type_name()
        )));
    };
    let array_class = interp.builtin_class("array");
    if !cls.is_subclass(&array_class) {
        return Err(PyErr::type_error(format!(
            "{} is not a subtype of array.array",
            cls.name()
        )));
    }
    if !TYPECODES.contains(typecode) {
        return Err(PyErr::value_error(
            "second argument must be a valid type code",
        ));
    }
    if !(0..=21).contains(&mformat) {
        return Err(PyErr::value_error(
            "third argument must be a valid machine format code.",
        ));
    }
    let Value::Bytes(buf) = a[3].unwrap_native() else {
        return Err(PyErr::type_error(format!(
            "fourth argument should be bytes, not {}",
            a[3].type_name()
        )));
    };
    if mformat == machine_format(typecode) {
        return interp.call(&a[0], vec![a[1].clone(), a[3].clone()], vec![]);
    }
    crate::types::sequence::charge_bytes(interp, buf.len())?;
    let data = buf.to_vec();
    let (typecode, items) = decode(typecode, mformat, &data)?;
    interp.call(&a[0], vec![Value::str(typecode.to_string()), items], vec![])
}

/// The items of `data` in machine format `m` (a list, or a str for the UTF formats),
/// and the typecode they go into: integers take the typecode of their size and sign.
fn decode(typecode: char, m: i64, data: &[u8]) -> PyResult<(char, Value)> {
    let big = m % 2 == 1;
    let text = |s: String| Ok((typecode, Value::str(s)));
    match m {
        14..=17 => {
            let size = if m < 16 { 4 } else { 8 };
            let items = data
                .chunks_exact(size)
                .map(|c| {
                    let mut b = [0u8; 8];
                    b[..size].copy_from_slice(c);
                    if big {
                        b[..size].reverse();
                    }
                    Value::from_f64(if size == 4 {
                        f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64
                    } else {
                        f64::from_le_bytes(b)
                    })
                })
                .collect();
            Ok((typecode, Value::list(items)))
        }
        18 | 19 => {
            let units = data.chunks(2).map(|c| match c {
                [x, y] if big => u16::from_be_bytes([*x, *y]),
                [x, y] => u16::from_le_bytes([*x, *y]),
                _ => 0xdc00,
            });
            let mut out = String::new();
            for (i, c) in char::decode_utf16(units).enumerate() {
                let Ok(c) = c else {
                    let enc = if big { "utf-16-be" } else { "utf-16-le" };
                    return Err(decode_error(enc, data, i * 2, "illegal encoding"));
                };
                out.push(c);
            }
            text(out)
        }
        20 | 21 => {
            let mut out = String::new();
            for (i, c) in data.chunks_exact(4).enumerate() {
                let b = [c[0], c[1], c[2], c[3]];
                let cp = if big {
                    u32::from_be_bytes(b)
                } else {
                    u32::from_le_bytes(b)
                };
                let Some(ch) = char::from_u32(cp) else {
                    let enc = if big { "utf-32-be" } else { "utf-32-le" };
                    let reason = if cp > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    return Err(decode_error(enc, data, i * 4, reason));
                };
                out.push(ch);
            }
            text(out)
        }
        _ => {
            let size = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8][m as usize];
            let signed = matches!(m, 1 | 4 | 5 | 8 | 9 | 12 | 13);
            let items = data
                .chunks_exact(size)
                .map(|c| {
                    let mut v: u64 = 0;
                    for k in 0..size {
                        let byte = if big { c[k] } else { c[size - 1 - k] };
                        v = (v << 8) | byte as u64;
                    }
                    let bits = size as u32 * 8;
                    if signed && bits < 64 && v >> (bits - 1) & 1 == 1 {
                        Value::Int(v as i64 - (1i64 << bits))
                    } else if signed || v <= i64::MAX as u64 {
                        Value::Int(v as i64)
                    } else {
                        Value::from_bigint(num_bigint::BigInt::from(v))
                    }
                })
                .collect();
            let typecode = match (size, signed) {
                (1, true) => 'b',
                (1, false) => 'B',
                (2, true) => 'h',
                (2, false) => 'H',
                (4, true) => 'i',
                (4, false) => 'I',
                (_, true) => 'q',
                (_, false) => 'Q',
            };
            Ok((typecode, Value::list(items)))
        }
    }
}

fn decode_error(enc: &str, data: &[u8], start: usize, reason: &str) -> PyErr {
    let end = (start + if enc.contains("16") { 2 } else { 4 }).min(data.len());
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(enc),
            Value::bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}
