//! Hash objects: `_hashlib.HASH`, `_hashlib.HASHXOF`, `_blake2.blake2b`/`blake2s`, and
//! the running state of `hmac.HMAC` objects.
//!
//! Instances of module types carry no Rust payload, so the module keeps each object's
//! running state in a table keyed by the instance's address. Each entry holds a weak
//! reference to its instance: while the entry exists that address cannot be reused, and
//! entries whose instance died are swept once the table has doubled.

use crate::types::bytes::text::to_hex;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use super::algorithm::{Algo, Hasher};
use crate::error::{PyErr, PyResult};
use crate::interp::{Interp, MethodDef};
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Descriptor, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, FuncImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::sequence::{charge_bytes, CHUNK_BYTES};

/// A running hash: its algorithm, digest size (BLAKE2's may be shorter) and state.
#[derive(Clone)]
pub(crate) struct Hash {
    pub algo: Algo,
    pub size: usize,
    pub hasher: Hasher,
}

/// A running HMAC: the keyed inner and outer hashes.
#[derive(Clone)]
pub(crate) struct Hmac {
    pub algo: Algo,
    pub inner: Hasher,
    pub outer: Hasher,
}

impl Hmac {
    /// Keys `algo` with `key` (RFC 2104); `None` for the SHAKE functions, which OpenSSL
    /// refuses.
    pub(crate) fn new(algo: Algo, key: &[u8]) -> Option<Hmac> {
        if algo.is_xof() {
            return None;
        }
        let block = algo.block_size();
        let mut k = if key.len() > block {
            let mut h = Hasher::new(algo);
            h.update(key);
            h.digest()
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        let mut inner = Hasher::new(algo);
        let mut outer = Hasher::new(algo);
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Some(Hmac { algo, inner, outer })
    }

    pub(crate) fn digest(&self) -> Vec<u8> {
        let mut outer = self.outer.clone();
        outer.update(&self.inner.digest());
        outer.digest()
    }
}

/// (Each lives behind its own `Rc`: the variants' sizes need not match.)
#[allow(clippy::large_enum_variant)]
pub(crate) enum Native {
    Hash(Hash),
    Hmac(Hmac),
}

struct Entry {
    owner: Weak<Instance>,
    native: Rc<RefCell<Native>>,
}

/// What `hashlib` keeps per interpreter (in [`crate::stdlib::ModuleState`]).
#[derive(Default)]
pub(crate) struct State {
    objects: FxHashMap<usize, Entry>,
    /// The table's size after the last sweep.
    swept: usize,
    pub(super) classes: Option<Classes>,
}

/// The module's classes, made once per interpreter.
#[derive(Clone)]
pub(crate) struct Classes {
    pub hash: Rc<Class>,
    pub xof: Rc<Class>,
    pub blake2b: Rc<Class>,
    pub blake2s: Rc<Class>,
    pub unsupported: Rc<Class>,
}

fn state(interp: &mut Interp) -> &mut State {
    &mut interp.modules.state.hashlib
}

/// Makes `inst` an object with running state `native`.
pub(crate) fn attach(interp: &mut Interp, inst: Instance, native: Native) -> Value {
    let rc = crate::object::alloc::alloc(inst);
    attach_to(interp, &rc, native);
    Value::Instance(rc)
}

/// Gives the existing object `inst` running state `native` (replacing any it had).
pub(crate) fn attach_to(interp: &mut Interp, inst: &Rc<Instance>, native: Native) {
    let st = state(interp);
    if st.objects.len() > 2 * st.swept + 64 {
        st.objects.retain(|_, e| e.owner.strong_count() > 0);
        st.swept = st.objects.len();
    }
    st.objects.insert(
        Rc::as_ptr(inst) as usize,
        Entry {
            owner: Rc::downgrade(inst),
            native: Rc::new(RefCell::new(native)),
        },
    );
}

/// Takes `inst`'s running state away.
pub(crate) fn detach(interp: &mut Interp, inst: &Rc<Instance>) {
    state(interp).objects.remove(&(Rc::as_ptr(inst) as usize));
}

/// The running state of `v`, if it is an object [`attach`] made.
pub(crate) fn native_of(interp: &mut Interp, v: &Value) -> Option<Rc<RefCell<Native>>> {
    let Value::Instance(i) = v else {
        return None;
    };
    let key = Rc::as_ptr(i) as usize;
    let e = state(interp).objects.get(&key)?;
    (e.owner.strong_count() > 0).then(|| e.native.clone())
}

/// A module type: a class (not a built-in one, so its `__repr__` is used) registered by
/// name so that its methods' receiver checks find it; instances have no `__dict__`.
pub(crate) fn make_class(
    interp: &mut Interp,
    name: &'static str,
    module: &str,
    methods: &[MethodDef],
    getters: &[(&'static str, FuncImpl)],
    new: MethodImpl,
    base: Option<Rc<Class>>,
) -> Rc<Class> {
    let base = base.unwrap_or_else(|| interp.object_class.clone());
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str(module));
    for &(g, f) in getters {
        let prop = Descriptor::Property {
            fget: Interp::builtin_fn(g, f),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        let key = interp.intern(g);
        ns.insert(key, Value::Descriptor(crate::object::alloc::alloc(prop)));
    }
    let new = BuiltinFunction {
        name: "__new__",
        owner: Some(name),
        imp: BuiltinImpl::ClassMethod(new),
        module: None,
    };
    ns.insert(
        sym::__new__,
        Value::Builtin(crate::object::alloc::alloc(new)),
    );
    interp.module_class(name, base, ns, methods, false)
}

/// `type(h)()`: hash objects come only from the module's constructors.
pub(crate) fn refuse_new(_: &mut Interp, cls: &Value, _: Args) -> PyResult<Value> {
    let name = match cls {
        Value::Class(c) => format!("{}.{}", module_of(c), c.name()),
        other => other.type_name().to_string(),
    };
    Err(PyErr::type_error(format!(
        "cannot create '{name}' instances"
    )))
}

fn module_of(c: &Class) -> String {
    match c.dict.borrow().get(&sym::__module__) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    }
}

pub(crate) const HASH_METHODS: &[MethodDef] = &[
    ("update", hash_update),
    ("digest", hash_digest),
    ("hexdigest", hash_hexdigest),
    ("copy", hash_copy),
    ("__repr__", hash_repr),
];

/// HASHXOF inherits the others from HASH.
pub(crate) const XOF_METHODS: &[MethodDef] =
    &[("digest", xof_digest), ("hexdigest", xof_hexdigest)];

pub(crate) const BLAKE2_METHODS: &[MethodDef] = &[
    ("update", hash_update),
    ("digest", hash_digest),
    ("hexdigest", hash_hexdigest),
    ("copy", hash_copy),
];

pub(crate) const GETTERS: &[(&str, FuncImpl)] = &[
    ("name", get_name),
    ("digest_size", get_digest_size),
    ("block_size", get_block_size),
];

/// The hash state of `this` (`owner` names the type in the error).
fn hash_of(interp: &mut Interp, this: &Value, owner: &str) -> PyResult<Rc<RefCell<Native>>> {
    match native_of(interp, this) {
        Some(n) if matches!(&*n.borrow(), Native::Hash(_)) => Ok(n),
        _ => Err(PyErr::type_error(format!(
            "descriptor for '{owner}' objects doesn't apply to a '{}' object",
            this.type_name()
        ))),
    }
}

fn with_hash<T>(interp: &mut Interp, this: &Value, f: impl FnOnce(&mut Hash) -> T) -> PyResult<T> {
    let n = hash_of(interp, this, "HASH")?;
    let mut n = n.borrow_mut();
    match &mut *n {
        Native::Hash(h) => Ok(f(h)),
        Native::Hmac(_) => Err(PyErr::type_error("not a hash object")),
    }
}

/// A hash object of `class` for `hash`, fed `data` when given.
pub(crate) fn new_hash(
    interp: &mut Interp,
    class: Rc<Class>,
    hash: Hash,
    data: Option<&Value>,
) -> PyResult<Value> {
    let mut hash = hash;
    if let Some(d) = data {
        feed(interp, d, |piece| hash.hasher.update(piece))?;
    }
    Ok(attach(interp, Instance::new(class), Native::Hash(hash)))
}

/// The bytes of a hash function's data argument, with `hashlib`'s messages; the buffer
/// is held (and a memoryview slice read in place) while `f` takes it in charged pieces.
pub(crate) fn feed(interp: &mut Interp, data: &Value, mut f: impl FnMut(&[u8])) -> PyResult<()> {
    if matches!(data.unwrap_native(), Value::Str(_)) {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    if !crate::types::memoryview::exports_buffer(data.unwrap_native()) {
        return Err(PyErr::type_error(
            "object supporting the buffer API required",
        ));
    }
    let held = crate::types::memoryview::readable(data)?;
    let bytes = held.bytes();
    for piece in bytes.chunks(CHUNK_BYTES) {
        charge_bytes(interp, piece.len())?;
        f(piece);
    }
    Ok(())
}

/// The arguments of a method taking `n` (0 or 1) positional arguments, with messages
/// naming the receiver's type (`HASHXOF.update()`), as CPython's bound methods do.
fn arity<'a>(
    interp: &mut Interp,
    this: &Value,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<&'a [Value]> {
    if args.kw.is_empty() && args.pos.len() == n {
        return Ok(args.pos);
    }
    let q = format!("{}.{name}", interp.type_of(this).name());
    if !args.kw.is_empty() {
        return Err(crate::error::messages::no_keyword_arguments(&q));
    }
    Err(if n == 0 {
        crate::error::messages::takes_no_arguments(&q, args.pos.len())
    } else {
        crate::error::messages::takes_exactly_one(&q, args.pos.len())
    })
}

fn hash_update(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = arity(interp, this, &args, "update", 1)?;
    let n = hash_of(interp, this, "HASH")?;
    // (Held across the charges: the state is not reachable from the script meanwhile.)
    let mut guard = n.borrow_mut();
    if let Native::Hash(h) = &mut *guard {
        feed(interp, &a[0], |piece| h.hasher.update(piece))?;
    }
    Ok(Value::None)
}

fn hash_digest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    arity(interp, this, &args, "digest", 0)?;
    let d = with_hash(interp, this, |h| h.hasher.digest())?;
    Ok(Value::bytes(d))
}

fn hash_hexdigest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    arity(interp, this, &args, "hexdigest", 0)?;
    let d = with_hash(interp, this, |h| h.hasher.digest())?;
    Ok(Value::str(to_hex(&d)))
}

