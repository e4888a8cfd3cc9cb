//! `int`, `bool`, `float` and `complex`: their data, arithmetic helpers and methods.

pub mod bigarith;
pub mod complex;
pub mod float;
pub mod float_hex;
pub mod index;
pub mod int;
pub mod methods;
pub mod rounding;
pub mod special;
