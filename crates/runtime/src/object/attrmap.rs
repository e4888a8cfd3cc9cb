//! Attribute dictionaries keyed by interned names, in insertion order (a class body's
//! order is what `__dict__`, `vars()` and metaclasses such as enum's see, as in CPython).
//!
//! Most maps are an instance's few attributes: up to [`SMALL`] entries live in one vector
//! searched in order (a scan of a few `u32`s beats hashing, and one allocation of 24
//! bytes an entry replaces an index table beside an entry vector). A map that grows past
//! that (a class, a module) moves to a hashed `IndexMap` and stays there.

use std::hash::BuildHasherDefault;

use indexmap::IndexMap;
use rustc_hash::FxHasher;

use crate::object::intern::Sym;
use crate::object::value::Value;

/// Entries kept in the vector before the map moves to the hashed form.
const SMALL: usize = 8;

type Hashed = IndexMap<Sym, Value, BuildHasherDefault<FxHasher>>;

/// (Out of line, so that the scan of a small map inlines into its callers.)
#[inline(never)]
fn hashed_get<'a>(m: &'a Hashed, key: &Sym) -> Option<&'a Value> {
    m.get(key)
}

#[derive(Clone)]
enum Repr {
    Small(Vec<(Sym, Value)>),
    Hashed(Box<Hashed>),
}

#[derive(Clone)]
pub struct AttrMap(Repr);

impl Default for AttrMap {
    fn default() -> AttrMap {
        AttrMap(Repr::Small(Vec::new()))
    }
}

