//! The set algorithms of CPython's setobject.c that compare keys with Python's `==`:
//! lookup, add, discard, merge, and the loops of union, intersection, difference and
//! symmetric difference. Each keeps CPython's loop (which set is walked, which is
//! probed, what is added first): together with the table that fixes the result's order.

use std::rc::Rc;

use super::table::{Probe, Search, SetObj, SetTable};
use crate::error::{ExcKind, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::value::Value;

/// The table of a set or frozenset.
#[inline]
pub fn any_set(v: &Value) -> Option<&Rc<SetObj>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// A new empty set object.
pub fn new_set() -> Rc<SetObj> {
    alloc(SetObj::new(SetTable::default()))
}

/// CPython's `set_lookkey`: the slot of a key equal to `key`.
pub fn lookup(interp: &mut Interp, so: &SetObj, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    interp.limits.tick()?;
    'restart: loop {
        let (mut probe, generation) = {
            let t = so.table.borrow();
            (Probe::new(hash, t.mask()), t.generation())
        };
        loop {
            let found = so.table.borrow().search(hash, key, &mut probe, None);
            match found {
                Search::Found(i) => return Ok(Some(i)),
                Search::Absent(_) => return Ok(None),
                Search::Ask(i) => match ask(interp, so, i, key, generation)? {
                    Asked::Equal => return Ok(Some(i)),
                    Asked::Different => probe.advance(),
                    Asked::Changed(_) => continue 'restart,
                },
            }
        }
    }
}

/// What comparing with the key in a slot of equal hash said.
enum Asked {
    Equal,
    Different,
    /// `__eq__` changed the table (saying whether the keys were equal): a lookup
    /// starts over, an insertion stops if they were.
    Changed(bool),
}

/// Compares the key in slot `i` with `key` by Python's `==`, then checks that the
/// comparison left the table (and that slot) as it was.
fn ask(
    interp: &mut Interp,
    so: &SetObj,
    i: usize,
    key: &Value,
    generation: u64,
) -> PyResult<Asked> {
    let Some(start) = so.table.borrow().slot(i).key.clone() else {
        return Ok(Asked::Changed(false));
    };
    let equal = interp.eq(&start, key)?;
    let t = so.table.borrow();
    if t.generation() != generation || !t.slot(i).key.as_ref().is_some_and(|k| k.is(&start)) {
        return Ok(Asked::Changed(equal));
    }
    Ok(if equal {
        Asked::Equal
    } else {
        Asked::Different
    })
}

/// CPython's `set_add_entry`: adds `key` unless an equal key is present. A new key goes
/// to the last dummy slot its probe passed, else to the empty slot that ended it.
pub fn add_entry(interp: &mut Interp, so: &SetObj, key: Value, hash: i64) -> PyResult<()> {
    interp.limits.tick()?;
    probe_growth(interp, so, 1)?;
    'restart: loop {
        let (mut probe, generation) = {
            let t = so.table.borrow();
            (Probe::new(hash, t.mask()), t.generation())
        };
        let mut freeslot = None;
        loop {
            let found = so
                .table
                .borrow()
                .search(hash, &key, &mut probe, Some(&mut freeslot));
            match found {
                Search::Found(_) => return Ok(()),
                Search::Absent(i) => {
                    let mut t = so.table.borrow_mut();
                    let at = freeslot.unwrap_or(i);
                    if t.generation() != generation || !t.is_free(at) {
                        continue 'restart;
                    }
                    t.put(at, key, hash);
                    return Ok(());
                }
                Search::Ask(i) => match ask(interp, so, i, &key, generation)? {
                    Asked::Equal | Asked::Changed(true) => return Ok(()),
                    Asked::Different => probe.advance(),
                    Asked::Changed(false) => continue 'restart,
                },
            }
        }
    }
}

/// `set_add_key`: hashes, then adds.
#[inline]
pub fn add_key(interp: &mut Interp, so: &SetObj, key: Value) -> PyResult<()> {
    let hash = interp.hash(&key)?;
    add_entry(interp, so, key, hash)
}

/// `set_discard_entry`: whether the key was there (its slot becomes a dummy).
pub fn discard_entry(interp: &mut Interp, so: &SetObj, key: &Value, hash: i64) -> PyResult<bool> {
    let Some(i) = lookup(interp, so, key, hash)? else {
        return Ok(false);
    };
    let old = so.table.borrow_mut().take(i);
    drop(old);
    Ok(true)
}

/// `set_contains_key`.
pub fn contains_key(interp: &mut Interp, so: &SetObj, key: &Value) -> PyResult<bool> {
    let hash = interp.hash(key)?;
    Ok(lookup(interp, so, key, hash)?.is_some())
}

