//! Binding call arguments to a Python function's parameters, with CPython's messages.

use std::rc::Rc;

use crate::dict::{new_dict, HashKey};
use crate::exceptions::{PyErr, PyResult};
use crate::function::Function;
use crate::interp::Interp;
use crate::value::Value;

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// The parameter slot of each argument of a call site, when the arguments can be bound
/// straight into the callee's frame: positional arguments after `first` pre-filled slots
/// (a method's `self`), keywords naming distinct, not yet filled parameters, and every
/// parameter left out having a default. `None` sends the call down the general path,
/// which reports any error; nothing has been evaluated by then.
pub fn direct_slots(func: &Function, args: &[crate::code::Arg], first: usize) -> Option<SlotMap> {
    use crate::code::Arg;
    let code = &func.code;
    let spec = &code.params;
    if spec.vararg || spec.kwarg || first > spec.positional {
        return None;
    }
    let nparams = spec.positional + spec.kwonly;
    let mut slots = SlotMap::new();
    let mut filled = SlotMap::from_elem(0, nparams);
    for (i, a) in args.iter().enumerate() {
        let slot = match a {
            Arg::Positional(_) if slots.len() == i && first + i < spec.positional => first + i,
            Arg::Keyword(name, _) => {
                let k = code.local_names[..nparams].iter().position(|n| n == name)?;
                if k < spec.posonly {
                    return None;
                }
                k
            }
            _ => return None,
        };
        if filled[slot] != 0 || slot < first {
            return None;
        }
        filled[slot] = 1;
        slots.push(slot);
    }
    let first_default = spec.positional - func.defaults.len();
    let missing_ok = (first..nparams).all(|j| {
        filled[j] != 0
            || (j < spec.positional && j >= first_default)
            || (j >= spec.positional && func.kwdefaults[j - spec.positional].is_some())
    });
    missing_ok.then_some(slots)
}

/// Where each argument of a call goes (see [`direct_slots`]).
pub type SlotMap = smallvec::SmallVec<[usize; 8]>;

/// Fills the parameters [`direct_slots`] found missing with their defaults.
pub fn fill_defaults(func: &Function, locals: &mut [Option<Value>]) {
    let spec = &func.code.params;
    let first_default = spec.positional - func.defaults.len();
    for (j, slot) in locals[..spec.positional + spec.kwonly]
        .iter_mut()
        .enumerate()
    {
        if slot.is_none() {
            *slot = if j < spec.positional {
                func.defaults.get(j.wrapping_sub(first_default)).cloned()
            } else {
                func.kwdefaults[j - spec.positional].clone()
            };
        }
    }
}

/// Fills the parameter slots of `func` from the call's arguments.
pub fn bind_arguments(
    interp: &mut Interp,
    func: &Rc<Function>,
    mut pos: Vec<Value>,
    kw: &[(Rc<str>, Value)],
) -> PyResult<Vec<Option<Value>>> {
    let code = &func.code;
    let spec = &code.params;
    let nlocals = code.nlocals();
    let npos = spec.positional;
    // Fast path: exactly the positional parameters, nothing else.
    if kw.is_empty() && pos.len() == npos && !spec.vararg && !spec.kwarg && spec.kwonly == 0 {
        let mut locals = interp.new_locals(nlocals);
        locals.extend(pos.into_iter().map(Some));
        locals.resize(nlocals, None);
        return Ok(locals);
    }
    let qualname = func.qualname.borrow().clone();
    let mut locals: Vec<Option<Value>> = vec![None; nlocals];
    let given_pos = pos.len();
    let extra = if pos.len() > npos {
        pos.split_off(npos)
    } else {
        vec![]
    };
    for (i, v) in pos.into_iter().enumerate() {
        locals[i] = Some(v);
    }
    let vararg_slot = npos;
    let kwonly_start = npos + spec.vararg as usize;
    let kwarg_slot = kwonly_start + spec.kwonly;
    if spec.vararg {
        locals[vararg_slot] = Some(Value::tuple(extra));
    } else if !extra.is_empty() {
        let ndefaults = func.defaults.len();
        let kw_given = kw
            .iter()
            .filter(|(k, _)| {
                code.local_names[kwonly_start..kwonly_start + spec.kwonly]
                    .iter()
                    .any(|n| n == k)
            })
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", npos - ndefaults, npos)
        } else {
            format!(
                "{} positional argument{}",
                npos,
                if npos == 1 { "" } else { "s" }
            )
        };
        let was = if given_pos == 1 { "was" } else { "were" };
        let kw_part = if kw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given_pos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let was = if kw_given > 0 { "were" } else { was };
        return Err(PyErr::type_error(format!(
            "{qualname}() takes {takes} but {given_pos}{kw_part} {was} given"
        )));
    }
    let mut kwargs = if spec.kwarg { Some(new_dict()) } else { None };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in kw {
        let slot = code.local_names[spec.posonly..npos]
            .iter()
            .position(|n| n == k)
            .map(|i| i + spec.posonly)
            .or_else(|| {
                code.local_names[kwonly_start..kwonly_start + spec.kwonly]
                    .iter()
                    .position(|n| n == k)
                    .map(|i| i + kwonly_start)
            });
        match slot {
            Some(s) => {
                if locals[s].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{qualname}() got multiple values for argument '{k}'"
                    )));
                }
                locals[s] = Some(v.clone());
            }
            None => match &mut kwargs {
                Some(d) => {
                    let key = Value::str(&**k);
                    let hash = crate::hash::native_hash(&key).unwrap_or(0);
                    d.insert(HashKey { hash, value: key }, v.clone());
                }
                None => {
                    if code.local_names[..spec.posonly].iter().any(|n| n == k) {
                        posonly_as_kw.push(k);
                        continue;
                    }
                    return Err(PyErr::type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{k}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults fill the trailing positional parameters.
    let first_default = npos - func.defaults.len();
    let mut missing: Vec<&str> = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(npos) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(func.defaults[i - first_default].clone());
            } else {
                missing.push(&code.local_names[i]);
            }
        }
    }
    if !missing.is_empty() {
        let n = missing.len();
        return Err(PyErr::type_error(format!(
            "{qualname}() missing {n} required positional argument{}: {}",
            if n == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    let mut missing_kw: Vec<&str> = Vec::new();
    for j in 0..spec.kwonly {
        let s = kwonly_start + j;
        if locals[s].is_none() {
            match func.kwdefaults.get(j).cloned().flatten() {
                Some(d) => locals[s] = Some(d),
                None => missing_kw.push(&code.local_names[s]),
            }
        }
    }
    if !missing_kw.is_empty() {
        let n = missing_kw.len();
        return Err(PyErr::type_error(format!(
            "{qualname}() missing {n} required keyword-only argument{}: {}",
            if n == 1 { "" } else { "s" },
            quoted_list(&missing_kw)
        )));
    }
    if let Some(d) = kwargs {
        locals[kwarg_slot] = Some(Value::dict(d));
    }
    Ok(locals)
}
