//! Insertion-ordered dicts, keyed by a value and its precomputed Python hash.

use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::IndexMap;
use rustc_hash::FxHasher;

use crate::object::value::Value;

pub struct HashKey {
    pub hash: i64,
    pub value: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && crate::types::hash::keys_equal(&self.value, &other.value)
    }
}

impl Eq for HashKey {}

/// A key looked up by reference, with its hash already known (another dict's entry):
/// nothing is cloned or hashed again.
pub struct KeyRef<'a> {
    pub hash: i64,
    pub value: &'a Value,
}

impl Hash for KeyRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<HashKey> for KeyRef<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        self.hash == key.hash && crate::types::hash::keys_equal(self.value, &key.value)
    }
}

impl HashKey {
    pub fn into_value(mut self) -> Value {
        std::mem::replace(&mut self.value, Value::None)
    }
}

/// Frozensets nest through their keys: freed without deep recursion.
impl Drop for HashKey {
    fn drop(&mut self) {
        crate::object::value::drop_value(std::mem::replace(&mut self.value, Value::None));
    }
}

/// A dict's entries in insertion order.
pub type Dict = IndexMap<HashKey, Value, BuildHasherDefault<FxHasher>>;

pub fn new_dict() -> Dict {
    Dict::default()
}

/// A copy of a dict's items, for loops that run Python code (which may change the dict).
pub fn items(d: &Dict) -> Vec<(Value, Value)> {
    d.iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect()
}
