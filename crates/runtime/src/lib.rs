//! minipy's runtime: the object model, the resolver and the tree-walking evaluator.
//!
//! This file is the runtime's public surface, what the embedding crate (`minipy`) may
//! use; every module is private to the crate. The surface:
//!
//! - [`Interp`], the interpreter. Hosts call: [`Interp::new`], [`Interp::run_module`],
//!   [`Interp::run_interactive`], [`Interp::compile`] (parse and resolve only),
//!   [`Interp::describe`] (report an uncaught error), [`Interp::set_output`] and
//!   [`Interp::flush_output`], [`Interp::set_argv`], globals ([`Interp::set_global`],
//!   [`Interp::global`], [`Interp::delete_global`], [`Interp::global_names`],
//!   [`Interp::attribute_names`]), modules ([`Interp::add_module`],
//!   [`Interp::remove_module`], [`Interp::make_module`]), limits
//!   ([`Interp::set_max_steps`], [`Interp::set_max_memory`], [`Interp::set_timeout`],
//!   [`Interp::set_max_recursion`], [`Interp::interrupt_flag`],
//!   [`Interp::set_interrupt_as_keyboard`]) and, for conversions, [`Interp::truthy`],
//!   [`Interp::collect`] and [`Interp::make_dict`]. Its other public methods are the
//!   runtime's own.
//! - [`Value`], a Python object, with its constructors (`Value::str`, `Value::bytes`,
//!   `Value::list`, `Value::tuple`, `Value::from_bigint`, `Value::from_bool`,
//!   `Value::from_f64`; a bool or float payload is a [`BoolWord`] or [`FloatWord`],
//!   read with `.get()`); conversions out of it:
//!   [`to_bigint`], [`to_f64`], [`bytes_like`], [`dict_items`].
//! - Errors: [`PyErr`] and [`PyResult`] (an exception in flight), [`ExcKind`] (the
//!   built-in exception classes), [`LimitError`], [`RunError`], and what
//!   [`Interp::describe`] gives: [`Uncaught`], [`ExceptionReport`].
//! - [`Output`], the sink `print` writes to.
//! - [`ModuleInit`], a module constructor for the registry.
//! - [`Access`] (with [`FileAccess`], [`Mount`], [`mount`], [`StdinSource`]): what a script
//!   may reach outside the interpreter.
//! - [`host_function`] (a Python function that runs a host closure) and
//!   [`share_buffer`] with [`BufferKind`] and [`HostBuffer`] (bytes shared without
//!   copying).
#![forbid(unsafe_code)]

mod boot;
pub(crate) mod builtins;
mod embed;
pub(crate) mod error;
pub(crate) mod interp;
pub(crate) mod object;
pub(crate) mod protocols;
pub(crate) mod stdlib;
pub(crate) mod types;

pub(crate) mod exec;
pub use embed::{
    bytes_like, class_name, dict_items, host_function, share_buffer, to_bigint, to_f64, BufferKind,
    ExceptionReport, HostBuffer, HostView, Uncaught,
};
pub use error::{ExcKind, LimitError, PyErr, PyResult};
pub use interp::{Interp, RunError};
pub use object::access::{mount, Access, FileAccess, Intent, Mount, StdinSource};
pub use object::output::Output;
pub use object::value::{BoolWord, FloatWord, Value};
pub use stdlib::ModuleInit;
