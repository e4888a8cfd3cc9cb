//! memoryview: a typed, strided window onto a shared [`Buffer`]. Slicing makes a new
//! window onto the same buffer in O(1); the buffer counts each live view as an export.

use std::cell::Cell;
use std::rc::Rc;

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::object::buffer::Buffer;
use crate::object::value::Value;
use crate::types::memoryview::format::{self, Code, PackError};
use crate::types::sequence::{self, Slice};

/// A view's shape or strides: inline up to two dimensions, so slicing a 1-D or 2-D view
/// allocates only the view itself.
pub type Dims<T> = smallvec::SmallVec<[T; 2]>;

pub struct MemoryView {
    /// The exporting object (`m.obj`).
    pub obj: Value,
    pub buf: Rc<Buffer>,
    /// Byte offset of the first item.
    pub start: usize,
    pub format: Rc<str>,
    pub code: Code,
    pub itemsize: usize,
    pub shape: Dims<usize>,
    pub strides: Dims<isize>,
    pub readonly: bool,
    released: Cell<bool>,
    /// Buffers taken from this view by code that may run Python meanwhile (see
    /// [`HeldBuffer`]): the view cannot be released while any are held.
    exports: Cell<usize>,
    /// `hash(m)`, once computed (CPython keeps it, even after the view is released).
    pub hash: Cell<Option<i64>>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.get() {
            self.buf.remove_export();
        }
        // The exporter is nearly always a bytes-like object; anything else could nest.
        if self.obj.byte_buffer().is_none() {
            crate::object::value::drop_value(std::mem::replace(&mut self.obj, Value::None));
        }
    }
}

thread_local! {
    /// The format of byte views, shared (views of bytes are made often: every `==`
    /// with bytes makes one).
    static BYTE_FORMAT: Rc<str> = Rc::from("B");
}

/// The format string `"B"`, without allocating.
pub fn byte_format() -> Rc<str> {
    BYTE_FORMAT.with(Rc::clone)
}

impl MemoryView {
    /// A view of a whole buffer, one byte per item.
    pub fn of_buffer(obj: Value, buf: Rc<Buffer>, readonly: bool) -> MemoryView {
        let len = buf.len();
        MemoryView::with_layout(
            obj,
            buf,
            0,
            byte_format(),
            Code::UnsignedByte,
            1,
            smallvec::smallvec![len],
            smallvec::smallvec![1],
            readonly,
        )
    }

    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn with_layout(
        obj: Value,
        buf: Rc<Buffer>,
        start: usize,
        format: Rc<str>,
        code: Code,
        itemsize: usize,
        shape: Dims<usize>,
        strides: Dims<isize>,
        readonly: bool,
    ) -> MemoryView {
        buf.add_export();
        MemoryView {
            obj,
            buf,
            start,
            format,
            code,
            itemsize,
            shape,
            strides,
            readonly,
            released: Cell::new(false),
            exports: Cell::new(0),
            hash: Cell::new(None),
        }
    }

