//! `product`, `permutations`, `combinations` and `combinations_with_replacement`:
//! their pools are read once, at construction (as CPython does); each step moves
//! a vector of indices, in CPython's order.

use super::{parse, Iter};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::numbers::index::ssize_arg;

pub(crate) struct Product {
    pools: Vec<Vec<Value>>,
    indices: Option<Vec<usize>>,
    done: bool,
}

pub(crate) struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

/// Both kinds of combinations: `replace` allows an item to repeat.
pub(crate) struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    replace: bool,
    started: bool,
    done: bool,
}

fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

pub(super) fn product(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let mut repeat = 1;
    for (k, v) in args.kw {
        if &**k != "repeat" {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
        repeat = ssize_arg(interp, v)?;
    }
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        pools.push(interp.collect(v)?);
    }
    let total = pools.len().saturating_mul(repeat as usize);
    interp
        .limits
        .check_alloc(total.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut all = Vec::with_capacity(total);
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    let done = all.iter().any(|p| p.is_empty());
    Ok(Iter::Product(Product {
        pools: all,
        indices: None,
        done,
    }))
}

impl Product {
    pub(super) fn next(&mut self) -> Option<Value> {
        if self.done {
            return None;
        }
        let Some(indices) = &mut self.indices else {
            let first = vec![0; self.pools.len()];
            let out = Value::tuple(self.pools.iter().map(|p| p[0].clone()).collect());
            self.indices = Some(first);
            return Some(out);
        };
        // Advance the rightmost index that can move, resetting those after it.
        let mut i = self.pools.len();
        loop {
            if i == 0 {
                self.done = true;
                return None;
            }
            i -= 1;
            indices[i] += 1;
            if indices[i] < self.pools[i].len() {
                break;
            }
            indices[i] = 0;
        }
        let items = self
            .pools
            .iter()
            .zip(indices.iter())
            .map(|(p, &k)| p[k].clone())
            .collect();
        Some(Value::tuple(items))
    }
}

fn r_arg(interp: &mut Interp, v: &Value) -> PyResult<usize> {
    let r = ssize_arg(interp, v)?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

pub(super) fn permutations(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    let [iterable, r] = parse("permutations", &args, ["iterable", "r"], 1, 2)?;
    let pool = interp.collect(&iterable.unwrap_or(Value::None))?;
    let n = pool.len();
    let r = match r {
        None | Some(Value::None) => n,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => r_arg(interp, &v)?,
        Some(v) if crate::types::numbers::int::is_int(&v) => r_arg(interp, &v)?,
        Some(_) => return Err(PyErr::type_error("Expected int as r")),
    };
    let done = r > n;
    Ok(Iter::Permutations(Permutations {
        pool,
        r,
        indices: (0..n).collect(),
        cycles: if done {
            vec![]
        } else {
            (n - r + 1..=n).rev().collect()
        },
        started: false,
        done,
    }))
}

impl Permutations {
    pub(super) fn next(&mut self) -> Option<Value> {
        if self.done {
            return None;
        }
        let (n, r) = (self.pool.len(), self.r);
        if !self.started {
            self.started = true;
            return Some(pick(&self.pool, &self.indices[..r]));
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // Rotate indices[i..] left by one.
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Some(pick(&self.pool, &self.indices[..r]));
            }
        }
        self.done = true;
        None
    }
}

fn combos(interp: &mut Interp, args: Args, name: &str, replace: bool) -> PyResult<Iter> {
    let [iterable, r] = parse(name, &args, ["iterable", "r"], 2, 2)?;
    let pool = interp.collect(&iterable.unwrap_or(Value::None))?;
    let r = r_arg(interp, &r.unwrap_or(Value::None))?;
    let n = pool.len();
    let done = if replace { n == 0 && r > 0 } else { r > n };
    Ok(Iter::Combinations(Combinations {
        pool,
        r,
        indices: if replace {
            vec![0; if done { 0 } else { r }]
        } else {
            (0..r.min(n)).collect()
        },
        replace,
        started: false,
        done,
    }))
}

pub(super) fn combinations(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    combos(interp, args, "combinations", false)
}

pub(super) fn combinations_with_replacement(interp: &mut Interp, args: Args) -> PyResult<Iter> {
    combos(interp, args, "combinations_with_replacement", true)
}

impl Combinations {
    pub(super) fn next(&mut self) -> Option<Value> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
            return Some(pick(&self.pool, &self.indices));
        }
        let (n, r) = (self.pool.len(), self.r);
        // The rightmost index not yet at its highest value.
        let top = |i: usize| if self.replace { n - 1 } else { i + n - r };
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != top(i)) else {
            self.done = true;
            return None;
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = if self.replace {
                self.indices[i]
            } else {
                self.indices[j - 1] + 1
            };
        }
        Some(pick(&self.pool, &self.indices))
    }
}
