//! The object model: `Value`, classes and instances, functions, modules, interned names,
//! the shared byte buffer, and what a script may spend.

pub mod access;
pub mod alloc;
pub mod args;
pub mod attrmap;
pub mod buffer;
pub mod class;
pub mod function;
pub mod globals;
pub mod intern;
pub mod limits;
pub mod module;
pub mod output;
pub mod value;
