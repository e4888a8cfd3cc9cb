//! `blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
//! node_offset, node_depth, inner_size, last_node, usedforsecurity)` and `blake2s`, with
//! `_blake2`'s checks in its order.

use std::rc::Rc;

use super::algorithm::{Algo, Hasher};
use super::objects::{self, Hash};
use super::signature::Clinic;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::Value;
use crate::types::memoryview::view::HeldBuffer;
use crate::types::numbers::index::c_int;

/// The sizes of one BLAKE2 variant: digest and key, salt and personalization.
struct Sizes {
    out: usize,
    salt: usize,
}

fn sizes(algo: Algo) -> Sizes {
    match algo {
        Algo::Blake2b => Sizes { out: 64, salt: 16 },
        _ => Sizes { out: 32, salt: 8 },
    }
}

/// `MAX_DIGEST_SIZE`, `MAX_KEY_SIZE`, `PERSON_SIZE` and `SALT_SIZE` on both classes.
pub(super) fn add_constants(interp: &mut Interp, b: &Rc<Class>, s: &Rc<Class>) {
    for (class, algo) in [(b, Algo::Blake2b), (s, Algo::Blake2s)] {
        let z = sizes(algo);
        for (name, v) in [
            ("MAX_DIGEST_SIZE", z.out),
            ("MAX_KEY_SIZE", z.out),
            ("PERSON_SIZE", z.salt),
            ("SALT_SIZE", z.salt),
        ] {
            let key = interp.intern(name);
            class.dict_mut().insert(key, Value::Int(v as i64));
        }
    }
}

pub(super) fn new_b(interp: &mut Interp, cls: &Value, args: Args) -> PyResult<Value> {
    new(interp, cls, args, Algo::Blake2b)
}

pub(super) fn new_s(interp: &mut Interp, cls: &Value, args: Args) -> PyResult<Value> {
    new(interp, cls, args, Algo::Blake2s)
}

/// A C `unsigned long` / `unsigned long long` argument: ints only (no `__index__`).
fn unsigned(v: &Value, long_long: bool) -> PyResult<u64> {
    let n: Option<num_bigint::BigInt> = match v.unwrap_native() {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((b.get() as i64).into()),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    };
    let Some(n) = n else {
        return Err(PyErr::type_error("an integer is required"));
    };
    if n.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::value_error("value must be positive"));
    }
    num_traits::ToPrimitive::to_u64(&n).ok_or_else(|| {
        PyErr::overflow_error(if long_long {
            "int too big to convert"
        } else {
            "Python int too large to convert to C unsigned long"
        })
    })
}

fn buffer(v: Option<Value>) -> PyResult<Option<HeldBuffer>> {
    v.map(|v| crate::types::memoryview::readable(&v))
        .transpose()
}

fn new(interp: &mut Interp, cls: &Value, args: Args, algo: Algo) -> PyResult<Value> {
    let fname = algo.name();
    let [data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node, security] =
        Clinic {
            fname,
            names: [
                "data",
                "digest_size",
                "key",
                "salt",
                "person",
                "fanout",
                "depth",
                "leaf_size",
                "node_offset",
                "node_depth",
                "inner_size",
                "last_node",
                "usedforsecurity",
            ],
            posonly: 1,
            maxpos: 1,
            required: 0,
        }
        .bind(&args)?;
    let z = sizes(algo);
    // Each argument converted in order, then checked in `_blake2`'s order.
    let int = |interp: &mut Interp, v: Option<Value>, default: i32| match v {
        Some(v) => c_int(interp, &v),
        None => Ok(default),
    };
    let digest_size = int(interp, digest_size, z.out as i32)?;
    let key = buffer(key)?;
    let salt = buffer(salt)?;
    let person = buffer(person)?;
    let fanout = int(interp, fanout, 1)?;
    let depth = int(interp, depth, 1)?;
    let leaf_size = leaf_size.map(|v| unsigned(&v, false)).transpose()?;
    let node_offset = node_offset.map(|v| unsigned(&v, true)).transpose()?;
    let node_depth = int(interp, node_depth, 0)?;
    let inner_size = int(interp, inner_size, 0)?;
    let last_node = match last_node {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if let Some(s) = security {
        interp.truthy(&s)?;
    }
    if digest_size <= 0 || digest_size as usize > z.out {
        return Err(PyErr::value_error(format!(
            "digest_size must be between 1 and {} bytes",
            z.out
        )));
    }
    let too_long = |b: &Option<HeldBuffer>, max: usize| b.as_ref().is_some_and(|b| b.len > max);
    if too_long(&salt, z.salt) {
        return Err(PyErr::value_error(format!(
            "maximum salt length is {} bytes",
            z.salt
        )));
    }
    if too_long(&person, z.salt) {
        return Err(PyErr::value_error(format!(
            "maximum person length is {} bytes",
            z.salt
        )));
    }
    if !(0..=255).contains(&fanout) {
        return Err(PyErr::value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&depth) {
        return Err(PyErr::value_error("depth must be between 1 and 255"));
    }
    let leaf_size = leaf_size.unwrap_or(0);
    if leaf_size > 0xFFFF_FFFF {
        return Err(PyErr::overflow_error("leaf_size is too large"));
    }
    let node_offset = node_offset.unwrap_or(0);
    if algo == Algo::Blake2s && node_offset > 0xFFFF_FFFF_FFFF {
        return Err(PyErr::overflow_error("node_offset is too large"));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(PyErr::value_error("node_depth must be between 0 and 255"));
    }
    if inner_size < 0 || inner_size as usize > z.out {
        return Err(PyErr::value_error(format!(
            "inner_size must be between 0 and is {}",
            z.out
        )));
    }
    if too_long(&key, z.out) {
        return Err(PyErr::value_error(format!(
            "maximum key length is {} bytes",
            z.out
        )));
    }
    let bytes = |b: &Option<HeldBuffer>| b.as_ref().map(|b| b.bytes().to_vec()).unwrap_or_default();
    let (key, salt, person) = (bytes(&key), bytes(&salt), bytes(&person));
    let hasher = if algo == Algo::Blake2b {
        let mut p = blake2b_simd::Params::new();
        p.hash_length(digest_size as usize)
            .key(&key)
            .salt(&salt)
            .personal(&person)
            .fanout(fanout as u8)
            .max_depth(depth as u8)
            .max_leaf_length(leaf_size as u32)
            .node_offset(node_offset)
            .node_depth(node_depth as u8)
            .inner_hash_length(inner_size as usize)
            .last_node(last_node);
        Hasher::Blake2b(Box::new(p.to_state()))
    } else {
        let mut p = blake2s_simd::Params::new();
        p.hash_length(digest_size as usize)
            .key(&key)
            .salt(&salt)
            .personal(&person)
            .fanout(fanout as u8)
            .max_depth(depth as u8)
            .max_leaf_length(leaf_size as u32)
            .node_offset(node_offset)
            .node_depth(node_depth as u8)
            .inner_hash_length(inner_size as usize)
            .last_node(last_node);
        Hasher::Blake2s(Box::new(p.to_state()))
    };
    let class = match cls {
        Value::Class(c) => c.clone(),
        _ => return Err(PyErr::type_error("blake2 __new__ needs a class")),
    };
    let hash = Hash {
        algo,
        size: digest_size as usize,
        hasher,
    };
    objects::new_hash(interp, class, hash, data.as_ref())
}
