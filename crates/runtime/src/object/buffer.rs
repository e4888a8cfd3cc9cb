//! The one byte buffer behind bytes, bytearray, array and host buffers, shared by
//! memoryviews. It counts live exports and refuses to resize while any exist.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use smallvec::SmallVec;

use crate::error::messages;
use crate::error::PyResult;
use crate::object::alloc::alloc;

/// A buffer's bytes: up to 32 stored inline, so the small bytes a script makes by the
/// million (split fields, slices, joined pieces) cost one allocation, not two.
pub type ByteVec = SmallVec<[u8; 32]>;

/// What a buffer can be made from: a `Vec` (its allocation is kept unless the bytes fit
/// inline) or a slice (copied).
pub trait IntoBytes: Sized {
    fn into_bytes(self) -> ByteVec;

    /// A new shared buffer holding these bytes.
    fn into_shared(self) -> Rc<Buffer> {
        alloc(Buffer::with_bytes(self.into_bytes()))
    }
}

impl IntoBytes for ByteVec {
    fn into_bytes(self) -> ByteVec {
        self
    }
}

impl IntoBytes for Vec<u8> {
    fn into_bytes(self) -> ByteVec {
        ByteVec::from_vec(self)
    }
}

impl IntoBytes for &[u8] {
    fn into_bytes(self) -> ByteVec {
        ByteVec::from_slice(self)
    }

    /// Short bytes are copied straight into the new object: copied first into an inline
    /// `ByteVec` on the stack, their narrow stores stall the wide loads that move it.
    fn into_shared(self) -> Rc<Buffer> {
        if self.len() > 32 {
            return alloc(Buffer::with_bytes(ByteVec::from_slice(self)));
        }
        let b = alloc(Buffer::with_bytes(ByteVec::new()));
        b.data.borrow_mut().extend_from_slice(self);
        b
    }
}

/// `n` zero bytes: inline when they fit, else a zeroed allocation; MemoryError (never
/// an abort) when the allocator refuses.
pub fn zeroed(n: usize) -> PyResult<ByteVec> {
    if n <= 32 {
        return Ok(ByteVec::from_elem(0, n));
    }
    Ok(ByteVec::from_vec(messages::try_zeroed(n)?))
}

/// `d[range] = new`.
pub fn splice(d: &mut ByteVec, range: std::ops::Range<usize>, new: &[u8]) {
    let start = range.start;
    d.drain(range);
    d.insert_from_slice(start, new);
}

pub struct Buffer {
    data: RefCell<ByteVec>,
    exports: Cell<usize>,
    hash: Cell<Option<i64>>,
}

impl Buffer {
    /// Takes over `data`'s allocation; contents of 32 bytes or fewer move inline.
    pub fn new(data: Vec<u8>) -> Buffer {
        Buffer::with_bytes(ByteVec::from_vec(data))
    }

    pub fn with_bytes(data: ByteVec) -> Buffer {
        Buffer {
            data: RefCell::new(data),
            exports: Cell::new(0),
            hash: Cell::new(None),
        }
    }

    /// Reads the bytes. Callers never hold this across a call back into Python code.
    pub fn borrow(&self) -> Ref<'_, ByteVec> {
        self.data.borrow()
    }

    /// Writes in place without changing the length (always allowed on mutable objects).
    pub fn borrow_mut(&self) -> RefMut<'_, ByteVec> {
        self.data.borrow_mut()
    }

    /// Reads the bytes, or `None` while they are being written.
    pub fn try_borrow(&self) -> Option<Ref<'_, ByteVec>> {
        self.data.try_borrow().ok()
    }

    /// Writes in place, or `None` while they are being read or written.
    pub fn try_borrow_mut(&self) -> Option<RefMut<'_, ByteVec>> {
        self.data.try_borrow_mut().ok()
    }

    /// Mutable access for an operation that may change the length: refused while exported.
    pub fn resize(&self) -> PyResult<RefMut<'_, ByteVec>> {
        if self.exports.get() > 0 {
            return Err(messages::buffer_resize());
        }
        Ok(self.data.borrow_mut())
    }

    /// Like [`Buffer::resize`], but only refused when the length really changes.
    pub fn resize_to(&self, new_len: usize) -> PyResult<RefMut<'_, ByteVec>> {
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
        Ok(std::mem::take(&mut *self.resize()?).into_vec())
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().to_vec()
    }
}
