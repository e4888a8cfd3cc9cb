//! `io.BytesIO`: a binary stream over the project's shared [`Buffer`]. `getbuffer()`
//! exports that buffer as a memoryview; while a view lives, anything that could resize
//! it (write, truncate, close) raises CPython's BufferError.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{messages, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::buffer::Buffer;
use crate::object::class::Class;
use crate::object::value::{BoolWord, Value};
use crate::types::memoryview::view::MemoryView;

use super::{closed_error, size_arg, state_of, CLOSED};

pub(crate) struct BytesIo {
    buf: RefCell<Rc<Buffer>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

pub(super) fn install(interp: &mut Interp, class: &Rc<Class>) {
    super::add_methods(
        interp,
        class,
        "BytesIO",
        &[
            ("__new__", new),
            ("__init__", init),
            ("read", read),
            ("read1", read),
            ("readline", readline),
            ("readinto", readinto),
            ("readinto1", readinto),
            ("write", write),
            ("writelines", writelines),
            ("__iter__", iter),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("getvalue", getvalue),
            ("getbuffer", getbuffer),
            ("close", close),
            ("flush", flush),
            ("isatty", flag),
            ("readable", yes),
            ("writable", yes),
            ("seekable", yes),
        ],
    );
    crate::stdlib::add_getters(interp, class, &[("closed", closed)]);
}

fn new(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let base = super::classes(interp)?.bytesio.clone();
    let cls = super::new_class_arg(this, &base)?;
    let state = BytesIo {
        buf: RefCell::new(crate::object::alloc::alloc(Buffer::new(Vec::new()))),
        pos: Cell::new(0),
        closed: Cell::new(false),
    };
    Ok(super::new_object(&cls, state))
}

fn open_state(this: &Value) -> PyResult<Rc<BytesIo>> {
    let s = state_of::<BytesIo>(this, "BytesIO")?;
    if s.closed.get() {
        return Err(closed_error(CLOSED));
    }
    Ok(s)
}

/// Refuses to change the bytes while a `getbuffer()` view lives.
fn check_exports(s: &BytesIo) -> PyResult<()> {
    if s.buf.borrow().exports() > 0 {
        return Err(messages::buffer_resize());
    }
    Ok(())
}

fn init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [initial] = args.parse("BytesIO", ["initial_bytes"], 0)?;
    let s = state_of::<BytesIo>(this, "BytesIO")?;
    check_exports(&s)?;
    let data = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(v) => {
            let held = crate::types::memoryview::readable(&v)?;
            interp.limits.charge(held.len as u64 / 4096)?;
            held.to_vec()
        }
    };
    *s.buf.borrow_mut() = crate::object::alloc::alloc(Buffer::new(data));
    s.pos.set(0);
    s.closed.set(false);
    Ok(Value::None)
}