fn hash_copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    arity(interp, this, &args, "copy", 0)?;
    let h = with_hash(interp, this, |h| h.clone())?;
    let class = interp.type_of(this);
    Ok(attach(interp, Instance::new(class), Native::Hash(h)))
}

fn hash_repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    arity(interp, this, &args, "__repr__", 0)?;
    let name = with_hash(interp, this, |h| h.algo.name())?;
    let class = interp.type_of(this);
    Ok(Value::str(format!(
        "<{name} {}.{} object @ {:#x}>",
        module_of(&class),
        class.name(),
        this.identity()
    )))
}

/// The `length` argument of a SHAKE digest: its output, squeezed in charged pieces.
fn xof_output(interp: &mut Interp, this: &Value, args: Args, fname: &str) -> PyResult<Vec<u8>> {
    let [length] = super::signature::Clinic {
        fname,
        names: ["length"],
        posonly: 0,
        maxpos: 1,
        required: 1,
    }
    .bind(&args)?;
    let length = length.unwrap_or(Value::None);
    let n = crate::types::numbers::index::ssize_arg(interp, &length)?;
    if n < 0 {
        return Err(if fname == "digest" {
            PyErr::new(
                crate::error::ExcKind::SystemError,
                "Negative size passed to PyBytes_FromStringAndSize",
            )
        } else {
            crate::error::messages::memory_error()
        });
    }
    // PyBytes_FromStringAndSize's own limit (its header is 33 bytes).
    if fname == "digest" && n > i64::MAX - 33 {
        return Err(PyErr::overflow_error("byte string is too large"));
    }
    let n = n as usize;
    let factor = if fname == "digest" { 1 } else { 2 };
    interp.limits.check_alloc(n.saturating_mul(factor))?;
    let mut reader = with_hash(interp, this, |h| h.hasher.xof_reader())?
        .ok_or_else(|| PyErr::type_error("not an extendable-output hash"))?;
    let mut out = crate::error::messages::try_zeroed(n)?;
    for piece in out.chunks_mut(CHUNK_BYTES) {
        charge_bytes(interp, piece.len() * factor)?;
        reader.read(piece);
    }
    Ok(out)
}

fn xof_digest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let out = xof_output(interp, this, args, "digest")?;
    Ok(Value::bytes(out))
}

fn xof_hexdigest(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let out = xof_output(interp, this, args, "hexdigest")?;
    Ok(Value::str(to_hex(&out)))
}

fn getter_hash(interp: &mut Interp, args: &Args) -> PyResult<(Algo, usize)> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_hash(interp, &this, |h| (h.algo, h.size))
}

fn get_name(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::str(getter_hash(interp, &args)?.0.name()))
}

fn get_digest_size(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(getter_hash(interp, &args)?.1 as i64))
}

fn get_block_size(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(getter_hash(interp, &args)?.0.block_size() as i64))
}
