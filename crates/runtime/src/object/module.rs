//! Module objects: built-in modules (`sys`, `math`, `struct`, `array`), host-registered
//! ones, and modules run from source (files on disk or sources the host supplied).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::class::AttrMap;
use crate::object::globals::Namespace;

pub struct Module {
    pub name: Rc<str>,
    /// A built-in or host module's attributes.
    pub dict: RefCell<AttrMap>,
    /// A module run from source keeps its attributes in its global namespace instead
    /// (what its functions read and write as globals); `dict` stays empty.
    pub ns: Option<Rc<Namespace>>,
}

/// Module attributes can chain objects: freed without deep recursion.
impl Drop for Module {
    fn drop(&mut self) {
        self.dict.get_mut().free();
    }
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: name.into(),
            dict: RefCell::new(AttrMap::default()),
            ns: None,
        }
    }

    /// A module whose attributes are the globals of `ns`.
    pub fn with_namespace(name: &str, ns: Rc<Namespace>) -> Module {
        Module {
            name: name.into(),
            dict: RefCell::new(AttrMap::default()),
            ns: Some(ns),
        }
    }
}
