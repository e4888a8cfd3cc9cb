//! `struct.Struct`: a compiled format. As in CPython 3.11, `__new__` makes a blank
//! struct (size -1) and `__init__` reads the format, so `s.__init__(fmt)` re-reads it and
//! a subclass may pass its own format up from its `__init__`.
//!
//! The class is made like a user class (so it can be subclassed), without a `__dict__`
//! for its own instances; a struct's state is kept in its attribute map, behind the
//! read-only `format` and `size` properties.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Descriptor, Instance};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;
use crate::types::memoryview::format::Layout;

use super::{error, pack};

/// Names of the state a struct keeps in its attribute map: the format, the size, and
/// the format text the layout was parsed from (`None` while blank: a failed `__init__`
/// changes the format CPython reports but keeps the layout).
const NAMES: [&str; 3] = ["format", "size", "__struct_layout__"];
const FORMAT: usize = 0;
const SIZE: usize = 1;
const LAYOUT: usize = 2;

fn key(interp: &mut Interp, which: usize) -> Sym {
    if let Some(keys) = super::state(interp).keys {
        return keys[which];
    }
    let keys = NAMES.map(|n| interp.intern(n));
    super::state(interp).keys = Some(keys);
    keys[which]
}

/// Creates the `Struct` class (once per interpreter) with its methods.
pub(super) fn class(interp: &mut Interp) -> PyResult<Value> {
    if let Some(c) = interp.types.get("Struct") {
        return Ok(Value::Class(c.clone()));
    }
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("_struct"));
    // (No `__dict__` for Struct's own instances; subclasses get one.)
    ns.insert(sym::__slots__, Value::tuple(vec![]));
    for (name, getter) in [
        (
            NAMES[FORMAT],
            get_format as crate::object::function::FuncImpl,
        ),
        (NAMES[SIZE], get_size),
    ] {
        let key = interp.intern(name);
        let fget = Interp::module_fn(name, getter);
        let prop = Descriptor::Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        ns.insert(key, Value::Descriptor(crate::object::alloc::alloc(prop)));
    }
    let object = Value::Class(interp.object_class.clone());
    let class =
        crate::types::object::new_class(interp, None, "Struct", "Struct", vec![object], ns)?;
    let Value::Class(c) = &class else {
        return Ok(class);
    };
    c.dict_mut().shift_remove(&sym::__slots__);
    interp.types.insert("Struct", c.clone());
    interp.add_methods(
        "Struct",
        &[
            ("__new__", struct_new),
            ("__init__", struct_init),
            ("pack", struct_pack),
            ("pack_into", struct_pack_into),
            ("unpack", struct_unpack),
            ("unpack_from", struct_unpack_from),
            ("iter_unpack", struct_iter_unpack),
        ],
    );
    c.dict_changed();
    Ok(class)
}

