//! `_itertools`: the iterator classes of `itertools` that loops run hot (count, repeat,
//! cycle, chain, islice, accumulate, the filters, the combinatorics), made in Rust as
//! subclassable module classes whose instances keep their position in
//! `Instance::state`. `python/itertools.py` re-exports them and adds `groupby` and `tee`.

mod combinatoric;
mod simple;

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, MethodImpl};
use crate::object::intern::sym;
use crate::object::value::Value;

/// One iterator's position: what `__next__` advances.
pub(crate) enum Iter {
    Count {
        cnt: Value,
        step: Value,
    },
    /// `left`: None repeats forever.
    Repeat {
        obj: Value,
        left: Option<i64>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        stopped: bool,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    /// `stop` -1: no stop.
    Islice {
        it: Option<Value>,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    Product(combinatoric::Product),
    Permutations(combinatoric::Permutations),
    Combinations(combinatoric::Combinations),
}

/// The classes, made on first use, in the order of [`CLASSES`].
#[derive(Default)]
pub(crate) struct State {
    classes: Vec<Rc<Class>>,
}

type Ctor = fn(&mut Interp, Args) -> PyResult<Iter>;

const CLASSES: &[(&str, Ctor, &str)] = &[
    ("count", simple::count, "Return a count object whose .__next__() method returns consecutive values."),
    ("repeat", simple::repeat, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."),
    ("cycle", simple::cycle, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."),
    ("chain", simple::chain, "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."),
    ("compress", simple::compress, "Return data elements corresponding to true selector elements."),
    ("dropwhile", simple::dropwhile, "Drop items from the iterable while predicate(item) is true."),
    ("takewhile", simple::takewhile, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."),
    ("filterfalse", simple::filterfalse, "Return those items of iterable for which function(item) is false."),
    ("starmap", simple::starmap, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."),
    ("accumulate", simple::accumulate, "Return series of accumulated sums (or other binary function results)."),
    ("pairwise", simple::pairwise, "Return an iterator of overlapping pairs taken from the input iterator."),
    ("zip_longest", simple::zip_longest, "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."),
    ("islice", simple::islice, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"),
    ("product", combinatoric::product, "Cartesian product of input iterables.  Equivalent to nested for-loops."),
    ("permutations", combinatoric::permutations, "Return successive r-length permutations of elements in the iterable."),
    ("combinations", combinatoric::combinations, "Return successive r-length combinations of elements in the iterable."),
    ("combinations_with_replacement", combinatoric::combinations_with_replacement, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."),
];

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let classes = classes(interp)?;
    let members = CLASSES
        .iter()
        .zip(classes)
        .map(|(&(name, _, _), c)| (name, Value::Class(c)))
        .collect();
    Ok(interp.make_module("_itertools", members))
}

fn classes(interp: &mut Interp) -> PyResult<Vec<Rc<Class>>> {
    if !interp.modules.state.itertools.classes.is_empty() {
        return Ok(interp.modules.state.itertools.classes.clone());
    }
    let mut out = Vec::with_capacity(CLASSES.len());
    for &(name, _, doc) in CLASSES {
        let mut ns = AttrMap::default();
        ns.insert(sym::__module__, Value::str("itertools"));
        let key = interp.intern("__doc__");
        ns.insert(key, Value::str(doc));
        let object = Value::Class(interp.object_class.clone());
        let Value::Class(class) =
            crate::types::object::new_class(interp, None, name, name, vec![object], ns)?
        else {
            return Err(PyErr::type_error("itertools: cannot make a class"));
        };
        let mut methods: Vec<(&'static str, MethodImpl)> = vec![
            ("__new__", new),
            ("__iter__", iter_self),
            ("__next__", next),
        ];
        if matches!(name, "count" | "repeat") {
            methods.push(("__repr__", simple::repr));
        }
        if name == "repeat" {
            methods.push(("__length_hint__", simple::length_hint));
        }
        // Registered by name: an unbound call (`count.__repr__(c)`) checks its receiver
        // against the class its owner names.
        interp.types.insert(name, class.clone());
        super::io::add_methods(interp, &class, name, &methods);
        if name == "chain" {
            let key = interp.intern("from_iterable");
            let f = BuiltinFunction {
                name: "from_iterable",
                owner: Some("chain"),
                imp: BuiltinImpl::ClassMethod(simple::from_iterable),
                module: None,
            };
            class
                .dict_mut()
                .insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
            class.dict_changed();
        }
        out.push(class);
    }
    interp.modules.state.itertools.classes = out.clone();
    Ok(out)
}

/// `cls.__new__(cls, ...)`: the constructor of the class's row in [`CLASSES`].
fn new(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = this else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let classes = classes(interp)?;
    let Some(row) = classes.iter().position(|c| cls.is_subclass(c)) else {
        return Err(PyErr::type_error(format!(
            "{}.__new__: not an itertools type",
            cls.name()
        )));
    };
    let state = (CLASSES[row].1)(interp, args.for_method(None))?;
    Ok(make(cls.clone(), state))
}

pub(crate) fn make(cls: Rc<Class>, state: Iter) -> Value {
    let inst = Instance::new(cls);
    inst.set_state(Rc::new(RefCell::new(state)));
    Value::Instance(crate::object::alloc::alloc(inst))
}

/// The iterator state of `this`.
pub(crate) fn state_of(this: &Value) -> PyResult<Rc<RefCell<Iter>>> {
    if let Value::Instance(i) = this {
        if let Some(s) = i.state::<RefCell<Iter>>() {
            return Ok(s);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires an 'itertools' object but received a '{}'",
        this.type_name()
    )))
}

fn iter_self(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__iter__", 0, 0)?;
    Ok(this.clone())
}

fn next(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("__next__", 0, 0)?;
    let cell = state_of(this)?;
    // The state stays borrowed while the inputs run: an input that advances this
    // same iterator again is refused rather than seeing it half-updated.
    let Ok(mut st) = cell.try_borrow_mut() else {
        return Err(running(this));
    };
    let item = match &mut *st {
        Iter::Product(p) => p.next(),
        Iter::Permutations(p) => p.next(),
        Iter::Combinations(c) => c.next(),
        other => simple::next(interp, other)?,
    };
    item.ok_or_else(crate::error::messages::stop_iteration)
}

/// The error for using an iterator inside its own step.
pub(crate) fn running(this: &Value) -> PyErr {
    PyErr::new(
        ExcKind::RuntimeError,
        format!("{} iterator already executing", this.type_name()),
    )
}

/// `PyArg_ParseTupleAndKeywords`' rules and wording for `name(names...)`, the first
/// `required` mandatory; at most `npos` positionally.
pub(crate) fn parse<const N: usize>(
    name: &str,
    args: &Args,
    names: [&str; N],
    required: usize,
    npos: usize,
) -> PyResult<[Option<Value>; N]> {
    let total = args.pos.len() + args.kw.len();
    if total > N {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {N} arguments ({total} given)"
        )));
    }
    if args.pos.len() > npos {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {npos} positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.pos.get(i).cloned());
    for (i, key) in names.iter().enumerate() {
        if let Some((_, v)) = args.kw.iter().find(|(k, _)| &**k == *key) {
            if i < args.pos.len() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v.clone());
        } else if i >= args.pos.len() && i < required {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument '{key}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for {name}()"
        )));
    }
    Ok(out)
}

/// Positional-only arguments `lo..=hi`, no keywords, in `PyArg_UnpackTuple`'s wording.
pub(crate) fn unpack<'a>(
    name: &str,
    args: &Args<'a>,
    lo: usize,
    hi: usize,
) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len();
    if n >= lo && n <= hi {
        return Ok(args.pos);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let bound = if lo == hi {
        format!("{lo} argument{}", plural(lo))
    } else if n < lo {
        format!("at least {lo} argument{}", plural(lo))
    } else {
        format!("at most {hi} argument{}", plural(hi))
    };
    Err(PyErr::type_error(format!(
        "{name} expected {bound}, got {n}"
    )))
}
