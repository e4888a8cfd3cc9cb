//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, dispatched per type.

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::intern::sym;
use crate::object::value::{SliceValue, Value};
use crate::types::sequence;
use crate::types::{list, str as pystr};

impl Interp {
    /// A user object used as a sequence index is converted with `__index__` first
    /// (memoryviews convert their own, after checking the view).
    fn sequence_key(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        let is_sequence = matches!(
            obj,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
        ) || crate::types::dispatch::is_sequence(obj);
        if is_sequence
            && matches!(key, Value::Instance(_))
            && (self.special_method(key, sym::__index__).is_some()
                || crate::types::numbers::int::is_int(key.unwrap_native()))
        {
            if matches!(obj, Value::Range(_)) {
                // Ranges take any int (their length can exceed i64::MAX).
                let i = crate::types::numbers::index::index_of(self, key)?;
                return Ok(Some(Value::from_bigint(i)));
            }
            return Ok(Some(Value::Int(crate::types::numbers::index::index_i64(
                self, key,
            )?)));
        }
        Ok(None)
    }

    /// `obj[key]`: int indexes into built-in sequences are answered inline.
    #[inline]
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Int(i) = key {
            if let Some(v) = Self::peek_item(obj, *i) {
                return Ok(v);
            }
        }
        self.get_item_slow(obj, key)
    }

    fn get_item_slow(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.get_item(obj, &k);
        }
        match obj {
            Value::List(l) => match key {
                Value::Slice(s) => list::get_slice(self, l, s),
                _ => list::get_item(&l.borrow(), key, "list"),
            },
            Value::Tuple(t) => match key {
                Value::Slice(s) => list::tuple_slice(self, t, s),
                _ => list::get_item(t, key, "tuple"),
            },
            Value::Str(s) => pystr::get_item(self, s, key),
            Value::Range(r) => match key {
                Value::Slice(s) => crate::types::iterator::kinds::range_slice(self, r, s),
                _ => crate::types::iterator::kinds::range_item(r, key),
            },
            Value::Instance(i) => {
                // A list or tuple subclass (a named tuple) whose classes define no
                // `__getitem__`: its value indexed as it is.
                if let Some(n @ (Value::Tuple(_) | Value::List(_))) = &i.native {
                    if i.class.attr_flags() & crate::object::class::ATTR_GETITEM == 0 {
                        return self.get_item(n, key);
                    }
                }
                match self.call_special(obj, sym::__getitem__, || vec![key.clone()]) {
                    Some(r) => r,
                    None => match &i.native {
                        Some(n @ Value::Dict(d)) => {
                            // A dict subclass's `__missing__` answers for absent keys.
                            let (n, d) = (n.clone(), d.clone());
                            if let Some(v) = crate::types::dict::lookup(self, &d, key)? {
                                return Ok(v);
                            }
                            match self.call_special(obj, sym::__missing__, || vec![key.clone()]) {
                                Some(r) => r,
                                None => self.get_item(&n, key),
                            }
                        }
                        Some(n) => self.get_item(&n.clone(), key),
                        None => Err(messages::not_subscriptable(obj.type_name())),
                    },
                }
            }
            // `list[int]`: a `types.GenericAlias` (the class itself while the `types`
            // module cannot be imported).
            Value::Class(c) if c.builtin => self
                .types_helper("GenericAlias", vec![obj.clone(), key.clone()])
                .unwrap_or_else(|| Ok(obj.clone())),
            Value::Class(c) => {
                if let Some(m) = c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_user(sym::__getitem__))
                {
                    return self.call(&m, vec![obj.clone(), key.clone()], vec![]);
                }
                if c.lookup(sym::__class_getitem__).is_some() {
                    let f = self.get_attr(obj, sym::__class_getitem__)?;
                    return self.call(&f, vec![key.clone()], vec![]);
                }
                Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name()
                )))
            }
            _ => match crate::types::dispatch::get_item(self, obj, key) {
                Some(r) => r,
                None => Err(messages::not_subscriptable(obj.type_name())),
            },
        }
    }

    /// `obj[i]` for an int index into a built-in sequence, without the generic dispatch;
    /// `None` when the generic path must answer (other types, or out of range: it raises).
    #[inline]
    pub fn peek_item(obj: &Value, i: i64) -> Option<Value> {
        match obj {
            Value::Bytes(b) | Value::ByteArray(b) => {
                let d = b.borrow();
                sequence::index(i, d.len()).map(|j| Value::Int(d[j] as i64))
            }
            Value::List(l) => {
                let items = l.borrow();
                sequence::index(i, items.len()).map(|j| items[j].clone())
            }
            Value::Tuple(t) => sequence::index(i, t.len()).map(|j| t[j].clone()),
            Value::MemoryView(m) if !m.is_released() && m.ndim() == 1 => {
                let j = sequence::index(i, m.shape[0])?;
                Some(m.read_at((m.start as isize + j as isize * m.strides[0]) as usize))
            }
            _ => None,
        }
    }

    /// `obj[i] = x` for a byte into a bytearray or a writable 1-D `B` memoryview, in
    /// place; false when the generic path must run (it raises for bad input).
    #[inline]
    fn poke_byte(obj: &Value, i: i64, x: i64) -> bool {
        let Ok(byte) = u8::try_from(x) else {
            return false;
        };
        let (buf, off) = match obj {
            Value::ByteArray(b) => match sequence::index(i, b.len()) {
                Some(j) => (b, j),
                None => return false,
            },
            Value::MemoryView(m)
                if !m.is_released()
                    && !m.readonly
                    && m.ndim() == 1
                    && m.code == crate::types::memoryview::format::Code::UnsignedByte =>
            {
                match sequence::index(i, m.shape[0]) {
                    Some(j) => (
                        &m.buf,
                        (m.start as isize + j as isize * m.strides[0]) as usize,
                    ),
                    None => return false,
                }
            }
            _ => return false,
        };
        buf.borrow_mut()[off] = byte;
        true
    }

    /// `obj[a:b:c]` with the slice on the stack: built-in sequences with int or `None`
    /// bounds take it without allocating a slice object.
    pub fn get_slice(&mut self, obj: &Value, s: SliceValue) -> PyResult<Value> {
        let plain = [&s.start, &s.stop, &s.step]
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::None));
        if plain {
            match obj {
                Value::List(l) => return list::get_slice(self, l, &s),
                Value::Tuple(t) => return list::tuple_slice(self, t, &s),
                Value::Str(st) => return pystr::get_slice(self, st, &s),
                _ => {
                    if let Some(r) = crate::types::dispatch::get_slice(self, obj, &s) {
                        return r;
                    }
                }
            }
        }
        self.get_item(obj, &Value::Slice(alloc(s)))
    }

    /// `obj[key] = v`: bytes stored into bytearrays and byte views are written inline.
    #[inline]
    pub fn set_item(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let (Value::Int(i), Value::Int(x)) = (key, &v) {
            if Self::poke_byte(obj, *i, *x) {
                return Ok(());
            }
        }
        self.set_item_slow(obj, key, v)
    }

    fn set_item_slow(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.set_item(obj, &k, v);
        }
        match obj {
            Value::List(l) => list::set_item(self, l, key, v),
            Value::Instance(i) => {
                if let Some(r) =
                    self.call_special(obj, sym::__setitem__, || vec![key.clone(), v.clone()])
                {
                    return r.map(|_| ());
                }
                match &i.native {
                    Some(n) => self.set_item(&n.clone(), key, v),
                    // CPython fills one slot for both: with `__delitem__` only, the
                    // missing method is what fails.
                    None if self.special_method(obj, sym::__delitem__).is_some() => {
                        Err(PyErr::new(ExcKind::AttributeError, "__setitem__"))
                    }
                    None => Err(messages::no_item_assignment(obj.type_name())),
                }
            }
            _ => match crate::types::dispatch::set_item(self, obj, key, v) {
                Some(r) => r,
                None => Err(messages::no_item_assignment(obj.type_name())),
            },
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.sequence_key(obj, key)? {
            return self.del_item(obj, &k);
        }
        match obj {
            Value::List(l) => list::del_item(self, l, key),
            Value::Instance(i) => {
                match self.call_special(obj, sym::__delitem__, || vec![key.clone()]) {
                    Some(r) => r.map(|_| ()),
                    None => match &i.native {
                        Some(n) => self.del_item(&n.clone(), key),
                        None if self.special_method(obj, sym::__setitem__).is_some() => {
                            Err(PyErr::new(ExcKind::AttributeError, "__delitem__"))
                        }
                        None => Err(messages::no_item_deletion(obj.type_name())),
                    },
                }
            }
            _ => match crate::types::dispatch::del_item(self, obj, key) {
                Some(r) => r,
                None => Err(messages::no_item_deletion(obj.type_name())),
            },
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Range(r) => r.len(),
            Value::Iterator(it) if it.borrow().is_view() => {
                if let crate::types::iterator::IterState::DictViewObj { dict, .. } = &*it.borrow() {
                    return Ok(dict.borrow().len());
                }
                0
            }
            Value::Instance(_) | Value::Class(_) => {
                match self.call_special(v, sym::__len__, Vec::new) {
                    Some(r) => len_result(r?)?,
                    None => match v.native() {
                        Some(n) => return self.len(&n.clone()),
                        None => return Err(messages::no_len(v.type_name())),
                    },
                }
            }
            other => match crate::types::dispatch::len(other) {
                Some(n) => n?,
                None => return Err(messages::no_len(other.type_name())),
            },
        })
    }
}

/// What a `__len__` returned, as a length (a negative int or a non-int refused).
pub(crate) fn len_result(n: Value) -> PyResult<usize> {
    match n {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Int(_) => Err(crate::error::PyErr::value_error(
            "__len__() should return >= 0",
        )),
        Value::Bool(b) => Ok(b.get() as usize),
        // (Checked for sign first, as CPython's `slot_sq_length`.)
        Value::BigInt(b) if num_traits::Signed::is_negative(&*b) => Err(
            crate::error::PyErr::value_error("__len__() should return >= 0"),
        ),
        Value::BigInt(_) => Err(crate::error::PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        other => Err(messages::cannot_interpret_as_int(other.type_name())),
    }
}
