//! `int`, `bool` and `float`: their data, arithmetic helpers and methods.

pub mod float;
pub mod int;
pub mod methods;
