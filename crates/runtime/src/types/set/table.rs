//! CPython's set hash table (Objects/setobject.c, 3.11), slot for slot: open addressing
//! with runs of linear probes then perturbed probing, dummies left where keys were
//! removed, growth when 60% of the slots are filled. A set iterates in slot order, so
//! modelling the table exactly is what makes `print({3, 1, 2})` match CPython.
//!
//! This file holds the parts that run no Python code; `ops.rs` adds the lookups that
//! compare keys with `__eq__`.

use std::cell::{Cell, RefCell};

use crate::error::PyResult;
use crate::object::value::Value;

/// The size of a new (or cleared) table.
pub const MIN_SIZE: usize = 8;
/// How many slots after the first a run of linear probes inspects.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash a dummy slot carries (no real hash is -1).
const DUMMY: i64 = -1;

/// One slot: empty (no key, hash 0), a dummy (no key, hash -1) or active.
#[derive(Default, Clone)]
pub struct Slot {
    pub hash: i64,
    pub key: Option<Value>,
}

impl Slot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
}

/// Slots a merge copies between two checks of the limits.
const MERGE_PIECE: usize = 1 << 14;

/// A set's (or frozenset's) table.
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: the length.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped whenever the slots are reallocated, so a lookup that ran `__eq__` can tell
    /// that the table it was probing is gone (CPython compares table pointers).
    generation: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            slots: vec![Slot::default(); MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }
}

/// A `set` or `frozenset` object: its table, and a frozenset's cached hash.
pub struct SetObj {
    pub table: RefCell<SetTable>,
    pub hash: Cell<Option<i64>>,
}

impl SetObj {
    pub fn new(table: SetTable) -> SetObj {
        SetObj {
            table: RefCell::new(table),
            hash: Cell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
}

/// Frozensets nest (and tuples in sets): freed without deep recursion.
impl Drop for SetTable {
    fn drop(&mut self) {
        if self
            .slots
            .iter()
            .any(|s| s.key.as_ref().is_some_and(crate::object::value::may_nest))
        {
            let keys = std::mem::take(&mut self.slots)
                .into_iter()
                .filter_map(|s| s.key)
                .collect();
            crate::object::value::drop_values(keys);
        }
    }
}

/// The position of a probe sequence: runs of consecutive slots, then a jump.
#[derive(Clone, Copy)]
pub struct Probe {
    start: usize,
    offset: usize,
    run: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline]
    pub fn new(hash: i64, mask: usize) -> Probe {
        let start = (hash as u64 as usize) & mask;
        Probe {
            start,
            offset: 0,
            run: if start + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    pub fn slot(&self) -> usize {
        self.start + self.offset
    }

    #[inline]
    pub fn advance(&mut self) {
        if self.offset < self.run {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.start = (self.start * 5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
        self.offset = 0;
        self.run = if self.start + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
    }
}

/// What a probe found for a key.
pub enum Search {
    /// The slot of an equal key.
    Found(usize),
    /// No equal key: the first empty slot on the probe sequence.
    Absent(usize),
    /// A slot whose key has the same hash and needs Python's `==` to compare.
    Ask(usize),
}

/// Key equality that needs no Python code: `None` when `__eq__` (or a container of
/// objects that may define it) must decide.
#[inline]
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        _ if plain(a, 2) && plain(b, 2) => Some(crate::types::hash::keys_equal(a, b)),
        _ => None,
    }
}

/// Whether equality of `v` is decided by its content alone (no user `__eq__` inside).
fn plain(v: &Value, depth: u32) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Ellipsis => true,
        Value::Tuple(items) => depth > 0 && items.iter().all(|i| plain(i, depth - 1)),
        _ => false,
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn slot(&self, i: usize) -> &Slot {
        &self.slots[i]
    }

    /// Continues a probe for `key` (CPython's `set_lookkey`): dummies are passed over.
    /// `freeslot`, when given, records the last dummy passed (where `set_add_entry`
    /// puts a new key).
    #[inline]
    pub fn search(
        &self,
        hash: i64,
        key: &Value,
        probe: &mut Probe,
        mut freeslot: Option<&mut Option<usize>>,
    ) -> Search {
        loop {
            let i = probe.slot();
            let s = &self.slots[i];
            match &s.key {
                None => {
                    if s.hash == 0 {
                        return Search::Absent(i);
                    }
                    if let Some(f) = freeslot.as_deref_mut() {
                        *f = Some(i);
                    }
                }
                Some(k) if s.hash == hash => {
                    if k.is(key) {
                        return Search::Found(i);
                    }
                    match native_key_eq(k, key) {
                        Some(true) => return Search::Found(i),
                        Some(false) => {}
                        None => return Search::Ask(i),
                    }
                }
                Some(_) => {}
            }
            probe.advance();
        }
    }

    /// Whether an equal key is present, comparing without Python code (for frozensets
    /// used as dict keys: user objects inside compare by identity).
    pub fn contains_native(&self, hash: i64, key: &Value) -> bool {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            match self.search(hash, key, &mut probe, None) {
                Search::Found(_) => return true,
                Search::Absent(_) => return false,
                Search::Ask(i) => {
                    if let Some(k) = &self.slots[i].key {
                        if crate::types::hash::keys_equal(k, key) {
                            return true;
                        }
                    }
                    probe.advance();
                }
            }
        }
    }

    /// Puts a new key in slot `i` (empty or dummy) and grows the table if it filled up.
    pub fn put(&mut self, i: usize, key: Value, hash: i64) {
        let s = &mut self.slots[i];
        let was_empty = s.is_empty();
        s.key = Some(key);
        s.hash = hash;
        self.used += 1;
        if !was_empty {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth());
        }
    }