/// The key to look up for `in`, `remove` and `discard`: an unhashable set is looked up
/// as the frozenset of its items.
pub fn lookup_key(interp: &mut Interp, key: &Value) -> PyResult<(Value, i64)> {
    match interp.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            let Value::Set(s) = key else { return Err(e) };
            if e.pending_kind() != Some(ExcKind::TypeError) {
                return Err(e);
            }
            let frozen = Value::FrozenSet(copy_of(interp, s)?);
            let h = interp.hash(&frozen)?;
            Ok((frozen, h))
        }
    }
}

/// Probes the memory limit before adding `n` keys grows the table.
fn probe_growth(interp: &mut Interp, so: &SetObj, n: usize) -> PyResult<()> {
    let bytes = so.table.borrow().growth_bytes(n);
    match bytes {
        Some(bytes) => interp.limits.check_alloc(bytes),
        None => Ok(()),
    }
}

/// A new set object holding `so`'s items (`make_new_set(type, so)`: a merge).
pub fn copy_of(interp: &mut Interp, so: &SetObj) -> PyResult<Rc<SetObj>> {
    let bytes = SetTable::default().growth_bytes(so.table.borrow().len());
    interp.limits.check_alloc(bytes.unwrap_or(0))?;
    let mut t = SetTable::default();
    t.merge_fast(&so.table.borrow(), &mut |n| {
        crate::types::sequence::charge_items(interp, n)
    })?;
    Ok(alloc(SetObj::new(t)))
}

