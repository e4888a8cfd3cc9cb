//! The one `Value` enum every object in minipy is, and the heap types it points to.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use compact_str::CompactString;
use num_bigint::BigInt;
use smallvec::SmallVec;

use crate::object::alloc::alloc;
use crate::object::buffer::Buffer;
use crate::object::class::{Class, Instance};
use crate::object::function::{BoundMethod, BuiltinFunction, Function};
use crate::types::dict::table::Dict;
use crate::types::memoryview::view::MemoryView;

/// How many built-in types [`Value::type_slot`] numbers.
pub const TYPE_SLOTS: usize = 16;

/// A Python object. Immediates are stored inline; heap objects sit behind `Rc`.
///
/// The tag is a whole word (`repr(u64)`): every payload then sits at offset 8, and a
/// `Value` is copied as two words. With a one-byte tag (and `Bool` at offset 1) the
/// compiler copied it in four pieces, and the 16-byte load that followed could not be
/// forwarded from those stores: fib.py ran 1.38x slower, the other benchmarks 2-8%.
/// `Option<Value>` and `PyResult<Value>` stay 16 bytes (unused tag values are the niche).
///
/// Every payload is one integer or pointer word (a bool and a float are kept as words,
/// [`BoolWord`] and [`FloatWord`]), so the compiler treats a `Value` as a pair of
/// scalars: it is returned in two registers and moved as two words. With an `f64` or a
/// `bool` payload it was an aggregate, returned through memory written as two words and
/// read back as one 16-byte load, which the processor cannot forward from those stores
/// (a tuple display spent half its time on one such load).
#[repr(u64)]
pub enum Value {
    None,
    Ellipsis,
    NotImplemented,
    Bool(BoolWord),
    Int(i64),
    Float(FloatWord),
    // The variants above hold no reference (see `Value::release`).
    BigInt(Rc<BigInt>),
    /// `complex`: two floats, too wide to sit inline in a 16-byte `Value`.
    Complex(Rc<crate::types::numbers::complex::Complex>),
    Str(Rc<PyStr>),
    Bytes(Rc<Buffer>),
    ByteArray(Rc<Buffer>),
    MemoryView(Rc<MemoryView>),
    /// `array.array`: typed items in a shared buffer.
    Array(Rc<crate::types::array::ArrayObj>),
    List(Rc<ListObj>),
    Tuple(Rc<TupleObj>),
    Dict(Rc<DictObj>),
    Set(Rc<crate::types::set::table::SetObj>),
    FrozenSet(Rc<crate::types::set::table::SetObj>),
    Range(Rc<Range>),
    Slice(Rc<SliceValue>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iterator(Rc<crate::types::iterator::IterObj>),
    Module(Rc<crate::object::module::Module>),
    /// A `property`, `staticmethod` or `classmethod` wrapper.
    Descriptor(Rc<crate::object::class::Descriptor>),
    /// A code object (`compile()`, `f.__code__`).
    Code(Rc<crate::object::function::CodeObject>),
}

/// A bool kept as a word (see [`Value`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const TRUE: BoolWord = BoolWord(1);
    pub const FALSE: BoolWord = BoolWord(0);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A float kept as its bits (see [`Value`]).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub const fn new(x: f64) -> FloatWord {
        FloatWord(x.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl Clone for Value {
    /// Immediates are copied inline; values behind an `Rc` go through [`Value::clone_ref`].
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Int(i) => Value::Int(*i),
            Value::Bool(b) => Value::Bool(*b),
            Value::Float(x) => Value::Float(*x),
            _ => self.clone_ref(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_ref(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Ellipsis => Value::Ellipsis,
            Value::NotImplemented => Value::NotImplemented,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Complex(x) => Value::Complex(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::Bytes(x) => Value::Bytes(x.clone()),
            Value::ByteArray(x) => Value::ByteArray(x.clone()),
            Value::MemoryView(x) => Value::MemoryView(x.clone()),
            Value::Array(x) => Value::Array(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::FrozenSet(x) => Value::FrozenSet(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::Class(x) => Value::Class(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Iterator(x) => Value::Iterator(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Descriptor(x) => Value::Descriptor(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
        }
    }
}

/// A Python str. Text of up to 24 bytes sits inside the object (one allocation of 48
/// bytes with its header, less than CPython's 49 + length); longer text is kept with
/// whether it is ASCII, so indexing is O(1) in the common case, and its hash.
pub struct PyStr(Text);

enum Text {
    /// At most [`INLINE`] bytes, always inline: its ASCII test and hash are recomputed
    /// (a scan of a few words) rather than stored.
    Small(CompactString),
    Large(Box<LargeText>),
}

struct LargeText {
    /// Growable, so `s += t` on the only reference appends in place (amortized).
    text: String,
    ascii: bool,
    /// The hash once computed; [`NO_HASH`] before (a hash is never -1, as in CPython).
    hash: Cell<i64>,
}

const INLINE: usize = 24;
const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(text: impl Into<CompactString>) -> PyStr {
        let text = text.into();
        if text.len() <= INLINE {
            if text.is_heap_allocated() {
                return PyStr(Text::Small(CompactString::new(text.as_str())));
            }
            return PyStr(Text::Small(text));
        }
        PyStr::large(text.into_string())
    }

    fn large(text: String) -> PyStr {
        let ascii = text.is_ascii();
        PyStr(Text::Large(Box::new(LargeText {
            text,
            ascii,
            hash: Cell::new(NO_HASH),
        })))
    }

    /// Appends in place (for `s += t` when nothing else holds `s`).
    pub fn push_str(&mut self, tail: &PyStr) {
        match &mut self.0 {
            Text::Large(l) => {
                l.text.push_str(tail.as_str());
                l.ascii &= tail.is_ascii();
                l.hash.set(NO_HASH);
            }
            Text::Small(s) if s.len() + tail.as_str().len() <= INLINE => s.push_str(tail.as_str()),
            Text::Small(s) => {
                let mut text = String::with_capacity((s.len() + tail.as_str().len()) * 2);
                text.push_str(s);
                text.push_str(tail.as_str());
                *self = PyStr::large(text);
            }
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Text::Small(s) => s,
            Text::Large(l) => &l.text,
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.0 {
            Text::Small(s) => s.is_ascii(),
            Text::Large(l) => l.ascii,
        }
    }

    /// Length in code points, as `len()` counts.
    pub fn char_len(&self) -> usize {
        let text = self.as_str();
        if self.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        }
    }

    /// The hash, if it was computed before and kept.
    #[inline]
    pub(crate) fn known_hash(&self) -> Option<i64> {
        match &self.0 {
            Text::Small(_) => None,
            Text::Large(l) => Some(l.hash.get()).filter(|h| *h != NO_HASH),
        }
    }

    /// Keeps `h` (never -1) as the hash, where there is room for it.
    #[inline]
    pub(crate) fn keep_hash(&self, h: i64) {
        if let Text::Large(l) = &self.0 {
            l.hash.set(h);
        }
    }
}

/// A list's items. Dropping it frees nested containers without deep recursion (see
/// [`drop_values`]).
pub struct ListObj(pub RefCell<Vec<Value>>);

/// A tuple's items: up to four inside the object (one allocation for the common
/// pairs and records), more in a vector of their own.
pub struct TupleObj(pub SmallVec<[Value; 4]>);

/// A tuple's items while it is being built.
pub type TupleItems = SmallVec<[Value; 4]>;

/// A dict's entries.
pub struct DictObj(pub RefCell<Dict>);

impl std::ops::Deref for ListObj {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.0
    }
}

impl std::ops::Deref for TupleObj {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl std::ops::Deref for DictObj {
    type Target = RefCell<Dict>;
    fn deref(&self) -> &RefCell<Dict> {
        &self.0
    }
}

/// Whether dropping the value can free further values (and so recurse).
#[inline(always)]
pub(crate) fn may_nest(v: &Value) -> bool {
    !v.is_immediate()
        && !matches!(
            v,
            Value::BigInt(_)
                | Value::Complex(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::Array(_)
                | Value::Range(_)
                | Value::Builtin(_)
        )
}

/// How many drops of nested objects may be on the Rust stack at once; past it, values
/// wait in [`DEFERRED`] for the outermost drop to free them in a loop.
const MAX_DROP_DEPTH: u32 = 48;

thread_local! {
    // Freeing is not tied to an interpreter (a value may outlive it), so, like CPython's
    // trashcan, the queue is per thread.
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Frees the values an object held when it was freed. A chain of objects each holding
/// the next (nested lists, generators over generators, exception chains, closures)
/// would recurse once per link and overflow the stack; past [`MAX_DROP_DEPTH`] links
/// the values are queued instead, and the outermost drop frees the queue in a loop.
pub(crate) fn drop_values(items: Vec<Value>) {
    if !items.iter().any(may_nest) {
        items.into_iter().for_each(Value::release);
        return;
    }
    guarded_drop(items);
}

/// [`drop_values`] for one value.
pub(crate) fn drop_value(v: Value) {
    if may_nest(&v) {
        guarded_drop(v);
    } else {
        v.release();
    }
}

fn guarded_drop<T: Into<Deferred>>(held: T) {
    let Ok(depth) = DROP_DEPTH.try_with(|d| d.get()) else {
        // The thread is exiting and its queue is gone: free directly.
        return drop(held);
    };
    if depth >= MAX_DROP_DEPTH {
        let _ = DEFERRED.try_with(|q| match held.into() {
            Deferred::One(v) => q.borrow_mut().push(v),
            Deferred::Many(vs) => q.borrow_mut().extend(vs),
            Deferred::Tuple(vs) => q.borrow_mut().extend(vs),
        });
        return;
    }
    DROP_DEPTH.set(depth + 1);
    drop(held);
    if depth == 0 {
        // A value is taken out of the queue before it is freed: freeing it may queue more.
        while let Some(v) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            drop(v);
        }
    }
    DROP_DEPTH.set(depth);
}

enum Deferred {
    One(Value),
    Many(Vec<Value>),
    Tuple(TupleItems),
}

impl From<TupleItems> for Deferred {
    fn from(vs: TupleItems) -> Deferred {
        Deferred::Tuple(vs)
    }
}

impl From<Value> for Deferred {
    fn from(v: Value) -> Deferred {
        Deferred::One(v)
    }
}

impl From<Vec<Value>> for Deferred {
    fn from(vs: Vec<Value>) -> Deferred {
        Deferred::Many(vs)
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        drop_values(std::mem::take(self.0.get_mut()));
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.0);
        if !items.iter().any(may_nest) {
            items.into_iter().for_each(Value::release);
            return;
        }
        guarded_drop(items);
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        // Keys free their values themselves (`HashKey`'s drop).
        let entries = std::mem::take(self.0.get_mut());
        if entries.values().any(may_nest) {
            drop_values(entries.into_values().collect());
        }
    }
}

/// `range(start, stop, step)`.
#[derive(Clone, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if start < stop {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / -step
        } else {
            0
        };
        n as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (in range): the arithmetic may pass through i64 overflow, but the result fits.
    pub fn get(&self, i: usize) -> i64 {
        self.start.wrapping_add(self.step.wrapping_mul(i as i64))
    }

    /// `r[i]` for any index (negative counts from the end); `None` when out of range.
    /// A range can hold up to 2**64 - 1 items, so indices are taken as i128.
    pub fn item(&self, i: i128) -> Option<i64> {
        let len = self.len() as i128;
        let j = if i < 0 { i + len } else { i };
        (0..len)
            .contains(&j)
            .then(|| (self.start as i128 + j * self.step as i128) as i64)
    }

    /// The position of the int `x` in the range, if it is one of its items (without
    /// overflow: a range can span all of i64).
    pub fn position(&self, x: i64) -> Option<i128> {
        let (x, start, stop, step) = (
            x as i128,
            self.start as i128,
            self.stop as i128,
            self.step as i128,
        );
        let inside = if step > 0 {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        (inside && (x - start) % step == 0).then(|| (x - start) / step)
    }
}

/// A slice object: `slice(start, stop, step)`.
pub struct SliceValue {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Drop for SliceValue {
    fn drop(&mut self) {
        // Slices of ints (nearly all) have nothing that could nest.
        if may_nest(&self.start) || may_nest(&self.stop) || may_nest(&self.step) {
            for v in [&mut self.start, &mut self.stop, &mut self.step] {
                drop_value(std::mem::replace(v, Value::None));
            }
        }
    }
}

impl Value {
    /// Drops a value, skipping the drop glue's call and jump table for the variants
    /// that hold no reference (ints, floats, bools, None): for stores into variables.
    #[inline(always)]
    pub fn release(self) {
        if self.is_immediate() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// `callable(v)`: functions, built-ins, bound methods, classes, and instances whose
    /// class defines `__call__`.
    pub fn is_callable(&self) -> bool {
        match self {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            Value::Instance(i) => i
                .class
                .lookup(crate::object::intern::sym::__call__)
                .is_some(),
            _ => false,
        }
    }

    /// Whether the value holds no reference (ints, floats, bools, None and the like).
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Ellipsis
                | Value::NotImplemented
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    pub fn str(s: impl Into<CompactString>) -> Value {
        Value::Str(alloc(PyStr::new(s)))
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    #[inline(always)]
    pub fn from_f64(x: f64) -> Value {
        Value::Float(FloatWord::new(x))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(alloc(TupleObj(SmallVec::from_vec(items))))
    }

    /// A tuple of items gathered without a vector of their own.
    pub fn tuple_of(items: TupleItems) -> Value {
        Value::Tuple(alloc(TupleObj(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(alloc(ListObj(RefCell::new(items))))
    }

    pub fn dict(d: Dict) -> Value {
        Value::Dict(alloc(DictObj(RefCell::new(d))))
    }

    /// A bytes object; from a `Vec` its allocation is kept, from a slice it is copied.
    pub fn bytes(data: impl crate::object::buffer::IntoBytes) -> Value {
        Value::Bytes(data.into_shared())
    }

    pub fn bytearray(data: impl crate::object::buffer::IntoBytes) -> Value {
        Value::ByteArray(data.into_shared())
    }

    pub fn from_bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(alloc(n)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The built-in value an instance of a subclass of a built-in type carries.
    #[inline]
    pub fn native(&self) -> Option<&Value> {
        match self {
            Value::Instance(i) => i.native.as_ref(),
            _ => None,
        }
    }

    /// The value itself, or the built-in value a subclass instance carries.
    #[inline]
    pub fn unwrap_native(&self) -> &Value {
        self.native().unwrap_or(self)
    }

    /// The name `type(x).__name__` gives.
    pub fn type_name(&self) -> &str {
        match self {
            Value::Instance(i) => i.class.name(),
            // A class's type is its metaclass.
            Value::Class(c) if c.metaclass.is_some() => {
                c.metaclass.as_ref().map_or("type", |m| m.name())
            }
            Value::Iterator(it) => it.borrow().type_name(),
            Value::Descriptor(d) => d.type_name(),
            // Messages name the type as CPython's `tp_name` does; its `__name__` is "array".
            Value::Array(_) => "array.array",
            _ => self.static_type_name(),
        }
    }

    /// The type as CPython's argument errors name it ("None" rather than "NoneType").
    pub fn arg_type_name(&self) -> &str {
        match self {
            Value::None => "None",
            other => other.type_name(),
        }
    }

    /// The built-in type name of a value that is not a user instance, iterator or
    /// descriptor (those answer "object" here).
    /// The slot of this value's built-in type in the interpreter's class cache
    /// (`TYPE_SLOTS` of them): the common types, looked up per call without hashing.
    #[inline]
    pub fn type_slot(&self) -> Option<usize> {
        Some(match self {
            Value::Bool(_) => 0,
            Value::Int(_) | Value::BigInt(_) => 1,
            Value::Float(_) => 2,
            Value::Str(_) => 3,
            Value::Bytes(_) => 4,
            Value::ByteArray(_) => 5,
            Value::MemoryView(_) => 6,
            Value::List(_) => 7,
            Value::Tuple(_) => 8,
            Value::Dict(_) => 9,
            Value::Set(_) => 10,
            Value::FrozenSet(_) => 11,
            Value::Range(_) => 12,
            Value::None => 13,
            Value::Array(_) => 14,
            // (Generators: `send` and `throw` are called through the method cache.)
            Value::Iterator(it)
                if it.0.try_borrow().is_ok_and(|s| {
                    matches!(*s, crate::types::iterator::IterState::Generator(_))
                }) =>
            {
                15
            }
            _ => return None,
        })
    }

    pub fn static_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(_) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::MemoryView(_) => "memoryview",
            Value::Array(_) => "array",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(f) => {
                if f.is_method() {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Builtin(_)) {
                    "builtin_function_or_method"
                } else {
                    "method"
                }
            }
            Value::Class(_) => "type",
            Value::Module(_) => "module",
            Value::Code(_) => "code",
            Value::Instance(_) | Value::Iterator(_) | Value::Descriptor(_) => "object",
        }
    }

    /// Identity, as `is` and `id()` see it.
    pub fn identity(&self) -> usize {
        match self {
            Value::None => 1,
            Value::Ellipsis => 2,
            Value::NotImplemented => 3,
            Value::Bool(b) => 4 + b.get() as usize,
            Value::Int(i) => *i as usize,
            Value::Float(f) => f.get().to_bits() as usize,
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Complex(r) => Rc::as_ptr(r) as usize,
            Value::Str(r) => Rc::as_ptr(r) as usize,
            Value::Bytes(r) | Value::ByteArray(r) => Rc::as_ptr(r) as usize,
            Value::MemoryView(r) => Rc::as_ptr(r) as usize,
            Value::Array(r) => Rc::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as usize,
            Value::Module(r) => Rc::as_ptr(r) as usize,
            Value::Descriptor(r) => Rc::as_ptr(r) as usize,
            Value::Code(r) => Rc::as_ptr(r) as usize,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.identity() == other.identity()
            }
        }
    }
}

// The layout the comment on `Value` promises.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
const _: () = assert!(std::mem::size_of::<crate::error::PyResult<Value>>() == 16);

#[cfg(test)]
mod str_tests {
    use super::PyStr;

    #[test]
    fn small_text_grows_into_large_text() {
        let mut s = PyStr::new("é");
        assert!(!s.is_ascii());
        assert_eq!(s.char_len(), 1);
        let tail = PyStr::new("abcdefghij");
        for n in 1..=5 {
            s.push_str(&tail);
            assert_eq!(s.as_str().len(), 2 + 10 * n);
            assert_eq!(s.char_len(), 1 + 10 * n);
            assert!(!s.is_ascii());
        }
        s.keep_hash(7);
        assert_eq!(s.known_hash(), Some(7));
        s.push_str(&tail);
        assert_eq!(s.known_hash(), None);
        let long = "x".repeat(100);
        let l = PyStr::new(long.clone());
        assert!(l.is_ascii());
        assert_eq!(l.as_str(), long);
        let small = PyStr::new(String::with_capacity(1000) + "ab");
        assert_eq!(small.as_str(), "ab");
        assert_eq!(small.known_hash(), None);
    }
}
