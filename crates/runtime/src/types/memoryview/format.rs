//! Format codes shared by memoryview, struct and array: sizes, alignment, and reading
//! and writing one item.

use half_float::{f16_bits_to_f64, f64_to_f16_bits};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::value::Value;
use crate::types::numbers::int;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Pad,
    Char,
    SignedByte,
    UnsignedByte,
    Bool,
    Short,
    UnsignedShort,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    LongLong,
    UnsignedLongLong,
    SSize,
    Size,
    Half,
    Float,
    Double,
    Str,
    PascalStr,
    Pointer,
}

impl Code {
    pub fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'x' => Code::Pad,
            'c' => Code::Char,
            'b' => Code::SignedByte,
            'B' => Code::UnsignedByte,
            '?' => Code::Bool,
            'h' => Code::Short,
            'H' => Code::UnsignedShort,
            'i' => Code::Int,
            'I' => Code::UnsignedInt,
            'l' => Code::Long,
            'L' => Code::UnsignedLong,
            'q' => Code::LongLong,
            'Q' => Code::UnsignedLongLong,
            'n' => Code::SSize,
            'N' => Code::Size,
            'e' => Code::Half,
            'f' => Code::Float,
            'd' => Code::Double,
            's' => Code::Str,
            'p' => Code::PascalStr,
            'P' => Code::Pointer,
            _ => return None,
        })
    }

    pub fn to_char(self) -> char {
        match self {
            Code::Pad => 'x',
            Code::Char => 'c',
            Code::SignedByte => 'b',
            Code::UnsignedByte => 'B',
            Code::Bool => '?',
            Code::Short => 'h',
            Code::UnsignedShort => 'H',
            Code::Int => 'i',
            Code::UnsignedInt => 'I',
            Code::Long => 'l',
            Code::UnsignedLong => 'L',
            Code::LongLong => 'q',
            Code::UnsignedLongLong => 'Q',
            Code::SSize => 'n',
            Code::Size => 'N',
            Code::Half => 'e',
            Code::Float => 'f',
            Code::Double => 'd',
            Code::Str => 's',
            Code::PascalStr => 'p',
            Code::Pointer => 'P',
        }
    }

    /// Size in bytes with native (`@`) sizes on a 64-bit Linux machine.
    pub fn native_size(self) -> usize {
        match self {
            Code::Pad
            | Code::Char
            | Code::SignedByte
            | Code::UnsignedByte
            | Code::Bool
            | Code::Str
            | Code::PascalStr => 1,
            Code::Short | Code::UnsignedShort | Code::Half => 2,
            Code::Int | Code::UnsignedInt | Code::Float => 4,
            Code::Long | Code::UnsignedLong | Code::LongLong | Code::UnsignedLongLong => 8,
            Code::SSize | Code::Size | Code::Double | Code::Pointer => 8,
        }
    }

    /// Size with standard sizes (`<`, `>`, `!`, `=`).
    pub fn standard_size(self) -> usize {
        match self {
            Code::Long | Code::UnsignedLong => 4,
            other => other.native_size(),
        }
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Code::SignedByte
                | Code::UnsignedByte
                | Code::Short
                | Code::UnsignedShort
                | Code::Int
                | Code::UnsignedInt
                | Code::Long
                | Code::UnsignedLong
                | Code::LongLong
                | Code::UnsignedLongLong
                | Code::SSize
                | Code::Size
                | Code::Pointer
        )
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Code::SignedByte | Code::Short | Code::Int | Code::Long | Code::LongLong | Code::SSize
        )
    }

    /// The integer range for integer codes of `size` bytes.
    pub fn int_range(self, size: usize) -> (i128, i128) {
        let bits = size as u32 * 8;
        if self.is_signed() {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        }
    }
}

/// Reads one item of `code` from `bytes` (exactly its size).
pub fn unpack(code: Code, bytes: &[u8], little: bool) -> Value {
    let uint = || -> u64 {
        let mut v: u64 = 0;
        if little {
            for &b in bytes.iter().rev() {
                v = (v << 8) | b as u64;
            }
        } else {
            for &b in bytes {
                v = (v << 8) | b as u64;
            }
        }
        v
    };
    match code {
        Code::UnsignedByte => Value::Int(bytes[0] as i64),
        Code::SignedByte => Value::Int(bytes[0] as i8 as i64),
        Code::Char => Value::bytes(vec![bytes[0]]),
        Code::Bool => Value::from_bool(bytes[0] != 0),
        Code::Half => Value::from_f64(f16_bits_to_f64(uint() as u16)),
        Code::Float => Value::from_f64(f32::from_bits(uint() as u32) as f64),
        Code::Double => Value::from_f64(f64::from_bits(uint())),
        Code::Pad | Code::Str | Code::PascalStr => Value::None,
        c if c.is_signed() => {
            let bits = bytes.len() * 8;
            let v = uint();
            let signed = if bits == 64 {
                v as i64
            } else {
                ((v << (64 - bits)) as i64) >> (64 - bits)
            };
            Value::Int(signed)
        }
        _ => {
            let v = uint();
            if v > i64::MAX as u64 {
                Value::from_bigint(BigInt::from(v))
            } else {
                Value::Int(v as i64)
            }
        }
    }
}

