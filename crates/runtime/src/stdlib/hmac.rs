//! `hmac`: `new`, `digest`, `compare_digest` and the `HMAC` class, as CPython 3.11's
//! hmac.py behaves over `_hashlib`. A digestmod that names an algorithm (a string or a
//! `hashlib` constructor) runs natively; any other (a callable, a module with `new`)
//! drives its hash objects through Python calls, as hmac.py's `_init_old` does.

use std::rc::Rc;

use super::hashlib::algorithm::Algo;
use super::hashlib::objects::{self, Hmac, Native};
use super::hashlib::signature::PyParams;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Descriptor};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

const SLOTS: [&str; 5] = ["_hmac", "_inner", "_outer", "block_size", "digest_size"];

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let hashlib = interp.import_module("hashlib")?;
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("hmac"));
    ns.insert(
        sym::__slots__,
        Value::tuple(SLOTS.iter().map(|s| Value::str(*s)).collect()),
    );
    for s in SLOTS {
        let key = interp.intern(s);
        let d = Descriptor::Slot {
            name: key,
            owner: "HMAC".into(),
        };
        ns.insert(key, Value::Descriptor(crate::object::alloc::alloc(d)));
    }
    let blocksize = interp.intern("blocksize");
    ns.insert(blocksize, Value::Int(64));
    let methods: &[(&'static str, MethodImpl)] = &[
        ("__init__", hmac_init),
        ("update", hmac_update),
        ("copy", hmac_copy),
        ("digest", hmac_digest),
        ("hexdigest", hmac_hexdigest),
    ];
    for &(name, f) in methods {
        let b = BuiltinFunction {
            name,
            owner: None,
            imp: BuiltinImpl::Method(f),
            module: None,
        };
        let key = interp.intern(name);
        ns.insert(key, Value::Builtin(crate::object::alloc::alloc(b)));
    }
    let prop = Descriptor::Property {
        fget: Interp::builtin_fn("name", hmac_name),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    let key = interp.intern("name");
    ns.insert(key, Value::Descriptor(crate::object::alloc::alloc(prop)));
    let class = crate::types::object::new_class(interp, None, "HMAC", "HMAC", vec![], ns)?;
    let trans = |x: u8| Value::bytes((0..=255u8).map(|b| b ^ x).collect::<Vec<u8>>());
    Ok(interp.make_module(
        "hmac",
        vec![
            ("HMAC", class),
            ("new", Interp::module_fn("new", new)),
            ("digest", Interp::module_fn("digest", digest)),
            (
                "compare_digest",
                Interp::module_fn("compare_digest", compare_digest),
            ),
            ("digest_size", Value::None),
            ("trans_5C", trans(0x5c)),
            ("trans_36", trans(0x36)),
            ("_hashlib", hashlib),
        ],
    ))
}

/// `hmac.new(key, msg=None, digestmod='')`: the module's `HMAC` called.
fn new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slots, _) = PyParams {
        qualname: "new",
        names: &["key", "msg", "digestmod"],
        posonly: 0,
        defaults: 2,
        kwonly: &[],
        varkw: false,
    }
    .bind(args.pos, args.kw)?;
    let [key, msg, digestmod] = defaults(slots);
    let module = interp.import_module("hmac")?;
    let class = interp.get_attr_str(&module, "HMAC")?;
    interp.call(&class, vec![key, msg, digestmod], vec![])
}

/// `key`, `msg=None`, `digestmod=''` with their defaults.
fn defaults(slots: Vec<Option<Value>>) -> [Value; 3] {
    let mut it = slots.into_iter();
    let key = it.next().flatten().unwrap_or(Value::None);
    let msg = it.next().flatten().unwrap_or(Value::None);
    let digestmod = it.next().flatten().unwrap_or_else(|| Value::str(""));
    [key, msg, digestmod]
}

