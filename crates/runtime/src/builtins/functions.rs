//! The built-in functions (`print`, `len`, `isinstance`, ...), one small function each.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::intern::sym;
use crate::object::value::{BoolWord, Value};
use crate::types::iterator::{make, IterState};
use crate::types::list::sort::{sort_options, sort_values};
use crate::types::numbers::index::index_of;
use crate::types::numbers::int;

/// Everything the `builtins` namespace holds.
pub fn table(interp: &mut Interp) -> HashMap<Rc<str>, Value> {
    let mut t: HashMap<Rc<str>, Value> = HashMap::default();
    let funcs: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("iter", iter),
        ("next", next),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("format", format),
        ("dir", dir),
        ("vars", vars),
        ("input", input),
        ("open", open),
        ("__import__", crate::stdlib::dunder_import),
    ];
    for &(name, f) in funcs.iter().chain(crate::builtins::compile::FUNCTIONS) {
        t.insert(name.into(), Interp::builtin_fn(name, f));
    }
    for (name, v) in crate::builtins::help::site_builtins(interp) {
        t.insert(name.into(), v);
    }
    for name in [
        "int",
        "float",
        "complex",
        "bool",
        "str",
        "bytes",
        "bytearray",
        "memoryview",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "slice",
        "type",
        "object",
        "enumerate",
        "zip",
        "reversed",
        "map",
        "filter",
        "property",
        "staticmethod",
        "classmethod",
        "super",
    ] {
        t.insert(name.into(), Value::Class(interp.builtin_class(name)));
    }
    for &kind in ExcKind::ALL {
        t.insert(kind.name().into(), Value::Class(interp.exc_class(kind)));
    }
    let oserror = Value::Class(interp.exc_class(ExcKind::OSError));
    t.insert("IOError".into(), oserror.clone());
    t.insert("EnvironmentError".into(), oserror);
    t.insert("Ellipsis".into(), Value::Ellipsis);
    t.insert("NotImplemented".into(), Value::NotImplemented);
    t.insert("__debug__".into(), Value::from_bool(true));
    t.insert("__build_class__".into(), Value::None);
    t.remove("__build_class__");
    t
}

fn print(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut sep = Some(" ".to_string());
    let mut end = Some("\n".to_string());
    let mut flush = false;
    let mut file = Value::None;
    for (k, v) in args.kw {
        let text = match v {
            Value::None => None,
            Value::Str(s) => Some(s.as_str().to_string()),
            other if &**k == "sep" || &**k == "end" => {
                return Err(PyErr::type_error(format!(
                    "{k} must be None or a string, not {}",
                    other.type_name()
                )))
            }
            _ => None,
        };
        match &**k {
            "sep" => sep = text,
            "end" => end = text,
            "file" => file = v.clone(),
            "flush" => flush = interp.truthy(v)?,
            other => return Err(messages::unexpected_keyword("print", other)),
        }
    }
    let sep = sep.unwrap_or_else(|| " ".into());
    let mut pieces = Vec::with_capacity(args.pos.len() * 2);
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(interp.str(a)?);
    }
    pieces.push(end.unwrap_or_else(|| "\n".into()));
    let target = match file {
        Value::None => crate::stdlib::io::redirected_stdout(interp),
        other => Some(other),
    };
    match target {
        // The output sink itself (no `sys.stdout` replaced, or the original given).
        None => {
            interp.write(&pieces.concat())?;
            if flush {
                interp.out.flush();
            }
        }
        Some(f) if crate::stdlib::io::write_to_stdout(&f) => {
            if !is_open(interp, &f)? {
                return Err(PyErr::value_error("I/O operation on closed file."));
            }
            interp.write(&pieces.concat())?;
            if flush {
                interp.out.flush();
            }
        }
        Some(f) if f.is_none() => {}
        Some(f) => {
            // Any object with a `write` method, a piece at a time.
            let write = interp.get_attr_str(&f, "write")?;
            for p in pieces.into_iter().filter(|p| !p.is_empty()) {
                interp.call(&write, vec![Value::str(p)], vec![])?;
            }
            if flush {
                let flush = interp.get_attr_str(&f, "flush")?;
                interp.call(&flush, vec![], vec![])?;
            }
        }
    }
    Ok(Value::None)
}

/// Whether a file object says it is open.
fn is_open(interp: &mut Interp, f: &Value) -> PyResult<bool> {
    let closed = interp.get_attr_str(f, "closed")?;
    Ok(!interp.truthy(&closed)?)
}

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("len", 1, 1)?;
    let n = interp.len(&a[0])?;
    i64::try_from(n)
        .map(Value::Int)
        .map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("repr", 1, 1)?;
    Ok(Value::str(interp.repr(&a[0])?))
}

