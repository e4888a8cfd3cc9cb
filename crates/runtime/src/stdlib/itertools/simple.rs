//! The one-input (and zip-like) iterators of `itertools`: their constructors, with
//! CPython's argument rules and messages, and one step of each.

use minipy_syntax::ast::BinOp;
use num_traits::ToPrimitive;

use super::{parse, state_of, unpack, Iter};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};
use crate::types::numbers::index::{index_of, ssize_arg};

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn is_number(interp: &mut Interp, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) => true,
        Value::Complex(_) => true,
        Value::Instance(i) => {
            if i.native.is_some() {
                return true;
            }
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|m| {
                    let s = interp.intern(m);
                    i.class.lookup(s).is_some()
                })
        }
        _ => false,
    }
}

pub(super) fn count(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let [start, step] = parse("count", &args, ["start", "step"], 0, 2)?;
    let cnt = start.unwrap_or(Value::Int(0));
    let step = step.unwrap_or(Value::Int(1));
    if !is_number(interp, &cnt) || !is_number(interp, &step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(Iter::Count { cnt, step })
}

pub(super) fn repeat(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let [obj, times] = parse("repeat", &args, ["object", "times"], 1, 2)?;
    let left = match times {
        None => None,
        Some(t) => Some(ssize_arg(interp, &t)?.max(0)),
    };
    Ok(Iter::Repeat {
        obj: obj.unwrap_or(Value::None),
        left,
    })
}

/// `repr(count(...))` and `repr(repeat(...))`, named after the object's class.
pub(super) fn repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__repr__", 0, 0)?;
    let cell = state_of(this)?;
    let Ok(st) = cell.try_borrow() else {
        return Err(super::running(this));
    };
    let (a, b, step_shown) = match &*st {
        Iter::Count { cnt, step } => {
            let one = matches!(step, Value::Int(1) | Value::Bool(BoolWord::TRUE));
            (cnt.clone(), step.clone(), !one)
        }
        Iter::Repeat { obj, left } => (obj.clone(), Value::Int(left.unwrap_or(0)), left.is_some()),
        _ => return Err(PyErr::type_error("repr of an unknown itertools object")),
    };
    drop(st);
    let name = this.type_name();
    let a = interp.repr(&a)?;
    if step_shown {
        let b = interp.repr(&b)?;
        return Ok(Value::str(format!("{name}({a}, {b})")));
    }
    Ok(Value::str(format!("{name}({a})")))
}

pub(super) fn length_hint(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__length_hint__", 0, 0)?;
    let cell = state_of(this)?;
    let Ok(st) = cell.try_borrow() else {
        return Err(super::running(this));
    };
    match &*st {
        Iter::Repeat { left: Some(n), .. } => Ok(Value::Int(*n)),
        _ => Err(PyErr::type_error("len() of unsized object")),
    }
}

pub(super) fn cycle(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let a = unpack("cycle", &args, 1, 1)?;
    Ok(Iter::Cycle {
        it: Some(interp.iter(&a[0])?),
        saved: Vec::new(),
        index: 0,
    })
}

pub(super) fn chain(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("chain() takes no keyword arguments"));
    }
    let source = interp.iter(&Value::tuple(args.pos.to_vec()))?;
    Ok(Iter::Chain {
        source: Some(source),
        active: None,
    })
}

