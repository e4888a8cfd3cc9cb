//! The standard-library modules a script can import: one file or folder per module,
//! found by name in [`STANDARD`]. Every interpreter's module registry starts from that
//! table; the host may add modules to it or take them away ([`Interp::add_module`]).

pub(crate) mod array;
mod base64;
pub(crate) mod binascii;
mod codecs;
mod collections;
pub(crate) mod frozen;
mod gc;
pub(crate) mod hashlib;
mod hmac;
mod import;
pub(crate) mod io;
mod itertools;
mod json;
pub(crate) mod math;
mod operator;
mod os;
mod platform;
mod random;
mod re;
pub(crate) mod r#struct;
pub(crate) mod sys;
mod time;
mod traceback;
pub(crate) mod zlib;

pub(crate) use import::importlib::dunder_import;
pub use import::ModuleInit;
pub(crate) use import::Modules;

use crate::error::PyResult;
use std::rc::Rc;

use crate::interp::Interp;
use crate::object::class::{Class, Descriptor};
use crate::object::function::FuncImpl;
use crate::object::value::Value;

/// Builds a standard module's object the first time a script imports it.
pub(crate) type Constructor = fn(&mut Interp) -> PyResult<Value>;

/// The standard modules, by name.
pub(crate) const STANDARD: &[(&str, Constructor)] = &[
    ("array", array::init),
    ("base64", base64::init),
    ("binascii", binascii::init),
    ("builtins", |interp| Ok(interp.builtins_module())),
    ("codecs", codecs::init),
    ("_collections", collections::init),
    ("gc", gc::init),
    ("hashlib", hashlib::init),
    ("hmac", hmac::init),
    ("io", io::init),
    ("_io", io::init_private),
    ("_itertools", itertools::init),
    ("_json", json::init),
    ("importlib", import::importlib::init),
    ("math", math::init),
    ("operator", operator::init),
    ("os", os::init),
    ("platform", platform::init),
    ("posixpath", os::init_path),
    ("_random", random::init),
    ("re", re::init),
    ("struct", r#struct::init),
    ("sys", sys::init),
    ("time", time::init),
    ("_traceback", traceback::init),
    ("zlib", zlib::init),
];

/// What standard modules keep between calls, per interpreter: one field for each module
/// that keeps anything, of a type its own file defines. A typed field, not a map keyed by
/// module: `struct.unpack_from` in a loop reaches its format cache with no lookup.
#[derive(Default)]
pub(crate) struct ModuleState {
    pub(crate) r#struct: r#struct::State,
    pub(crate) gc: gc::State,
    pub(crate) binascii: binascii::State,
    pub(crate) zlib: zlib::State,
    pub(crate) hashlib: hashlib::State,
    pub(crate) os: os::State,
    pub(crate) io: io::State,
    pub(crate) random: random::State,
    pub(crate) itertools: itertools::State,
    pub(crate) operator: operator::State,
    pub(crate) time: time::State,
    pub(crate) re: re::State,
}

/// Read-only attributes of a module class's instances (`f.name`, `d.eof`), computed from
/// the object on access.
pub(crate) fn add_getters(
    interp: &mut Interp,
    class: &Rc<Class>,
    getters: &[(&'static str, FuncImpl)],
) {
    for &(name, fget) in getters {
        let key = interp.intern(name);
        let prop = Descriptor::Property {
            fget: Interp::module_fn(name, fget),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        class
            .dict_mut()
            .insert(key, Value::Descriptor(crate::object::alloc::alloc(prop)));
    }
    class.dict_changed();
}
