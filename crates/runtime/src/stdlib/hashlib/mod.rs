//! `hashlib`: the hash constructors, `new`, `pbkdf2_hmac` and `file_digest`, with the
//! objects, names and messages of CPython 3.11 built with OpenSSL 3 (`_hashlib` and
//! `_blake2`).

pub(crate) mod algorithm;
mod blake2;
pub(crate) mod objects;
pub(crate) mod signature;

use std::rc::Rc;

use algorithm::{Algo, Hasher};
pub(crate) use objects::State;
use objects::{Classes, Hash, Hmac};
use signature::{Clinic, PyParams};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::intern::sym;
use crate::object::value::Value;

/// The module's classes, made on first use.
pub(crate) fn classes(interp: &mut Interp) -> PyResult<Classes> {
    if let Some(c) = &interp.modules.state.hashlib.classes {
        return Ok(c.clone());
    }
    let hash = objects::make_class(
        interp,
        "HASH",
        "_hashlib",
        objects::HASH_METHODS,
        objects::GETTERS,
        objects::refuse_new,
        None,
    );
    let xof = objects::make_class(
        interp,
        "HASHXOF",
        "_hashlib",
        objects::XOF_METHODS,
        &[],
        objects::refuse_new,
        Some(hash.clone()),
    );
    let blake2b = objects::make_class(
        interp,
        "blake2b",
        "_blake2",
        objects::BLAKE2_METHODS,
        objects::GETTERS,
        blake2::new_b,
        None,
    );
    let blake2s = objects::make_class(
        interp,
        "blake2s",
        "_blake2",
        objects::BLAKE2_METHODS,
        objects::GETTERS,
        blake2::new_s,
        None,
    );
    blake2::add_constants(interp, &blake2b, &blake2s);
    let value_error = Value::Class(interp.exc_class(ExcKind::ValueError));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("_hashlib"));
    let unsupported = crate::types::object::new_class(
        interp,
        None,
        "UnsupportedDigestmodError",
        "UnsupportedDigestmodError",
        vec![value_error],
        ns,
    )?;
    let Value::Class(unsupported) = unsupported else {
        return Err(PyErr::type_error("UnsupportedDigestmodError"));
    };
    let c = Classes {
        hash,
        xof,
        blake2b,
        blake2s,
        unsupported,
    };
    interp.modules.state.hashlib.classes = Some(c.clone());
    Ok(c)
}

/// The constructors, by algorithm: `hashlib.sha256` is `_hashlib.openssl_sha256`.
macro_rules! constructors {
    ($($f:ident $name:literal $algo:ident,)*) => {
        $(fn $f(interp: &mut Interp, args: Args) -> PyResult<Value> {
            construct(interp, args, $name, Algo::$algo)
        })*
        const CONSTRUCTORS: &[(&str, &str, crate::object::function::FuncImpl)] =
            &[$((stringify!($f), $name, $f)),*];
    };
}

constructors! {
    openssl_md5 "md5" Md5,
    openssl_sha1 "sha1" Sha1,
    openssl_sha224 "sha224" Sha224,
    openssl_sha256 "sha256" Sha256,
    openssl_sha384 "sha384" Sha384,
    openssl_sha512 "sha512" Sha512,
    openssl_sha3_224 "sha3_224" Sha3_224,
    openssl_sha3_256 "sha3_256" Sha3_256,
    openssl_sha3_384 "sha3_384" Sha3_384,
    openssl_sha3_512 "sha3_512" Sha3_512,
    openssl_shake_128 "shake_128" Shake128,
    openssl_shake_256 "shake_256" Shake256,
}

