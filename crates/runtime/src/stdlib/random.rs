//! `_random`: the Mersenne Twister under `random.py`, seeded, drawn and saved exactly as
//! CPython's `_random.Random` does, so that a seeded script prints CPython's numbers.
//! The distributions themselves are Python source (`python/random.py`).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::MethodImpl;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::numbers::index::{c_int, index_of};
use crate::types::numbers::int::to_bigint;

const N: usize = 624;
const M: usize = 397;

/// The module's class, made on first use.
#[derive(Default)]
pub(crate) struct State {
    class: Option<Rc<Class>>,
}

/// One generator's state: the 624 words and the position of the next one.
struct Twister {
    mt: [u32; N],
    index: usize,
}

impl Twister {
    fn new() -> Twister {
        let mut t = Twister {
            mt: [0; N],
            index: N,
        };
        t.init_genrand(19650218);
        t
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        if self.index >= N {
            for k in 0..N {
                let y = (self.mt[k] & UPPER) | (self.mt[(k + 1) % N] & LOWER);
                self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (CPython's genrand_res53).
    fn next_f64(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let class = class(interp)?;
    Ok(interp.make_module("_random", vec![("Random", Value::Class(class))]))
}

fn class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    if let Some(c) = &interp.modules.state.random.class {
        return Ok(c.clone());
    }
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("_random"));
    let doc = interp.intern("__doc__");
    ns.insert(
        doc,
        Value::str("Random() -> create a random number generator with its own internal state."),
    );
    let object = Value::Class(interp.object_class.clone());
    let Value::Class(class) =
        crate::types::object::new_class(interp, None, "Random", "Random", vec![object], ns)?
    else {
        return Err(PyErr::type_error("_random: cannot make a class"));
    };
    let methods: &[(&'static str, MethodImpl)] = &[
        ("__new__", new),
        ("__init__", init_method),
        ("random", random),
        ("seed", seed),
        ("getstate", getstate),
        ("setstate", setstate),
        ("getrandbits", getrandbits),
    ];
    interp.types.insert("Random", class.clone());
    super::io::add_methods(interp, &class, "Random", methods);
    interp.modules.state.random.class = Some(class.clone());
    Ok(class)
}

fn new(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let base = class(interp)?;
    let cls = super::io::new_class_arg(this, &base)?;
    let inst = Instance::new(cls);
    inst.set_state(Rc::new(RefCell::new(Twister::new())));
    Ok(Value::Instance(crate::object::alloc::alloc(inst)))
}

fn twister(this: &Value) -> PyResult<Rc<RefCell<Twister>>> {
    if let Value::Instance(i) = this {
        if let Some(s) = i.state::<RefCell<Twister>>() {
            return Ok(s);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a '_random.Random' object but received a '{}'",
        this.type_name()
    )))
}

fn init_method(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let base = class(interp)?;
    let exact = matches!(this, Value::Instance(i) if Rc::ptr_eq(&i.class, &base));
    if exact && !args.kw.is_empty() {
        return Err(PyErr::type_error("Random() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("Random() requires 0 or 1 argument"));
    }
    reseed(interp, this, args.pos.first())?;
    Ok(Value::None)
}

fn seed(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("Random")).range("seed", 0, 1)?;
    reseed(interp, this, a.first())?;
    Ok(Value::None)
}

fn reseed(interp: &mut Interp, this: &Value, arg: Option<&Value>) -> PyResult<()> {
    let t = twister(this)?;
    let key: Vec<u32> = match arg {
        None | Some(Value::None) => entropy(),
        Some(v) => {
            let n = match to_bigint(v) {
                Some(n) => n.abs(),
                None => BigInt::from(interp.hash(v)? as u64),
            };
            let mut words = n.to_u32_digits().1;
            if words.is_empty() {
                words.push(0);
            }
            words
        }
    };
    interp.limits.charge(key.len() as u64 / 4096)?;
    t.borrow_mut().init_by_array(&key);
    Ok(())
}

/// 624 words from the OS, or (if that fails) the time and process id, as CPython does.
fn entropy() -> Vec<u32> {
    let mut bytes = vec![0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if read.is_ok() {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    vec![now as u32, (now >> 32) as u32, std::process::id(), 0, 0]
}

fn random(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.for_method(Some("Random")).range("random", 0, 0)?;
    let t = twister(this)?;
    let x = t.borrow_mut().next_f64();
    Ok(Value::from_f64(x))
}

fn getstate(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.for_method(Some("Random")).range("getstate", 0, 0)?;
    let t = twister(this)?;
    let t = t.borrow();
    let mut items: Vec<Value> = t.mt.iter().map(|&w| Value::Int(i64::from(w))).collect();
    items.push(Value::Int(t.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("Random")).range("setstate", 1, 1)?;
    let t = twister(this)?;
    let items = match a[0].native().unwrap_or(&a[0]) {
        Value::Tuple(items) => items.0.clone(),
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (slot, v) in mt.iter_mut().zip(&items) {
        let n = to_bigint(v).ok_or_else(|| PyErr::type_error("an integer is required"))?;
        if n.sign() == Sign::Minus {
            return Err(PyErr::overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        let n = n.to_u64().ok_or_else(|| {
            PyErr::overflow_error("Python int too large to convert to C unsigned long")
        })?;
        *slot = n as u32;
    }
    let index = index_of(interp, &items[N])?
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let mut t = t.borrow_mut();
    t.mt = mt;
    t.index = index as usize;
    Ok(Value::None)
}

fn getrandbits(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.for_method(Some("Random")).range("getrandbits", 1, 1)?;
    let k = c_int(interp, &a[0])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let t = twister(this)?;
    let mut t = t.borrow_mut();
    if k <= 32 {
        let r = if k == 0 { 0 } else { t.next_u32() >> (32 - k) };
        return Ok(Value::Int(i64::from(r)));
    }
    let words = (k as usize - 1) / 32 + 1;
    interp.limits.check_alloc(words * 4)?;
    interp.limits.charge(words as u64 / 1024)?;
    let mut left = k;
    let mut out = Vec::with_capacity(words);
    for _ in 0..words {
        let mut r = t.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &out)))
}