fn ascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("ascii", 1, 1)?;
    let r = interp.repr(&a[0])?;
    Ok(Value::str(crate::types::str::ascii(&r)))
}

/// Whether `v` is an instance of `class` (or of a tuple of classes).
pub fn is_instance(interp: &mut Interp, v: &Value, class: &Value) -> PyResult<bool> {
    match class {
        Value::Class(c) => {
            let t = interp.type_of(v);
            if Rc::ptr_eq(&t, c) {
                return Ok(true);
            }
            if let Some(check) = c
                .metaclass
                .as_ref()
                .and_then(|m| m.lookup_user(sym::__instancecheck__))
            {
                let r = interp.call(&check, vec![class.clone(), v.clone()], vec![])?;
                return interp.truthy(&r);
            }
            Ok(t.is_subclass(c))
        }
        Value::Tuple(items) => {
            for c in items.iter() {
                if is_instance(interp, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // An object whose type checks instances (`types.UnionType`, typing's forms).
        Value::Instance(_)
            if interp
                .special_method(class, sym::__instancecheck__)
                .is_some() =>
        {
            let r = interp
                .call_special(class, sym::__instancecheck__, || vec![v.clone()])
                .unwrap_or(Ok(Value::Bool(BoolWord::FALSE)))?;
            interp.truthy(&r)
        }
        _ => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn isinstance(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("isinstance", 2, 2)?;
    Ok(Value::from_bool(is_instance(interp, &a[0], &a[1])?))
}

fn issubclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("issubclass", 2, 2)?;
    fn check(interp: &mut Interp, sub: &Value, target: &Value) -> PyResult<bool> {
        match target {
            Value::Class(t) => {
                if let Some(hook) = t
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_user(sym::__subclasscheck__))
                {
                    let r = interp.call(&hook, vec![target.clone(), sub.clone()], vec![])?;
                    return interp.truthy(&r);
                }
                let Value::Class(c) = sub else {
                    return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
                };
                Ok(c.is_subclass(t))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if check(interp, sub, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(_)
                if interp
                    .special_method(target, sym::__subclasscheck__)
                    .is_some() =>
            {
                let r = interp
                    .call_special(target, sym::__subclasscheck__, || vec![sub.clone()])
                    .unwrap_or(Ok(Value::Bool(BoolWord::FALSE)))?;
                interp.truthy(&r)
            }
            _ => Err(PyErr::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    Ok(Value::from_bool(check(interp, &a[0], &a[1])?))
}

fn ord(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("ord", 1, 1)?;
    match &a[0] {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        other => match other.byte_buffer() {
            Some(b) if b.len() == 1 => Ok(Value::Int(b.borrow()[0] as i64)),
            Some(b) => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
            None => Err(PyErr::type_error(format!(
                "ord() expected string of length 1, but {} found",
                other.type_name()
            ))),
        },
    }
}

fn chr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("chr", 1, 1)?;
    let n = index_of(interp, &a[0])?;
    match n.to_u32().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None if n.to_u32().is_some_and(|x| x < 0x110000) => Ok(Value::str("\u{FFFD}")),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn radix(interp: &mut Interp, args: Args, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    let a = args.range(name, 1, 1)?;
    let n = index_of(interp, &a[0])?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(format!(
        "{sign}{prefix}{}",
        n.abs().to_str_radix(base)
    )))
}

fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    radix(interp, args, "hex", "0x", 16)
}

fn oct(interp: &mut Interp, args: Args) -> PyResult<Value> {
    radix(interp, args, "oct", "0o", 8)
}

fn bin(interp: &mut Interp, args: Args) -> PyResult<Value> {
    radix(interp, args, "bin", "0b", 2)
}

fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("abs", 1, 1)?;
    if let Some(z) = a[0].as_complex() {
        return crate::types::numbers::complex::arith::abs(z).map(Value::from_f64);
    }
    match &a[0] {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::from_bigint(num_bigint::BigInt::from(*i).abs()))),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::from_f64(f.get().abs())),
        other => match interp.call_special(other, sym::__abs__, Vec::new) {
            Some(r) => r,
            None if other.native().is_some() => {
                abs(interp, Args::positional(&[other.unwrap_native().clone()]))
            }
            None => Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                other.type_name()
            ))),
        },
    }
}