/// `set_merge`: adds the items of another set.
pub fn merge(interp: &mut Interp, so: &Rc<SetObj>, other: &Rc<SetObj>) -> PyResult<()> {
    if Rc::ptr_eq(so, other) {
        return Ok(());
    }
    probe_growth(interp, so, other.table.borrow().len())?;
    let done = {
        let o = other.table.borrow();
        o.is_empty()
            || so
                .table
                .borrow_mut()
                .merge_fast(&o, &mut |n| crate::types::sequence::charge_items(interp, n))?
    };
    if !done {
        crate::types::sequence::charge_items(interp, other.table.borrow().len())?;
        let entries = other.table.borrow().entries();
        for (k, h) in entries {
            add_entry(interp, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_update_internal`: adds the items of any iterable.
pub fn update(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        return merge(interp, so, o);
    }
    if let Value::Dict(d) = other {
        let entries: Vec<(Value, i64)> = d
            .borrow()
            .keys()
            .map(|k| (k.value.clone(), k.hash))
            .collect();
        probe_growth(interp, so, entries.len())?;
        so.table.borrow_mut().reserve_for(entries.len());
        for (k, h) in entries {
            add_entry(interp, so, k, h)?;
        }
        return Ok(());
    }
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        add_key(interp, so, item)?;
    }
    Ok(())
}

/// A new set object from any iterable.
pub fn from_iterable(interp: &mut Interp, items: Option<&Value>) -> PyResult<Rc<SetObj>> {
    let so = new_set();
    if let Some(v) = items {
        update(interp, &so, v)?;
    }
    Ok(so)
}

/// `set_intersection`: walks the smaller set (probing the larger), or the iterable.
pub fn intersection(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<Rc<SetObj>> {
    if any_set(other).is_some_and(|o| Rc::ptr_eq(o, so)) {
        return copy_of(interp, so);
    }
    let result = new_set();
    if let Some(o) = any_set(other) {
        let (walk, probe) = if o.len() > so.len() { (so, o) } else { (o, so) };
        let entries = walk.table.borrow().entries();
        for (k, h) in entries {
            if lookup(interp, probe, &k, h)?.is_some() {
                add_entry(interp, &result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = interp.iter(other)?;
    while let Some(key) = interp.next(&it)? {
        let h = interp.hash(&key)?;
        if lookup(interp, so, &key, h)?.is_some() {
            add_entry(interp, &result, key, h)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_intersection_multi`.
pub fn intersection_multi(
    interp: &mut Interp,
    so: &Rc<SetObj>,
    others: &[Value],
) -> PyResult<Rc<SetObj>> {
    if others.is_empty() {
        return copy_of(interp, so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(interp, &result, other)?;
    }
    Ok(result)
}

/// Replaces `so`'s contents with `new`'s (`set_swap_bodies`; the pop finger stays).
pub fn replace_contents(so: &SetObj, new: &SetObj) {
    so.table
        .borrow_mut()
        .swap_bodies(&mut new.table.borrow_mut());
    so.hash.set(None);
}

/// `set_difference_update_internal`.
pub fn difference_update(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        if Rc::ptr_eq(o, so) {
            let old = so.table.borrow_mut().clear();
            drop(old);
            return Ok(());
        }
        // When the other set is more than 8 times larger, its intersection is walked.
        let walk = if (o.len() >> 3) > so.len() {
            intersection(interp, so, other)?
        } else {
            o.clone()
        };
        let entries = walk.table.borrow().entries();
        for (k, h) in entries {
            discard_entry(interp, so, &k, h)?;
        }
    } else {
        let it = interp.iter(other)?;
        while let Some(key) = interp.next(&it)? {
            let h = interp.hash(&key)?;
            discard_entry(interp, so, &key, h)?;
        }
    }
    so.table.borrow_mut().purge_dummies();
    Ok(())
}

fn copy_and_difference(
    interp: &mut Interp,
    so: &Rc<SetObj>,
    other: &Value,
) -> PyResult<Rc<SetObj>> {
    let result = copy_of(interp, so)?;
    difference_update(interp, &result, other)?;
    Ok(result)
}

/// `set_difference`: walks `so`, keeping what the other set (or dict) lacks.
pub fn difference(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<Rc<SetObj>> {
    let other_size = match other {
        Value::Dict(d) => d.borrow().len(),
        _ => match any_set(other) {
            Some(o) => o.len(),
            None => return copy_and_difference(interp, so, other),
        },
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(interp, so, other);
    }
    let result = new_set();
    let entries = so.table.borrow().entries();
    for (k, h) in entries {
        let present = match (other, any_set(other)) {
            (_, Some(o)) => lookup(interp, o, &k, h)?.is_some(),
            (Value::Dict(d), None) => crate::types::dict::lookup(interp, d, &k)?.is_some(),
            _ => false,
        };
        if !present {
            add_entry(interp, &result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_multi`.
pub fn difference_multi(
    interp: &mut Interp,
    so: &Rc<SetObj>,
    others: &[Value],
) -> PyResult<Rc<SetObj>> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(interp, so);
    };
    let result = difference(interp, so, first)?;
    for other in rest {
        difference_update(interp, &result, other)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`: each key of the other is discarded, or added
/// when it was absent.
pub fn symmetric_difference_update(
    interp: &mut Interp,
    so: &Rc<SetObj>,
    other: &Value,
) -> PyResult<()> {
    let entries = match other {
        Value::Dict(d) => d
            .borrow()
            .keys()
            .map(|k| (k.value.clone(), k.hash))
            .collect(),
        _ => match any_set(other) {
            Some(o) if Rc::ptr_eq(o, so) => {
                let old = so.table.borrow_mut().clear();
                drop(old);
                return Ok(());
            }
            Some(o) => o.table.borrow().entries(),
            None => from_iterable(interp, Some(other))?.table.borrow().entries(),
        },
    };
    for (k, h) in entries {
        if !discard_entry(interp, so, &k, h)? {
            add_entry(interp, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of the other, updated with `so`.
pub fn symmetric_difference(
    interp: &mut Interp,
    so: &Rc<SetObj>,
    other: &Value,
) -> PyResult<Rc<SetObj>> {
    let result = from_iterable(interp, Some(other))?;
    symmetric_difference_update(interp, &result, &Value::FrozenSet(so.clone()))?;
    Ok(result)
}

/// `set_isdisjoint`.
pub fn isdisjoint(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<bool> {
    if let Some(o) = any_set(other) {
        if Rc::ptr_eq(o, so) {
            return Ok(so.len() == 0);
        }
        let (walk, probe) = if o.len() > so.len() { (so, o) } else { (o, so) };
        let entries = walk.table.borrow().entries();
        for (k, h) in entries {
            if lookup(interp, probe, &k, h)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = interp.iter(other)?;
    while let Some(key) = interp.next(&it)? {
        if contains_key(interp, so, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issubset` (3.11: any other iterable is made a set first).
pub fn issubset(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<bool> {
    let other = match any_set(other) {
        Some(o) => o.clone(),
        None => from_iterable(interp, Some(other))?,
    };
    if so.len() > other.len() {
        return Ok(false);
    }
    let entries = so.table.borrow().entries();
    for (k, h) in entries {
        if lookup(interp, &other, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
pub fn issuperset(interp: &mut Interp, so: &Rc<SetObj>, other: &Value) -> PyResult<bool> {
    let other = match any_set(other) {
        Some(o) => o.clone(),
        None => from_iterable(interp, Some(other))?,
    };
    issubset(interp, &other, &Value::FrozenSet(so.clone()))
}

/// `a == b` for two sets: same size, then every item of `a` in `b`.
pub fn equal(interp: &mut Interp, a: &Rc<SetObj>, b: &Rc<SetObj>) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    if let (Some(x), Some(y)) = (a.hash.get(), b.hash.get()) {
        if x != y {
            return Ok(false);
        }
    }
    let (a, b) = (a.clone(), b.clone());
    interp.recurse("in comparison", |interp| {
        issubset(interp, &a, &Value::FrozenSet(b.clone()))
    })
}
