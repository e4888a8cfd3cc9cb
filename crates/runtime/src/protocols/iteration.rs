//! The iteration protocol: `iter()`, `next()`, and collecting an iterable.

use std::rc::Rc;

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::iterator::{make, DictView, IterState};

impl Interp {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Iterator(it) => {
                let b = it.borrow();
                if let IterState::DictViewObj { dict, view } = &*b {
                    let len = dict.borrow().len();
                    IterState::Dict {
                        dict: dict.clone(),
                        index: 0,
                        view: *view,
                        len,
                    }
                } else {
                    return Ok(v.clone());
                }
            }
            Value::Instance(i) => {
                if let Some(r) = self.call_special(v, sym::__iter__, Vec::new) {
                    // (`__iter__ = None` declares the type not iterable, as in CPython.)
                    let it = r.map_err(|e| match i.class.lookup(sym::__iter__) {
                        Some(Value::None) => messages::not_iterable(v.type_name()),
                        _ => e,
                    })?;
                    if self.special_method(&it, sym::__next__).is_none()
                        && !matches!(it, Value::Iterator(_))
                    {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            it.type_name()
                        )));
                    }
                    return Ok(it);
                }
                if let Some(n) = v.native() {
                    return self.iter(&n.clone());
                }
                if self.special_method(v, sym::__getitem__).is_some() {
                    return Ok(make(IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
                return Err(messages::not_iterable(v.type_name()));
            }
            Value::Class(c) if c.metaclass.is_some() => {
                match self.call_special(v, sym::__iter__, Vec::new) {
                    Some(r) => return r,
                    None => return Err(messages::not_iterable(v.type_name())),
                }
            }
            other => match crate::types::dispatch::iter(other) {
                Some(state) => state?,
                None => return Err(messages::not_iterable(other.type_name())),
            },
        };
        Ok(make(state))
    }

    /// The next item, or `None` when exhausted. Built-ins loop over iterators too (`sum`, `list`,
    /// `in`): each item is a step, so the step, time and interrupt limits reach inside them.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.limits.tick()?;
        self.next_item(it)
    }

    /// [`Interp::next`] without counting a step, for loops that count their own (`for`).
    pub fn next_item(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Iterator(cell) = it else {
            if let Value::Instance(_) = it {
                return match self.call_special(it, sym::__next__, Vec::new) {
                    Some(Ok(v)) => Ok(Some(v)),
                    Some(Err(e)) => {
                        let stop = self.exc_class(ExcKind::StopIteration);
                        if self.err_matches(&e, &stop) {
                            // (`next()` raises this one again, its value kept.)
                            self.last_stop = Some(e);
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        it.type_name()
                    ))),
                };
            }
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            )));
        };
        let mut state = cell.borrow_mut();
        match &mut *state {
            IterState::Seq { seq, index } => {
                let i = *index;
                let item = match seq {
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    Value::Str(s) => {
                        if s.is_ascii() {
                            s.as_str()
                                .as_bytes()
                                .get(i)
                                .map(|c| Value::str((*c as char).to_string()))
                        } else {
                            // Index by byte offset: `index` counts bytes for non-ASCII strings.
                            let rest = &s.as_str()[i..];
                            rest.chars().next().map(|c| {
                                *index += c.len_utf8() - 1;
                                Value::str(c.to_string())
                            })
                        }
                    }
                    Value::Instance(_) => {
                        let seq = seq.clone();
                        drop(state);
                        return self.next_by_getitem(cell, &seq, i);
                    }
                    other => match crate::types::dispatch::seq_item(other, i) {
                        Some(item) => item?,
                        None => None,
                    },
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::StructUnpack {
                held,
                layout,
                offset,
            } => {
                let (at, size) = (*offset, layout.size);
                if at + size > held.len {
                    // Exhausted: the buffer is released.
                    *state = IterState::Exhausted;
                    return Ok(None);
                }
                *offset += size;
                let record = &held.bytes()[at..at + size];
                crate::types::memoryview::format::unpack_values(self, layout, record).map(Some)
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.checked_add(*step).unwrap_or(*stop);
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict {
                dict,
                index,
                view,
                len,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let Some((k, v)) = d.get_index(*index) else {
                    return Ok(None);
                };
                *index += 1;
                Ok(Some(match view {
                    DictView::Keys => k.value.clone(),
                    DictView::Values => v.clone(),
                    DictView::Items => {
                        Value::tuple_of(smallvec::smallvec![k.value.clone(), v.clone()])
                    }
                }))
            }
            IterState::Set { set, pos, used } => {
                let item = crate::types::set::next(set, pos, used)?;
                if item.is_none() {
                    *state = IterState::Exhausted;
                }
                Ok(item)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let (seq, i) = (seq.clone(), *index);
                drop(state);
                // A range can be longer than i64::MAX.
                let key =
                    i64::try_from(i).map_or_else(|_| Value::from_bigint(i.into()), Value::Int);
                match self.get_item(&seq, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_stop_or_index_error(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { inner, count } => {
                let c = count.clone();
                *count = match c {
                    Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                    _ => Value::from_bigint(
                        crate::types::numbers::int::to_bigint(&c).unwrap_or_default() + 1,
                    ),
                };
                let inner = inner.clone();
                drop(state);
                Ok(self
                    .recurse("", |interp| interp.next(&inner))?
                    .map(|v| Value::tuple_of(smallvec::smallvec![c, v])))
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(state);
                self.recurse("", |interp| {
                    crate::types::iterator::kinds::zip_next(interp, &iters, strict)
                })
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(state);
                let mut args = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.recurse("", |interp| interp.next(i))? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args, vec![]).map(Some)
            }
            IterState::Filter { func, iter } => {
                let (func, iter) = (func.clone(), iter.clone());
                drop(state);
                while let Some(v) = self.recurse("", |interp| interp.next(&iter))? {
                    let keep = if func.is_none() {
                        v.clone()
                    } else {
                        self.call(&func, vec![v.clone()], vec![])?
                    };
                    if self.truthy(&keep)? {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                let v = self.call(&func, vec![], vec![])?;
                if self.eq(&v, &sentinel)? {
                    *cell.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Generator(_) => {
                drop(state);
                self.resume_generator(cell)
            }
            IterState::DictViewObj { .. } => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
            IterState::Exhausted => Ok(None),
        }
    }

    fn next_by_getitem(
        &mut self,
        cell: &Rc<crate::types::iterator::IterObj>,
        seq: &Value,
        i: usize,
    ) -> PyResult<Option<Value>> {
        match self.get_item(seq, &Value::Int(i as i64)) {
            Ok(v) => {
                if let IterState::Seq { index, .. } = &mut *cell.borrow_mut() {
                    *index += 1;
                }
                Ok(Some(v))
            }
            Err(e) => {
                if self.is_stop_or_index_error(&e) {
                    *cell.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Whether an error ends an iteration by `__getitem__` (IndexError or StopIteration).
    fn is_stop_or_index_error(&self, e: &PyErr) -> bool {
        let idx = self.exc_class(ExcKind::IndexError);
        let stop = self.exc_class(ExcKind::StopIteration);
        self.err_matches(e, &idx) || self.err_matches(e, &stop)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            // Copies are charged one step per item (in pieces), as the iterators are.
            Value::List(l) => return crate::types::sequence::clone_items(self, &l.borrow()),
            Value::Tuple(t) => return crate::types::sequence::clone_items(self, t),
            Value::Range(r) => {
                self.limits.check_alloc(r.len().saturating_mul(16))?;
                let mut out = Vec::with_capacity(r.len());
                let step = crate::types::sequence::CHUNK_ITEMS;
                for start in (0..r.len()).step_by(step) {
                    let end = r.len().min(start + step);
                    self.limits.charge((end - start) as u64)?;
                    out.extend((start..end).map(|i| Value::Int(r.get(i))));
                }
                return Ok(out);
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            self.reserve_one(&mut out)?;
            out.push(x);
        }
        Ok(out)
    }

    /// Makes room for one more item in a vector an iterator fills (an endless one, say):
    /// the growth meets the memory limit, and an allocation that fails is a MemoryError
    /// rather than an abort.
    pub fn reserve_one<T>(&mut self, v: &mut Vec<T>) -> PyResult<()> {
        if v.len() == v.capacity() {
            let want = v.capacity().max(4);
            let bytes = (v.len() + want).saturating_mul(std::mem::size_of::<T>());
            self.limits.check_alloc(bytes)?;
            v.try_reserve(want)
                .map_err(|_| crate::error::messages::memory_error())?;
        }
        Ok(())
    }
}
