//! The one allocation path: every object a script can create is made by [`alloc`], which
//! knows the object's footprint (reference-count header, payload, and the heap memory
//! the payload owns when it is made). This is where memory accounting hooks in: today
//! it counts, per thread, the bytes handed out ([`allocated`]); charging them against
//! the memory limit, and releasing them on free, builds on this one place.

use std::cell::Cell;
use std::mem::size_of;
use std::rc::Rc;

thread_local! {
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

/// What an object costs beyond its own struct: the heap memory it owns.
pub trait Footprint {
    fn heap_bytes(&self) -> usize {
        0
    }
}

/// Makes a heap object, counting its footprint.
#[inline]
pub fn alloc<T: Footprint>(payload: T) -> Rc<T> {
    let size = 2 * size_of::<usize>() + size_of::<T>() + payload.heap_bytes();
    ALLOCATED.with(|c| c.set(c.get().wrapping_add(size as u64)));
    Rc::new(payload)
}

/// Bytes handed out by [`alloc`] on this thread so far (the memory limit will read it).
#[cfg(test)]
pub fn allocated() -> u64 {
    ALLOCATED.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use crate::object::value::Value;

    #[test]
    fn values_are_counted_with_their_contents() {
        let before = super::allocated();
        let v = Value::list(vec![Value::Int(1); 100]);
        let after = super::allocated();
        assert!(after - before >= 100 * std::mem::size_of::<Value>() as u64);
        drop(v);
        let before = super::allocated();
        let _b = Value::bytes(vec![0u8; 1000]);
        assert!(super::allocated() - before >= 1000);
    }
}
