//! Iterator objects of the built-in types.

pub mod kinds;

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::alloc::alloc;
use crate::object::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes, bytearray or memoryview.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Rc<crate::object::value::DictObj>,
        index: usize,
        view: DictView,
        len: usize,
    },
    /// A set or frozenset: the next slot, and the size it must keep.
    Set {
        set: Rc<crate::types::set::table::SetObj>,
        pos: usize,
        used: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        inner: Value,
        /// The next count: an int, big once it passes i64 (`enumerate(x, 2**63 - 1)`).
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A generator: its frame and position, opaque here (the execution layer's
    /// `exec/generator.rs` defines and resumes it).
    Generator(Box<dyn std::any::Any>),
    /// `struct.iter_unpack`: one record per step, read from the buffer it holds
    /// exported until exhausted (as CPython).
    StructUnpack {
        held: crate::types::memoryview::view::HeldBuffer,
        layout: Rc<crate::types::memoryview::format::Layout>,
        offset: usize,
    },
    /// A view object such as `d.keys()` (iterable, not an iterator itself).
    DictViewObj {
        dict: Rc<crate::object::value::DictObj>,
        view: DictView,
    },
    Exhausted,
}

/// An iterator object: its state, which a generator's resumption takes out and puts back.
pub struct IterObj(pub RefCell<IterState>);

impl std::ops::Deref for IterObj {
    type Target = RefCell<IterState>;
    fn deref(&self) -> &RefCell<IterState> {
        &self.0
    }
}

/// Iterators wrap iterators (`map(f, map(f, ...))`, `iter([it])`): freed without deep
/// recursion.
impl Drop for IterObj {
    fn drop(&mut self) {
        let values = match std::mem::replace(self.0.get_mut(), IterState::Exhausted) {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => vec![seq],
            IterState::Enumerate { inner, count } => vec![inner, count],
            IterState::Zip { iters, .. } => iters,
            IterState::Map { func, mut iters } => {
                iters.push(func);
                iters
            }
            IterState::Filter { func, iter } => vec![func, iter],
            IterState::Callable { func, sentinel } => vec![func, sentinel],
            _ => return,
        };
        crate::object::value::drop_values(values);
    }
}

impl IterState {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq { seq, .. } => match seq {
                Value::List(_) => "list_iterator",
                Value::Tuple(_) => "tuple_iterator",
                Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
                Value::Str(_) => "str_iterator",
                other => crate::types::dispatch::iterator_name(other).unwrap_or("iterator"),
            },
            IterState::Range { .. } => "range_iterator",
            IterState::StructUnpack { .. } => "unpack_iterator",
            IterState::Dict { view, .. } => match view {
                DictView::Keys => "dict_keyiterator",
                DictView::Values => "dict_valueiterator",
                DictView::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Reversed { seq, .. } => match seq {
                Value::List(_) => "list_reverseiterator",
                _ => "reversed",
            },
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Generator(_) => "generator",
            IterState::DictViewObj { view, .. } => match view {
                DictView::Keys => "dict_keys",
                DictView::Values => "dict_values",
                DictView::Items => "dict_items",
            },
            IterState::Exhausted => "iterator",
        }
    }

    pub fn is_view(&self) -> bool {
        matches!(self, IterState::DictViewObj { .. })
    }
}

pub fn make(state: IterState) -> Value {
    Value::Iterator(alloc(IterObj(RefCell::new(state))))
}

/// The built-in iterator types, which all have `__next__` and `__iter__`.
pub const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
];

fn no_args(args: &crate::object::args::Args) -> crate::error::PyResult<()> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        let n = args.pos.len() + args.kw.len();
        return Err(crate::error::PyErr::type_error(format!(
            "expected 0 arguments, got {n}"
        )));
    }
    Ok(())
}

/// `it.__next__()`.
pub fn next_method(
    interp: &mut crate::interp::Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> crate::error::PyResult<Value> {
    no_args(&args)?;
    interp
        .next(this)?
        .ok_or_else(crate::error::messages::stop_iteration)
}

/// `it.__iter__()`.
pub fn iter_method(
    _: &mut crate::interp::Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> crate::error::PyResult<Value> {
    no_args(&args)?;
    Ok(this.clone())
}

/// The iterator types that have `__length_hint__` (CPython's sequence, range and
/// reversed iterators).
pub const LENGTH_HINT_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "list_reverseiterator",
    "reversed",
];

/// `it.__length_hint__()`: how many items are left.
pub fn length_hint_method(
    interp: &mut crate::interp::Interp,
    this: &Value,
    args: crate::object::args::Args,
) -> crate::error::PyResult<Value> {
    no_args(&args)?;
    let Value::Iterator(cell) = this else {
        return Ok(Value::Int(0));
    };
    let (seq, index, reversed) = match &*cell.borrow() {
        IterState::Range { next, stop, step } => {
            let (n, s, st) = (i128::from(*next), i128::from(*stop), i128::from(*step));
            let left = if st > 0 && n < s {
                (s - n + st - 1) / st
            } else if st < 0 && n > s {
                (n - s - st - 1) / -st
            } else {
                0
            };
            return Ok(Value::from_bigint(left.into()));
        }
        IterState::Seq {
            seq: Value::Str(s),
            index,
        } => {
            // A non-ASCII string's position counts bytes.
            let rest = s.as_str().get(*index..).map_or(0, |r| r.chars().count());
            return Ok(Value::Int(rest as i64));
        }
        IterState::Seq { seq, index } => (seq.clone(), *index, false),
        IterState::Reversed { seq, index } => (seq.clone(), *index, true),
        _ => return Ok(Value::Int(0)),
    };
    let len = interp.len(&seq)?;
    let left = if reversed {
        if index <= len {
            index
        } else {
            0
        }
    } else {
        len.saturating_sub(index)
    };
    Ok(Value::Int(left as i64))
}