/// The algorithm of a `hashlib` constructor (for `hmac`'s `digestmod`), if `v` is one.
pub(crate) fn constructor_algo(v: &Value) -> Option<Algo> {
    let Value::Builtin(b) = v else {
        return None;
    };
    let crate::object::function::BuiltinImpl::Function(f) = b.imp else {
        return None;
    };
    CONSTRUCTORS
        .iter()
        .find(|(n, _, g)| *n == b.name && *g as usize == f as usize)
        .and_then(|(_, name, _)| Algo::by_name(name))
}

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let c = classes(interp)?;
    let mut members: Vec<(&str, Value)> = Vec::new();
    for &(fname, name, f) in CONSTRUCTORS {
        members.push((name, Interp::module_fn(fname, f)));
    }
    members.push(("blake2b", Value::Class(c.blake2b.clone())));
    members.push(("blake2s", Value::Class(c.blake2s.clone())));
    members.push(("new", Interp::module_fn("__hash_new", hash_new)));
    members.push(("pbkdf2_hmac", Interp::module_fn("pbkdf2_hmac", pbkdf2_hmac)));
    members.push(("file_digest", Interp::module_fn("file_digest", file_digest)));
    let guaranteed = name_set(interp, algorithm::GUARANTEED.iter().copied())?;
    let available = name_set(interp, algorithm::all())?;
    members.push(("algorithms_guaranteed", guaranteed));
    members.push(("algorithms_available", available));
    let mut all: Vec<Value> = algorithm::GUARANTEED
        .iter()
        .map(|a| Value::str(a.name()))
        .collect();
    for n in [
        "new",
        "algorithms_guaranteed",
        "algorithms_available",
        "pbkdf2_hmac",
        "file_digest",
    ] {
        all.push(Value::str(n));
    }
    members.push(("__all__", Value::tuple(all)));
    Ok(interp.make_module("hashlib", members))
}

fn name_set(interp: &mut Interp, algos: impl Iterator<Item = Algo>) -> PyResult<Value> {
    let names = algos.map(|a| Value::str(a.name())).collect();
    interp.set_display(names, false)
}

/// An `UnsupportedDigestmodError` (a ValueError of `_hashlib`).
pub(crate) fn unsupported(interp: &mut Interp, msg: &str) -> PyErr {
    match classes(interp) {
        Ok(c) => {
            let inst = Instance::new(c.unsupported);
            if let Some(exc) = &inst.exc {
                exc.borrow_mut().args = vec![Value::str(msg)];
            }
            PyErr::object(crate::object::alloc::alloc(inst))
        }
        Err(e) => e,
    }
}

/// OpenSSL's refusal of a name it does not know.
pub(crate) fn unsupported_name(interp: &mut Interp) -> PyErr {
    unsupported(interp, "[digital envelope routines] unsupported")
}

/// A fresh hash object of `algo` (HASH or HASHXOF), fed `data` when given.
pub(crate) fn openssl_object(
    interp: &mut Interp,
    algo: Algo,
    data: Option<&Value>,
) -> PyResult<Value> {
    let c = classes(interp)?;
    let class: Rc<Class> = if algo.is_xof() { c.xof } else { c.hash };
    let hash = Hash {
        algo,
        size: algo.digest_size(),
        hasher: Hasher::new(algo),
    };
    objects::new_hash(interp, class, hash, data)
}