    /// A new view on the same memory (`memoryview(m)`).
    pub fn clone_view(&self) -> MemoryView {
        MemoryView::with_layout(
            self.obj.clone(),
            self.buf.clone(),
            self.start,
            self.format.clone(),
            self.code,
            self.itemsize,
            self.shape.clone(),
            self.strides.clone(),
            self.readonly,
        )
    }

    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    pub fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(messages::released_view());
        }
        Ok(())
    }

    pub fn release(&self) {
        if !self.released.replace(true) {
            self.buf.remove_export();
        }
    }

    /// `m.release()`: refused while a buffer taken from the view is held, as CPython.
    pub fn try_release(&self) -> PyResult<()> {
        match self.exports.get() {
            0 => {
                self.release();
                Ok(())
            }
            n => Err(PyErr::new(
                crate::error::ExcKind::BufferError,
                format!(
                    "memoryview has {n} exported buffer{}",
                    if n == 1 { "" } else { "s" }
                ),
            )),
        }
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// `len(m)`: the first dimension (1 for a 0-d view, which CPython rejects).
    pub fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// CPython's `MV_CONTIGUOUS_NDIM1` for one dimension: a single item, or the item
    /// size as stride (so an empty view with another stride is not contiguous).
    fn contiguous_1d(&self) -> Option<bool> {
        (self.ndim() == 1).then(|| self.shape[0] == 1 || self.strides[0] == self.itemsize as isize)
    }

    /// CPython's `PyBuffer_IsContiguous(view, 'C')` (an empty view is contiguous).
    pub fn is_c_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.shape.contains(&0) {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides).rev() {
            if *dim > 1 && *stride != expected {
                return false;
            }
            expected *= *dim as isize;
        }
        true
    }

    pub fn is_f_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.shape.contains(&0) {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (dim, stride) in self.shape.iter().zip(&self.strides) {
            if *dim > 1 && *stride != expected {
                return false;
            }
            expected *= *dim as isize;
        }
        true
    }

    /// Calls `f` with the byte offset of every item in C order (no list of them is
    /// made); stops at the first `false`, and says whether every call returned `true`.
    pub fn all_offsets(&self, mut f: impl FnMut(usize) -> bool) -> bool {
        let nd = self.ndim();
        if nd == 0 {
            return f(self.start);
        }
        if self.shape.contains(&0) {
            return true;
        }
        let mut idx: Dims<usize> = smallvec::smallvec![0; nd];
        let mut base = self.start as isize;
        let (inner, step) = (self.shape[nd - 1], self.strides[nd - 1]);
        loop {
            let mut off = base;
            for _ in 0..inner {
                if !f(off as usize) {
                    return false;
                }
                off = off.wrapping_add(step);
            }
            // The next row, odometer-wise.
            let mut d = nd - 1;
            loop {
                if d == 0 {
                    return true;
                }
                d -= 1;
                idx[d] += 1;
                base = base.wrapping_add(self.strides[d]);
                if idx[d] < self.shape[d] {
                    break;
                }
                base = base.wrapping_sub((self.shape[d] as isize).wrapping_mul(self.strides[d]));
                idx[d] = 0;
            }
        }
    }

    /// The bytes the view covers, in C order (`m.tobytes()`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let data = self.buf.borrow();
        if self.is_c_contiguous() {
            let end = self.start + self.nbytes();
            return data
                .get(self.start..end)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
        }
        let mut out = Vec::with_capacity(self.nbytes());
        self.all_offsets(|off| {
            out.extend_from_slice(data.get(off..off + self.itemsize).unwrap_or(&[]));
            true
        });
        out
    }

    /// Reads the item at byte offset `off`.
    #[inline]
    pub fn read_at(&self, off: usize) -> Value {
        let data = self.buf.borrow();
        if self.code == Code::UnsignedByte {
            return Value::Int(data[off] as i64);
        }
        format::unpack(self.code, &data[off..off + self.itemsize], true)
    }

    /// Writes `v` at byte offset `off`, checking it against the format.
    #[inline]
    pub fn write_at(&self, off: usize, v: &Value) -> PyResult<()> {
        if self.code == Code::UnsignedByte {
            if let Value::Int(i) = v {
                if (0..256).contains(i) {
                    self.buf.borrow_mut()[off] = *i as u8;
                    return Ok(());
                }
                return Err(self.invalid_value());
            }
        }
        let mut data = self.buf.borrow_mut();
        match format::pack(self.code, v, &mut data[off..off + self.itemsize], true) {
            Ok(()) => Ok(()),
            Err(PackError::WrongType) => Err(PyErr::type_error(format!(
                "memoryview: invalid type for format '{}'",
                self.format
            ))),
            // CPython's fix_error_int turns OverflowError into this ValueError.
            Err(PackError::OutOfRange | PackError::IntTooLarge | PackError::FloatTooLarge) => {
                Err(self.invalid_value())
            }
        }
    }

    fn invalid_value(&self) -> PyErr {
        PyErr::value_error(format!(
            "memoryview: invalid value for format '{}'",
            self.format
        ))
    }

    /// Byte offset of item `i` of a 1-D view, or IndexError.
    #[inline]
    pub fn offset_of(&self, i: i64) -> PyResult<usize> {
        if self.ndim() != 1 {
            if self.ndim() == 0 {
                return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
            }
            return Err(PyErr::new(
                crate::error::ExcKind::NotImplementedError,
                "multi-dimensional sub-views are not implemented",
            ));
        }
        match sequence::index(i, self.shape[0]) {
            Some(j) => Ok((self.start as isize + j as isize * self.strides[0]) as usize),
            None => Err(PyErr::index_error("index out of bounds on dimension 1")),
        }
    }

    /// `m[a:b:c]`: a new view onto the same memory.
    #[inline]
    pub fn slice(&self, s: &Slice) -> MemoryView {
        let start = (self.start as isize + s.start * self.strides[0]).max(0) as usize;
        // CPython multiplies in C: a step near i64::MAX wraps (only the first item of
        // such a view is ever addressed).
        let stride = self.strides[0].wrapping_mul(s.step);
        let (shape, strides) = if self.shape.len() == 1 {
            // (Made whole: a clone writes items one by one, which the move of the new
            // view then reads back in wider loads that stall.)
            (
                Dims::from_buf_and_len([s.count, 0], 1),
                Dims::from_buf_and_len([stride, 0], 1),
            )
        } else {
            let mut shape = self.shape.clone();
            let mut strides = self.strides.clone();
            shape[0] = s.count;
            strides[0] = stride;
            (shape, strides)
        };
        let start = if s.count == 0 { self.start } else { start };
        MemoryView::with_layout(
            self.obj.clone(),
            self.buf.clone(),
            start,
            self.format.clone(),
            self.code,
            self.itemsize,
            shape,
            strides,
            self.readonly,
        )
    }

    pub fn check_writable(&self) -> PyResult<()> {
        self.check()?;
        if self.readonly {
            return Err(messages::readonly_view());
        }
        Ok(())
    }

    /// `m.tolist()`: the memory for the items is probed first, and the lists are made
    /// in charged pieces (so the memory check sees them grow).
    pub fn to_list(&self, interp: &mut crate::interp::Interp) -> PyResult<Value> {
        if self.shape.is_empty() {
            interp.limits.tick()?;
            return Ok(self.read_at(self.start));
        }
        sequence::check_values(interp, self.shape.iter().product())?;
        self.list_dim(interp, 0, self.start as isize)
    }

    fn list_dim(
        &self,
        interp: &mut crate::interp::Interp,
        dim: usize,
        base: isize,
    ) -> PyResult<Value> {
        let n = self.shape[dim];
        let mut items = messages::try_vec(n)?;
        let stride = self.strides[dim];
        let last = dim + 1 == self.shape.len();
        sequence::for_each_item(interp, n, |interp, i| {
            let off = base.wrapping_add((i as isize).wrapping_mul(stride));
            items.push(if last {
                self.read_at(off as usize)
            } else {
                self.list_dim(interp, dim + 1, off)?
            });
            Ok(())
        })?;
        Ok(Value::list(items))
    }
}