/// The algorithm `_hashlib` finds for a digestmod: `Ok(None)` when it does not know it
/// (UnsupportedDigestmodError in CPython, which hmac.py falls back from).
fn native_algo(v: &Value) -> Option<Algo> {
    match v.unwrap_native() {
        // (The name as a C string: up to its first NUL.)
        Value::Str(s) => Algo::by_name(s.as_str().split('\0').next().unwrap_or("")),
        other => super::hashlib::constructor_algo(other),
    }
}

/// Whether hmac.py tries `_hashlib` first: a str or a built-in function.
fn tries_native(v: &Value) -> bool {
    matches!(v.unwrap_native(), Value::Str(_) | Value::Builtin(_))
}

fn set_slot(interp: &mut Interp, this: &Value, name: &str, v: Value) -> PyResult<()> {
    let key = interp.intern(name);
    interp.set_attr(this, key, v)
}

fn get(interp: &mut Interp, this: &Value, name: &str) -> PyResult<Value> {
    interp.get_attr_str(this, name)
}

fn call_method(interp: &mut Interp, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = interp.get_attr_str(obj, name)?;
    interp.call(&m, args, vec![])
}

fn with_self(this: &Value, args: &Args) -> Vec<Value> {
    let mut all = Vec::with_capacity(args.pos.len() + 1);
    all.push(this.clone());
    all.extend(args.pos.iter().cloned());
    all
}

fn method_params<'a>(qualname: &'a str, names: &'a [&'a str]) -> PyParams<'a> {
    PyParams {
        qualname,
        names,
        posonly: 0,
        defaults: 0,
        kwonly: &[],
        varkw: false,
    }
}

/// `HMAC.__init__(self, key, msg=None, digestmod='')`.
fn hmac_init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let all = with_self(this, &args);
    let (slots, _) = PyParams {
        defaults: 2,
        ..method_params("HMAC.__init__", &["self", "key", "msg", "digestmod"])
    }
    .bind(&all, args.kw)?;
    let [key, msg, digestmod] = defaults(slots.into_iter().skip(1).collect());
    if !matches!(key.unwrap_native(), Value::Bytes(_) | Value::ByteArray(_)) {
        return Err(PyErr::type_error(format!(
            "key: expected bytes or bytearray, but got '{}'",
            interp.type_of(&key).name()
        )));
    }
    if !interp.truthy(&digestmod)? {
        return Err(PyErr::type_error("Missing required parameter 'digestmod'."));
    }
    if tries_native(&digestmod) {
        if let Some(algo) = native_algo(&digestmod) {
            return init_native(interp, this, &key, &msg, algo);
        }
    }
    init_old(interp, this, key, msg, digestmod)
}

fn init_native(
    interp: &mut Interp,
    this: &Value,
    key: &Value,
    msg: &Value,
    algo: Algo,
) -> PyResult<Value> {
    let key = crate::types::memoryview::readable(key)?;
    let Some(mut h) = Hmac::new(algo, &key.bytes()) else {
        return Err(PyErr::value_error("no reason supplied"));
    };
    if !msg.is_none() {
        objects::feed(interp, msg, |piece| h.inner.update(piece))?;
    }
    let Value::Instance(inst) = this else {
        return Err(PyErr::type_error("HMAC.__init__ needs an HMAC"));
    };
    objects::attach_to(interp, inst, Native::Hmac(h));
    set_slot(
        interp,
        this,
        "digest_size",
        Value::Int(algo.digest_size() as i64),
    )?;
    set_slot(
        interp,
        this,
        "block_size",
        Value::Int(algo.block_size() as i64),
    )?;
    Ok(Value::None)
}

/// A digest constructor as hmac.py makes one from a digestmod.
enum Cons {
    Callable(Value),
    Name(Value),
    Module(Value),
}

impl Cons {
    fn of(v: Value) -> Cons {
        if v.is_callable() {
            Cons::Callable(v)
        } else if matches!(v.unwrap_native(), Value::Str(_)) {
            Cons::Name(v)
        } else {
            Cons::Module(v)
        }
    }