/// `openssl_sha256(string=b'', *, usedforsecurity=True)`.
fn construct(interp: &mut Interp, args: Args, _name: &str, algo: Algo) -> PyResult<Value> {
    let fname = CONSTRUCTORS
        .iter()
        .find(|e| Algo::by_name(e.1) == Some(algo))
        .map_or("new", |e| e.0);
    let [data, security] = Clinic {
        fname,
        names: ["string", "usedforsecurity"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    }
    .bind(&args)?;
    if let Some(s) = security {
        interp.truthy(&s)?;
    }
    openssl_object(interp, algo, data.as_ref())
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn openssl_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [name, data, security] = Clinic {
        fname: "new",
        names: ["name", "string", "usedforsecurity"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .bind(&args)?;
    if let Some(s) = security {
        interp.truthy(&s)?;
    }
    let name = match name.as_ref().map(Value::unwrap_native) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("name must be a string")),
    };
    // The data is taken before the name is looked up.
    if let Some(d) = &data {
        objects::feed(interp, d, |_| {})?;
    }
    match Algo::by_name(&name) {
        Some(algo) => openssl_object(interp, algo, data.as_ref()),
        None => Err(unsupported_name(interp)),
    }
}

/// `hashlib.new(name, data=b'', **kwargs)` (`__hash_new` in CPython's hashlib.py).
fn hash_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slots, kwargs) = PyParams {
        qualname: "__hash_new",
        names: &["name", "data"],
        posonly: 0,
        defaults: 1,
        kwonly: &[],
        varkw: true,
    }
    .bind(args.pos, args.kw)?;
    let name = slots[0].clone().unwrap_or(Value::None);
    let data = slots[1].clone().unwrap_or_else(|| Value::bytes(Vec::new()));
    let text = match name.unwrap_native() {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    };
    if text.is_none() {
        // `name in {'blake2b', 'blake2s'}` hashes it first.
        interp.hash(&name)?;
    }
    if let Some(t @ ("blake2b" | "blake2s")) = text.as_deref() {
        let c = classes(interp)?;
        let class = if t == "blake2b" { c.blake2b } else { c.blake2s };
        return interp.call(&Value::Class(class), vec![data], kwargs);
    }
    let pos = [name, data];
    match openssl_new(interp, Args::new(&pos, &kwargs)) {
        Err(e) if e_is_value_error(interp, &e) => Err(PyErr::value_error(format!(
            "unsupported hash type {}",
            text.unwrap_or_default()
        ))),
        r => r,
    }
}

fn e_is_value_error(interp: &mut Interp, e: &PyErr) -> bool {
    let ve = interp.exc_class(ExcKind::ValueError);
    interp.err_matches(e, &ve)
}

/// PBKDF2-HMAC's work is charged every this many iterations.
const ITERATIONS_PER_CHARGE: u64 = 1024;

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [name, password, salt, iterations, dklen] = Clinic {
        fname: "pbkdf2_hmac",
        names: ["hash_name", "password", "salt", "iterations", "dklen"],
        posonly: 0,
        maxpos: 5,
        required: 4,
    }
    .bind(&args)?;
    let name = match name.as_ref().map(Value::unwrap_native) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        other => {
            let got = other.map_or("None", Value::arg_type_name).to_string();
            return Err(crate::error::messages::argument_type(
                "pbkdf2_hmac",
                "hash_name",
                "str",
                &got,
            ));
        }
    };
    let password = crate::types::memoryview::readable(&password.unwrap_or(Value::None))?;
    let salt = crate::types::memoryview::readable(&salt.unwrap_or(Value::None))?;
    let iterations = c_long(interp, &iterations.unwrap_or(Value::None))?;
    let Some(algo) = Algo::by_name(&name) else {
        return Err(unsupported_name(interp));
    };
    if password.len > i32::MAX as usize {
        return Err(PyErr::overflow_error("password is too long."));
    }
    if salt.len > i32::MAX as usize {
        return Err(PyErr::overflow_error("salt is too long."));
    }
    if iterations < 1 {
        return Err(PyErr::value_error(
            "iteration value must be greater than 0.",
        ));
    }
    if iterations > i32::MAX as i64 {
        return Err(PyErr::overflow_error("iteration value is too great."));
    }
    let dklen = match dklen {
        None | Some(Value::None) => algo.digest_size().max(16) as i64,
        Some(d) => c_long(interp, &d)?,
    };
    if dklen < 1 {
        return Err(PyErr::value_error("key length must be greater than 0."));
    }
    if dklen > i32::MAX as i64 {
        return Err(PyErr::overflow_error("key length is too great."));
    }
    let Some(prf) = Hmac::new(algo, &password.bytes()) else {
        return Err(PyErr::value_error("no reason supplied"));
    };
    let dklen = dklen as usize;
    interp.limits.check_alloc(dklen)?;
    let mut out = crate::error::messages::try_zeroed(dklen)?;
    let steps = ITERATIONS_PER_CHARGE * 2 * algo.block_size() as u64 / 64;
    let salt = salt.bytes().to_vec();
    // Every HMAC counts, across blocks: a long key of one iteration is charged too.
    let mut done: u64 = 0;
    for (i, block) in out.chunks_mut(algo.digest_size()).enumerate() {
        tick(interp, &mut done, steps)?;
        let mut inner = prf.inner.clone();
        inner.update(&salt);
        inner.update(&(i as u32 + 1).to_be_bytes());
        let mut u = apply(&prf, inner);
        let mut t = u.clone();
        for _ in 1..iterations as u64 {
            tick(interp, &mut done, steps)?;
            let mut inner = prf.inner.clone();
            inner.update(&u);
            u = apply(&prf, inner);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        block.copy_from_slice(&t[..block.len()]);
    }
    Ok(Value::bytes(out))
}

