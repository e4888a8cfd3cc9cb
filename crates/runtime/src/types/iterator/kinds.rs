//! `range`, `slice`, `enumerate`, `zip`, `reversed`, `map` and `filter`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::{Range, SliceValue, Value};
use crate::types::iterator::{make, IterState};
use crate::types::sequence;

pub fn install(interp: &mut Interp) {
    interp.add_constructor("range", range_new);
    interp.add_constructor("slice", slice_new);
    interp.add_constructor("enumerate", enumerate_new);
    interp.add_constructor("zip", zip_new);
    interp.add_constructor("reversed", reversed_new);
    interp.add_constructor("map", map_new);
    interp.add_constructor("filter", filter_new);
    interp.add_methods("range", &[("index", range_index), ("count", range_count)]);
    interp.add_methods("slice", &[("indices", slice_indices)]);
    for name in crate::types::iterator::ITERATOR_TYPES {
        interp.add_methods(
            name,
            &[
                ("__next__", crate::types::iterator::next_method),
                ("__iter__", crate::types::iterator::iter_method),
            ],
        );
    }
    for name in crate::types::iterator::LENGTH_HINT_TYPES {
        interp.add_methods(
            name,
            &[(
                "__length_hint__",
                crate::types::iterator::length_hint_method,
            )],
        );
    }
    // The special methods: the operations the syntax uses, as methods.
    interp.add_methods("range", crate::types::special_methods::COMMON);
    interp.add_methods("range", crate::types::special_methods::CONTAINER);
}

fn range_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Float(_) => Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        // Ranges are stored in i64: bounds beyond it are refused, not misread.
        other => crate::types::numbers::index::ssize_arg(interp, other),
    }
}

fn range_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("range")?;
    let a = args.pos;
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(interp, &a[0])?, 1),
        2 => (range_arg(interp, &a[0])?, range_arg(interp, &a[1])?, 1),
        3 => (
            range_arg(interp, &a[0])?,
            range_arg(interp, &a[1])?,
            range_arg(interp, &a[2])?,
        ),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(alloc(Range { start, stop, step })))
}

/// `r[i]` for an int index (any size).
pub fn range_item(r: &Range, key: &Value) -> PyResult<Value> {
    let i = match key {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(b.get() as i128),
        Value::BigInt(b) => b.to_i128(),
        other => return Err(messages::indices_must_be("range", other.type_name())),
    };
    i.and_then(|i| r.item(i))
        .map(Value::Int)
        .ok_or_else(|| PyErr::index_error("range object index out of range"))
}

/// `r[a:b:c]`, in CPython's arbitrary precision; a result beyond the i64 bounds minipy
/// stores ranges in is an OverflowError.
pub fn range_slice(interp: &mut Interp, r: &Range, s: &SliceValue) -> PyResult<Value> {
    let (start, stop, step) = sequence::long_indices(interp, s, &BigInt::from(r.len()))?;
    let item = |i: BigInt| BigInt::from(r.start) + i * r.step;
    let fit = |b: BigInt| b.to_i64().ok_or_else(messages::int_too_large_to_convert);
    Ok(Value::Range(alloc(Range {
        start: fit(item(start))?,
        stop: fit(item(stop))?,
        step: fit(step * r.step)?,
    })))
}

/// `x in r`: ints by arithmetic, anything else by comparing with each item, as CPython.
pub fn range_contains(interp: &mut Interp, r: &Range, x: &Value) -> PyResult<bool> {
    match x {
        Value::Int(i) => Ok(r.position(*i).is_some()),
        Value::Bool(b) => Ok(r.position(b.get() as i64).is_some()),
        Value::BigInt(_) => Ok(false),
        _ => Ok(search(interp, r, x, true)?.is_some()),
    }
}

/// The items of `r` equal to `x`, by comparison: the first index, or the count.
fn search(interp: &mut Interp, r: &Range, x: &Value, first: bool) -> PyResult<Option<usize>> {
    let mut n = 0;
    for i in 0..r.len() {
        // A long range is walked item by item (as CPython does): each one is a step.
        interp.limits.tick()?;
        if interp.eq(&Value::Int(r.get(i)), x)? {
            if first {
                return Ok(Some(i));
            }
            n += 1;
        }
    }
    Ok((!first).then_some(n))
}