fn instance(v: &Value) -> PyResult<&Rc<Instance>> {
    match v {
        Value::Instance(i) => Ok(i),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a '_struct.Struct' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn state(interp: &mut Interp, this: &Value, which: usize) -> PyResult<Value> {
    let key = key(interp, which);
    Ok(instance(this)?
        .dict
        .borrow()
        .get(&key)
        .cloned()
        .unwrap_or(Value::None))
}

fn set_state(interp: &mut Interp, inst: &Instance, which: usize, v: Value) {
    let key = key(interp, which);
    inst.dict.borrow_mut().insert(key, v);
}

/// `Struct.__new__(cls, *args, **kwargs)`: a blank struct; the arguments are for
/// `__init__`.
fn struct_new(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let Value::Class(cls) = this else {
        return Err(PyErr::type_error(format!(
            "_struct.Struct.__new__(X): X is not a type object ({})",
            this.type_name()
        )));
    };
    let base = interp.builtin_class("Struct");
    if !cls.is_subclass(&base) {
        return Err(PyErr::type_error(format!(
            "_struct.Struct.__new__({0}): {0} is not a subtype of _struct.Struct",
            cls.name()
        )));
    }
    let inst = Instance::new(cls.clone());
    set_state(interp, &inst, FORMAT, Value::bytes(vec![]));
    set_state(interp, &inst, SIZE, Value::Int(-1));
    set_state(interp, &inst, LAYOUT, Value::None);
    Ok(Value::Instance(crate::object::alloc::alloc(inst)))
}

/// `s.__init__(format)`: the format, as ASCII bytes, replaces the old one even when it
/// then fails to parse (as CPython), and the layout with it when it parses.
fn struct_init(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    // Argument Clinic counts the arguments first, then reports a missing format before
    // an unknown keyword.
    let n = args.pos.len() + args.kw.len();
    if n > 1 {
        let what = if args.pos.is_empty() { " keyword" } else { "" };
        return Err(PyErr::type_error(format!(
            "Struct() takes at most 1{what} argument ({n} given)"
        )));
    }
    let kw = match (args.pos, args.kw) {
        ([], [(name, _)]) if &**name != "format" => &[],
        _ => args.kw,
    };
    let [format] = Args::new(args.pos, kw).parse("Struct", ["format"], 1)?;
    let format = format.unwrap_or(Value::None);
    let inst = instance(this)?.clone();
    let bytes = super::format_bytes(&format)?;
    set_state(interp, &inst, FORMAT, Value::bytes(bytes.to_vec()));
    let (l, text) = super::layout_of(interp, &bytes)?;
    set_state(interp, &inst, SIZE, Value::Int(l.size as i64));
    set_state(interp, &inst, LAYOUT, text);
    Ok(Value::None)
}

/// `s.format`: the format bytes, decoded as UTF-8.
fn get_format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let bytes = state(interp, &this, FORMAT)?.bytes_copy();
    let text =
        crate::types::codecs::decode(&bytes, crate::types::codecs::Encoding::Utf8, "strict")?;
    Ok(Value::str(text))
}

fn get_size(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    state(interp, &this, SIZE)
}

/// The struct's layout; `None` while it is blank (CPython then reports a size and an
/// item count of -1).
fn own_layout(interp: &mut Interp, this: &Value) -> PyResult<Option<Rc<Layout>>> {
    match state(interp, this, LAYOUT)? {
        Value::None => Ok(None),
        text => super::layout(interp, &text).map(Some),
    }
}

fn struct_pack(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("Struct.pack")?;
    match own_layout(interp, this)? {
        Some(l) => pack::do_pack(interp, &l, args.pos),
        None => Err(error(
            interp,
            format!(
                "pack expected -1 items for packing (got {})",
                args.pos.len()
            ),
        )),
    }
}

fn struct_pack_into(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("Struct.pack_into")?;
    match own_layout(interp, this)? {
        Some(l) => pack::do_pack_into(interp, &l, args.pos),
        None => Err(error(
            interp,
            match args.pos.len() {
                0 => "pack_into expected buffer argument".to_string(),
                n => format!(
                    "pack_into expected -1 items for packing (got {})",
                    n as i64 - 2
                ),
            },
        )),
    }
}

fn struct_unpack(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("Struct.unpack")?;
    let a = args.range("unpack", 1, 1)?;
    match own_layout(interp, this)? {
        Some(l) => super::do_unpack(interp, &l, &a[0]),
        None => {
            crate::types::memoryview::readable(&a[0])?;
            Err(error(interp, "unpack requires a buffer of -1 bytes"))
        }
    }
}

fn struct_unpack_from(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [buffer, offset] = super::clinic(&args, "unpack_from", ["buffer", "offset"], 0, 1)?;
    match own_layout(interp, this)? {
        Some(l) => {
            super::do_unpack_from(interp, &l, &buffer.unwrap_or(Value::None), offset.as_ref())
        }
        None => Err(error(interp, "unpack_from on an uninitialized Struct")),
    }
}

fn struct_iter_unpack(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.no_kw("Struct.iter_unpack")?;
    let a = args.range("iter_unpack", 1, 1)?;
    match own_layout(interp, this)? {
        Some(l) => super::do_iter_unpack(interp, &l, &a[0]),
        None => Err(error(interp, "iter_unpack on an uninitialized Struct")),
    }
}
