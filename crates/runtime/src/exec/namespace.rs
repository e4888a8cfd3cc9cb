//! Global namespaces besides the main module's: the dicts `exec` and `eval` run code in.
//!
//! The running namespace's slots are `interp.globals` (a global read stays an index);
//! the others are parked in their [`Namespace`]. A function runs in the namespace its
//! code was resolved in: calling it from another one swaps the slots (the common case,
//! everything in the main module, costs one test). A namespace's dict is brought up to
//! date from its slots when it stops running, and its slots from the dict when it starts;
//! a name the slots miss is also looked up in the dict (`globals()['x'] = 1; x`).

use std::rc::{Rc, Weak};

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::globals::Namespace;
use crate::object::value::Value;

/// Where a switch came from, to switch back.
pub(crate) type Previous = Option<Option<Rc<Namespace>>>;

impl Interp {
    /// Makes `ns` (`None`: the main module's) the running namespace; `None` back when it
    /// already is.
    #[inline(always)]
    pub(crate) fn enter_namespace(&mut self, ns: &Option<Rc<Namespace>>) -> Previous {
        if ns.is_none() && self.active_ns.is_none() {
            return None;
        }
        self.switch_namespace(ns)
    }

    /// Undoes [`Interp::enter_namespace`].
    #[inline(always)]
    pub(crate) fn leave_namespace(&mut self, prev: Previous) {
        if let Some(prev) = prev {
            self.activate(prev);
        }
    }

    #[inline(never)]
    fn switch_namespace(&mut self, ns: &Option<Rc<Namespace>>) -> Previous {
        let same = match (ns, &self.active_ns) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        if same {
            return None;
        }
        let prev = self.active_ns.clone();
        self.activate(ns.clone());
        Some(prev)
    }

    fn activate(&mut self, to: Option<Rc<Namespace>>) {
        let cur = self
            .active_ns
            .take()
            .unwrap_or_else(|| self.main_ns.clone());
        // A dict nobody else holds is written when it is next handed out, not now.
        let sync = match &*cur.dict.borrow() {
            None => {
                cur.slots_ahead.set(false);
                false
            }
            Some(Value::Dict(d)) if Rc::strong_count(d) == 1 => {
                cur.slots_ahead.set(true);
                false
            }
            Some(_) => true,
        };
        if sync {
            self.sync_out(&cur);
        }
        std::mem::swap(&mut self.globals, &mut *cur.parked.borrow_mut());
        let next = to.as_ref().unwrap_or(&self.main_ns);
        std::mem::swap(&mut self.globals, &mut *next.parked.borrow_mut());
        if !next.slots_ahead.get() && next.dict.borrow().is_some() {
            let next = next.clone();
            self.sync_in(&next);
        }
        self.active_ns = to;
    }

    /// The running namespace.
    pub(crate) fn running_namespace(&self) -> Rc<Namespace> {
        self.active_ns
            .clone()
            .unwrap_or_else(|| self.main_ns.clone())
    }

    /// The running namespace's slots written to its dict.
    fn sync_out(&mut self, ns: &Rc<Namespace>) {
        ns.slots_ahead.set(false);
        let Some(d) = ns.dict.borrow().clone() else {
            return;
        };
        let bound = bound_names(&self.globals);
        self.write_names(&d, bound);
    }

    /// Binds each name in the dict `d`.
    fn write_names(&mut self, d: &Value, bound: Vec<(Rc<str>, Value)>) {
        for (n, v) in bound {
            let _ = self.dict_set(d, Value::str(&*n), v);
        }
    }

    /// The running namespace's slots read from its dict (`activate` calls it unless the
    /// dict lags them).
    fn sync_in(&mut self, ns: &Rc<Namespace>) {
        let Some(Value::Dict(d)) = ns.dict.borrow().clone() else {
            return;
        };
        self.globals.clear();
        let items = crate::types::dict::table::items(&d.borrow());
        for (k, v) in items {
            if let Value::Str(k) = k {
                let id = self.globals.id(k.as_str());
                self.globals.set(id, v);
            }
        }
    }

    /// The dict of a namespace, created (from its slots) on first use.
    pub(crate) fn namespace_dict(&mut self, ns: &Rc<Namespace>) -> Value {
        let existing = ns.dict.borrow().clone();
        let d = existing.unwrap_or_else(|| {
            let d = Value::dict(crate::types::dict::table::new_dict());
            *ns.dict.borrow_mut() = Some(d.clone());
            // A new dict lags every slot.
            ns.slots_ahead.set(true);
            d
        });
        // (A running namespace's slots change without the flag: they are always written.)
        self.write_slots(ns, &d);
        d
    }

    /// `ns`'s slots written to its dict `d`: a running namespace's all, a parked one's if
    /// the dict lags them.
    fn write_slots(&mut self, ns: &Rc<Namespace>, d: &Value) {
        if self.is_running(ns) {
            self.sync_out(ns);
        } else {
            self.flush_parked(ns, d);
        }
    }

    /// A parked namespace's slots written to its dict `d`, if the dict lags them.
    fn flush_parked(&mut self, ns: &Rc<Namespace>, d: &Value) {
        if !ns.slots_ahead.replace(false) {
            return;
        }
        let bound = bound_names(&ns.parked.borrow());
        self.write_names(d, bound);
    }

