//! The flag values and `re.RegexFlag`: a small int subclass whose `|`, `&`, `^` and `~`
//! keep the class and whose repr is 3.11's (`re.IGNORECASE|re.MULTILINE`).

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

pub(crate) const TEMPLATE: u32 = 1;
pub(crate) const IGNORECASE: u32 = 2;
pub(crate) const LOCALE: u32 = 4;
pub(crate) const MULTILINE: u32 = 8;
pub(crate) const DOTALL: u32 = 16;
pub(crate) const UNICODE: u32 = 32;
pub(crate) const VERBOSE: u32 = 64;
pub(crate) const DEBUG: u32 = 128;
pub(crate) const ASCII: u32 = 256;
pub(crate) const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
pub(crate) const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// The members in definition order (the order their repr lists them), with the short
/// aliases the module also exports.
pub(crate) const MEMBERS: &[(&str, &str, u32)] = &[
    ("ASCII", "A", ASCII),
    ("IGNORECASE", "I", IGNORECASE),
    ("LOCALE", "L", LOCALE),
    ("UNICODE", "U", UNICODE),
    ("MULTILINE", "M", MULTILINE),
    ("DOTALL", "S", DOTALL),
    ("VERBOSE", "X", VERBOSE),
    ("TEMPLATE", "T", TEMPLATE),
    ("DEBUG", "", DEBUG),
];

const ALL: i64 = 511;

/// `re.IGNORECASE|re.MULTILINE`, as RegexFlag's repr and str show `v`.
pub(crate) fn flag_repr(v: i64) -> String {
    if v == 0 {
        return "re.NOFLAG".into();
    }
    if v < 0 {
        return format!("-{}", flag_repr(-v));
    }
    let mut parts = Vec::new();
    let mut rest = v;
    for &(name, _, bit) in MEMBERS {
        if v & i64::from(bit) != 0 {
            parts.push(format!("re.{name}"));
            rest &= !i64::from(bit);
        }
    }
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    parts.join("|")
}

/// The `Pattern` repr's flags (`_sre`'s order; UNICODE omitted for a str pattern).
pub(crate) fn pattern_flags_repr(mut flags: u32, is_str: bool) -> String {
    if is_str && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    let order = [
        ("TEMPLATE", TEMPLATE),
        ("IGNORECASE", IGNORECASE),
        ("LOCALE", LOCALE),
        ("MULTILINE", MULTILINE),
        ("DOTALL", DOTALL),
        ("UNICODE", UNICODE),
        ("VERBOSE", VERBOSE),
        ("DEBUG", DEBUG),
        ("ASCII", ASCII),
    ];
    let mut parts = Vec::new();
    for (name, bit) in order {
        if flags & bit != 0 {
            parts.push(format!("re.{name}"));
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("{flags:#x}"));
    }
    parts.join("|")
}

/// Makes the `RegexFlag` class.
pub(crate) fn make_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    let methods: &[(&'static str, MethodImpl)] = &[
        ("__repr__", repr),
        ("__str__", repr),
        ("__or__", or),
        ("__ror__", or),
        ("__and__", and),
        ("__rand__", and),
        ("__xor__", xor),
        ("__rxor__", xor),
        ("__invert__", invert),
    ];
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("re"));
    for &(name, imp) in methods {
        let key = interp.intern(name);
        let f = BuiltinFunction {
            name,
            owner: None,
            imp: BuiltinImpl::Method(imp),
            module: None,
        };
        ns.insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
    }
    let int = Value::Class(interp.builtin_class("int"));
    match crate::types::object::new_class(interp, None, "RegexFlag", "RegexFlag", vec![int], ns)? {
        Value::Class(c) => Ok(c),
        _ => Err(PyErr::type_error("re: cannot make RegexFlag")),
    }
}

pub(crate) fn flag(class: &Rc<Class>, v: i64) -> Value {
    Value::Instance(crate::object::alloc::alloc(Instance::with_native(
        class.clone(),
        Value::Int(v),
    )))
}

fn value_of(v: &Value) -> Option<i64> {
    match v.unwrap_native() {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(b.get())),
        _ => None,
    }
}

fn this_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    Ok(super::classes(interp)?.flag)
}

fn repr(_: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::str(flag_repr(value_of(this).unwrap_or(0))))
}

fn binop(interp: &mut Interp, this: &Value, args: Args, f: fn(i64, i64) -> i64) -> PyResult<Value> {
    let [other] = args.parse("__or__", ["other"], 1)?;
    let (Some(a), Some(b)) = (value_of(this), other.as_ref().and_then(value_of)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(flag(&this_class(interp)?, f(a, b)))
}

fn or(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binop(interp, this, args, |a, b| a | b)
}

fn and(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binop(interp, this, args, |a, b| a & b)
}

fn xor(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    binop(interp, this, args, |a, b| a ^ b)
}

fn invert(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let v = value_of(this).unwrap_or(0);
    // Bits past the members count as members of their own (Flag's boundary).
    let mask = if v > ALL {
        ALL | ((1i64 << (64 - v.leading_zeros()).min(62)) - 1)
    } else {
        ALL
    };
    Ok(flag(&this_class(interp)?, mask & !v))
}
