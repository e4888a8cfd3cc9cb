//! Python's hash for the built-in hashable types (CPython's algorithms for numbers and
//! tuples, so `hash(5)` and `hash((1, 2))` print the same), and key equality for dicts.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::object::value::Value;

const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = MODULUS as i128;
    let mut h = (i as i128).rem_euclid(m) as i64;
    if i < 0 {
        h = -(((-(i as i128)) % m) as i64);
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1 in 28-bit chunks.
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1i64 } else { 1 };
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    acc = ((acc << e) & MODULUS) | (acc >> (61 - e));
    let h = acc as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based) over the items' hashes.
pub fn hash_tuple(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// FNV-style hash for str and bytes. CPython randomizes these per process, so any
/// stable function is as good; equal contents give equal hashes.
pub fn hash_bytes(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a value that needs no Python code to hash it; `None` if it is not
/// hashable this way (unhashable, or a user object).
pub fn native_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f5e100,
        Value::Ellipsis => 0x1f2e3d4c,
        Value::NotImplemented => 0x2e3d4c5b,
        Value::Bool(b) => b.get() as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_f64(f.get()),
        Value::Str(s) => {
            if let Some(h) = s.known_hash() {
                return Some(h);
            }
            let h = hash_bytes(s.as_str().as_bytes());
            s.keep_hash(h);
            h
        }
        Value::Tuple(items) => stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let mut hashes = Vec::with_capacity(items.len());
            for item in items.iter() {
                hashes.push(native_hash(item)?);
            }
            Some(hash_tuple(hashes.into_iter(), items.len()))
        })?,
        Value::Class(_)
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::Module(_)
        | Value::Range(_) => (v.identity() >> 4) as i64,
        _ => return crate::types::dispatch::native_hash(v),
    })
}

/// Equality of dict keys: numeric across int/float/bool, by content for str, bytes and
/// tuples, by identity otherwise.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len()
                && stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                    x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q))
                })
        }
        _ => {
            if let Some(r) = crate::types::dispatch::keys_equal(a, b) {
                return r;
            }
            match (
                crate::types::numbers::int::as_number(a),
                crate::types::numbers::int::as_number(b),
            ) {
                (Some(x), Some(y)) => crate::types::numbers::int::numbers_equal(&x, &y),
                _ if a.is(b) => true,
                // A subclass instance of a built-in type equals by its value unless its
                // class defines `__eq__` (then the dict's slow path asks it).
                _ => match (a.native(), b.native()) {
                    (None, None) => false,
                    _ if user_eq(a) || user_eq(b) => false,
                    _ => keys_equal(a.unwrap_native(), b.unwrap_native()),
                },
            }
        }
    }
}

fn user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i
            .class
            .lookup_user(crate::object::intern::sym::__eq__)
            .is_some(),
        _ => false,
    }
}
