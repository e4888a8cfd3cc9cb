//! The built-in types, one folder each: data, method table and protocol hooks together.

pub mod array;
pub mod bytes;
pub mod code;
pub mod codecs;
pub mod dict;
pub mod dispatch;
pub mod exception;
pub mod hash;
pub mod iterator;
pub mod list;
pub mod memoryview;
pub mod numbers;
pub mod object;
pub mod sequence;
pub mod set;
pub mod special_methods;
pub mod str;
