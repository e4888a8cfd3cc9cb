//! minipy's runtime: the object model, the resolver and the tree-walking evaluator.
#![forbid(unsafe_code)]

pub mod args;
mod attributes;
pub mod buffer;
pub mod buffer_format;
pub mod builtins;
mod call;
pub mod casefold_table;
pub mod class;
pub mod code;
pub mod codecs;
pub mod dict;
pub mod errors;
pub mod eval;
pub mod exceptions;
pub mod float;
pub mod format_spec;
pub mod function;
pub mod generator;
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
pub mod resolver;
pub mod sequence;
pub mod suggestions;
pub mod traceback;
pub mod value;

pub use exceptions::{ErrState, ExcKind, LimitError, PyErr, PyResult};
pub use interp::{Interp, RunError};
pub use value::Value;