fn read(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("read", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let s = open_state(this)?;
    let buf = s.buf.borrow().clone();
    let data = buf.borrow();
    let pos = s.pos.get().min(data.len());
    let end = match n {
        Some(n) => pos.saturating_add(n).min(data.len()),
        None => data.len(),
    };
    interp.limits.charge((end - pos) as u64 / 4096)?;
    let out = data[pos..end].to_vec();
    s.pos.set(s.pos.get().max(end));
    Ok(Value::bytes(out))
}

fn readline(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("readline", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let s = open_state(this)?;
    let buf = s.buf.borrow().clone();
    let data = buf.borrow();
    let pos = s.pos.get().min(data.len());
    let limit = n.map_or(data.len(), |n| pos.saturating_add(n).min(data.len()));
    let end = data[pos..limit]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(limit, |i| pos + i + 1);
    interp.limits.charge((end - pos) as u64 / 4096)?;
    let out = data[pos..end].to_vec();
    if end > s.pos.get() {
        s.pos.set(end);
    }
    Ok(Value::bytes(out))
}

fn readinto(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("readinto", 1, 1)?;
    let s = open_state(this)?;
    let dst = super::readinto_target(&a[0])?;
    let src = s.buf.borrow().clone();
    let pos = s.pos.get().min(src.len());
    let n = (src.len() - pos).min(dst.len);
    interp.limits.charge(n as u64 / 4096)?;
    if Rc::ptr_eq(&src, &dst.buf) {
        let mut d = dst.buf.borrow_mut();
        d.copy_within(pos..pos + n, dst.start);
    } else {
        let from = src.borrow();
        let mut d = dst.buf.borrow_mut();
        if let Some(to) = d.get_mut(dst.start..dst.start + n) {
            to.copy_from_slice(&from[pos..pos + n]);
        }
    }
    s.pos.set(pos + n);
    Ok(Value::Int(n as i64))
}

fn write(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let s = open_state(this)?;
    check_exports(&s)?;
    let held = crate::types::memoryview::readable(&a[0])?;
    let n = held.len;
    if n == 0 {
        return Ok(Value::Int(0));
    }
    interp.limits.charge(n as u64 / 4096)?;
    let buf = s.buf.borrow().clone();
    let pos = s.pos.get();
    let end = pos.checked_add(n).ok_or_else(messages::memory_error)?;
    if end > buf.len() {
        interp.limits.check_alloc(end - buf.len())?;
    }
    if Rc::ptr_eq(&held.buf, &buf) {
        // (Only through a `getbuffer()` view, which refuses the write above.)
        return Err(messages::buffer_resize());
    }
    // Straight from the argument's memory (a memoryview slice included), no copy.
    let src = held.bytes();
    let mut d = buf.resize_to(end.max(buf.len()))?;
    if end > d.len() {
        let more = end - d.len();
        d.try_reserve(more).map_err(|_| messages::memory_error())?;
        d.resize(end, 0);
    }
    d[pos..end].copy_from_slice(&src);
    drop(d);
    drop(src);
    s.pos.set(end);
    Ok(Value::Int(n as i64))
}

/// BytesIO's own: its write, not a subclass's.
fn writelines(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("writelines", 1, 1)?;
    open_state(this)?;
    let it = interp.iter(&a[0])?;
    while let Some(line) = interp.next(&it)? {
        write(interp, this, Args::positional(std::slice::from_ref(&line)))?;
    }
    Ok(Value::None)
}

fn iter(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__iter__", 0, 0)?;
    Ok(this.clone())
}

fn seek(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("seek", 1, 2)?;
    let off = crate::types::numbers::index::ssize_arg(interp, &a[0])?;
    let whence = super::whence_arg(interp, a.get(1), false)?;
    let s = open_state(this)?;
    if whence == 0 && off < 0 {
        return Err(PyErr::value_error(format!("negative seek value {off}")));
    }
    let base = match whence {
        0 => 0,
        1 => s.pos.get() as i64,
        _ => s.buf.borrow().len() as i64,
    };
    let pos = base.saturating_add(off).max(0);
    s.pos.set(pos as usize);
    Ok(Value::Int(pos))
}

fn tell(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("tell", 0, 0)?;
    Ok(Value::Int(open_state(this)?.pos.get() as i64))
}

fn truncate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let size = super::truncate_size(interp, args, super::memory_size)?;
    let s = open_state(this)?;
    check_exports(&s)?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(PyErr::value_error(format!("negative size value {size}")));
    }
    let buf = s.buf.borrow().clone();
    if (size as usize) < buf.len() {
        buf.resize()?.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn getvalue(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("getvalue", 0, 0)?;
    let s = open_state(this)?;
    let buf = s.buf.borrow().clone();
    interp.limits.charge(buf.len() as u64 / 4096)?;
    Ok(Value::bytes(buf.to_vec()))
}

fn getbuffer(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("getbuffer", 0, 0)?;
    let s = open_state(this)?;
    let buf = s.buf.borrow().clone();
    let view = MemoryView::of_buffer(this.clone(), buf, false);
    Ok(Value::MemoryView(crate::object::alloc::alloc(view)))
}

fn close(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let s = state_of::<BytesIo>(this, "BytesIO")?;
    check_exports(&s)?;
    s.closed.set(true);
    *s.buf.borrow_mut() = crate::object::alloc::alloc(Buffer::new(Vec::new()));
    Ok(Value::None)
}

fn flush(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("flush", 0, 0)?;
    open_state(this)?;
    Ok(Value::None)
}

fn flag(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("isatty", 0, 0)?;
    open_state(this)?;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn yes(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("readable", 0, 0)?;
    open_state(this)?;
    Ok(Value::Bool(BoolWord::TRUE))
}

fn closed(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("closed", 1, 1)?;
    Ok(Value::from_bool(
        state_of::<BytesIo>(&a[0], "BytesIO")?.closed.get(),
    ))
}