    /// Whether slot `i` can take a new key (a stale index after Python code ran may not).
    pub fn is_free(&self, i: usize) -> bool {
        i < self.slots.len() && self.slots[i].key.is_none()
    }

    /// The size asked for when the table fills up.
    fn growth(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Turns the active slot `i` into a dummy and returns its key.
    pub fn take(&mut self, i: usize) -> Option<Value> {
        let s = &mut self.slots[i];
        let key = s.key.take()?;
        s.hash = DUMMY;
        self.used -= 1;
        Some(key)
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping dummies
    /// (CPython's `set_table_resize`).
    pub fn resize(&mut self, minused: usize) {
        let size = table_size(minused);
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.generation += 1;
        self.fill = self.used;
        let mask = size - 1;
        for s in old {
            if let Some(k) = s.key {
                insert_clean(&mut self.slots, mask, k, s.hash);
            }
        }
    }

    /// After a `difference_update`: more than a quarter of dummies are resized away.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }

    /// Makes the table empty at the minimum size, returning the keys it held.
    pub fn clear(&mut self) -> Vec<Value> {
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); MIN_SIZE]);
        self.generation += 1;
        self.fill = 0;
        self.used = 0;
        old.into_iter().filter_map(|s| s.key).collect()
    }

    /// The active (key, hash) pairs in slot order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (k.clone(), s.hash)))
            .collect()
    }

    /// The keys in slot order (iteration order).
    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter_map(|s| s.key.clone()).collect()
    }

    /// The first active slot at or after `pos`, and its key.
    #[inline]
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.slots
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(j, s)| s.key.as_ref().map(|k| (pos + j, k)))
    }

    /// `set.pop()`: the first key from the finger on, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_none() {
            i = if i >= mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.take(i)
    }

    /// `set_merge` into a table that has no keys yet, with the key hashes known: the
    /// copy of `other`'s slots when the sizes agree, else clean insertions in its order.
    /// Returns false when `self` is not empty (the caller adds key by key).
    pub fn merge_fast(
        &mut self,
        other: &SetTable,
        charge: &mut dyn FnMut(usize) -> PyResult<()>,
    ) -> PyResult<bool> {
        if other.used == 0 {
            return Ok(true);
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return Ok(false);
        }
        // In pieces, each charged for its keys, so a huge copy meets the deadline; the
        // counts stay true if a limit stops it part way.
        let same_layout = self.mask() == other.mask() && other.fill == other.used;
        let mask = self.mask();
        for (i, piece) in other.slots.chunks(MERGE_PIECE).enumerate() {
            let mut keys = 0;
            if same_layout {
                let start = i * MERGE_PIECE;
                if let Some(dst) = self.slots.get_mut(start..start + piece.len()) {
                    dst.clone_from_slice(piece);
                }
                keys = piece.iter().filter(|s| s.key.is_some()).count();
            } else {
                for s in piece {
                    if let Some(k) = &s.key {
                        insert_clean(&mut self.slots, mask, k.clone(), s.hash);
                        keys += 1;
                    }
                }
            }
            self.fill += keys;
            self.used += keys;
            charge(keys)?;
        }
        Ok(true)
    }

    /// The bytes a new table takes if adding `n` keys would grow this one (for the memory
    /// limit's probe before it is made), or None.
    pub fn growth_bytes(&self, n: usize) -> Option<usize> {
        let fill = self.fill.saturating_add(n);
        (fill.saturating_mul(5) >= self.mask() * 3).then(|| {
            let minused = self
                .growth()
                .max(self.used.saturating_add(n).saturating_mul(2));
            table_size(minused).saturating_mul(std::mem::size_of::<Slot>())
        })
    }

    /// Before adding `n` keys from a set or dict: one big resize instead of several.
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Exchanges the contents (not the pop finger) with `other` (`set_swap_bodies`).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.generation += 1;
        other.generation += 1;
    }
}

/// The smallest power of two above `minused`, at least [`MIN_SIZE`].
fn table_size(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// Puts a key known to be absent into a table without dummies (`set_insert_clean`).
fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut probe = Probe::new(hash, mask);
    while slots[probe.slot()].key.is_some() {
        probe.advance();
    }
    let s = &mut slots[probe.slot()];
    s.key = Some(key);
    s.hash = hash;
}

/// CPython's frozenset hash: independent of the order of the items.
pub fn frozenset_hash(t: &SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for s in &t.slots {
        if s.key.is_some() {
            hash ^= shuffle(s.hash as u64);
        }
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dummies_are_slots_without_keys() {
        let mut t = SetTable::default();
        let mut probe = Probe::new(3, t.mask());
        let Search::Absent(i) = t.search(3, &Value::Int(3), &mut probe, None) else {
            panic!("found in an empty table");
        };
        t.put(i, Value::Int(3), 3);
        assert_eq!(t.take(i).map(|v| v.is(&Value::Int(3))), Some(true));
        assert!(t.slots[i].key.is_none() && t.slots[i].hash == DUMMY);
        assert_eq!((t.fill, t.used), (1, 0));
    }
}
