//! Interned names: attribute and keyword names become small integers, so lookups hash
//! a `u32` instead of comparing strings.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

macro_rules! well_known {
    ($($id:ident = $text:expr,)*) => {
        /// Names the runtime looks up itself, interned first so they are constants.
        #[allow(non_upper_case_globals)]
        pub mod sym {
            use super::Sym;
            well_known!(@consts 0u32, $($id,)*);
        }
        const WELL_KNOWN: &[&str] = &[$($text,)*];
    };
    (@consts $n:expr, $id:ident, $($rest:ident,)*) => {
        pub const $id: Sym = Sym($n);
        well_known!(@consts $n + 1, $($rest,)*);
    };
    (@consts $n:expr,) => {};
}

well_known! {
    __init__ = "__init__",
    __new__ = "__new__",
    __repr__ = "__repr__",
    __str__ = "__str__",
    __name__ = "__name__",
    __qualname__ = "__qualname__",
    __doc__ = "__doc__",
    __module__ = "__module__",
    __class__ = "__class__",
    __dict__ = "__dict__",
    __eq__ = "__eq__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __hash__ = "__hash__",
    __len__ = "__len__",
    __bool__ = "__bool__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __contains__ = "__contains__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __call__ = "__call__",
    __enter__ = "__enter__",
    __exit__ = "__exit__",
    __index__ = "__index__",
    __int__ = "__int__",
    __float__ = "__float__",
    __getattr__ = "__getattr__",
    __setattr__ = "__setattr__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __invert__ = "__invert__",
    __abs__ = "__abs__",
    __bases__ = "__bases__",
    __mro__ = "__mro__",
    __format__ = "__format__",
    __missing__ = "__missing__",
    args = "args",
    obj = "obj",
    __getattribute__ = "__getattribute__",
    __delattr__ = "__delattr__",
    __get__ = "__get__",
    __set__ = "__set__",
    __delete__ = "__delete__",
    __set_name__ = "__set_name__",
    __init_subclass__ = "__init_subclass__",
    __class_getitem__ = "__class_getitem__",
    __annotations__ = "__annotations__",
    __reversed__ = "__reversed__",
    __prepare__ = "__prepare__",
    __slots__ = "__slots__",
    __instancecheck__ = "__instancecheck__",
    __subclasscheck__ = "__subclasscheck__",
    __weakref__ = "__weakref__",
    __abstractmethods__ = "__abstractmethods__",
}

#[derive(Default)]
pub struct Interner {
    ids: HashMap<Rc<str>, Sym>,
    names: Vec<Rc<str>>,
}

impl Interner {
    pub fn new() -> Interner {
        // Room for the names the built-in types and functions bring (about 250), and
        // a script's first few hundred.
        const START: usize = 512;
        let mut interner = Interner {
            ids: HashMap::with_capacity_and_hasher(START, Default::default()),
            names: Vec::with_capacity(START),
        };
        for name in WELL_KNOWN {
            interner.intern(name);
        }
        interner
    }

    pub fn intern(&mut self, name: &str) -> Sym {
        if let Some(&s) = self.ids.get(name) {
            return s;
        }
        let s = Sym(self.names.len() as u32);
        let rc: Rc<str> = name.into();
        self.names.push(rc.clone());
        self.ids.insert(rc, s);
        s
    }

    pub fn lookup(&self, name: &str) -> Option<Sym> {
        self.ids.get(name).copied()
    }

    pub fn name(&self, s: Sym) -> &Rc<str> {
        &self.names[s.0 as usize]
    }
}
