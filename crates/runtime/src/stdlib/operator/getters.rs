//! `operator.itemgetter`, `attrgetter` (dotted names) and `methodcaller`: callable
//! objects used as sort keys, so called natively; their reprs are CPython's.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::MethodImpl;
use crate::object::intern::sym;
use crate::object::value::Value;

/// The classes, made on first use.
#[derive(Default)]
pub(crate) struct State {
    classes: Vec<(&'static str, Rc<Class>)>,
}

/// What one getter object holds.
enum Getter {
    Item(Vec<Value>),
    /// The names as given, and each split at its dots.
    Attr(Vec<Value>, Vec<Vec<String>>),
    Method {
        name: Value,
        args: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    },
}

const CLASSES: &[(&str, &str)] = &[
    ("attrgetter", "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)."),
    ("itemgetter", "Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"),
    ("methodcaller", "Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1)."),
];

pub(super) fn classes(interp: &mut Interp) -> PyResult<Vec<(&'static str, Rc<Class>)>> {
    if !interp.modules.state.operator.classes.is_empty() {
        return Ok(interp.modules.state.operator.classes.clone());
    }
    let mut out = Vec::new();
    for &(name, doc) in CLASSES {
        let mut ns = AttrMap::default();
        ns.insert(sym::__module__, Value::str("operator"));
        let key = interp.intern("__doc__");
        ns.insert(key, Value::str(doc));
        let object = Value::Class(interp.object_class.clone());
        let Value::Class(class) =
            crate::types::object::new_class(interp, None, name, name, vec![object], ns)?
        else {
            return Err(PyErr::type_error("operator: cannot make a class"));
        };
        let methods: &[(&'static str, MethodImpl)] =
            &[("__new__", new), ("__call__", call), ("__repr__", repr)];
        interp.types.insert(name, class.clone());
        super::super::io::add_methods(interp, &class, name, methods);
        out.push((name, class));
    }
    interp.modules.state.operator.classes = out.clone();
    Ok(out)
}

fn new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = this else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let classes = classes(interp)?;
    let Some(&(kind, _)) = classes.iter().find(|(_, c)| cls.is_subclass(c)) else {
        return Err(PyErr::type_error(format!(
            "{}.__new__: not an operator type",
            cls.name()
        )));
    };
    let getter = match kind {
        "methodcaller" => {
            let Some((name, rest)) = args.pos.split_first() else {
                return Err(PyErr::type_error(
                    "methodcaller needs at least one argument, the method name",
                ));
            };
            if !matches!(name, Value::Str(_)) {
                return Err(PyErr::type_error("method name must be a string"));
            }
            Getter::Method {
                name: name.clone(),
                args: rest.to_vec(),
                kw: args.kw.to_vec(),
            }
        }
        _ => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{kind}() takes no keyword arguments"
                )));
            }
            if args.pos.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{kind} expected 1 argument, got 0"
                )));
            }
            if kind == "itemgetter" {
                Getter::Item(args.pos.to_vec())
            } else {
                let mut paths = Vec::with_capacity(args.pos.len());
                for v in args.pos {
                    let Value::Str(s) = v else {
                        return Err(PyErr::type_error("attribute name must be a string"));
                    };
                    paths.push(s.as_str().split('.').map(str::to_string).collect());
                }
                Getter::Attr(args.pos.to_vec(), paths)
            }
        }
    };
    let inst = Instance::new(cls.clone());
    inst.set_state(Rc::new(getter));
    Ok(Value::Instance(crate::object::alloc::alloc(inst)))
}

fn getter_of(this: &Value) -> PyResult<Rc<Getter>> {
    if let Value::Instance(i) = this {
        if let Some(g) = i.state::<Getter>() {
            return Ok(g);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires an 'operator' getter but received a '{}'",
        this.type_name()
    )))
}

fn call(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let g = getter_of(this)?;
    let kind = match &*g {
        Getter::Item(_) => "itemgetter",
        Getter::Attr(..) => "attrgetter",
        Getter::Method { .. } => "methodcaller",
    };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{kind}() takes no keyword arguments"
        )));
    }
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{kind} expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let obj = &args.pos[0];
    match &*g {
        Getter::Item(items) => {
            if let [item] = items.as_slice() {
                return interp.get_item(obj, item);
            }
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(interp.get_item(obj, item)?);
            }
            Ok(Value::tuple(out))
        }
        Getter::Attr(_, paths) => {
            let mut out = Vec::with_capacity(paths.len());
            for path in paths {
                let mut v = obj.clone();
                for part in path {
                    v = interp.get_attr_str(&v, part)?;
                }
                out.push(v);
            }
            if out.len() == 1 {
                return Ok(out.swap_remove(0));
            }
            Ok(Value::tuple(out))
        }
        Getter::Method { name, args, kw } => {
            let Value::Str(name) = name else {
                return Err(PyErr::type_error("method name must be a string"));
            };
            let method = interp.get_attr_str(obj, name.as_str())?;
            interp.call(&method, args.clone(), kw.clone())
        }
    }
}

fn repr(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__repr__", 0, 0)?;
    let g = getter_of(this)?;
    let (kind, parts) = match &*g {
        Getter::Item(items) => ("itemgetter", reprs(interp, items)?),
        Getter::Attr(names, _) => ("attrgetter", reprs(interp, names)?),
        Getter::Method { name, args, kw } => {
            let mut parts = vec![interp.repr(name)?];
            parts.extend(reprs(interp, args)?);
            for (k, v) in kw {
                parts.push(format!("{k}={}", interp.repr(v)?));
            }
            ("methodcaller", parts)
        }
    };
    Ok(Value::str(format!("operator.{kind}({})", parts.join(", "))))
}

fn reprs(interp: &mut Interp, values: &[Value]) -> PyResult<Vec<String>> {
    values.iter().map(|v| interp.repr(v)).collect()
}