/// `chain.from_iterable(iterable)`, a class method.
pub(super) fn from_iterable(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args
        .for_method(Some("chain"))
        .range("from_iterable", 1, 1)?;
    let Value::Class(cls) = this else {
        return Err(PyErr::type_error("from_iterable needs a class"));
    };
    let source = interp.iter(&a[0])?;
    Ok(super::make(
        cls.clone(),
        Iter::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

pub(super) fn compress(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let [data, selectors] = parse("compress", &args, ["data", "selectors"], 2, 2)?;
    Ok(Iter::Compress {
        data: interp.iter(&data.unwrap_or(Value::None))?,
        selectors: interp.iter(&selectors.unwrap_or(Value::None))?,
    })
}

fn pred_and_iter(interp: &mut Interp, name: &str, args: &Args) -> PyResult<(Value, Value)> {
    let a = unpack(name, args, 2, 2)?;
    Ok((a[0].clone(), interp.iter(&a[1])?))
}

pub(super) fn dropwhile(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let (pred, it) = pred_and_iter(interp, "dropwhile", &args)?;
    Ok(Iter::DropWhile {
        pred,
        it,
        dropping: true,
    })
}

pub(super) fn takewhile(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let (pred, it) = pred_and_iter(interp, "takewhile", &args)?;
    Ok(Iter::TakeWhile {
        pred,
        it,
        stopped: false,
    })
}

pub(super) fn filterfalse(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let (func, it) = pred_and_iter(interp, "filterfalse", &args)?;
    Ok(Iter::FilterFalse { func, it })
}

pub(super) fn starmap(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let (func, it) = pred_and_iter(interp, "starmap", &args)?;
    Ok(Iter::StarMap { func, it })
}

pub(super) fn accumulate(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let [iterable, func, initial] =
        parse("accumulate", &args, ["iterable", "func", "initial"], 1, 2)?;
    Ok(Iter::Accumulate {
        it: interp.iter(&iterable.unwrap_or(Value::None))?,
        func: func.unwrap_or(Value::None),
        total: None,
        initial: initial.filter(|v| !v.is_none()),
    })
}

pub(super) fn pairwise(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let a = unpack("pairwise", &args, 1, 1)?;
    Ok(Iter::Pairwise {
        it: Some(interp.iter(&a[0])?),
        old: None,
    })
}

pub(super) fn zip_longest(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let mut fill = Value::None;
    for (k, v) in args.kw {
        if &**k != "fillvalue" {
            return Err(PyErr::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        its.push(Some(interp.iter(v)?));
    }
    Ok(Iter::ZipLongest {
        active: its.len(),
        its,
        fill,
    })
}

/// `PyNumber_AsSsize_t` as islice reads it: -1 for anything that is not a fitting int.
fn islice_arg(interp: &mut Interp, v: &Value) -> i64 {
    match index_of(interp, v) {
        Ok(n) => n.to_i64().unwrap_or(-1),
        Err(_) => -1,
    }
}

pub(super) fn islice(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let a = unpack("islice", &args, 2, 4)?;
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = islice_arg(interp, &a[1]);
            if stop == -1 {
                return Err(PyErr::value_error(STOP_MSG));
            }
        }
    } else {
        if !a[1].is_none() {
            start = islice_arg(interp, &a[1]);
        }
        if !a[2].is_none() {
            stop = islice_arg(interp, &a[2]);
            if stop == -1 {
                return Err(PyErr::value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(INDEX_MSG));
    }
    if let Some(s) = a.get(3) {
        if !s.is_none() {
            step = islice_arg(interp, s);
        }
    }
    if step < 1 {
        return Err(PyErr::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    Ok(Iter::Islice {
        it: Some(interp.iter(&a[0])?),
        next: start,
        stop,
        step,
        cnt: 0,
    })
}

/// One step of the iterators above; `None` when exhausted.
pub(super) fn next(interp: &mut Interp, st: &mut Iter) -> PyResult<Option<Value>> {
    match st {
        Iter::Count { cnt, step } => {
            let value = cnt.clone();
            *cnt = match (&value, &*step) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
                _ => interp.binary_op(BinOp::Add, &value, step)?,
            };
            Ok(Some(value))
        }
        Iter::Repeat { obj, left } => match left {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        },
        Iter::Cycle { it, saved, index } => {
            if let Some(inner) = it {
                if let Some(v) = interp.next(inner)? {
                    saved.push(v.clone());
                    return Ok(Some(v));
                }
                *it = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*index % saved.len()].clone();
            *index = (*index + 1) % saved.len();
            Ok(Some(v))
        }
        Iter::Chain { source, active } => loop {
            if let Some(a) = active {
                if let Some(v) = interp.next(a)? {
                    return Ok(Some(v));
                }
                *active = None;
            }
            let Some(src) = source else {
                return Ok(None);
            };
            match interp.next(src)? {
                Some(iterable) => match interp.iter(&iterable) {
                    Ok(it) => *active = Some(it),
                    // (An input that is not iterable ends the chain, as in CPython.)
                    Err(e) => {
                        *source = None;
                        return Err(e);
                    }
                },
                None => {
                    *source = None;
                    return Ok(None);
                }
            }
        },
        Iter::Compress { data, selectors } => loop {
            let Some(item) = interp.next(data)? else {
                return Ok(None);
            };
            let Some(sel) = interp.next(selectors)? else {
                return Ok(None);
            };
            if interp.truthy(&sel)? {
                return Ok(Some(item));
            }
        },
        Iter::DropWhile { pred, it, dropping } => loop {
            let Some(item) = interp.next(it)? else {
                return Ok(None);
            };
            if !*dropping {
                return Ok(Some(item));
            }
            let keep = interp.call(pred, vec![item.clone()], vec![])?;
            if !interp.truthy(&keep)? {
                *dropping = false;
                return Ok(Some(item));
            }
        },
        Iter::TakeWhile { pred, it, stopped } => {
            if *stopped {
                return Ok(None);
            }
            let Some(item) = interp.next(it)? else {
                return Ok(None);
            };
            let ok = interp.call(pred, vec![item.clone()], vec![])?;
            if interp.truthy(&ok)? {
                return Ok(Some(item));
            }
            *stopped = true;
            Ok(None)
        }
        Iter::FilterFalse { func, it } => loop {
            let Some(item) = interp.next(it)? else {
                return Ok(None);
            };
            let verdict = if func.is_none() {
                item.clone()
            } else {
                interp.call(func, vec![item.clone()], vec![])?
            };
            if !interp.truthy(&verdict)? {
                return Ok(Some(item));
            }
        },
        Iter::StarMap { func, it } => {
            let Some(item) = interp.next(it)? else {
                return Ok(None);
            };
            let args = match &item {
                Value::Tuple(t) => t.to_vec(),
                other => interp.collect(other)?,
            };
            Ok(Some(interp.call(func, args, vec![])?))
        }
        Iter::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(first) = initial.take() {
                *total = Some(first.clone());
                return Ok(Some(first));
            }
            let Some(item) = interp.next(it)? else {
                return Ok(None);
            };
            let value = match total.take() {
                None => item,
                Some(t) if func.is_none() => interp.binary_op(BinOp::Add, &t, &item)?,
                Some(t) => interp.call(func, vec![t, item], vec![])?,
            };
            *total = Some(value.clone());
            Ok(Some(value))
        }
        Iter::Pairwise { it, old } => {
            let Some(inner) = it.clone() else {
                return Ok(None);
            };
            let first = match old.take() {
                Some(v) => v,
                None => match interp.next(&inner)? {
                    Some(v) => v,
                    None => {
                        *it = None;
                        return Ok(None);
                    }
                },
            };
            match interp.next(&inner)? {
                Some(new) => {
                    *old = Some(new.clone());
                    Ok(Some(Value::tuple(vec![first, new])))
                }
                None => {
                    *it = None;
                    Ok(None)
                }
            }
        }
        Iter::ZipLongest { its, active, fill } => {
            if its.is_empty() || *active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let Some(inner) = slot else {
                    out.push(fill.clone());
                    continue;
                };
                match interp.next(inner)? {
                    Some(v) => out.push(v),
                    None => {
                        *active -= 1;
                        if *active == 0 {
                            return Ok(None);
                        }
                        *slot = None;
                        out.push(fill.clone());
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        Iter::Islice {
            it,
            next,
            stop,
            step,
            cnt,
        } => {
            let Some(inner) = it.clone() else {
                return Ok(None);
            };
            while *cnt < *next {
                if interp.next(&inner)?.is_none() {
                    *it = None;
                    return Ok(None);
                }
                *cnt += 1;
            }
            if *stop != -1 && *cnt >= *stop {
                *it = None;
                return Ok(None);
            }
            let Some(item) = interp.next(&inner)? else {
                *it = None;
                return Ok(None);
            };
            *cnt += 1;
            let mut following = next.saturating_add(*step);
            if *stop != -1 && following > *stop {
                following = *stop;
            }
            *next = following;
            Ok(Some(item))
        }
        Iter::Product(_) | Iter::Permutations(_) | Iter::Combinations(_) => Ok(None),
    }
}
