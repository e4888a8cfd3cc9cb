//! The standard-library modules a script can import.

pub mod math;
pub mod r#struct;
pub mod sys;