    /// `digest_cons(d)` (`digest_cons()` when `d` is `None`).
    fn make(&self, interp: &mut Interp, d: Option<Value>) -> PyResult<Value> {
        match self {
            Cons::Callable(f) => interp.call(f, d.into_iter().collect(), vec![]),
            Cons::Name(n) => {
                let hashlib = interp.import_module("hashlib")?;
                let new = interp.get_attr_str(&hashlib, "new")?;
                let d = d.unwrap_or_else(|| Value::bytes(Vec::new()));
                interp.call(&new, vec![n.clone(), d], vec![])
            }
            Cons::Module(m) => {
                let d = d.unwrap_or_else(|| Value::bytes(Vec::new()));
                call_method(interp, m, "new", vec![d])
            }
        }
    }
}

/// The key padded to `block` bytes (hashed first when longer), xored with `x`.
fn padded_key(interp: &mut Interp, cons: &Cons, key: &Value, block: usize) -> PyResult<Vec<u8>> {
    let mut k = crate::types::bytes::bytes_like(key).unwrap_or_default();
    if k.len() > block {
        let h = cons.make(interp, Some(Value::bytes(k)))?;
        let d = call_method(interp, &h, "digest", vec![])?;
        k = crate::types::bytes::bytes_like(&d)
            .ok_or_else(|| crate::error::messages::bytes_like_required(d.type_name()))?;
    }
    if k.len() < block {
        k.resize(block, 0);
    }
    Ok(k)
}

fn xored(k: &[u8], x: u8) -> Value {
    Value::bytes(k.iter().map(|b| b ^ x).collect::<Vec<u8>>())
}

/// hmac.py's `_init_old`: two hash objects from the digestmod, keyed through `update`.
fn init_old(
    interp: &mut Interp,
    this: &Value,
    key: Value,
    msg: Value,
    digestmod: Value,
) -> PyResult<Value> {
    let cons = Cons::of(digestmod);
    if let Value::Instance(inst) = this {
        objects::detach(interp, inst);
    }
    set_slot(interp, this, "_hmac", Value::None)?;
    let outer = cons.make(interp, None)?;
    set_slot(interp, this, "_outer", outer.clone())?;
    let inner = cons.make(interp, None)?;
    set_slot(interp, this, "_inner", inner.clone())?;
    let size = get(interp, &inner, "digest_size")?;
    set_slot(interp, this, "digest_size", size)?;
    let default = get(interp, this, "blocksize")?;
    let block = match interp.get_attr_optional(&inner, "block_size")? {
        Some(b) => {
            let n = crate::types::numbers::index::index_i64(interp, &b)?;
            if n < 16 {
                default
            } else {
                b
            }
        }
        None => default,
    };
    let n = crate::types::numbers::index::index_i64(interp, &block)?.max(0) as usize;
    let k = padded_key(interp, &cons, &key, n)?;
    set_slot(interp, this, "block_size", block)?;
    call_method(interp, &outer, "update", vec![xored(&k, 0x5c)])?;
    call_method(interp, &inner, "update", vec![xored(&k, 0x36)])?;
    if !msg.is_none() {
        call_method(interp, this, "update", vec![msg])?;
    }
    Ok(Value::None)
}

/// The native state of an HMAC object made with a named algorithm.
fn native(interp: &mut Interp, this: &Value) -> Option<Rc<std::cell::RefCell<Native>>> {
    objects::native_of(interp, this).filter(|n| matches!(&*n.borrow(), Native::Hmac(_)))
}

/// `self._hmac or self._inner`, for the other digestmods.
fn python_inner(interp: &mut Interp, this: &Value) -> PyResult<Value> {
    let h = get(interp, this, "_hmac")?;
    if interp.truthy(&h)? {
        return Ok(h);
    }
    get(interp, this, "_inner")
}

fn hmac_name(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    if let Some(n) = native(interp, &this) {
        if let Native::Hmac(h) = &*n.borrow() {
            return Ok(Value::str(format!("hmac-{}", h.algo.name())));
        }
    }
    let h = get(interp, &this, "_hmac")?;
    if interp.truthy(&h)? {
        return get(interp, &h, "name");
    }
    let inner = get(interp, &this, "_inner")?;
    let name = get(interp, &inner, "name")?;
    let name = interp.str(&name)?;
    Ok(Value::str(format!("hmac-{name}")))
}

