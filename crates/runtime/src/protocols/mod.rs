//! Operations over any value: arithmetic, items, attributes, iteration, repr, hash,
//! formatting and argument conversion.

pub mod attributes;
pub mod format_spec;
pub mod items;
pub mod iteration;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod sequence_ops;
