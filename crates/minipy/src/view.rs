//! Bytes-like arguments a host function borrows for the call, without copying.

use minipy_runtime::{HostView, Interp, PyErr, Value};

use crate::{Exception, FromPy};

fn busy(_: PyErr) -> Exception {
    Exception::new(
        "BufferError",
        "buffer is in use by another view of the same call",
    )
}

/// A read-only view of a bytes-like argument (bytes, bytearray, array, or a
/// C-contiguous memoryview), borrowed without copying.
///
/// Taking one follows CPython's rules for a read-only buffer argument: any other type
/// raises TypeError ("a bytes-like object is required"), a released memoryview raises
/// ValueError, a non-contiguous one BufferError. While the view lives the script's
/// object cannot be resized (BufferError), as while a memoryview of it exists: keep it
/// for the call only.
///
/// ```
/// let mut py = minipy::Interpreter::new();
/// py.add_function("checksum", |(data,): (minipy::BytesView,)| {
///     data.with(|bytes| bytes.iter().map(|&b| u64::from(b)).sum::<u64>())
/// });
/// assert_eq!(py.eval::<u64>("checksum(bytearray(b'\\x01\\x02') + b'\\x03')").unwrap(), 6);
/// assert_eq!(py.eval::<u64>("checksum(memoryview(b'abcd')[1:3])").unwrap(), 98 + 99);
/// let err = py.eval::<u64>("checksum('text')").unwrap_err();
/// assert_eq!(err.to_string(), "TypeError: a bytes-like object is required, not 'str'");
/// ```
pub struct BytesView {
    view: HostView,
}

impl BytesView {
    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.view.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.view.is_empty()
    }

    /// Reads the bytes in place. Fails with BufferError only while another view of the
    /// same bytes (a [`BytesViewMut`] argument of the same call) is writing them.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Result<R, Exception> {
        self.view.with(f).map_err(busy)
    }

    /// A copy of the bytes.
    pub fn to_vec(&self) -> Result<Vec<u8>, Exception> {
        self.with(<[u8]>::to_vec)
    }
}

impl FromPy for BytesView {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        Ok(BytesView {
            view: HostView::readable(v)?,
        })
    }
}

/// A writable view of a bytes-like argument (bytearray, array, or a writable
/// C-contiguous memoryview): the host function writes into the script's object in
/// place.
///
/// Taking one follows CPython's rules for a read-write buffer argument: bytes, a
/// read-only or released memoryview, or any other type raises TypeError ("argument must
/// be read-write bytes-like object"). While the view lives the script's object cannot
/// be resized (BufferError): keep it for the call only.
///
/// ```
/// let mut py = minipy::Interpreter::new();
/// py.add_function("fill", |(mut buf, byte): (minipy::BytesViewMut, u8)| {
///     buf.with_mut(|bytes| bytes.fill(byte))?;
///     Ok(buf.len())
/// });
/// py.run("<t>", "b = bytearray(6)\nn = fill(memoryview(b)[2:4], 255)").unwrap();
/// assert_eq!(py.eval::<minipy::Bytes>("bytes(b)").unwrap().0, [0, 0, 255, 255, 0, 0]);
/// let err = py.run("<t>", "fill(b'abc', 0)").unwrap_err();
/// assert_eq!(err.message, "argument must be read-write bytes-like object, not bytes");
/// ```
pub struct BytesViewMut {
    view: HostView,
}

impl BytesViewMut {
    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.view.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.view.is_empty()
    }

    /// Reads the bytes in place (BufferError while another view of them is writing).
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Result<R, Exception> {
        self.view.with(f).map_err(busy)
    }

    /// Writes the bytes in place; the length cannot change. BufferError while another
    /// view of the same bytes (another argument of the same call) reads or writes them.
    pub fn with_mut<R>(&mut self, f: impl FnOnce(&mut [u8]) -> R) -> Result<R, Exception> {
        self.view.with_mut(f).map_err(busy)
    }
}

impl FromPy for BytesViewMut {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        Ok(BytesViewMut {
            view: HostView::writable(v)?,
        })
    }
}
