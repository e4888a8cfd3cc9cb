//! Classes (built-in and user-defined), their instances, and the descriptor wrappers
//! `property`, `staticmethod` and `classmethod`.

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::intern::Sym;
use crate::object::value::Value;

pub use crate::object::attrmap::AttrMap;

pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order, without the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<AttrMap>,
    /// For a built-in exception class, which one; user subclasses inherit it.
    pub exc_kind: Option<ExcKind>,
    /// Whether this is a built-in type (its attributes cannot be set).
    pub builtin: bool,
    /// What the class's own dict holds that changes attribute access (the `ATTR_*` bits),
    /// kept by [`Class::dict_changed`]. While no class of the MRO has any, an instance
    /// attribute found in the instance dict needs no class lookup.
    pub flags: Cell<u8>,
    /// A user metaclass (`None`: the class's type is `type`).
    pub metaclass: Option<Rc<Class>>,
    /// Whether instances have a `__dict__` (not with `__slots__`, nor for `object()`).
    pub has_dict: bool,
    /// [`Class::dict_name`]'s answers, for the class epoch they were found in.
    pub dict_names: RefCell<(u64, Vec<(Sym, bool)>)>,
}

/// The class dict holds a data descriptor other than a slot: a property, or an object
/// whose type defines `__set__` or `__delete__`.
pub const ATTR_DATA_DESCRIPTOR: u8 = 1;
/// The class defines `__getattribute__`.
pub const ATTR_GETATTRIBUTE: u8 = 2;
/// The class defines `__setattr__` or `__delattr__`.
pub const ATTR_SETATTR: u8 = 4;
/// The class's own dict holds `__abstractmethods__` (`abc` sets it): creating an instance
/// checks it. Not inherited, and no part of [`Class::attr_flags`].
pub const ATTR_ABSTRACT: u8 = 8;
/// The class dict holds a `__slots__` member. It is a data descriptor, but the value it
/// guards lives in the instance dict under its own name, so a read may look there first
/// (writes still go through it: a name that is no slot is refused).
pub const ATTR_SLOT: u8 = 16;
/// The class defines `__getitem__` (`__setitem__`, `__delitem__`): without it, a
/// subscript of an instance needs no lookup of that method.
pub const ATTR_GETITEM: u8 = 32;
pub const ATTR_SETITEM: u8 = 64;
pub const ATTR_DELITEM: u8 = 128;

thread_local! {
    /// Bumped whenever any class dict changes or a class is freed: an inline cache that
    /// noted the epoch with a class's address is valid while the epoch stays (a freed
    /// class's address may be reused by a new one).
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The current class epoch (see `CLASS_EPOCH`).
#[inline(always)]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.try_with(Cell::get).unwrap_or(0)
}

/// (`try_with`: a class may be freed while the thread's storage is torn down.)
fn classes_changed() {
    let _ = CLASS_EPOCH.try_with(|e| e.set(e.get() + 1));
}

/// Class attributes can chain classes: freed without deep recursion.
impl Drop for Class {
    fn drop(&mut self) {
        classes_changed();
        self.dict.get_mut().free();
    }
}

impl Class {
    /// A built-in class (no user metaclass, instances with a dict).
    pub fn new_builtin(
        name: &str,
        bases: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        exc_kind: Option<ExcKind>,
    ) -> Class {
        Class {
            name: name.into(),
            qualname: name.into(),
            bases,
            mro,
            dict: RefCell::new(AttrMap::default()),
            exc_kind,
            builtin: true,
            flags: Cell::new(0),
            metaclass: None,
            has_dict: exc_kind.is_some(),
            dict_names: RefCell::default(),
        }
    }

    /// Whether instances keep attribute `name` in their dict although a class along the
    /// MRO holds data descriptors: none of them is named `name`, or the one that is is a
    /// slot. (Remembered until classes change; a few dozen names per class.)
    pub fn dict_name(&self, name: Sym) -> bool {
        let epoch = class_epoch();
        {
            let cache = self.dict_names.borrow();
            if cache.0 == epoch {
                if let Some(&(_, known)) = cache.1.iter().find(|(n, _)| *n == name) {
                    return known;
                }
            }
        }
        let found = match self.lookup(name) {
            Some(Value::Descriptor(d)) if matches!(*d, Descriptor::Slot { .. }) => true,
            Some(v) => !is_data_descriptor(&v),
            None => true,
        };
        let mut cache = self.dict_names.borrow_mut();
        if cache.0 != epoch {
            *cache = (epoch, Vec::new());
        }
        if cache.1.len() < 32 {
            cache.1.push((name, found));
        }
        found
    }