/// A buffer held by a function while it runs Python code (CPython's `Py_buffer` from
/// `PyObject_GetBuffer`): until dropped, the exporter cannot be resized and a view it
/// was taken from cannot be released.
pub struct HeldBuffer {
    pub buf: Rc<Buffer>,
    /// Byte offset and length of the held bytes within `buf`.
    pub start: usize,
    pub len: usize,
    view: Option<Rc<MemoryView>>,
}

impl HeldBuffer {
    /// The whole of a bytes, bytearray or array buffer.
    pub fn of_buffer(buf: &Rc<Buffer>) -> HeldBuffer {
        buf.add_export();
        HeldBuffer {
            buf: buf.clone(),
            start: 0,
            len: buf.len(),
            view: None,
        }
    }

    /// A view's memory (its bytes are [`HeldBuffer::bytes`] when it is C-contiguous).
    pub fn of_view(m: &Rc<MemoryView>) -> HeldBuffer {
        m.buf.add_export();
        m.exports.set(m.exports.get() + 1);
        HeldBuffer {
            buf: m.buf.clone(),
            start: m.start,
            len: m.nbytes(),
            view: Some(m.clone()),
        }
    }

    /// The held bytes of a buffer or C-contiguous view (the exporter cannot have been
    /// resized meanwhile).
    pub fn bytes(&self) -> std::cell::Ref<'_, [u8]> {
        std::cell::Ref::map(self.buf.borrow(), |d| {
            d.get(self.start..self.start + self.len).unwrap_or(&[])
        })
    }

    /// A copy of the held items in C order (a view may be strided).
    pub fn to_vec(&self) -> Vec<u8> {
        match &self.view {
            Some(m) => m.to_bytes(),
            None => self.bytes().to_vec(),
        }
    }
}

impl Drop for HeldBuffer {
    fn drop(&mut self) {
        self.buf.remove_export();
        if let Some(m) = &self.view {
            m.exports.set(m.exports.get().saturating_sub(1));
        }
    }
}
