//! Assignment targets: storing, deleting, augmented assignment, reading names.

use std::rc::Rc;

use minipy_syntax::ast::Span;

use super::eval::{focus, Frame};
use super::expressions::peek;
use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;

/// `name += tail` for a str that only the variable `slot` (and `cur`, read from it)
/// holds: appended in place, so building a string in a loop is linear, not quadratic.
/// `Err(cur)` when that does not apply.
pub(super) fn append_str(
    op: minipy_syntax::ast::BinOp,
    slot: &mut Option<Value>,
    cur: Value,
    tail: &Value,
    limits: &mut crate::object::limits::Limits,
) -> Result<PyResult<()>, Value> {
    let Value::Str(mut s) = cur else {
        return Err(cur);
    };
    let (minipy_syntax::ast::BinOp::Add, Value::Str(t)) = (op, tail) else {
        return Err(Value::Str(s));
    };
    if !matches!(slot, Some(Value::Str(held)) if Rc::ptr_eq(held, &s)) {
        return Err(Value::Str(s));
    }
    // Let go of the variable's reference: `s` may now be the only one.
    *slot = None;
    let Some(text) = Rc::get_mut(&mut s) else {
        *slot = Some(Value::Str(s.clone()));
        return Err(Value::Str(s));
    };
    let done = limits.check_alloc(text.as_str().len() + t.as_str().len());
    if done.is_ok() {
        text.push_str(t);
    }
    *slot = Some(Value::Str(s));
    Ok(done)
}

impl Interp {
    #[inline(always)]
    pub fn assign(&mut self, t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
        if let Target::Local(i) = t {
            f.set_local(*i as usize, v);
            return Ok(());
        }
        self.assign_slow(t, v, f)
    }

    pub(super) fn assign_slow(&mut self, t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
        match t {
            Target::Local(i) => f.set_local(*i as usize, v),
            Target::Deref(i) => *f.cell(*i as usize).borrow_mut() = Some(v),
            Target::Global(i) => self.globals.set(*i, v),
            Target::ClassName(s) => {
                if let Some(ns) = &mut *f.class_ns {
                    ns.insert(*s, v);
                }
            }
            Target::Attribute(obj, name) => {
                // `set_attr`'s first case, without its call (and for a local's object,
                // without cloning it).
                let plain = |o: &Value, v: Value| match o {
                    Value::Instance(inst) => inst.store_plain(inst.class.attr_flags(), *name, v),
                    _ => Err(v),
                };
                let (o, v) = match peek(obj, f) {
                    Some(o) => match plain(o, v) {
                        Ok(()) => return Ok(()),
                        Err(v) => (o.clone(), v),
                    },
                    None => {
                        let o = self.eval(obj, f)?;
                        match plain(&o, v) {
                            Ok(()) => return Ok(()),
                            Err(v) => (o, v),
                        }
                    }
                };
                self.set_attr(&o, *name, v)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                self.set_item(&o, &i, v)?;
            }
            Target::Unpack { items, star, span } => {
                // A tuple of the right size unpacks without an intermediate vector.
                if let (Value::Tuple(t), None) = (&v, star) {
                    if t.len() == items.len() {
                        for (target, item) in items.iter().zip(t.iter()) {
                            self.assign(target, item.clone(), f)?;
                        }
                        return Ok(());
                    }
                }
                // (A count that does not fit points at the targets, as in CPython.)
                let values = self
                    .unpack(&v, items.len(), *star)
                    .map_err(|e| focus(e, *span))?;
                for (t, v) in items.iter().zip(values) {
                    self.assign(t, v, f)?;
                }
            }
        }
        Ok(())
    }

