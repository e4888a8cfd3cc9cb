//! `int`, `bool` and `float`: their data, arithmetic helpers and methods.

pub mod float;
pub mod index;
pub mod int;
pub mod methods;
