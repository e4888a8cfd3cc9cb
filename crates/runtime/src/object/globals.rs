//! Module globals as numbered slots: the resolver gives every global name a slot, so a
//! global read is an index, falling back to the builtin of the same name.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use crate::object::value::Value;

#[derive(Default)]
pub struct Globals {
    ids: HashMap<Rc<str>, u32>,
    names: Vec<Rc<str>>,
    values: Vec<Option<Value>>,
    builtins: Vec<Option<Value>>,
    builtin_table: Rc<HashMap<Rc<str>, Value>>,
}

/// A global namespace other than the one running: its slots are parked here, and the
/// dict scripts see (`globals()`, `f.__globals__`, the dict given to `exec`) is kept in
/// step with them (`exec/namespace.rs`).
pub struct Namespace {
    pub dict: RefCell<Option<Value>>,
    /// (Boxed: switching namespaces on a cross-module call swaps two pointers.)
    pub parked: RefCell<Box<Globals>>,
    /// The slots hold names the dict has not been told of: set when the namespace stops
    /// running while nothing but itself holds its dict (nobody can read or change the
    /// dict until it is handed out again, which writes the slots to it first).
    pub slots_ahead: std::cell::Cell<bool>,
}

impl Namespace {
    pub fn new(dict: Option<Value>, parked: Globals) -> Namespace {
        Namespace {
            dict: RefCell::new(dict),
            parked: RefCell::new(Box::new(parked)),
            slots_ahead: std::cell::Cell::new(false),
        }
    }
}

impl Globals {
    pub fn new(builtins: HashMap<Rc<str>, Value>) -> Globals {
        Globals {
            builtin_table: Rc::new(builtins),
            ..Globals::default()
        }
    }

    /// An empty namespace with the same builtins.
    pub fn sibling(&self) -> Globals {
        Globals {
            builtin_table: self.builtin_table.clone(),
            ..Globals::default()
        }
    }

    /// The builtin a name falls back to.
    pub fn builtin(&self, name: &str) -> Option<&Value> {
        self.builtin_table.get(name)
    }

    /// Every slot, bound or not, with its name.
    pub fn slots(&self) -> impl Iterator<Item = (&Rc<str>, &Option<Value>)> {
        self.names.iter().zip(&self.values)
    }

    /// Unbinds every name.
    pub fn clear(&mut self) {
        for v in &mut self.values {
            *v = None;
        }
    }

    /// The slot of a global name, created on first use.
    pub fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        let rc: Rc<str> = name.into();
        self.builtins.push(self.builtin_table.get(name).cloned());
        self.names.push(rc.clone());
        self.values.push(None);
        self.ids.insert(rc, id);
        id
    }

    pub fn lookup_id(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }

    #[inline(always)]
    pub fn get(&self, id: u32) -> Option<&Value> {
        let i = id as usize;
        match &self.values[i] {
            Some(v) => Some(v),
            None => self.builtins[i].as_ref(),
        }
    }

    /// Only the module's own binding, not the builtin.
    pub fn get_own(&self, id: u32) -> Option<&Value> {
        self.values[id as usize].as_ref()
    }

    /// The module's own binding, to update in place.
    pub fn own_slot(&mut self, id: u32) -> &mut Option<Value> {
        &mut self.values[id as usize]
    }

    #[inline]
    pub fn set(&mut self, id: u32, v: Value) {
        self.values[id as usize] = Some(v);
    }

    pub fn delete(&mut self, id: u32) -> bool {
        self.values[id as usize].take().is_some()
    }

    pub fn name(&self, id: u32) -> &Rc<str> {
        &self.names[id as usize]
    }

    /// The module's bound names in definition order, as `globals()` and `dir()` show.
    pub fn bound(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        self.names
            .iter()
            .zip(&self.values)
            .filter_map(|(n, v)| v.as_ref().map(|v| (n, v)))
    }

    pub fn builtin_items(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        self.builtin_table.iter()
    }

    pub fn builtin_names(&self) -> impl Iterator<Item = &Rc<str>> {
        self.builtin_table.keys()
    }
}
