//! The `array` module. The type itself, `array.array`, lives in [`crate::types::array`].

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::array::{register, TYPECODES};

/// Registers the `array` type and creates the module that offers it.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    register(interp);
    let class = interp.module_type("array", "array");
    interp.module_type("arrayiterator", "array");
    Ok(interp.make_module(
        "array",
        vec![
            ("array", class.clone()),
            ("ArrayType", class),
            ("typecodes", Value::str(TYPECODES)),
        ],
    ))
}
