//! minipy's runtime: the object model, the resolver and the tree-walking evaluator.
#![forbid(unsafe_code)]

pub mod args;
mod attributes;
pub mod buffer;
pub mod buffer_format;
pub mod builtins;
pub mod casefold_table;
pub mod class;
pub mod codecs;
pub mod dict;
pub mod errors;
pub mod exceptions;
pub mod exec;
pub mod float;
pub mod format_spec;
pub mod function;
pub mod globals;
pub mod hash;
pub mod int;
pub mod intern;
pub mod interp;
mod items;
pub mod iter;
mod iterate;
pub mod limits;
pub mod memoryview;
pub mod module;
pub mod ops;
pub mod output;
pub mod percent;
pub mod repr;
pub mod sequence;
pub mod suggestions;
pub mod value;

// The old paths of the files that moved into `exec/`, until the crate's `use` lines move too.
pub(crate) use exec::call;
pub use exec::{code, eval, generator, resolver, traceback};

pub use exceptions::{ErrState, ExcKind, LimitError, PyErr, PyResult};
pub use interp::{Interp, RunError};
pub use value::Value;
