//! Module objects: built-in modules (`sys`, `math`, `struct`, `array`) and host-registered ones.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::class::AttrMap;

pub struct Module {
    pub name: Rc<str>,
    pub dict: RefCell<AttrMap>,
}

/// Module attributes can chain objects: freed without deep recursion.
impl Drop for Module {
    fn drop(&mut self) {
        let values: Vec<crate::object::value::Value> =
            std::mem::take(self.dict.get_mut()).into_values().collect();
        crate::object::value::drop_values(values);
    }
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: name.into(),
            dict: RefCell::new(AttrMap::default()),
        }
    }
}