fn range_index(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("index", 1, 1)?;
    let Value::Range(r) = this else {
        return Ok(Value::None);
    };
    let found = match &a[0] {
        Value::Int(i) => r.position(*i),
        Value::Bool(b) => r.position(b.get() as i64),
        Value::BigInt(_) => None,
        other => {
            return match search(interp, r, other, true)? {
                Some(i) => Ok(Value::Int(i as i64)),
                None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
            }
        }
    };
    match found {
        Some(i) => Ok(Value::from_bigint(BigInt::from(i))),
        None => {
            let repr = interp.repr(&a[0])?;
            Err(PyErr::value_error(format!("{repr} is not in range")))
        }
    }
}

fn range_count(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("count", 1, 1)?;
    let Value::Range(r) = this else {
        return Ok(Value::None);
    };
    match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(Value::Int(range_contains(interp, r, &a[0])? as i64))
        }
        other => Ok(Value::Int(
            search(interp, r, other, false)?.unwrap_or(0) as i64
        )),
    }
}

fn slice_new(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("slice")?;
    let a = args.pos;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {n}"
            )))
        }
    };
    Ok(Value::Slice(alloc(SliceValue { start, stop, step })))
}

fn slice_indices(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("indices", 1, 1)?;
    let Value::Slice(s) = this else {
        return Ok(Value::None);
    };
    let len = crate::types::numbers::index::index_of(interp, &a[0])?;
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = sequence::long_indices(interp, s, &len)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

fn enumerate_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [iterable, start] = args.parse("enumerate", ["iterable", "start"], 1)?;
    let inner = interp.iter(&iterable.unwrap_or(Value::None))?;
    let count = match start {
        Some(s) => Value::from_bigint(crate::types::numbers::index::index_of(interp, &s)?),
        None => Value::Int(0),
    };
    Ok(make(IterState::Enumerate { inner, count }))
}

fn zip_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kw {
        match &**k {
            "strict" => strict = interp.truthy(v)?,
            other => return Err(crate::error::messages::unexpected_keyword("zip", other)),
        }
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        iters.push(interp.iter(v)?);
    }
    Ok(make(IterState::Zip { iters, strict }))
}

/// A `dict_keys`, `dict_values` or `dict_items` view: reversible, as its dict is.
fn is_dict_view(v: &Value) -> bool {
    matches!(v, Value::Iterator(it) if matches!(*it.borrow(), IterState::DictViewObj { .. }))
}

fn reversed_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("reversed")?;
    let a = args.range("reversed", 1, 1)?;
    let seq = &a[0];
    let len = match seq {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => interp.len(seq)?,
        other if crate::types::dispatch::is_sequence(other) || other.as_memoryview().is_some() => {
            interp.len(seq)?
        }
        other if other.as_dict().is_some() || is_dict_view(other) => {
            let keys = interp.collect(seq)?;
            let n = keys.len();
            return Ok(make(IterState::Reversed {
                seq: Value::list(keys),
                index: n,
            }));
        }
        Value::Instance(_) => {
            if let Some(r) = interp.call_special(seq, sym::__reversed__, Vec::new) {
                return r;
            }
            interp.len(seq)?
        }
        Value::Class(_) if interp.special_method(seq, sym::__reversed__).is_some() => {
            return interp
                .call_special(seq, sym::__reversed__, Vec::new)
                .unwrap_or(Ok(Value::None));
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                other.type_name()
            )))
        }
    };
    Ok(make(IterState::Reversed {
        seq: seq.clone(),
        index: len,
    }))
}

pub fn zip_next(interp: &mut Interp, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
    let mut items = crate::object::value::TupleItems::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match interp.next(it)? {
            Some(v) => items.push(v),
            None => {
                if strict && (i > 0 || iters[1..].iter().any(|_| false)) {
                    let s = if i == 1 { " " } else { "s 1-" };
                    return Err(PyErr::value_error(format!(
                        "zip() argument {} is shorter than argument{s}{}",
                        i + 1,
                        i
                    )));
                }
                if strict && i == 0 {
                    for (j, other) in iters.iter().enumerate().skip(1) {
                        if interp.next(other)?.is_some() {
                            let s = if j == 1 { " " } else { "s 1-" };
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is longer than argument{s}{}",
                                j + 1,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    if iters.is_empty() {
        return Ok(None);
    }
    Ok(Some(Value::tuple_of(items)))
}

fn map_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("map")?;
    if args.pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let iters = args.pos[1..]
        .iter()
        .map(|v| interp.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(IterState::Map {
        func: args.pos[0].clone(),
        iters,
    }))
}

fn filter_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("filter", 2, 2)?;
    let iter = interp.iter(&a[1])?;
    Ok(make(IterState::Filter {
        func: a[0].clone(),
        iter,
    }))
}
