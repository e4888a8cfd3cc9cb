//! `gc`: the cycle collector's interface. minipy frees objects by reference counting and
//! has no cycle collector, so a collection finds nothing (see docs/differences.md); the
//! switches, thresholds and debug flags are kept as CPython keeps them.

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};
use crate::types::numbers::index::index_i64;

/// What `gc` remembers between calls.
pub(crate) struct State {
    enabled: bool,
    threshold: [i64; 3],
    debug: i64,
}

impl Default for State {
    fn default() -> State {
        State {
            enabled: true,
            threshold: [700, 10, 10],
            debug: 0,
        }
    }
}

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let mut members: Vec<(&str, Value)> = vec![
        ("DEBUG_STATS", Value::Int(1)),
        ("DEBUG_COLLECTABLE", Value::Int(2)),
        ("DEBUG_UNCOLLECTABLE", Value::Int(4)),
        ("DEBUG_SAVEALL", Value::Int(32)),
        ("DEBUG_LEAK", Value::Int(38)),
        ("garbage", Value::list(Vec::new())),
        ("callbacks", Value::list(Vec::new())),
    ];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("collect", collect),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", freeze),
        ("get_freeze_count", get_freeze_count),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("gc", members))
}

fn state(interp: &mut Interp) -> &mut State {
    &mut interp.modules.state.gc
}

fn switch(interp: &mut Interp, args: Args, name: &str, on: bool) -> PyResult<Value> {
    args.for_method(Some("gc")).range(name, 0, 0)?;
    state(interp).enabled = on;
    Ok(Value::None)
}

fn enable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    switch(interp, args, "enable", true)
}

fn disable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    switch(interp, args, "disable", false)
}

fn isenabled(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("isenabled", 0, 0)?;
    Ok(Value::from_bool(state(interp).enabled))
}

/// `collect(generation=2)`: nothing is unreachable but not yet freed, so 0.
fn collect(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [generation] = args.parse("collect", ["generation"], 0)?;
    if let Some(g) = generation {
        if !(0..=2).contains(&index_i64(interp, &g)?) {
            return Err(PyErr::value_error("invalid generation"));
        }
    }
    Ok(Value::Int(0))
}

fn get_count(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("get_count", 0, 0)?;
    Ok(Value::tuple(vec![Value::Int(0); 3]))
}

fn get_threshold(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("get_threshold", 0, 0)?;
    let t = state(interp).threshold;
    Ok(Value::tuple(t.iter().map(|&n| Value::Int(n)).collect()))
}

fn set_threshold(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let given = args.range_old("set_threshold", 1, 3)?;
    let mut t = state(interp).threshold;
    for (slot, v) in t.iter_mut().zip(given) {
        *slot = index_i64(interp, v)?;
    }
    state(interp).threshold = t;
    Ok(Value::None)
}

fn get_debug(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("get_debug", 0, 0)?;
    Ok(Value::Int(state(interp).debug))
}

fn set_debug(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [flags] = args.parse("set_debug", ["flags"], 1)?;
    let flags = flags.unwrap_or(Value::Int(0));
    state(interp).debug = index_i64(interp, &flags)?;
    Ok(Value::None)
}

fn get_stats(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("get_stats", 0, 0)?;
    let mut generations = Vec::with_capacity(3);
    for _ in 0..3 {
        let d = Value::dict(crate::types::dict::table::new_dict());
        for key in ["collections", "collected", "uncollectable"] {
            interp.dict_set(&d, Value::str(key), Value::Int(0))?;
        }
        generations.push(d);
    }
    Ok(Value::list(generations))
}

/// The collector tracks no objects, so it lists none.
fn get_objects(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [generation] = args.parse("get_objects", ["generation"], 0)?;
    if let Some(g) = generation.filter(|g| !matches!(g, Value::None)) {
        let g = index_i64(interp, &g)?;
        if g >= 3 {
            return Err(PyErr::value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < -1 {
            return Err(PyErr::value_error(
                "generation parameter cannot be negative",
            ));
        }
    }
    Ok(Value::list(Vec::new()))
}

fn get_referrers(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("get_referrers")?;
    Ok(Value::list(Vec::new()))
}

/// The objects the containers among `objs` refer to, in CPython's traversal order
/// (lists and tuples from the end; a dict's value before its key).
fn get_referents(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("get_referents")?;
    let mut out = Vec::new();
    for o in args.pos {
        match o {
            Value::List(l) => out.extend(l.borrow().iter().rev().cloned()),
            Value::Tuple(t) => out.extend(t.iter().rev().cloned()),
            Value::Dict(d) => {
                for (k, v) in d.0.borrow().iter() {
                    out.push(v.clone());
                    out.push(k.value.clone());
                }
            }
            _ => {}
        }
    }
    Ok(Value::list(out))
}

/// Whether CPython's collector would track `v` after a collection: containers, but not
/// atoms, tuples and dicts holding only atoms, or the built-in types.
fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Ellipsis
        | Value::NotImplemented
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Complex(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_)
        | Value::Slice(_) => false,
        Value::Tuple(t) => t.iter().any(may_be_tracked),
        Value::Dict(d) => {
            d.0.borrow()
                .iter()
                .any(|(k, v)| may_be_tracked(&k.value) || may_be_tracked(v))
        }
        Value::Class(c) => !c.builtin,
        Value::Instance(i) => !i.class.builtin || i.class.name.as_ref() != "object",
        _ => true,
    }
}

fn is_tracked(_: &mut Interp, args: Args) -> PyResult<Value> {
    let [obj] = args.for_method(Some("gc")).range("is_tracked", 1, 1)? else {
        return Ok(Value::None);
    };
    Ok(Value::from_bool(may_be_tracked(obj)))
}

fn is_finalized(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("is_finalized", 1, 1)?;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn freeze(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc")).range("freeze", 0, 0)?;
    Ok(Value::None)
}

fn get_freeze_count(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.for_method(Some("gc"))
        .range("get_freeze_count", 0, 0)?;
    Ok(Value::Int(0))
}
