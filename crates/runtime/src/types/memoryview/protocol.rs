//! memoryview's protocol hooks (called from `types/dispatch.rs`) that are not methods:
//! length, repr, iteration, deletion and the refused `+`.

use std::rc::Rc;

use minipy_syntax::ast::BinOp;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::value::Value;
use crate::types::memoryview::view::MemoryView;

impl Value {
    /// The view, if this is a memoryview.
    #[inline]
    pub fn as_memoryview(&self) -> Option<&Rc<MemoryView>> {
        match self {
            Value::MemoryView(m) => Some(m),
            _ => None,
        }
    }
}

/// `len(view)`: a 0-dim view has length 1 (CPython's memory_length).
pub fn len(m: &MemoryView) -> PyResult<usize> {
    m.check()?;
    Ok(m.len())
}

pub fn repr(m: &Rc<MemoryView>) -> String {
    let addr = Rc::as_ptr(m) as usize;
    if m.is_released() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }
}

/// Whether `iter(view)` may start.
pub fn iter(m: &MemoryView) -> PyResult<()> {
    m.check()?;
    if m.ndim() == 0 {
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() > 1 {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    Ok(())
}

/// Item `i` while iterating.
pub fn item(m: &MemoryView, i: usize) -> PyResult<Option<Value>> {
    m.check()?;
    if i < m.len() {
        let off = m.offset_of(i as i64)?;
        Ok(Some(m.read_at(off)))
    } else {
        Ok(None)
    }
}

/// `del view[i]`: memory cannot be deleted.
pub fn del_item(m: &MemoryView) -> PyResult<()> {
    m.check_writable()?;
    Err(PyErr::type_error("cannot delete memory"))
}

/// memoryview has no `+`: a view plus bytes names the view's type, as CPython does.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    (op == BinOp::Add && b.byte_buffer().is_some()).then(|| {
        Err(messages::unsupported_operand(
            "+",
            a.type_name(),
            b.type_name(),
        ))
    })
}
