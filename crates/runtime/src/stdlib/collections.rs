//! `_collections`: the loop of `collections.Counter`'s counting in Rust, as CPython's
//! `_collections._count_elements` is in C. (CPython's module also holds its C `deque`,
//! `defaultdict` and `OrderedDict`; ours are Python code in `python/collections`, so this
//! module holds only the helper `Counter` calls.)

use minipy_syntax::ast::BinOp;

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let members = vec![(
        "_count_elements",
        Interp::module_fn("_count_elements", count_elements),
    )];
    Ok(interp.make_module("_collections", members))
}

/// `_count_elements(mapping, iterable)`: `mapping[elem] = mapping.get(elem, 0) + 1` for
/// each element. A dict, or a dict subclass whose classes define neither `get` nor
/// `__setitem__`, is counted in place (one lookup per element, `__missing__` not asked,
/// as in CPython); any other mapping through its `get` and `__setitem__`.
fn count_elements(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("_count_elements", 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = interp.iter(iterable)?;
    let get = interp.intern("get");
    let native = match mapping {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst)
            if inst.class.lookup_user(get).is_none()
                && inst
                    .class
                    .lookup_user(crate::object::intern::sym::__setitem__)
                    .is_none() =>
        {
            mapping.as_dict().cloned()
        }
        _ => None,
    };
    let one = Value::Int(1);
    let Some(d) = native else {
        let get = interp.get_attr(mapping, get)?;
        while let Some(elem) = interp.next(&it)? {
            let old = interp.call(&get, vec![elem.clone(), Value::Int(0)], vec![])?;
            let new = interp.binary_op(BinOp::Add, &old, &one)?;
            interp.set_item(mapping, &elem, new)?;
        }
        return Ok(Value::None);
    };
    while let Some(elem) = interp.next(&it)? {
        let (key, at) = crate::types::dict::find(interp, &d, &elem)?;
        let Some(at) = at else {
            d.borrow_mut().insert(key, one.clone());
            continue;
        };
        let old = d.borrow().get_index(at).map(|(_, v)| v.clone());
        let Some(old) = old else {
            continue;
        };
        if let Value::Int(n) = old {
            if let Some(n) = n.checked_add(1) {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(at) {
                    *slot = Value::Int(n);
                }
                continue;
            }
        }
        // (`+` may run code that changes the dict: the result is stored by key.)
        let new = interp.binary_op(BinOp::Add, &old, &one)?;
        interp.dict_set(mapping, elem, new)?;
    }
    Ok(Value::None)
}