impl AttrMap {
    pub fn new() -> AttrMap {
        AttrMap::default()
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Small(v) => v.len(),
            Repr::Hashed(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The position of `key`.
    #[inline]
    pub fn get_index_of(&self, key: &Sym) -> Option<usize> {
        match &self.0 {
            Repr::Small(v) => v.iter().position(|(k, _)| k == key),
            Repr::Hashed(m) => m.get_index_of(key),
        }
    }

    #[inline]
    pub fn get(&self, key: &Sym) -> Option<&Value> {
        match &self.0 {
            Repr::Small(v) => v.iter().find(|(k, _)| k == key).map(|(_, x)| x),
            Repr::Hashed(m) => hashed_get(m, key),
        }
    }

    /// `get` for a call site that looks the same name up in the same big map again and
    /// again (a module's function): it tries the position it found last, kept in `hint`.
    #[inline]
    pub fn get_hinted(&self, key: &Sym, hint: &std::cell::Cell<u32>) -> Option<&Value> {
        let Repr::Hashed(m) = &self.0 else {
            return self.get(key);
        };
        if let Some((k, v)) = m.get_index(hint.get() as usize) {
            if k == key {
                return Some(v);
            }
        }
        let (i, _, v) = m.get_full(key)?;
        hint.set(i as u32);
        Some(v)
    }

    #[inline]
    pub fn get_mut(&mut self, key: &Sym) -> Option<&mut Value> {
        match &mut self.0 {
            Repr::Small(v) => v.iter_mut().find(|(k, _)| k == key).map(|(_, x)| x),
            Repr::Hashed(m) => m.get_mut(key),
        }
    }

    pub fn contains_key(&self, key: &Sym) -> bool {
        self.get_index_of(key).is_some()
    }

    /// Makes room for `more` new keys (a built-in type's methods, set up at once).
    pub fn reserve(&mut self, more: usize) {
        match &mut self.0 {
            Repr::Small(v) if v.len() + more <= SMALL => v.reserve(more),
            Repr::Small(v) => {
                let mut m = Hashed::with_capacity_and_hasher(v.len() + more, Default::default());
                m.extend(v.drain(..));
                self.0 = Repr::Hashed(Box::new(m));
            }
            Repr::Hashed(m) => m.reserve(more),
        }
    }

    /// Sets `key` to `value`: an existing key keeps its position, a new one goes last.
    /// The old value, if there was one.
    #[inline]
    pub fn insert(&mut self, key: Sym, value: Value) -> Option<Value> {
        match &mut self.0 {
            Repr::Small(v) => {
                if let Some((_, old)) = v.iter_mut().find(|(k, _)| *k == key) {
                    return Some(std::mem::replace(old, value));
                }
                if v.len() < SMALL {
                    v.push((key, value));
                    return None;
                }
                let mut m = Hashed::with_capacity_and_hasher(SMALL * 2, Default::default());
                m.extend(v.drain(..));
                m.insert(key, value);
                self.0 = Repr::Hashed(Box::new(m));
                None
            }
            Repr::Hashed(m) => m.insert(key, value),
        }
    }

    /// Removes `key`, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &Sym) -> Option<Value> {
        match &mut self.0 {
            Repr::Small(v) => {
                let i = v.iter().position(|(k, _)| k == key)?;
                Some(v.remove(i).1)
            }
            Repr::Hashed(m) => m.shift_remove(key),
        }
    }

    pub fn clear(&mut self) {
        self.0 = Repr::Small(Vec::new());
    }

    pub fn iter(&self) -> Iter<'_> {
        match &self.0 {
            Repr::Small(v) => Iter::Small(v.iter()),
            Repr::Hashed(m) => Iter::Hashed(m.iter()),
        }
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Sym> + ExactSizeIterator {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.iter().map(|(_, v)| v)
    }

    /// The values, taking the map apart.
    pub fn into_values(self) -> impl Iterator<Item = Value> {
        self.into_iter().map(|(_, v)| v)
    }

    /// Empties the map, freeing its values without deep recursion (an object's
    /// attributes can chain objects: see `value::drop_values`).
    pub fn free(&mut self) {
        let taken = std::mem::take(self);
        if taken.values().any(crate::object::value::may_nest) {
            crate::object::value::drop_values(taken.into_values().collect());
        }
    }
}

/// The entries of an [`AttrMap`], in order.
pub enum Iter<'a> {
    Small(std::slice::Iter<'a, (Sym, Value)>),
    Hashed(indexmap::map::Iter<'a, Sym, Value>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a Sym, &'a Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Small(it) => it.next().map(|(k, v)| (k, v)),
            Iter::Hashed(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Small(it) => it.size_hint(),
            Iter::Hashed(it) => it.size_hint(),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Small(it) => it.next_back().map(|(k, v)| (k, v)),
            Iter::Hashed(it) => it.next_back(),
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a AttrMap {
    type Item = (&'a Sym, &'a Value);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl IntoIterator for AttrMap {
    type Item = (Sym, Value);
    type IntoIter = Box<dyn Iterator<Item = (Sym, Value)>>;

    fn into_iter(self) -> Self::IntoIter {
        match self.0 {
            Repr::Small(v) => Box::new(v.into_iter()),
            Repr::Hashed(m) => Box::new(m.into_iter()),
        }
    }
}

impl Extend<(Sym, Value)> for AttrMap {
    fn extend<I: IntoIterator<Item = (Sym, Value)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl FromIterator<(Sym, Value)> for AttrMap {
    fn from_iter<I: IntoIterator<Item = (Sym, Value)>>(items: I) -> AttrMap {
        let mut m = AttrMap::new();
        m.extend(items);
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_hashed_keep_order_and_values() {
        let mut m = AttrMap::new();
        for i in 0..20u32 {
            assert!(m.insert(Sym(i), Value::Int(i64::from(i))).is_none());
            assert_eq!(m.len(), i as usize + 1);
            let order: Vec<u32> = m.keys().map(|k| k.0).collect();
            assert_eq!(order, (0..=i).collect::<Vec<_>>());
        }
        assert!(matches!(
            m.insert(Sym(3), Value::Int(-3)),
            Some(Value::Int(3))
        ));
        assert_eq!(m.get_index_of(&Sym(3)), Some(3));
        assert!(matches!(m.shift_remove(&Sym(0)), Some(Value::Int(0))));
        assert_eq!(m.get_index_of(&Sym(3)), Some(2));
        let mut s = AttrMap::new();
        s.insert(Sym(1), Value::None);
        s.insert(Sym(2), Value::None);
        assert!(s.shift_remove(&Sym(1)).is_some());
        assert_eq!(s.keys().map(|k| k.0).collect::<Vec<_>>(), vec![2]);
        assert!(s.get(&Sym(1)).is_none());
    }
}