    /// The class dict, to change it: every inline cache of class lookups goes stale.
    /// (Call [`Class::dict_changed`] after, for a change that may alter the flags.)
    pub fn dict_mut(&self) -> std::cell::RefMut<'_, AttrMap> {
        classes_changed();
        self.dict.borrow_mut()
    }

    /// Recomputes the attribute flags after the class dict changed.
    pub fn dict_changed(&self) {
        classes_changed();
        self.flags.set(attr_flags(&self.dict.borrow()));
    }

    /// The `ATTR_*` bits of every class along the MRO (built-in classes have none).
    #[inline]
    pub fn attr_flags(&self) -> u8 {
        let mut f = self.flags.get();
        for c in &self.mro {
            f |= c.flags.get();
        }
        f & !ATTR_ABSTRACT
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Looks an attribute up along the MRO.
    pub fn lookup(&self, name: Sym) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(&name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.dict.borrow().get(&name).cloned())
    }

    /// Looks an attribute up along the MRO, skipping built-in classes: whether a user
    /// class overrides a special method.
    pub fn lookup_user(&self, name: Sym) -> Option<Value> {
        if !self.builtin {
            if let Some(v) = self.dict.borrow().get(&name) {
                return Some(v.clone());
            }
        }
        self.mro
            .iter()
            .filter(|c| !c.builtin)
            .find_map(|c| c.dict.borrow().get(&name).cloned())
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    pub fn is_exception(&self) -> bool {
        self.exc_kind.is_some()
    }
}

/// The `ATTR_*` bits a user class dict gives.
pub fn attr_flags(dict: &AttrMap) -> u8 {
    use crate::object::intern::sym;
    let mut f = 0;
    for (k, v) in dict.iter() {
        match *k {
            sym::__getattribute__ => f |= ATTR_GETATTRIBUTE,
            sym::__setattr__ | sym::__delattr__ => f |= ATTR_SETATTR,
            sym::__abstractmethods__ => f |= ATTR_ABSTRACT,
            sym::__getitem__ => f |= ATTR_GETITEM,
            sym::__setitem__ => f |= ATTR_SETITEM,
            sym::__delitem__ => f |= ATTR_DELITEM,
            _ => {}
        }
        if matches!(v, Value::Descriptor(d) if matches!(**d, Descriptor::Slot { .. })) {
            f |= ATTR_SLOT;
        } else if is_data_descriptor(v) {
            f |= ATTR_DATA_DESCRIPTOR;
        }
    }
    f
}

/// Whether a class attribute outranks the instance dict: a property, a slot, or an
/// object whose type defines `__set__` or `__delete__`.
pub fn is_data_descriptor(v: &Value) -> bool {
    use crate::object::intern::sym;
    match v {
        Value::Descriptor(d) => {
            matches!(
                **d,
                Descriptor::Property { .. }
                    | Descriptor::Slot { .. }
                    | Descriptor::TupleItem { .. }
            )
        }
        Value::Instance(i) => {
            i.class.lookup_user(sym::__set__).is_some()
                || i.class.lookup_user(sym::__delete__).is_some()
        }
        _ => false,
    }
}

/// C3 linearization of the bases' MROs.
pub fn compute_mro(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(next) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.name()).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The state an exception object carries besides its attributes.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<crate::exec::traceback::TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<AttrMap>,
    /// An exception's state (boxed: most instances are not exceptions).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For an instance of a subclass of a built-in type (`class Flags(int)`), the
    /// built-in value it carries: every method and operation of the base works on it.
    pub native: Option<Value>,
    /// Rust state a module class keeps for its instances (an open file, a BytesIO's
    /// position): set once, by the class's `__new__`, and dropped with the instance (a
    /// file left open is flushed and closed then, as CPython does on dealloc). Plain
    /// instances never touch it; see [`Instance::state`].
    /// (Boxed, so the slot is one word.)
    state: OnceCell<Box<Rc<dyn Any>>>,
}

impl Instance {
    /// Whether attribute `name` of this instance is read and written in its dict: no
    /// class along the MRO defines `__getattribute__`, `__setattr__` or `__delattr__`
    /// (`flags`, the class's [`Class::attr_flags`]), none holds a data descriptor of that
    /// name other than a slot (whose value the dict holds under the name), and the name
    /// is not `__class__` or `__dict__`.
    #[inline(always)]
    pub fn replaceable(&self, flags: u8, name: Sym) -> bool {
        use crate::object::intern::sym;
        flags & (ATTR_GETATTRIBUTE | ATTR_SETATTR) == 0
            && self.exc.is_none()
            && !(sym::__class__.0..=sym::__dict__.0).contains(&name.0)
            && (flags & ATTR_DATA_DESCRIPTOR == 0 || self.class.dict_name(name))
    }

