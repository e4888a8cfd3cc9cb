//! `list` and `tuple`: constructors, subscription and methods.

use std::rc::Rc;

use minipy_syntax::ast::CmpOp;

use crate::args::Args;
use crate::errors;
use crate::exceptions::{PyErr, PyResult};
use crate::interp::Interp;
use crate::sequence;
use crate::value::{SliceValue, Value};

pub fn install(interp: &mut Interp) {
    interp.add_constructor("list", list_new);
    interp.add_constructor("tuple", tuple_new);
    interp.add_methods(
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("sort", sort),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    interp.add_methods("tuple", &[("index", index), ("count", count)]);
}

fn list_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("list")?;
    let a = args.range("list", 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(interp.collect(v)?)),
    }
}

fn tuple_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("tuple")?;
    let a = args.range("tuple", 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(interp.collect(v)?)),
    }
}

fn this_list(v: &Value) -> PyResult<&Rc<crate::value::ListObj>> {
    match v {
        Value::List(l) => Ok(l),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn items_of(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => vec![],
    }
}

/// `seq[a:b:c]` for a list or tuple, as a list.
pub fn get_slice(items: &[Value], s: &SliceValue) -> PyResult<Value> {
    let sl = sequence::slice(s, items.len())?;
    Ok(Value::list(sequence::take(items, &sl)))
}

/// `seq[key]` for a list or tuple (slices come back as a list; the caller converts).
pub fn get_item(items: &[Value], key: &Value, what: &str) -> PyResult<Value> {
    match key {
        Value::Int(i) => match sequence::index(*i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(errors::index_out_of_range(what)),
        },
        Value::Slice(s) => get_slice(items, s),
        other => {
            let i = sequence::index_operand(other, what)?;
            match sequence::index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(errors::index_out_of_range(what)),
            }
        }
    }
}

pub fn set_item(
    interp: &mut Interp,
    l: &Rc<crate::value::ListObj>,
    key: &Value,
    v: Value,
) -> PyResult<()> {
    match key {
        Value::Slice(s) => {
            let new = interp
                .collect(&v)
                .map_err(|_| PyErr::type_error("can only assign an iterable"))?;
            let len = l.borrow().len();
            let sl = sequence::slice(s, len)?;
            let mut items = l.borrow_mut();
            sequence::assign_slice(&mut items, &sl, new, "sequence")
        }
        _ => {
            let i = sequence::index_operand(key, "list")?;
            let mut items = l.borrow_mut();
            let len = items.len();
            match sequence::index(i, len) {
                Some(j) => {
                    items[j] = v;
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
    }
}

pub fn del_item(l: &Rc<crate::value::ListObj>, key: &Value) -> PyResult<()> {
    let len = l.borrow().len();
    match key {
        Value::Slice(s) => {
            let sl = sequence::slice(s, len)?;
            let mut items = l.borrow_mut();
            let kept = sequence::delete_slice(&mut items, &sl);
            items.truncate(kept);
            Ok(())
        }
        _ => {
            let i = sequence::index_operand(key, "list")?;
            match sequence::index(i, len) {
                Some(j) => {
                    l.borrow_mut().remove(j);
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
    }
}

fn append(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("append", 1, 1)?;
    this_list(this)?.borrow_mut().push(a[0].clone());
    Ok(Value::None)
}

fn extend(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("extend", 1, 1)?;
    let items = interp.collect(&a[0])?;
    this_list(this)?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("pop", 0, 1)?;
    let l = this_list(this)?;
    let len = l.borrow().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match a.first() {
        Some(v) => super::functions::ssize_arg(interp, v)?,
        None => -1,
    };
    match sequence::index(i, len) {
        Some(j) => Ok(l.borrow_mut().remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn insert(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("insert", 2, 2)?;
    let l = this_list(this)?;
    let len = l.borrow().len() as i64;
    let i = super::functions::ssize_arg(interp, &a[0])?;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(j as usize, a[1].clone());
    Ok(Value::None)
}

fn remove(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("remove", 1, 1)?;
    let l = this_list(this)?;
    let items = l.borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(&a[0]) || interp.eq(v, &a[0])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("index", 1, 3)?;
    let items = items_of(this);
    let len = items.len() as i64;
    let bound = |interp: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => super::functions::slice_index_not_none(interp, v)?,
            None => default,
        };
        Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
    };
    let start = bound(interp, a.get(1), 0)?;
    let stop = bound(interp, a.get(2), len)?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(&a[0]) || interp.eq(v, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    if matches!(this, Value::List(_)) {
        let x = interp.repr(&a[0])?;
        return Err(PyErr::value_error(format!("{x} is not in list")));
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("count", 1, 1)?;
    let mut n = 0;
    for v in items_of(this) {
        if v.is(&a[0]) || interp.eq(&v, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("reverse", 0, 0)?;
    this_list(this)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = super::functions::sort_options(interp, args)?;
    let l = this_list(this)?;
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = super::functions::sort_values(interp, items.clone(), &key, reverse);
    match sorted {
        Ok(s) => {
            *l.borrow_mut() = s;
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn clear(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("clear", 0, 0)?;
    this_list(this)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("copy", 0, 0)?;
    Ok(Value::list(this_list(this)?.borrow().clone()))
}

/// `a < b` through the interpreter, for sorting helpers.
pub fn less(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = interp.compare(CmpOp::Lt, a, b)?;
    interp.truthy(&r)
}