    /// Splits an iterable into `n` values (one of them a list if starred).
    pub(super) fn unpack(
        &mut self,
        v: &Value,
        n: usize,
        star: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items: Vec<Value> = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            other => {
                let it = match self.iter(other) {
                    Ok(it) => it,
                    // (As CPython: only a TypeError from a type with no way to iterate
                    // is reworded; an `__iter__` that fails reports its own error.)
                    Err(e)
                        if !self.has_iteration_method(other)
                            && self.err_matches(&e, &self.exc_class(ExcKind::TypeError)) =>
                    {
                        return Err(PyErr::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            other.type_name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                if star.is_some() {
                    self.collect(&it)?
                } else {
                    // One item more than the targets is enough to know (an endless
                    // iterator unpacks as in CPython).
                    let mut items = Vec::with_capacity(n + 1);
                    while items.len() <= n {
                        match self.next(&it)? {
                            Some(v) => items.push(v),
                            None => break,
                        }
                    }
                    items
                }
            }
        };
        match star {
            None => {
                if items.len() > n {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                if items.len() < n {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(s) => {
                if items.len() < n - 1 {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let after = n - 1 - s;
                let mut out: Vec<Value> = items[..s].to_vec();
                out.push(Value::list(items[s..items.len() - after].to_vec()));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    pub(super) fn delete(&mut self, t: &Target, f: &mut Frame) -> PyResult<()> {
        match t {
            Target::Local(i) => {
                if f.locals[*i as usize].take().is_none() {
                    return Err(messages::unbound_local(&f.code.local_names[*i as usize]));
                }
            }
            Target::Deref(i) => {
                if f.cell(*i as usize).borrow_mut().take().is_none() {
                    return Err(messages::unbound_local(&f.code.cell_names[*i as usize]));
                }
            }
            Target::Global(i) => {
                let in_dict = self.delete_from_dict(*i)?;
                if !self.globals.delete(*i) && !in_dict {
                    return Err(messages::name_not_defined(self.globals.name(*i)));
                }
            }
            Target::ClassName(s) => {
                if f.class_ns
                    .as_mut()
                    .and_then(|ns| ns.shift_remove(s))
                    .is_none()
                {
                    return Err(messages::name_not_defined(&self.name(*s)));
                }
            }
            Target::Attribute(obj, name) => {
                let o = self.eval(obj, f)?;
                self.del_attr(&o, *name)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                self.del_item(&o, &i)?;
            }
            Target::Unpack { items, .. } => {
                for t in items {
                    self.delete(t, f)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn aug_assign(
        &mut self,
        t: &Target,
        op: minipy_syntax::ast::BinOp,
        value: &Expr,
        tspan: Span,
        rebinds: bool,
        f: &mut Frame,
    ) -> PyResult<()> {
        match t {
            // (When the value may rebind the local, the general path reads it first.)
            Target::Local(i) if !rebinds => {
                let slot = *i as usize;
                if f.locals[slot].is_none() {
                    let e = messages::unbound_local(&f.code.local_names[slot]);
                    return Err(focus(e, tspan));
                }
                let rhs = self.eval(value, f)?;
                if let (Some(Value::Int(x)), Value::Int(y)) = (&f.locals[slot], &rhs) {
                    if let Some(v) = crate::types::numbers::int::fast_binop(op, *x, *y) {
                        rhs.release();
                        f.set_local(slot, v);
                        return Ok(());
                    }
                }
                let Some(cur) = f.locals[slot].clone() else {
                    return Err(messages::unbound_local(&f.code.local_names[slot]));
                };
                let cur = match append_str(op, &mut f.locals[slot], cur, &rhs, &mut self.limits) {
                    Ok(done) => return done,
                    Err(cur) => cur,
                };
                let v = self.inplace_op(op, cur, &rhs)?;
                f.set_local(slot, v);
            }
            Target::Global(id) => {
                let cur = self.load_target(t, f).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let slot = self.globals.own_slot(*id);
                let cur = match append_str(op, slot, cur, &rhs, &mut self.limits) {
                    Ok(done) => return done,
                    Err(cur) => cur,
                };
                let v = self.inplace_op(op, cur, &rhs)?;
                self.globals.set(*id, v);
            }
            Target::Deref(i) => {
                let cur = self.load_deref(*i, f).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op_ints(op, cur, &rhs)?;
                let old = f.cell(*i as usize).borrow_mut().replace(v);
                drop(old);
            }
            Target::Attribute(obj, name) => {
                // An int attribute and an int local or constant: computed in place (the
                // object a local's: not even cloned).
                let y = super::expressions::peek_int(value, f);
                if let (Some(Value::Instance(inst)), Some(y)) = (peek(obj, f), y) {
                    if int_attr_in_place(inst, *name, op, y) {
                        return Ok(());
                    }
                }
                let o = self.eval(obj, f)?;
                // `self.n += v` on a plain instance: read from and written to its dict.
                if let Value::Instance(inst) = &o {
                    // (An object that is no local's, `a.b.n += 1`: not tried above.)
                    if let Some(y) = y.filter(|_| peek(obj, f).is_none()) {
                        if int_attr_in_place(inst, *name, op, y) {
                            return Ok(());
                        }
                    }
                    let cur = if inst.replaceable(inst.class.attr_flags(), *name) {
                        inst.dict.borrow().get(name).cloned()
                    } else {
                        None
                    };
                    if let Some(cur) = cur {
                        let rhs = self.eval(value, f)?;
                        let v = self.inplace_op_ints(op, cur, &rhs)?;
                        // (The right-hand side may have given the class a `__setattr__`.)
                        if let Err(v) = inst.store_plain(inst.class.attr_flags(), *name, v) {
                            self.set_attr(&o, *name, v)?;
                        }
                        return Ok(());
                    }
                }
                let cur = self.get_attr(&o, *name).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.set_attr(&o, *name, v)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                // (Keys hashed natively only: a user `__hash__` runs twice, as in CPython.)
                let native_key = matches!(
                    i,
                    Value::Str(_)
                        | Value::Int(_)
                        | Value::Bool(_)
                        | Value::Float(_)
                        | Value::Bytes(_)
                );
                if let Some(d) = item_dict(&o).filter(|_| native_key) {
                    if self.aug_assign_entry(&o, &d, &i, op, value, tspan, f)? {
                        return Ok(());
                    }
                }
                let cur = self.get_item(&o, &i).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.set_item(&o, &i, v)?;
            }
            other => {
                let cur = self.load_target(other, f).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.assign(other, v, f)?;
            }
        }
        Ok(())
    }

    /// `cur op= rhs`, with small ints computed here.
    #[inline(always)]
    fn inplace_op_ints(
        &mut self,
        op: minipy_syntax::ast::BinOp,
        cur: Value,
        rhs: &Value,
    ) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (&cur, rhs) {
            if let Some(v) = crate::types::numbers::int::fast_binop(op, *x, *y) {
                return Ok(v);
            }
        }
        self.inplace_op(op, cur, rhs)
    }

    /// `d[k] op= v` for a key `d` holds: the key is hashed and found once, and the
    /// entry replaced where it is unless the right-hand side changed the dict. False
    /// (nothing evaluated) for an absent key: the general path raises or asks
    /// `__missing__`.
    #[allow(clippy::too_many_arguments)]
    fn aug_assign_entry(
        &mut self,
        o: &Value,
        d: &Rc<crate::object::value::DictObj>,
        key: &Value,
        op: minipy_syntax::ast::BinOp,
        value: &Expr,
        tspan: Span,
        f: &mut Frame,
    ) -> PyResult<bool> {
        let (_, Some(at)) = crate::types::dict::find(self, d, key).map_err(|e| focus(e, tspan))?
        else {
            return Ok(false);
        };
        // The key object the dict holds (the one found may only be equal to it).
        let entry = d
            .borrow()
            .get_index(at)
            .map(|(k, v)| (k.value.clone(), v.clone()));
        let Some((held, cur)) = entry else {
            return Ok(false);
        };
        let rhs = self.eval(value, f)?;
        let v = self.inplace_op(op, cur, &rhs)?;
        let old = match d.borrow_mut().get_index_mut(at) {
            Some((k, slot)) if k.value.is(&held) => Ok(std::mem::replace(slot, v)),
            _ => Err(v),
        };
        match old {
            Ok(old) => drop(old),
            Err(v) => self.set_item(o, key, v)?,
        }
        Ok(true)
    }

    pub(super) fn load_target(&mut self, t: &Target, f: &mut Frame) -> PyResult<Value> {
        match t {
            Target::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(messages::unbound_local(&f.code.local_names[*i as usize])),
            },
            Target::Deref(i) => self.load_deref(*i, f),
            Target::Global(i) => self.load_global(*i),
            Target::ClassName(s) => {
                let gid = self.globals.id(&self.name(*s));
                self.load_class_name(*s, gid, f)
            }
            _ => Ok(Value::None),
        }
    }

    #[inline]
    pub(super) fn load_global(&mut self, id: u32) -> PyResult<Value> {
        match self.globals.get(id) {
            Some(v) => Ok(v.clone()),
            None => match self.global_from_dict(id) {
                Some(v) => Ok(v),
                None => Err(messages::name_not_defined(self.globals.name(id))),
            },
        }
    }

    #[inline]
    pub(super) fn load_deref(&mut self, i: u32, f: &Frame) -> PyResult<Value> {
        match &*f.cell(i as usize).borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(unbound_cell(i as usize, f)),
        }
    }

    pub(super) fn load_class_name(
        &mut self,
        s: crate::object::intern::Sym,
        gid: u32,
        f: &Frame,
    ) -> PyResult<Value> {
        if let Some(v) = f.class_ns.as_ref().and_then(|ns| ns.get(&s)) {
            return Ok(v.clone());
        }
        self.load_global(gid)
    }
}

/// The error of reading an empty cell: a local of this scope, or a free variable.
#[cold]
#[inline(never)]
fn unbound_cell(i: usize, f: &Frame) -> PyErr {
    let name = &f.code.cell_names[i];
    if i < f.code.own_cells {
        messages::unbound_local(name)
    } else {
        messages::free_var_unbound(name)
    }
}

/// The dict behind `o` when subscripting it reads and writes that dict: a dict, or an
/// instance of a dict subclass whose classes define no `__getitem__`/`__setitem__`.
fn item_dict(o: &Value) -> Option<Rc<crate::object::value::DictObj>> {
    use crate::object::class::{ATTR_GETITEM, ATTR_SETITEM};
    match o {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) if inst.class.attr_flags() & (ATTR_GETITEM | ATTR_SETITEM) == 0 => {
            match &inst.native {
                Some(Value::Dict(d)) => Some(d.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `inst.name op= y` for an int attribute of a plain instance, computed in place; false
/// (nothing done) for anything else.
#[inline(always)]
fn int_attr_in_place(
    inst: &crate::object::class::Instance,
    name: crate::object::intern::Sym,
    op: minipy_syntax::ast::BinOp,
    y: i64,
) -> bool {
    if !inst.replaceable(inst.class.attr_flags(), name) {
        return false;
    }
    if let Some(Value::Int(x)) = inst.dict.borrow_mut().get_mut(&name) {
        if let Some(r) = crate::types::numbers::int::fast_int_binop(op, *x, y) {
            *x = r;
            return true;
        }
    }
    false
}

impl Interp {
    /// Whether `v`'s type defines `__iter__` or `__getitem__` (its iteration failing is
    /// then its own error, not "cannot unpack non-iterable").
    fn has_iteration_method(&mut self, v: &Value) -> bool {
        matches!(v, Value::Instance(_))
            && (self
                .special_method(v, crate::object::intern::sym::__iter__)
                .is_some()
                || self
                    .special_method(v, crate::object::intern::sym::__getitem__)
                    .is_some())
    }
}
