//! Sorting: a stable sort with CPython's key, reverse and comparison-error rules, shared
//! by `list.sort` and `sorted`.

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;

/// Sorts values in place, stably, with an optional key and reverse flag.
pub fn sort_values(
    interp: &mut Interp,
    items: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if key.is_none() {
        crate::types::sequence::clone_items(interp, &items)?
    } else {
        items
            .iter()
            .map(|v| {
                interp.limits.tick()?;
                interp.call(key, vec![v.clone()], vec![])
            })
            .collect::<PyResult<_>>()?
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut error: Option<PyErr> = None;
    // Merge sort through a comparison that can fail: remember the first error.
    idx.sort_by(|&a, &b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        // One step per comparison: a sort costs what it compares.
        if let Err(e) = interp.limits.tick() {
            error = Some(e);
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        match interp
            .compare(minipy_syntax::ast::CmpOp::Lt, x, y)
            .and_then(|r| interp.truthy(&r))
        {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match interp
                .compare(minipy_syntax::ast::CmpOp::Lt, y, x)
                .and_then(|r| interp.truthy(&r))
            {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    crate::types::sequence::charge_items(interp, items.len())?;
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// The `key=` and `reverse=` keywords of `sorted()` and `list.sort()`.
pub fn sort_options(interp: &mut Interp, args: Args) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kw {
        match &**k {
            "key" => key = v.clone(),
            "reverse" => reverse = interp.truthy(v)?,
            other => return Err(messages::unexpected_keyword("sort", other)),
        }
    }
    Ok((key, reverse))
}