/// Why a value could not be written with a format code.
#[derive(Debug, PartialEq)]
pub enum PackError {
    /// Not of a type the code takes.
    WrongType,
    /// An integer outside the code's range, or a `c` item not of length 1.
    OutOfRange,
    /// An int too large to convert to a float (a float code).
    IntTooLarge,
    /// A float too large for a half float (`e`).
    FloatTooLarge,
}

/// Writes one item; the value's type and range are checked first.
pub fn pack(code: Code, v: &Value, out: &mut [u8], little: bool) -> Result<(), PackError> {
    let put = |out: &mut [u8], raw: u64| {
        let n = out.len();
        for (i, slot) in out.iter_mut().enumerate() {
            let shift = if little { i } else { n - 1 - i } * 8;
            *slot = (raw >> shift) as u8;
        }
    };
    match code {
        Code::Char => match v.bytes_buffer() {
            Some(b) if b.len() == 1 => out[0] = b.borrow()[0],
            Some(_) => return Err(PackError::OutOfRange),
            None => return Err(PackError::WrongType),
        },
        Code::Bool => {
            out[0] = crate::types::dispatch::truthy_native(v).ok_or(PackError::WrongType)? as u8
        }
        Code::Half | Code::Float | Code::Double => {
            let f = match v {
                Value::Float(f) => f.get(),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let n = int::as_number(v).ok_or(PackError::WrongType)?;
                    int::num_to_f64(&n).map_err(|_| PackError::IntTooLarge)?
                }
                _ => return Err(PackError::WrongType),
            };
            match code {
                Code::Half => {
                    let bits = f64_to_f16_bits(f).ok_or(PackError::FloatTooLarge)?;
                    put(out, bits as u64)
                }
                // A C cast, as native packing does: too large becomes infinity.
                Code::Float => put(out, (f as f32).to_bits() as u64),
                _ => put(out, f.to_bits()),
            }
        }
        Code::Pad | Code::Str | Code::PascalStr => {}
        _ => {
            let n = match v {
                Value::Int(i) => *i as i128,
                Value::Bool(b) => b.get() as i128,
                Value::BigInt(b) => b.to_i128().ok_or(PackError::OutOfRange)?,
                _ => return Err(PackError::WrongType),
            };
            let (lo, hi) = if code == Code::Pointer {
                // PyLong_AsVoidPtr takes negative values as a C long.
                (i64::MIN as i128, u64::MAX as i128)
            } else {
                code.int_range(out.len())
            };
            if n < lo || n > hi {
                return Err(PackError::OutOfRange);
            }
            put(out, n as u64)
        }
    }
    Ok(())
}

/// Half-precision conversions (IEEE 754 binary16), rounding to nearest even.
mod half_float {
    pub fn f16_bits_to_f64(h: u16) -> f64 {
        let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
        let exp = ((h >> 10) & 0x1f) as i32;
        let frac = (h & 0x3ff) as f64;
        sign * match exp {
            0 => frac * 2f64.powi(-24),
            31 => {
                if frac == 0.0 {
                    f64::INFINITY
                } else {
                    f64::NAN
                }
            }
            e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
        }
    }

    /// `None` when the value is too large for a half float.
    pub fn f64_to_f16_bits(x: f64) -> Option<u16> {
        let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
        let a = x.abs();
        if x.is_nan() {
            return Some(sign | 0x7e00);
        }
        if a.is_infinite() {
            return Some(sign | 0x7c00);
        }
        if a == 0.0 {
            return Some(sign);
        }
        // Scale into units of the smallest subnormal, round half to even.
        let (m, e) = {
            let e = a.log2().floor() as i32;
            (a, e.max(-14))
        };
        let unit = 2f64.powi(e - 10);
        let q = m / unit;
        let mut r = q.round();
        if (q - q.trunc()) == 0.5 && (r as u64) % 2 == 1 {
            r -= 1.0;
        }
        let mut mant = r as u32;
        let mut exp = e;
        if mant >= 2048 {
            mant /= 2;
            exp += 1;
        }
        if exp > 15 {
            return None;
        }
        if mant < 1024 {
            return Some(sign | mant as u16);
        }
        Some(sign | (((exp + 15) as u16) << 10) | (mant as u16 & 0x3ff))
    }
}

