//! The `builtins` namespace: `print`, `len`, `isinstance`, ... and the table that
//! installs every built-in type's methods.

pub mod compile;
pub mod docs;
pub mod functions;
pub mod help;
pub mod pydoc;

use crate::interp::Interp;

/// Registers every built-in type's constructor and methods.
pub fn install(interp: &mut Interp) {
    crate::types::object::install(interp);
    crate::types::exception::install(interp);
    crate::types::numbers::methods::install(interp);
    crate::types::str::install(interp);
    crate::types::bytes::install(interp);
    crate::types::memoryview::install(interp);
    crate::types::list::install(interp);
    crate::types::dict::install(interp);
    crate::types::set::install(interp);
    crate::types::iterator::kinds::install(interp);
    crate::exec::generator::install(interp);
    crate::types::array::install(interp);
}