fn hmac_update(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let all = with_self(this, &args);
    let (slots, _) = method_params("HMAC.update", &["self", "msg"]).bind(&all, args.kw)?;
    let msg = slots[1].clone().unwrap_or(Value::None);
    if let Some(n) = native(interp, this) {
        let mut guard = n.borrow_mut();
        if let Native::Hmac(h) = &mut *guard {
            objects::feed(interp, &msg, |piece| h.inner.update(piece))?;
        }
        return Ok(Value::None);
    }
    let inner = python_inner(interp, this)?;
    call_method(interp, &inner, "update", vec![msg])?;
    Ok(Value::None)
}

fn hmac_copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let all = with_self(this, &args);
    method_params("HMAC.copy", &["self"]).bind(&all, args.kw)?;
    let class = Value::Class(interp.type_of(this));
    let new = interp.get_attr_str(&class, "__new__")?;
    let other = interp.call(&new, vec![class], vec![])?;
    let size = get(interp, this, "digest_size")?;
    set_slot(interp, &other, "digest_size", size)?;
    if let Some(n) = native(interp, this) {
        let copy = match &*n.borrow() {
            Native::Hmac(h) => h.clone(),
            Native::Hash(_) => return Err(PyErr::type_error("not an HMAC object")),
        };
        if let Value::Instance(inst) = &other {
            objects::attach_to(interp, inst, Native::Hmac(copy));
        }
        set_slot(interp, &other, "_inner", Value::None)?;
        set_slot(interp, &other, "_outer", Value::None)?;
        return Ok(other);
    }
    let h = get(interp, this, "_hmac")?;
    if interp.truthy(&h)? {
        let c = call_method(interp, &h, "copy", vec![])?;
        set_slot(interp, &other, "_hmac", c)?;
        set_slot(interp, &other, "_inner", Value::None)?;
        set_slot(interp, &other, "_outer", Value::None)?;
        return Ok(other);
    }
    set_slot(interp, &other, "_hmac", Value::None)?;
    let inner = get(interp, this, "_inner")?;
    let c = call_method(interp, &inner, "copy", vec![])?;
    set_slot(interp, &other, "_inner", c)?;
    let outer = get(interp, this, "_outer")?;
    let c = call_method(interp, &outer, "copy", vec![])?;
    set_slot(interp, &other, "_outer", c)?;
    Ok(other)
}

/// `self._current().digest()` (or `.hexdigest()`).
fn finish(interp: &mut Interp, this: &Value, args: Args, method: &str) -> PyResult<Value> {
    let all = with_self(this, &args);
    let q = format!("HMAC.{method}");
    method_params(&q, &["self"]).bind(&all, args.kw)?;
    if let Some(n) = native(interp, this) {
        let d = match &*n.borrow() {
            Native::Hmac(h) => h.digest(),
            Native::Hash(_) => Vec::new(),
        };
        return Ok(if method == "digest" {
            Value::bytes(d)
        } else {
            Value::str(crate::types::bytes::text::to_hex(&d))
        });
    }
    let h = get(interp, this, "_hmac")?;
    let current = if interp.truthy(&h)? {
        h
    } else {
        let outer = get(interp, this, "_outer")?;
        let c = call_method(interp, &outer, "copy", vec![])?;
        let inner = get(interp, this, "_inner")?;
        let d = call_method(interp, &inner, "digest", vec![])?;
        call_method(interp, &c, "update", vec![d])?;
        c
    };
    call_method(interp, &current, method, vec![])
}

fn hmac_digest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    finish(interp, this, args, "digest")
}

fn hmac_hexdigest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    finish(interp, this, args, "hexdigest")
}