/// Counts one HMAC of PBKDF2, charging `steps` for each [`ITERATIONS_PER_CHARGE`].
fn tick(interp: &mut Interp, done: &mut u64, steps: u64) -> PyResult<()> {
    *done += 1;
    if done.is_multiple_of(ITERATIONS_PER_CHARGE) {
        interp.limits.charge(steps)?;
    }
    Ok(())
}

/// The HMAC of the message `inner` was fed (after the key).
fn apply(prf: &Hmac, inner: Hasher) -> Vec<u8> {
    let mut outer = prf.outer.clone();
    outer.update(&inner.finish());
    outer.finish()
}

/// An argument CPython reads as a C `long`.
fn c_long(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let b = crate::types::numbers::index::index_of(interp, v)?;
    num_traits::ToPrimitive::to_i64(&b)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
}

/// `file_digest(fileobj, digest, /, *, _bufsize=2**18)`: the object's `getbuffer()`
/// hashed at once, or its `readinto` called until it gives 0.
fn file_digest(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slots, _) = PyParams {
        qualname: "file_digest",
        names: &["fileobj", "digest"],
        posonly: 2,
        defaults: 0,
        kwonly: &["_bufsize"],
        varkw: false,
    }
    .bind(args.pos, args.kw)?;
    let fileobj = slots[0].clone().unwrap_or(Value::None);
    let digest = slots[1].clone().unwrap_or(Value::None);
    let bufsize = slots[2].clone().unwrap_or(Value::Int(1 << 18));
    let digestobj = if matches!(digest.unwrap_native(), Value::Str(_)) {
        let new = interp.import_module("hashlib")?;
        let new = interp.get_attr_str(&new, "new")?;
        interp.call(&new, vec![digest], vec![])?
    } else {
        interp.call(&digest, vec![], vec![])?
    };
    if let Some(getbuffer) = interp.get_attr_optional(&fileobj, "getbuffer")? {
        let buf = interp.call(&getbuffer, vec![], vec![])?;
        let update = interp.get_attr_str(&digestobj, "update")?;
        interp.call(&update, vec![buf], vec![])?;
        return Ok(digestobj);
    }
    let readinto = interp.get_attr_optional(&fileobj, "readinto")?;
    let readable = match (&readinto, interp.get_attr_optional(&fileobj, "readable")?) {
        (Some(_), Some(r)) => {
            let ok = interp.call(&r, vec![], vec![])?;
            interp.truthy(&ok)?
        }
        _ => false,
    };
    let Some(readinto) = readinto.filter(|_| readable) else {
        let r = interp.repr(&fileobj)?;
        return Err(PyErr::value_error(format!(
            "'{r}' is not a file-like object in binary reading mode."
        )));
    };
    let bytearray = Value::Class(interp.builtin_class("bytearray"));
    let buf = interp.call(&bytearray, vec![bufsize], vec![])?;
    let memoryview = Value::Class(interp.builtin_class("memoryview"));
    let view = interp.call(&memoryview, vec![buf.clone()], vec![])?;
    let slice = Value::Class(interp.builtin_class("slice"));
    let update = interp.get_attr_str(&digestobj, "update")?;
    loop {
        let size = interp.call(&readinto, vec![buf.clone()], vec![])?;
        if interp.eq(&size, &Value::Int(0))? {
            break;
        }
        let s = interp.call(&slice, vec![size], vec![])?;
        let piece = interp.get_item(&view, &s)?;
        interp.call(&update, vec![piece], vec![])?;
    }
    Ok(digestobj)
}