    /// `name` from the instance dict when a read looks there first (no `__getattribute__`
    /// in the class's `flags`, no data descriptor of that name): attribute lookup's first
    /// case.
    #[inline(always)]
    pub fn dict_attr(&self, flags: u8, name: Sym) -> Option<Value> {
        if flags & ATTR_GETATTRIBUTE != 0
            || (flags & ATTR_DATA_DESCRIPTOR != 0 && !self.class.dict_name(name))
        {
            return None;
        }
        self.dict.borrow().get(&name).cloned()
    }

    /// Stores attribute `name` in the instance dict when [`Instance::replaceable`] says
    /// it lives there (a new one only in an instance with a `__dict__`: a slot class
    /// refuses names that are no slots); `Err(v)` when the store needs the general path:
    /// attribute assignment's first case.
    #[inline(always)]
    pub fn store_plain(&self, flags: u8, name: Sym, v: Value) -> Result<(), Value> {
        if !self.replaceable(flags, name) {
            return Err(v);
        }
        let mut d = self.dict.borrow_mut();
        let old = match d.get_mut(&name) {
            Some(slot) => std::mem::replace(slot, v),
            None if self.class.has_dict => {
                d.insert(name, v);
                return Ok(());
            }
            None => return Err(v),
        };
        drop(d);
        drop(old);
        Ok(())
    }

    pub fn new(class: Rc<Class>) -> Instance {
        let exc = class
            .is_exception()
            .then(|| Box::new(RefCell::new(ExcData::default())));
        Instance {
            class,
            dict: RefCell::new(AttrMap::default()),
            exc,
            native: None,
            state: OnceCell::new(),
        }
    }

    /// Gives the instance its Rust state (once: a second call changes nothing).
    pub fn set_state(&self, state: Rc<dyn Any>) {
        let _ = self.state.set(Box::new(state));
    }

    /// The Rust state of type `T` a module class gave this instance, if it has one.
    pub fn state<T: Any>(&self) -> Option<Rc<T>> {
        Rc::clone(self.state.get()?).downcast::<T>().ok()
    }

    /// An instance of a subclass of a built-in type, carrying its built-in value.
    pub fn with_native(class: Rc<Class>, native: Value) -> Instance {
        let mut inst = Instance::new(class);
        inst.native = Some(native);
        inst
    }

    pub fn exc_args(&self) -> Vec<Value> {
        self.exc
            .as_ref()
            .map(|e| e.borrow().args.clone())
            .unwrap_or_default()
    }
}

/// Object graphs (linked nodes) are freed without recursion, like nested containers.
impl Drop for Instance {
    fn drop(&mut self) {
        self.dict.get_mut().free();
        if self.exc.is_none() {
            // (A built-in subclass's value, as one value: no vector to free it through.)
            if let Some(v) = self.native.take() {
                crate::object::value::drop_value(v);
            }
            return;
        }
        let mut values = Vec::new();
        if let Some(exc) = &mut self.exc {
            let exc = exc.get_mut();
            values.append(&mut exc.args);
            values.extend(exc.cause.take());
            values.extend(exc.context.take());
        }
        values.extend(self.native.take());
        crate::object::value::drop_values(values);
    }
}

pub enum Descriptor {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(C, obj)`: attribute lookup starting after `C` in `obj`'s MRO (`obj` is
    /// `None` for the unbound `super(C)`).
    Super {
        start: Rc<Class>,
        obj: Value,
    },
    /// A `__slots__` entry: the value lives in the instance's attribute map.
    Slot {
        name: Sym,
        owner: Rc<str>,
    },
    /// `_collections._tuplegetter(index, doc)`: a named tuple's field, item `index` of
    /// the tuple it is read from (a data descriptor that refuses stores).
    TupleItem {
        index: i64,
        doc: RefCell<Value>,
    },
}

impl Drop for Descriptor {
    fn drop(&mut self) {
        let take = |v: &mut Value| std::mem::replace(v, Value::None);
        let values = match self {
            Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            } => vec![take(fget), take(fset), take(fdel), take(doc)],
            Descriptor::StaticMethod(v) | Descriptor::ClassMethod(v) => vec![take(v)],
            Descriptor::Super { obj, .. } => vec![take(obj)],
            Descriptor::Slot { .. } => vec![],
            Descriptor::TupleItem { doc, .. } => vec![take(doc.get_mut())],
        };
        crate::object::value::drop_values(values);
    }
}

impl Descriptor {
    pub fn type_name(&self) -> &'static str {
        match self {
            Descriptor::Property { .. } => "property",
            Descriptor::StaticMethod(_) => "staticmethod",
            Descriptor::ClassMethod(_) => "classmethod",
            Descriptor::Super { .. } => "super",
            Descriptor::Slot { .. } => "member_descriptor",
            Descriptor::TupleItem { .. } => "_tuplegetter",
        }
    }
}
