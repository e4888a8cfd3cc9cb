//! `set` and `frozenset`: CPython's hash table (`table.rs`), its algorithms (`ops.rs`),
//! the methods (`methods.rs`) and the protocol hooks (`protocol.rs`).

mod methods;
mod ops;
mod protocol;
pub mod table;

pub use ops::any_set;
/// (The dict views build their `| & - ^` results with these.)
pub(crate) use ops::{
    add_key, difference_update, from_iterable, intersection, new_set, symmetric_difference_update,
    update,
};
pub use protocol::{
    binary, compare, contains, eq, frozenset_hash, inplace, iter, keys_equal, len, native_eq, next,
    repr,
};

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use table::SetObj;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("set", set_new);
    interp.add_constructor("frozenset", frozenset_new);
    interp.add_methods("set", methods::SET);
    interp.add_methods("frozenset", methods::FROZENSET);
    // The special methods: the operations the syntax uses, as methods.
    for name in ["set", "frozenset"] {
        interp.add_methods(name, crate::types::special_methods::COMMON);
        interp.add_methods(name, crate::types::special_methods::CONTAINER);
    }
}

fn set_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("set")?;
    let a = args.range("set", 0, 1)?;
    Ok(Value::Set(ops::from_iterable(interp, a.first())?))
}

fn frozenset_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("frozenset")?;
    let a = args.range("frozenset", 0, 1)?;
    // frozenset(f) is f.
    if let Some(f @ Value::FrozenSet(_)) = a.first() {
        return Ok(f.clone());
    }
    Ok(Value::FrozenSet(ops::from_iterable(interp, a.first())?))
}

/// A set or frozenset (the type of `like`) holding `so`.
fn make_like(like: &Value, so: Rc<SetObj>) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(so),
        _ => Value::Set(so),
    }
}

impl Interp {
    /// `s.add(v)` for a set.
    #[inline]
    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        match s {
            Value::Set(so) => ops::add_key(self, so, v),
            _ => Ok(()),
        }
    }

    /// A set display `{a, b, c}`. With three or more constant items CPython builds a
    /// frozenset constant (twice: folded, then merged with the other constants) and
    /// merges it into the new set, which can order the items differently from adding
    /// them one by one.
    pub fn set_display(&mut self, items: Vec<Value>, constant: bool) -> PyResult<Value> {
        let so = ops::new_set();
        if constant && items.len() > 2 {
            let folded = ops::new_set();
            for v in items {
                ops::add_key(self, &folded, v)?;
            }
            // The compiler's constant merging rebuilds the frozenset from its own order.
            let merged = ops::new_set();
            let keys = folded.table.borrow().keys();
            for v in keys {
                ops::add_key(self, &merged, v)?;
            }
            ops::merge(self, &so, &merged)?;
        } else {
            for v in items {
                ops::add_key(self, &so, v)?;
            }
        }
        Ok(Value::Set(so))
    }
}