    /// The dict of `ns`, if it has one, up to date with its slots.
    fn current_dict(&mut self, ns: &Rc<Namespace>) -> Option<Value> {
        let d = ns.dict.borrow().clone()?;
        if ns.slots_ahead.get() {
            self.write_slots(ns, &d);
        }
        Some(d)
    }

    /// `globals()`: the running namespace's dict, up to date.
    pub(crate) fn globals_dict(&mut self) -> Value {
        let ns = self.running_namespace();
        self.namespace_dict(&ns)
    }

    /// The namespace whose dict is `d`, made for it if there is none (`None`: the main
    /// module's).
    pub(crate) fn namespace_for(&mut self, d: &Value) -> Option<Rc<Namespace>> {
        let is = |ns: &Rc<Namespace>| ns.dict.borrow().as_ref().is_some_and(|x| x.is(d));
        if is(&self.main_ns) {
            return None;
        }
        self.namespaces.retain(|w| w.strong_count() > 0);
        if let Some(ns) = self
            .namespaces
            .iter()
            .filter_map(Weak::upgrade)
            .find(|ns| is(ns))
        {
            return Some(ns);
        }
        let ns = Rc::new(Namespace::new(Some(d.clone()), self.globals.sibling()));
        self.namespaces.push(Rc::downgrade(&ns));
        Some(ns)
    }

    /// A global the running namespace's slots do not hold, looked up in its dict.
    #[cold]
    pub(crate) fn global_from_dict(&mut self, id: u32) -> Option<Value> {
        let ns = self.running_namespace();
        let Some(Value::Dict(d)) = ns.dict.borrow().clone() else {
            return None;
        };
        let name = self.globals.name(id).clone();
        let v = crate::types::dict::lookup(self, &d, &Value::str(&*name)).ok()??;
        self.globals.set(id, v.clone());
        Some(v)
    }

    /// `del name` of a global: also out of the running namespace's dict.
    pub(crate) fn delete_from_dict(&mut self, id: u32) -> PyResult<bool> {
        let ns = self.running_namespace();
        let Some(d) = ns.dict.borrow().clone() else {
            return Ok(false);
        };
        let name = self.globals.name(id).clone();
        let key = Value::str(&*name);
        if let Some(d) = d.as_dict() {
            let (k, index) = crate::types::dict::find(self, d, &key)?;
            if index.is_some() {
                d.borrow_mut().shift_remove(&k);
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether `ns` is the running namespace (its names are in `interp.globals`).
    fn is_running(&self, ns: &Rc<Namespace>) -> bool {
        self.active_ns
            .as_ref()
            .map_or(Rc::ptr_eq(ns, &self.main_ns), |a| Rc::ptr_eq(a, ns))
    }

    /// A global of `ns` by name, as an attribute of the module that owns it reads it.
    pub(crate) fn namespace_get(
        &mut self,
        ns: &Rc<Namespace>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        if self.is_running(ns) {
            if let Some(v) = self
                .globals
                .lookup_id(name)
                .and_then(|id| self.globals.get_own(id).cloned())
            {
                return Ok(Some(v));
            }
        }
        let d = self.current_dict(ns);
        match d {
            Some(Value::Dict(d)) => crate::types::dict::lookup(self, &d, &Value::str(name)),
            Some(_) => Ok(None),
            None if self.is_running(ns) => Ok(None),
            None => {
                let parked = ns.parked.borrow();
                Ok(parked
                    .lookup_id(name)
                    .and_then(|id| parked.get_own(id).cloned()))
            }
        }
    }

    /// Binds a global of `ns` (`module.name = v` from outside, or the import system).
    pub(crate) fn namespace_set(
        &mut self,
        ns: &Rc<Namespace>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let running = self.is_running(ns);
        if running {
            let id = self.globals.id(name);
            self.globals.set(id, v.clone());
        }
        let d = self.current_dict(ns);
        match d {
            Some(d) => self.dict_set(&d, Value::str(name), v),
            None if running => Ok(()),
            None => {
                let mut parked = ns.parked.borrow_mut();
                let id = parked.id(name);
                parked.set(id, v);
                Ok(())
            }
        }
    }

    /// Unbinds a global of `ns` (`del module.name`); whether it was bound.
    pub(crate) fn namespace_delete(&mut self, ns: &Rc<Namespace>, name: &str) -> PyResult<bool> {
        let running = self.is_running(ns);
        let mut found = false;
        if running {
            if let Some(id) = self.globals.lookup_id(name) {
                found = self.globals.delete(id);
            }
        }
        let d = self.current_dict(ns);
        match d {
            Some(Value::Dict(d)) => {
                let (k, index) = crate::types::dict::find(self, &d, &Value::str(name))?;
                if index.is_some() {
                    d.borrow_mut().shift_remove(&k);
                    found = true;
                }
            }
            None if !running => {
                let mut parked = ns.parked.borrow_mut();
                if let Some(id) = parked.lookup_id(name) {
                    found = parked.delete(id);
                }
            }
            _ => {}
        }
        Ok(found)
    }
}

/// The names `slots` binds, with their values.
fn bound_names(slots: &crate::object::globals::Globals) -> Vec<(Rc<str>, Value)> {
    slots.bound().map(|(n, v)| (n.clone(), v.clone())).collect()
}
