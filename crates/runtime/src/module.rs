//! Module objects: built-in modules (`sys`, `math`, `struct`, `array`) and host-registered ones.

use std::cell::RefCell;
use std::rc::Rc;

use crate::class::AttrMap;

pub struct Module {
    pub name: Rc<str>,
    pub dict: RefCell<AttrMap>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: name.into(),
            dict: RefCell::new(AttrMap::default()),
        }
    }
}
