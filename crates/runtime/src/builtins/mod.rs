//! The built-in types' method tables and the built-in functions and modules.

pub mod array_module;
pub mod bytes;
pub mod bytes_text;
pub mod dict;
pub mod dunder;
pub mod exception;
pub mod functions;
pub mod iterators;
pub mod list;
pub mod math_module;
pub mod memoryview;
pub mod modules;
pub mod numbers;
pub mod object;
pub mod sequence_ops;
pub mod str;
pub mod struct_module;

use crate::interp::Interp;

/// Registers every built-in type's constructor and methods.
pub fn install(interp: &mut Interp) {
    object::install(interp);
    exception::install(interp);
    numbers::install(interp);
    str::install(interp);
    bytes::install(interp);
    memoryview::install(interp);
    list::install(interp);
    dict::install(interp);
    iterators::install(interp);
    crate::generator::install(interp);
    dunder::install(interp);
}
