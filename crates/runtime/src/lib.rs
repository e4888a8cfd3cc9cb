//! minipy's runtime: the object model, the resolver and the tree-walking evaluator.
#![forbid(unsafe_code)]

mod boot;
pub mod builtins;
pub mod error;
pub mod interp;
pub mod object;
pub mod protocols;
pub mod stdlib;
pub mod types;

mod call;
pub mod code;
pub mod eval;
pub mod generator;
pub mod resolver;
pub mod traceback;

// Old paths, kept while the execution layer moves; removed when it lands.
#[allow(unused_imports)]
pub(crate) use error as exceptions;
#[allow(unused_imports)]
pub(crate) use error::{messages as errors, suggestions};
#[allow(unused_imports)]
pub(crate) use object::{
    args, buffer, class, function, globals, intern, limits, module, output, value,
};
#[allow(unused_imports)]
pub(crate) use protocols::iteration as iterate;
#[allow(unused_imports)]
pub(crate) use protocols::{attributes, format_spec, items, ops, percent, repr};
#[allow(unused_imports)]
pub(crate) use types::dict::table as dict;
#[allow(unused_imports)]
pub(crate) use types::iterator as iter;
#[allow(unused_imports)]
pub(crate) use types::memoryview::{format as buffer_format, view as memoryview};
#[allow(unused_imports)]
pub(crate) use types::numbers::{float, int};
#[allow(unused_imports)]
pub(crate) use types::{codecs, hash, sequence};

pub use error::{ErrState, ExcKind, LimitError, PyErr, PyResult};
pub use interp::{Interp, RunError};
pub use object::value::Value;
