//! `io.StringIO`: an in-memory text stream. Positions count code points, as CPython's
//! do; `newline` decides how lines end and what writing translates (`text::Newline`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::{BoolWord, Value};

use super::text::Newline;
use super::{size_arg, state_of};

pub(crate) struct StringIo {
    text: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: Cell<Newline>,
}

const CLOSED: &str = "I/O operation on closed file";

pub(super) fn install(interp: &mut Interp, class: &Rc<Class>) {
    super::add_methods(
        interp,
        class,
        "StringIO",
        &[
            ("__new__", new),
            ("__init__", init),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("getvalue", getvalue),
            ("close", close),
            ("readable", yes),
            ("writable", yes),
            ("seekable", yes),
        ],
    );
    crate::stdlib::add_getters(
        interp,
        class,
        &[
            ("closed", closed),
            ("line_buffering", line_buffering),
            ("newlines", newlines),
        ],
    );
}

fn new(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let base = super::classes(interp)?.stringio.clone();
    let cls = super::new_class_arg(this, &base)?;
    let state = StringIo {
        text: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
        newline: Cell::new(Newline::Lf),
    };
    Ok(super::new_object(&cls, state))
}

fn open_state(this: &Value) -> PyResult<Rc<StringIo>> {
    let s = state_of::<StringIo>(this, "StringIO")?;
    if s.closed.get() {
        return Err(PyErr::value_error(CLOSED));
    }
    Ok(s)
}

fn init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [initial, newline] = args.parse("StringIO", ["initial_value", "newline"], 0)?;
    let s = state_of::<StringIo>(this, "StringIO")?;
    let newline = match &newline {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(Value::Str(n)) => Newline::parse(n.as_str()).ok_or_else(|| {
            PyErr::value_error(format!("illegal newline value: '{}'", n.as_str()))
        })?,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "newline must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    let initial = match &initial {
        None | Some(Value::None) => String::new(),
        Some(Value::Str(t)) => t.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    s.newline.set(newline);
    s.closed.set(false);
    let text = newline.on_write(&initial);
    interp.limits.charge(text.len() as u64 / 4096)?;
    *s.text.borrow_mut() = text.chars().collect();
    s.pos.set(0);
    Ok(Value::None)
}

fn read(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("read", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let s = open_state(this)?;
    let text = s.text.borrow();
    let pos = s.pos.get().min(text.len());
    let end = n.map_or(text.len(), |n| pos.saturating_add(n).min(text.len()));
    interp.limits.charge((end - pos) as u64 / 4096)?;
    let out: String = text[pos..end].iter().collect();
    s.pos.set(s.pos.get().max(end));
    Ok(Value::str(out))
}

fn readline(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("readline", 0, 1)?;
    let n = match a.first() {
        None | Some(Value::None) => None,
        Some(v @ Value::Int(_)) => {
            usize::try_from(crate::types::numbers::index::ssize_arg(interp, v)?).ok()
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "integer argument expected, got '{}'",
                other.type_name()
            )))
        }
    };
    let s = open_state(this)?;
    let text = s.text.borrow();
    let pos = s.pos.get().min(text.len());
    let limit = n.map_or(text.len(), |n| pos.saturating_add(n).min(text.len()));
    let end = s
        .newline
        .get()
        .line_end(&text[pos..limit], true)
        .map_or(limit, |e| pos + e);
    interp.limits.charge((end - pos) as u64 / 4096)?;
    let out: String = text[pos..end].iter().collect();
    if end > s.pos.get() {
        s.pos.set(end);
    }
    Ok(Value::str(out))
}

fn write(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let Value::Str(t) = a[0].unwrap_native() else {
        return Err(PyErr::type_error(format!(
            "string argument expected, got '{}'",
            a[0].type_name()
        )));
    };
    let s = open_state(this)?;
    let written = t.char_len();
    let new = s.newline.get().on_write(t.as_str());
    interp.limits.charge(new.len() as u64 / 4096)?;
    let mut text = s.text.borrow_mut();
    let pos = s.pos.get();
    let chars: Vec<char> = new.chars().collect();
    let end = pos.saturating_add(chars.len());
    if end > text.len() {
        let more = end - text.len();
        interp.limits.check_alloc(more.saturating_mul(4))?;
        text.try_reserve(more)
            .map_err(|_| crate::error::messages::memory_error())?;
        text.resize(end, '\0');
    }
    text[pos..end].copy_from_slice(&chars);
    s.pos.set(end);
    Ok(Value::Int(written as i64))
}

fn seek(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("seek", 1, 2)?;
    let off = crate::types::numbers::index::ssize_arg(interp, &a[0])?;
    let whence = super::whence_arg(interp, a.get(1), true)?;
    let s = open_state(this)?;
    if whence == 0 && off < 0 {
        return Err(PyErr::value_error(format!("Negative seek position {off}")));
    }
    if whence != 0 && off != 0 {
        // (CPython says "cur" for both.)
        return Err(PyErr::new(
            ExcKind::OSError,
            "Can't do nonzero cur-relative seeks",
        ));
    }
    let pos = match whence {
        0 => off as usize,
        1 => s.pos.get(),
        _ => s.text.borrow().len(),
    };
    s.pos.set(pos);
    Ok(Value::Int(pos as i64))
}

fn tell(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("tell", 0, 0)?;
    Ok(Value::Int(open_state(this)?.pos.get() as i64))
}

fn truncate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let size = super::truncate_size(interp, args, super::memory_size)?;
    let s = open_state(this)?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(PyErr::value_error(format!("Negative size value {size}")));
    }
    let mut text = s.text.borrow_mut();
    if (size as usize) < text.len() {
        text.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn getvalue(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("getvalue", 0, 0)?;
    let s = open_state(this)?;
    let text = s.text.borrow();
    interp.limits.charge(text.len() as u64 / 4096)?;
    Ok(Value::str(text.iter().collect::<String>()))
}

fn close(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let s = state_of::<StringIo>(this, "StringIO")?;
    s.closed.set(true);
    *s.text.borrow_mut() = Vec::new();
    Ok(Value::None)
}

fn yes(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("readable", 0, 0)?;
    open_state(this)?;
    Ok(Value::Bool(BoolWord::TRUE))
}

fn closed(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("closed", 1, 1)?;
    Ok(Value::from_bool(
        state_of::<StringIo>(&a[0], "StringIO")?.closed.get(),
    ))
}

fn line_buffering(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("line_buffering", 1, 1)?;
    open_state(&a[0])?;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn newlines(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("newlines", 1, 1)?;
    open_state(&a[0])?;
    Ok(Value::None)
}
