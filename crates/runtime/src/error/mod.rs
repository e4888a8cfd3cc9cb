//! Errors: the exception in flight (`PyErr`), CPython-worded messages, and "Did you mean".

pub mod messages;
mod pyerr;
pub mod suggestions;

pub use pyerr::*;
