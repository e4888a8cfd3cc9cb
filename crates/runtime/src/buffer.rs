//! The one byte buffer behind bytes, bytearray, array and host buffers, shared by
//! memoryviews. It counts live exports and refuses to resize while any exist.

use std::cell::{Cell, Ref, RefCell, RefMut};

use crate::errors;
use crate::exceptions::PyResult;

pub struct Buffer {
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
    hash: Cell<Option<i64>>,
}

impl Buffer {
    pub fn new(data: Vec<u8>) -> Buffer {
        Buffer {
            data: RefCell::new(data),
            exports: Cell::new(0),
            hash: Cell::new(None),
        }
    }

    /// Reads the bytes. Callers never hold this across a call back into Python code.
    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    /// Writes in place without changing the length (always allowed on mutable objects).
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }

    /// Mutable access for an operation that may change the length: refused while exported.
    pub fn resize(&self) -> PyResult<RefMut<'_, Vec<u8>>> {
        if self.exports.get() > 0 {
            return Err(errors::buffer_resize());
        }
        Ok(self.data.borrow_mut())
    }

    /// Like [`Buffer::resize`], but only refused when the length really changes.
    pub fn resize_to(&self, new_len: usize) -> PyResult<RefMut<'_, Vec<u8>>> {
        if new_len != self.len() {
            return self.resize();
        }
        Ok(self.data.borrow_mut())
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn exports(&self) -> usize {
        self.exports.get()
    }

    pub fn add_export(&self) {
        self.exports.set(self.exports.get() + 1);
    }

    pub fn remove_export(&self) {
        self.exports.set(self.exports.get().saturating_sub(1));
    }

    pub(crate) fn cached_hash(&self) -> &Cell<Option<i64>> {
        &self.hash
    }

    /// Takes the bytes out (the host reclaiming its buffer), leaving it empty.
    pub fn take(&self) -> PyResult<Vec<u8>> {
        Ok(std::mem::take(&mut *self.resize()?))
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }
}