/// A parsed `struct` format: its items, total size and byte order.
#[derive(Debug, Clone)]
pub struct Layout {
    pub items: Vec<Item>,
    pub size: usize,
    pub little: bool,
    /// `@` (or no prefix): native sizes and alignment.
    pub native: bool,
}

/// One format code with its repeat count, placed at `offset`.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub code: Code,
    pub count: usize,
    pub offset: usize,
    pub size: usize,
}

impl Layout {
    /// How many Python values packing takes (pad bytes take none, `4s` takes one).
    pub fn value_count(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i.code {
                Code::Pad => 0,
                Code::Str | Code::PascalStr => 1,
                _ => i.count,
            })
            .sum()
    }
}

/// Parses a `struct` format string; the error is struct.error's message.
pub fn parse_layout(fmt: &str) -> Result<Layout, String> {
    let mut chars = fmt.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('@') => {
            chars.next();
            (true, true)
        }
        Some('=') | Some('<') => {
            chars.next();
            (true, false)
        }
        Some('>') | Some('!') => {
            chars.next();
            (false, false)
        }
        _ => (true, true),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut count: Option<usize> = None;
        while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
            chars.next();
            // The count is a Py_ssize_t: past isize::MAX it is too long.
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d as usize))
                    .filter(|n| *n <= isize::MAX as usize)
                    .ok_or("total struct size too long")?,
            );
        }
        let Some(c) = chars.next() else {
            return Err("repeat count given without format specifier".into());
        };
        let code = Code::from_char(c)
            .filter(|code| native || !matches!(code, Code::SSize | Code::Size | Code::Pointer))
            .ok_or("bad char in struct format")?;
        let count = count.unwrap_or(1);
        let size = if native {
            code.native_size()
        } else {
            code.standard_size()
        };
        if native
            && !matches!(code, Code::Str | Code::PascalStr | Code::Pad | Code::Char)
            && size > 1
        {
            offset = offset
                .div_ceil(size)
                .checked_mul(size)
                .ok_or("total struct size too long")?;
        }
        let total = match code {
            Code::Str | Code::PascalStr => count,
            _ => size
                .checked_mul(count)
                .ok_or("total struct size too long")?,
        };
        items.push(Item {
            code,
            count,
            offset,
            size,
        });
        // Sizes are Py_ssize_t in CPython: anything past isize::MAX is too long.
        offset = offset
            .checked_add(total)
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or("total struct size too long")?;
    }
    Ok(Layout {
        items,
        size: offset,
        little,
        native,
    })
}

/// Unpacks a record into a tuple, charging per item and per 64 bytes of string data, in
/// pieces; the tuple's memory is probed before it is made.
/// Records up to this many values and bytes unpack without charging steps.
const SMALL_RECORD: usize = 256;

/// A `p` field of `count` bytes: its length byte, then that many bytes.
fn pascal_str(field: &[u8], count: usize) -> Value {
    let n = field
        .first()
        .map_or(0, |n| (*n as usize).min(count.saturating_sub(1)));
    Value::bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec())
}

pub fn unpack_values(
    interp: &mut crate::interp::Interp,
    l: &Layout,
    data: &[u8],
) -> crate::error::PyResult<Value> {
    use crate::types::sequence;
    let n = l.value_count();
    if n <= SMALL_RECORD && l.size <= SMALL_RECORD {
        // An ordinary record: too little work to charge.
        let mut out = Vec::with_capacity(n);
        for item in &l.items {
            match item.code {
                Code::Pad => {}
                Code::Str => out.push(Value::bytes(
                    data[item.offset..item.offset + item.count].to_vec(),
                )),
                Code::PascalStr => out.push(pascal_str(
                    &data[item.offset..item.offset + item.count],
                    item.count,
                )),
                code => {
                    for k in 0..item.count {
                        let start = item.offset + k * item.size;
                        out.push(unpack(code, &data[start..start + item.size], l.little));
                    }
                }
            }
        }
        return Ok(Value::tuple(out));
    }
    sequence::check_values(interp, n)?;
    let mut out = crate::error::messages::try_vec(n)?;
    for item in &l.items {
        match item.code {
            Code::Pad => {}
            Code::Str => out.push(Value::bytes(sequence::clone_bytes(
                interp,
                &data[item.offset..item.offset + item.count],
            )?)),
            Code::PascalStr => out.push(pascal_str(
                &data[item.offset..item.offset + item.count],
                item.count,
            )),
            code => sequence::for_each_item(interp, item.count, |_, k| {
                let start = item.offset + k * item.size;
                out.push(unpack(code, &data[start..start + item.size], l.little));
                Ok(())
            })?,
        }
    }
    Ok(Value::tuple(out))
}