/// `hmac.digest(key, msg, digest)`: one shot.
fn digest(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slots, _) = PyParams {
        qualname: "digest",
        names: &["key", "msg", "digest"],
        posonly: 0,
        defaults: 0,
        kwonly: &[],
        varkw: false,
    }
    .bind(args.pos, args.kw)?;
    let mut it = slots.into_iter().map(|s| s.unwrap_or(Value::None));
    let (key, msg, dm) = (
        it.next().unwrap_or(Value::None),
        it.next().unwrap_or(Value::None),
        it.next().unwrap_or(Value::None),
    );
    if tries_native(&dm) {
        // `_hashlib.hmac_digest`: both buffers first, then the algorithm.
        let k = crate::types::memoryview::readable(&key)?;
        let m = crate::types::memoryview::readable(&msg)?;
        if let Some(algo) = native_algo(&dm) {
            let Some(mut h) = Hmac::new(algo, &k.bytes()) else {
                return Err(PyErr::value_error("no reason supplied"));
            };
            let data = m.bytes();
            for piece in data.chunks(crate::types::sequence::CHUNK_BYTES) {
                crate::types::sequence::charge_bytes(interp, piece.len())?;
                h.inner.update(piece);
            }
            return Ok(Value::bytes(h.digest()));
        }
    }
    let cons = Cons::of(dm);
    let inner = cons.make(interp, None)?;
    let outer = cons.make(interp, None)?;
    let block = match interp.get_attr_optional(&inner, "block_size")? {
        Some(b) => crate::types::numbers::index::index_i64(interp, &b)?.max(0) as usize,
        None => 64,
    };
    let k = padded_key(interp, &cons, &key, block)?;
    call_method(interp, &inner, "update", vec![xored(&k, 0x36)])?;
    call_method(interp, &outer, "update", vec![xored(&k, 0x5c)])?;
    call_method(interp, &inner, "update", vec![msg])?;
    let d = call_method(interp, &inner, "digest", vec![])?;
    call_method(interp, &outer, "update", vec![d])?;
    call_method(interp, &outer, "digest", vec![])
}

/// `compare_digest(a, b)`: ASCII strs or bytes-like objects, in time independent of
/// where they differ.
fn compare_digest(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(crate::error::messages::no_keyword_arguments(
            "_hashlib.compare_digest",
        ));
    }
    let a = args.range("compare_digest", 2, 2)?;
    let (x, y) = (a[0].unwrap_native(), a[1].unwrap_native());
    if let (Value::Str(s), Value::Str(t)) = (x, y) {
        if !s.is_ascii() || !t.is_ascii() {
            return Err(PyErr::type_error(
                "comparing strings with non-ASCII characters is not supported",
            ));
        }
        return Ok(Value::from_bool(constant_time_eq(
            interp,
            s.as_str().as_bytes(),
            t.as_str().as_bytes(),
        )?));
    }
    let exports = crate::types::memoryview::exports_buffer;
    if !exports(x) && !exports(y) {
        return Err(PyErr::type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            a[0].type_name(),
            a[1].type_name()
        )));
    }
    let ha = crate::types::memoryview::readable(&a[0])?;
    let hb = crate::types::memoryview::readable(&a[1])?;
    let (ba, bb) = (ha.bytes(), hb.bytes());
    Ok(Value::from_bool(constant_time_eq(interp, &ba, &bb)?))
}

/// Whether `a == b`, looking at every byte of `b` whatever the answer (as CPython's
/// `_tscmp`: the time depends on `b`'s length only).
fn constant_time_eq(interp: &mut Interp, a: &[u8], b: &[u8]) -> PyResult<bool> {
    let left = if a.len() == b.len() { a } else { b };
    let mut result = u8::from(a.len() != b.len());
    for (pa, pb) in left
        .chunks(crate::types::sequence::CHUNK_BYTES)
        .zip(b.chunks(crate::types::sequence::CHUNK_BYTES))
    {
        crate::types::sequence::charge_bytes(interp, pb.len())?;
        for (x, y) in pa.iter().zip(pb) {
            result |= x ^ y;
        }
    }
    Ok(result == 0)
}
