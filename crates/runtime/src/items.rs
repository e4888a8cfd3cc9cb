//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, dispatched per type.

use crate::builtins::{bytes, dict, list, memoryview, str as pystr};
use crate::errors;
use crate::exceptions::{PyErr, PyResult};
use crate::intern::sym;
use crate::interp::Interp;
use crate::sequence;
use crate::value::{SliceValue, Value};

impl Interp {
    /// A user object used as a sequence index is converted with `__index__` first.
    fn sequence_key(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        let is_sequence = matches!(
            obj,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::MemoryView(_)
                | Value::Range(_)
                | Value::Array(_)
        );
        if is_sequence
            && matches!(key, Value::Instance(_))
            && self.special_method(key, sym::__index__).is_some()
        {
            return Ok(Some(Value::Int(crate::builtins::functions::index_i64(
                self, key,
            )?)));
        }
        Ok(None)
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.get_item(obj, &k);
        }
        match obj {
            Value::List(l) => list::get_item(&l.borrow(), key, "list"),
            Value::Tuple(t) => list::get_item(t, key, "tuple").map(|v| match v {
                Value::List(l) => Value::tuple(l.borrow().clone()),
                other => other,
            }),
            Value::Str(s) => pystr::get_item(s, key),
            Value::Bytes(_) | Value::ByteArray(_) => bytes::get_item(self, obj, key),
            Value::MemoryView(m) => memoryview::get_item(self, m, key),
            Value::Array(a) => crate::builtins::array_module::get_item(a, key),
            Value::Dict(d) => match dict::lookup(self, d, key)? {
                Some(v) => Ok(v),
                None => Err(errors::key_error(key.clone())),
            },
            Value::Range(r) => match key {
                Value::Slice(s) => {
                    let sl = sequence::slice(s, r.len())?;
                    let step = r.step * sl.step as i64;
                    let start = r.start + r.step * sl.start as i64;
                    Ok(Value::Range(std::rc::Rc::new(crate::value::Range {
                        start,
                        stop: start + step * sl.count as i64,
                        step,
                    })))
                }
                _ => {
                    let i = sequence::index_operand(key, "range")?;
                    match sequence::index(i, r.len()) {
                        Some(j) => Ok(Value::Int(r.get(j))),
                        None => Err(PyErr::index_error("range object index out of range")),
                    }
                }
            },
            Value::Instance(_) => match self.call_special(obj, sym::__getitem__, vec![key.clone()])
            {
                Some(r) => r,
                None => Err(errors::not_subscriptable(obj.type_name())),
            },
            Value::Class(c) if c.builtin => Ok(obj.clone()),
            _ => Err(errors::not_subscriptable(obj.type_name())),
        }
    }

    /// `obj[a:b:c]` with the slice on the stack: built-in sequences with int or `None`
    /// bounds take it without allocating a slice object.
    pub fn get_slice(&mut self, obj: &Value, s: SliceValue) -> PyResult<Value> {
        let plain = [&s.start, &s.stop, &s.step]
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::None));
        if plain {
            match obj {
                Value::List(l) => return list::get_slice(&l.borrow(), &s),
                Value::Tuple(t) => {
                    let sl = sequence::slice(&s, t.len())?;
                    return Ok(Value::tuple(sequence::take(t, &sl)));
                }
                Value::Str(st) => return pystr::get_slice(st, &s),
                Value::Bytes(_) | Value::ByteArray(_) => return bytes::get_slice(obj, &s),
                Value::MemoryView(m) => return memoryview::get_slice(m, &s),
                _ => {}
            }
        }
        self.get_item(obj, &Value::Slice(std::rc::Rc::new(s)))
    }

    pub fn set_item(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.set_item(obj, &k, v);
        }
        match obj {
            Value::List(l) => list::set_item(self, l, key, v),
            Value::ByteArray(_) => bytes::set_item(self, obj, key, v),
            Value::MemoryView(m) => memoryview::set_item(self, m, key, v),
            Value::Array(a) => crate::builtins::array_module::set_item(self, a, key, v),
            Value::Dict(_) => self.dict_set(obj, key.clone(), v),
            Value::Instance(_) => {
                match self.call_special(obj, sym::__setitem__, vec![key.clone(), v]) {
                    Some(r) => r.map(|_| ()),
                    None => Err(errors::no_item_assignment(obj.type_name())),
                }
            }
            _ => Err(errors::no_item_assignment(obj.type_name())),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.del_item(obj, &k);
        }
        match obj {
            Value::List(l) => list::del_item(l, key),
            Value::ByteArray(_) => bytes::del_item(obj, key),
            Value::Dict(d) => match dict::find(self, d, key)?.1 {
                Some(i) => {
                    d.borrow_mut().shift_remove_index(i);
                    Ok(())
                }
                None => Err(errors::key_error(key.clone())),
            },
            Value::MemoryView(_) => Err(PyErr::type_error("cannot delete memory")),
            Value::Array(a) => crate::builtins::array_module::del_item(a, key),
            Value::Instance(_) => match self.call_special(obj, sym::__delitem__, vec![key.clone()])
            {
                Some(r) => r.map(|_| ()),
                None => Err(errors::no_item_deletion(obj.type_name())),
            },
            _ => Err(errors::no_item_deletion(obj.type_name())),
        }
    }
}