fn min_max(
    interp: &mut Interp,
    args: Args,
    name: &str,
    want: std::cmp::Ordering,
) -> PyResult<Value> {
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kw {
        match &**k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            other => return Err(messages::unexpected_keyword(name, other)),
        }
    }
    // One iterable is iterated lazily (the key function may resize it, as CPython).
    let items = match args.pos.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => interp.iter(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            interp.iter(&Value::tuple(args.pos.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = interp.next(&items)? {
        let k = if key.is_none() {
            item.clone()
        } else {
            interp.call(&key, vec![item.clone()], vec![])?
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let op = if want == std::cmp::Ordering::Less {
                    minipy_syntax::ast::CmpOp::Lt
                } else {
                    minipy_syntax::ast::CmpOp::Gt
                };
                let better = match crate::protocols::ops::compare_native(op, &k, &bk) {
                    Some(b) => b,
                    None => {
                        let better = interp.compare(op, &k, &bk)?;
                        interp.truthy(&better)?
                    }
                };
                if better {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

fn min(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "min", std::cmp::Ordering::Less)
}

fn max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "max", std::cmp::Ordering::Greater)
}

fn sum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [iterable, start] = args.parse("sum", ["iterable", "start"], 1)?;
    let mut acc = start.unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        other if other.byte_buffer().is_some() => {
            return Err(PyErr::type_error(format!(
                "sum() can't sum {} [use b''.join(seq) instead]",
                other.type_name()
            )))
        }
        _ => {}
    }
    let it = interp.iter(&iterable.unwrap_or(Value::None))?;
    while let Some(v) = interp.next(&it)? {
        // (Ints that stay machine ints skip the operator's dispatch, as in CPython.)
        if let (Value::Int(a), Value::Int(b)) = (&acc, &v) {
            if let Some(r) = a.checked_add(*b) {
                acc = Value::Int(r);
                continue;
            }
        }
        acc = interp.binary_op(minipy_syntax::ast::BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

fn id(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("id", 1, 1)?;
    Ok(Value::Int(a[0].identity() as i64))
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("hash", 1, 1)?;
    Ok(Value::Int(interp.hash(&a[0])?))
}

fn callable(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("callable", 1, 1)?;
    Ok(Value::from_bool(a[0].is_callable()))
}

fn attr_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("getattr", 2, 3)?;
    let name = attr_name(&a[1])?;
    match interp.get_attr_str(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && interp.is_attribute_error(&e) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("setattr", 3, 3)?;
    let name = attr_name(&a[1])?;
    let s = interp.intern(&name);
    interp.set_attr(&a[0], s, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("hasattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    Ok(Value::from_bool(
        interp.get_attr_optional(&a[0], &name)?.is_some(),
    ))
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("delattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    let s = interp.intern(&name);
    interp.del_attr(&a[0], s)?;
    Ok(Value::None)
}

fn divmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("divmod", 2, 2)?;
    if let Some(r) = crate::types::numbers::rounding::divmod(interp, &a[0], &a[1]) {
        return r;
    }
    for (name, this, other) in [("__divmod__", &a[0], &a[1]), ("__rdivmod__", &a[1], &a[0])] {
        let s = interp.intern(name);
        if let Some(r) = interp.call_special(this, s, || vec![other.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if a[0].native().is_some() || a[1].native().is_some() {
        let pair = [a[0].unwrap_native().clone(), a[1].unwrap_native().clone()];
        return divmod(interp, Args::positional(&pair));
    }
    Err(messages::unsupported_operand(
        "divmod()",
        a[0].type_name(),
        a[1].type_name(),
    ))
}

fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [base, exp, modulus] = args.parse("pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match modulus {
        None | Some(Value::None) => interp.binary_op(minipy_syntax::ast::BinOp::Pow, &base, &exp),
        Some(m) => match (
            int::to_bigint(&base),
            int::to_bigint(&exp),
            int::to_bigint(&m),
        ) {
            (Some(b), Some(e), Some(m)) => int::pow_mod(&mut interp.limits, b, e, m),
            // The first float or complex operand's pow refuses a modulus.
            _ if [&base, &exp, &m]
                .iter()
                .any(|v| matches!(v, Value::Float(_)) || v.as_complex().is_some()) =>
            {
                let first = [&base, &exp, &m]
                    .into_iter()
                    .find(|v| matches!(v, Value::Float(_)) || v.as_complex().is_some());
                if first.is_some_and(|v| v.as_complex().is_some()) {
                    return Err(PyErr::value_error("complex modulo"));
                }
                Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            _ => Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                base.type_name(),
                exp.type_name(),
                m.type_name()
            ))),
        },
    }
}

fn round(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [number, ndigits] = args.parse("round", ["number", "ndigits"], 1)?;
    let mut number = number.unwrap_or(Value::None);
    let ndigits = ndigits.filter(|n| !n.is_none());
    let round_sym = interp.intern("__round__");
    if number.native().is_some() && interp.special_method(&number, round_sym).is_none() {
        number = number.unwrap_native().clone();
    }
    if let Some(r) = crate::types::numbers::rounding::round(interp, &number, ndigits.as_ref()) {
        return r;
    }
    let s = interp.intern("__round__");
    match interp.call_special(&number, s, || ndigits.into_iter().collect()) {
        Some(r) => r,
        None => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            number.type_name()
        ))),
    }
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("iter", 1, 2)?;
    if a.len() == 2 {
        return Ok(make(IterState::Callable {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        }));
    }
    interp.iter(&a[0])
}

fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("next", 1, 2)?;
    if !matches!(a[0], Value::Iterator(_) | Value::Instance(_))
        || matches!(&a[0], Value::Iterator(it) if it.borrow().is_view())
    {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            a[0].type_name()
        )));
    }
    if let Value::Iterator(it) = &a[0] {
        if matches!(&*it.borrow(), IterState::Generator(_)) {
            let it = it.clone();
            return match crate::exec::generator::resume_with_return(interp, &it, Value::None)? {
                Ok(v) => Ok(v),
                Err(_) if a.len() == 2 => Ok(a[1].clone()),
                Err(r) => crate::exec::generator::finish_step(Err(r)),
            };
        }
    }
    interp.last_stop = None;
    match interp.next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(interp
                .last_stop
                .take()
                .unwrap_or_else(messages::stop_iteration)),
        },
    }
}

