//! The one `Value` enum every object in minipy is, and the heap types it points to.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::buffer::Buffer;
use crate::class::{Class, Instance};
use crate::dict::Dict;
use crate::function::{BoundMethod, BuiltinFunction, Function};
use crate::iter::IterState;
use crate::memoryview::MemoryView;

/// A Python object. Immediates are stored inline; heap objects sit behind `Rc`.
#[derive(Clone)]
pub enum Value {
    None,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Bytes(Rc<Buffer>),
    ByteArray(Rc<Buffer>),
    MemoryView(Rc<MemoryView>),
    /// `array.array`: typed items in a shared buffer.
    Array(Rc<crate::builtins::array_module::ArrayObj>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Dict>>),
    FrozenSet(Rc<Dict>),
    Range(Rc<Range>),
    Slice(Rc<SliceValue>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iterator(Rc<RefCell<IterState>>),
    Module(Rc<crate::module::Module>),
    /// A `property`, `staticmethod` or `classmethod` wrapper.
    Descriptor(Rc<crate::class::Descriptor>),
}

/// A Python str. Keeps whether it is ASCII, so indexing is O(1) in the common case.
pub struct PyStr {
    text: Box<str>,
    ascii: bool,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let ascii = text.is_ascii();
        PyStr {
            text,
            ascii,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points, as `len()` counts.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    pub(crate) fn cached_hash(&self) -> &Cell<Option<i64>> {
        &self.hash
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

    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

/// A slice object: `slice(start, stop, step)`.
pub struct SliceValue {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Value {
    pub fn str(s: impl Into<Box<str>>) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(Buffer::new(data)))
    }

    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(Buffer::new(data)))
    }

    pub fn from_bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The name `type(x).__name__` gives.
    pub fn type_name(&self) -> &str {
        match self {
            Value::Instance(i) => i.class.name(),
            Value::Iterator(it) => it.borrow().type_name(),
            Value::Descriptor(d) => d.type_name(),
            _ => self.static_type_name(),
        }
    }

    /// The built-in type name of a value that is not a user instance, iterator or
    /// descriptor (those answer "object" here).
    pub fn static_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
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
            Value::Instance(_) | Value::Iterator(_) | Value::Descriptor(_) => "object",
        }
    }

    /// Identity, as `is` and `id()` see it.
    pub fn identity(&self) -> usize {
        match self {
            Value::None => 1,
            Value::Ellipsis => 2,
            Value::NotImplemented => 3,
            Value::Bool(b) => 4 + *b as usize,
            Value::Int(i) => *i as usize,
            Value::Float(f) => f.to_bits() as usize,
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Str(r) => Rc::as_ptr(r) as usize,
            Value::Bytes(r) | Value::ByteArray(r) => Rc::as_ptr(r) as usize,
            Value::MemoryView(r) => Rc::as_ptr(r) as usize,
            Value::Array(r) => Rc::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) | Value::Set(r) => Rc::as_ptr(r) as usize,
            Value::FrozenSet(r) => Rc::as_ptr(r) as usize,
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
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
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
