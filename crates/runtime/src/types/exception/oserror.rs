//! `OSError`: the subclass its errno picks, and its `errno`, `strerror`, `filename`,
//! `filename2` attributes (kept in the instance's dict, as they can be reassigned).

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Interp;
use crate::object::class::{Class, Instance};
use crate::object::value::Value;

/// The OSError subclass CPython raises for an errno (Linux numbers).
fn subclass_for(errno: i64) -> Option<ExcKind> {
    Some(ExcKind::for_errno(errno)).filter(|k| *k != ExcKind::OSError)
}

pub fn is_oserror(c: &Class) -> bool {
    c.exc_kind == Some(ExcKind::OSError)
        || c.mro.iter().any(|m| m.exc_kind == Some(ExcKind::OSError))
}

/// `OSError(errno, strerror, ...)` makes the subclass the errno picks.
pub fn class_for(interp: &mut Interp, c: &Rc<Class>, args: &[Value]) -> Option<Rc<Class>> {
    if !c.builtin || c.exc_kind != Some(ExcKind::OSError) || !(2..=5).contains(&args.len()) {
        return None;
    }
    let errno = match args[0] {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b.get()),
        _ => return None,
    };
    subclass_for(errno).map(|k| interp.exc_class(k))
}

const FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// Sets the attributes from the arguments (2 to 5 of them: errno, strerror, filename,
/// winerror, filename2); with a filename, `args` keeps only the first two.
pub fn init(interp: &mut Interp, inst: &Instance, args: &[Value]) {
    if !(2..=5).contains(&args.len()) {
        return;
    }
    let blocking = inst.class.exc_kind == Some(ExcKind::BlockingIOError)
        || inst
            .class
            .mro
            .iter()
            .any(|m| m.exc_kind == Some(ExcKind::BlockingIOError));
    let get = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    // (A BlockingIOError's third argument is how many characters were written.)
    let written = match (blocking, args.get(2)) {
        (true, Some(Value::Int(n))) => Some(*n),
        _ => None,
    };
    let filename = if written.is_some() {
        Value::None
    } else {
        get(2)
    };
    let truncate = !filename.is_none();
    let values = [get(0), get(1), filename, get(4)];
    let mut dict = inst.dict.borrow_mut();
    for (name, v) in FIELDS.iter().zip(values) {
        let s = interp.intern(name);
        dict.insert(s, v);
    }
    if let Some(n) = written {
        let s = interp.intern("characters_written");
        dict.insert(s, Value::Int(n));
    }
    drop(dict);
    if truncate {
        if let Some(exc) = &inst.exc {
            exc.borrow_mut().args.truncate(2);
        }
    }
}

/// An OSError attribute the arguments did not set: None.
pub fn attribute(interp: &mut Interp, inst: &Instance, name: &str) -> Option<Value> {
    (FIELDS.contains(&name) && is_oserror(&inst.class)).then(|| {
        let s = interp.intern(name);
        inst.dict.borrow().get(&s).cloned().unwrap_or(Value::None)
    })
}

/// `[Errno 2] No such file or directory: 'x'`, or `None` for the generic message.
pub fn str(interp: &mut Interp, inst: &Instance) -> PyResult<Option<String>> {
    if !is_oserror(&inst.class) {
        return Ok(None);
    }
    let field = |interp: &mut Interp, name: &str| {
        let s = interp.intern(name);
        inst.dict.borrow().get(&s).cloned()
    };
    let (Some(errno), Some(strerror)) = (field(interp, "errno"), field(interp, "strerror")) else {
        return Ok(None);
    };
    let filename = field(interp, "filename").filter(|v| !v.is_none());
    let filename2 = field(interp, "filename2").filter(|v| !v.is_none());
    let head = format!("[Errno {}] {}", interp.str(&errno)?, interp.str(&strerror)?);
    Ok(Some(match (filename, filename2) {
        (Some(f), Some(f2)) => format!("{head}: {} -> {}", interp.repr(&f)?, interp.repr(&f2)?),
        (Some(f), None) => format!("{head}: {}", interp.repr(&f)?),
        _ => head,
    }))
}