fn sorted(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.pos;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            a.len()
        )));
    }
    let (key, reverse) = sort_options(interp, args)?;
    let items = interp.collect(&a[0])?;
    Ok(Value::list(sort_values(interp, items, &key, reverse)?))
}

fn any(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("any", 1, 1)?;
    let it = interp.iter(&a[0])?;
    while let Some(v) = interp.next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(BoolWord::TRUE));
        }
    }
    Ok(Value::Bool(BoolWord::FALSE))
}

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("all", 1, 1)?;
    let it = interp.iter(&a[0])?;
    while let Some(v) = interp.next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
    }
    Ok(Value::Bool(BoolWord::TRUE))
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("format", 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(interp.format(&a[0], &spec)?))
}

fn dir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let frame = interp.take_frame_locals();
    let a = args.range("dir", 0, 1)?;
    let mut names: Vec<String> = match (a.first(), frame) {
        (None, Some(d)) => interp
            .collect(&d)?
            .iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect(),
        (None, None) => interp.globals.bound().map(|(n, _)| n.to_string()).collect(),
        (Some(v), _) => {
            let own_dir = match v {
                Value::Instance(i) => i.class.lookup_user(interp.intern("__dir__")),
                // A metaclass's `__dir__` lists its classes.
                Value::Class(c) => c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_user(interp.intern("__dir__"))),
                // PEP 562: a module's own `__dir__`, called without arguments.
                Value::Module(m) => match &m.ns {
                    Some(ns) => interp.namespace_get(ns, "__dir__")?,
                    None => m.dict.borrow().get(&interp.intern("__dir__")).cloned(),
                },
                _ => None,
            };
            match own_dir {
                Some(f) => {
                    let args = match v {
                        Value::Module(_) => vec![],
                        _ => vec![v.clone()],
                    };
                    let r = interp.call(&f, args, vec![])?;
                    let items = interp.collect(&r)?;
                    let mut out = Vec::with_capacity(items.len());
                    for item in items {
                        out.push(interp.str(&item)?);
                    }
                    out
                }
                None => {
                    let mut names = crate::types::object::dir_names(interp, v);
                    names.sort();
                    names.dedup();
                    names
                }
            }
        }
    };
    // (What a `__dir__` returns is sorted, not deduplicated, as in CPython.)
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn vars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let frame = interp.take_frame_locals();
    let a = args.range("vars", 0, 1)?;
    match a.first() {
        None => match frame {
            Some(d) => Ok(d),
            None => Ok(interp.globals_dict()),
        },
        Some(Value::Instance(i)) if i.class.has_dict => {
            Ok(crate::types::object::instance_dict(interp, i))
        }
        Some(Value::Class(c)) => Ok(crate::types::object::attr_dict(interp, &c.dict.borrow())),
        Some(Value::Module(m)) => match &m.ns {
            Some(ns) => Ok(interp.namespace_dict(ns)),
            None => Ok(crate::types::object::attr_dict(interp, &m.dict.borrow())),
        },
        Some(_) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

/// `input(prompt)`: reads a line of `sys.stdin` (EOFError at its end).
fn input(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("input", 0, 1)?;
    crate::stdlib::io::input(interp, a.first())
}

/// `open(...)`: the io module's.
fn open(interp: &mut Interp, args: Args) -> PyResult<Value> {
    crate::stdlib::io::open_builtin(interp, args)
}
