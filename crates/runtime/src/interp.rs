//! The interpreter: owns every piece of state (no globals), runs modules, calls
//! functions and materializes exceptions.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use minipy_syntax::SyntaxError;

use crate::error::messages;
use crate::error::{ErrState, ExcKind, PyErr, PyResult};
use crate::exec::code::SourceFile;
use crate::object::class::{Class, Instance};
use crate::object::function::{BuiltinFunction, BuiltinImpl, CellRef};
use crate::object::globals::Globals;
use crate::object::intern::{sym, Interner, Sym};
use crate::object::limits::Limits;
use crate::object::output::Output;
use crate::object::value::Value;

/// How running a piece of source can fail.
#[derive(Debug)]
pub enum RunError {
    Syntax(SyntaxError),
    /// An uncaught exception (the object is kept so it can be printed or inspected).
    Exception(PyErr),
}

/// A built-in method table entry: name and implementation.
pub type MethodDef = (&'static str, crate::object::function::MethodImpl);

/// The interpreter state: globals, modules, limits, output. Hosts use it through the
/// `minipy` crate; conversions (`FromPy`/`IntoPy`) receive it to make and read values.
pub struct Interp {
    pub(crate) names: Interner,
    pub(crate) globals: Box<Globals>,
    pub(crate) types: HashMap<&'static str, Rc<Class>>,
    pub(crate) object_class: Rc<Class>,
    /// `type`, the metaclass of every class without one of its own (made at boot).
    pub(crate) type_class: Rc<Class>,
    pub(crate) exc_classes: Vec<Rc<Class>>,
    pub(crate) out: Box<dyn Output>,
    pub(crate) depth: usize,
    pub(crate) recursion_limit: usize,
    /// The host's ceiling for `recursion_limit`: `sys.setrecursionlimit` cannot pass it.
    pub(crate) recursion_cap: usize,
    /// `sys.get_int_max_str_digits()`: the most decimal digits int/str conversions take
    /// (0: no limit).
    pub(crate) int_max_str_digits: usize,
    /// Exceptions being handled (innermost last): for `raise` with no argument and chaining.
    pub(crate) handling: Vec<Rc<Instance>>,
    /// What `import` can find, what it has built, and the standard modules' state.
    pub(crate) modules: crate::stdlib::Modules,
    pub(crate) limits: Limits,
    pub(crate) argv: Vec<String>,
    /// The module's `__name__`.
    pub(crate) main_name: Rc<str>,
    pub(crate) files: Vec<Rc<SourceFile>>,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// The frames running, outermost first: each one's code address (see
    /// `exec::code::code_at`) and the span of the call its caller made to enter it (what
    /// `warnings.warn` and `traceback.extract_stack` report).
    pub(crate) call_sites: Vec<(usize, minipy_syntax::ast::Span)>,
    /// Where the running frame makes its current call: the next frame entered records
    /// it as its caller's line.
    pub(crate) pending_call: minipy_syntax::ast::Span,
    /// Recycled local-variable vectors, so a call does not allocate.
    pub(crate) locals_pool: Vec<Vec<Option<Value>>>,
    /// Expression nesting, to grow the stack every few levels.
    pub(crate) nesting: usize,
    /// Classes of the common built-in types, by [`Value::type_slot`].
    pub(crate) type_cache: Vec<Option<Rc<Class>>>,
    /// The class of the iterator kind last asked for (a pipeline asks for the same one
    /// again and again: `gen.send`, `it.__next__`).
    pub(crate) iter_type: Option<(&'static str, Rc<Class>)>,
    /// Where the running generator stopped, one record per statement (see
    /// `exec/eval.rs`); a suspended generator keeps its own.
    pub(crate) suspended: Vec<crate::exec::eval::Record>,
    /// The running global namespace when it is not the main module's (`exec` with a
    /// dict); see `exec/namespace.rs`.
    pub(crate) active_ns: Option<Rc<crate::object::globals::Namespace>>,
    /// The main module's namespace (its slots parked there while another one runs).
    pub(crate) main_ns: Rc<crate::object::globals::Namespace>,
    /// The namespaces `exec` made for dicts, to find a dict's again.
    pub(crate) namespaces: Vec<std::rc::Weak<crate::object::globals::Namespace>>,
    /// The caller's variables, for a builtin that reads them (`locals()`, `exec(s)`).
    pub(crate) frame_locals: Option<Value>,
    /// The StopIteration a user iterator's `__next__` ended with, for `next()` to raise.
    pub(crate) last_stop: Option<PyErr>,
    /// What the expression `eval` ran evaluated to.
    pub(crate) eval_result: Option<Value>,
    /// The `__class__` cell of the class statement being finished, filled by the
    /// `type.__new__` that makes its class (CPython's `__classcell__`).
    pub(crate) class_cell: Option<CellRef>,
    /// What the script may reach outside the interpreter (files, environment, stdin,
    /// modules on disk): nothing unless the host grants it.
    pub(crate) access: crate::object::access::Access,
}

/// Imported modules are finalized as CPython does at exit (see
/// [`Interp::finalize_modules`]); the rest is freed field by field.
impl Drop for Interp {
    fn drop(&mut self) {
        self.finalize_modules();
    }
}

impl Interp {
    pub(crate) fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.exc_classes[kind as usize].clone()
    }

    /// The class of a built-in type defined by a module (`array.array`): its
    /// `__module__` names the module, as reprs and `__module__` show.
    pub(crate) fn module_type(&mut self, name: &'static str, module: &str) -> Value {
        let class = self.builtin_class(name);
        let module = Value::str(module);
        class.dict_mut().insert(sym::__module__, module);
        Value::Class(class)
    }

    /// The class of a built-in type, created on first use.
    pub(crate) fn builtin_class(&mut self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.types.get(name) {
            return c.clone();
        }
        let base = match name {
            "bool" => Some(self.builtin_class("int")),
            _ => None,
        };
        let base = base.unwrap_or_else(|| self.object_class.clone());
        let mut mro = vec![base.clone()];
        mro.extend(base.mro.iter().cloned());
        let class = Rc::new(Class::new_builtin(name, vec![base], mro, None));
        self.types.insert(name, class.clone());
        class
    }

    /// Puts one built-in into a built-in type's namespace.
    fn register(
        &mut self,
        class: &Rc<Class>,
        type_name: &'static str,
        name: &'static str,
        imp: BuiltinImpl,
    ) {
        let key = if matches!(imp, BuiltinImpl::New(_)) {
            sym::__new__
        } else {
            self.names.intern(name)
        };
        let owner = Some(type_name);
        let f = BuiltinFunction {
            name,
            owner,
            imp,
            module: None,
        };
        class
            .dict_mut()
            .insert(key, Value::Builtin(crate::object::alloc::alloc(f)));
    }

    /// Registers the built-in methods of a type.
    pub(crate) fn add_methods(&mut self, type_name: &'static str, methods: &[MethodDef]) {
        let class = self.builtin_class(type_name);
        class.dict_mut().reserve(methods.len());
        for &(name, imp) in methods {
            self.register(&class, type_name, name, BuiltinImpl::Method(imp));
        }
    }

    /// Registers what calling a built-in type does (`int(x)`, `bytes(...)`).
    pub(crate) fn add_constructor(
        &mut self,
        type_name: &'static str,
        f: crate::object::function::FuncImpl,
    ) {
        let class = self.builtin_class(type_name);
        self.register(&class, type_name, "__new__", BuiltinImpl::New(f));
    }

    /// Registers read-only attributes of a built-in type (`m.nbytes`), computed on access.
    pub(crate) fn add_getters(
        &mut self,
        type_name: &'static str,
        getters: &[(&'static str, crate::object::function::FuncImpl)],
    ) {
        let class = self.builtin_class(type_name);
        for &(name, f) in getters {
            self.register(&class, type_name, name, BuiltinImpl::Function(f));
        }
    }

    /// A class a module defines in Rust (`_sitebuiltins.Quitter`, `_hashlib.HASH`): a
    /// subclass of `base` with namespace `ns` (not a built-in type, so its `__repr__` is
    /// used), registered by name so that its methods' receiver checks find it.
    pub(crate) fn module_class(
        &mut self,
        name: &'static str,
        base: Rc<Class>,
        ns: crate::object::class::AttrMap,
        methods: &[MethodDef],
        has_dict: bool,
    ) -> Rc<Class> {
        let mut mro = vec![base.clone()];
        mro.extend(base.mro.iter().cloned());
        let class = crate::object::alloc::alloc(Class {
            name: name.into(),
            qualname: name.into(),
            bases: vec![base],
            mro,
            flags: std::cell::Cell::new(crate::object::class::attr_flags(&ns)),
            dict: std::cell::RefCell::new(ns),
            exc_kind: None,
            builtin: false,
            metaclass: None,
            has_dict,
            dict_names: Default::default(),
        });
        self.types.insert(name, class.clone());
        self.add_methods(name, methods);
        class.dict_changed();
        class
    }

    /// Registers class methods of a built-in type (`bytes.fromhex`).
    pub(crate) fn add_class_methods(&mut self, type_name: &'static str, methods: &[MethodDef]) {
        let class = self.builtin_class(type_name);
        for &(name, imp) in methods {
            self.register(&class, type_name, name, BuiltinImpl::ClassMethod(imp));
        }
    }

    /// `type(v)`.
    pub fn type_of(&mut self, v: &Value) -> Rc<Class> {
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Class(c) if c.metaclass.is_some() => c
                .metaclass
                .clone()
                .unwrap_or_else(|| self.object_class.clone()),
            Value::Iterator(it) => {
                let name = it.borrow().type_name();
                match &self.iter_type {
                    Some((last, class)) if *last == name => class.clone(),
                    _ => {
                        let class = self.builtin_class(name);
                        self.iter_type = Some((name, class.clone()));
                        class
                    }
                }
            }
            Value::Descriptor(d) => self.builtin_class(d.type_name()),
            _ => {
                // The common types are cached by variant, avoiding a name lookup per call.
                let slot = v.type_slot();
                if let Some(Some(c)) = slot.and_then(|s| self.type_cache.get(s)) {
                    return c.clone();
                }
                let name: &'static str = v.static_type_name();
                let class = self.builtin_class(name);
                if let Some(cached) = slot.and_then(|s| self.type_cache.get_mut(s)) {
                    *cached = Some(class.clone());
                }
                class
            }
        }
    }

    pub fn set_output(&mut self, out: Box<dyn Output>) {
        self.out = out;
    }

    /// Writes script output. It charges steps for its length, so a script that prints
    /// in a loop meets the deadline, and captured output the memory limit.
    pub(crate) fn write(&mut self, s: &str) -> PyResult<()> {
        self.limits.charge(s.len() as u64 / 64)?;
        self.out.write_str(s);
        Ok(())
    }

    /// Turns a pending error into an exception object.
    pub(crate) fn materialize(&mut self, err: &mut PyErr) -> Option<Rc<Instance>> {
        let obj = match &mut err.state {
            ErrState::Object(o) => return Some(o.clone()),
            ErrState::Limit(_) => return None,
            ErrState::Pending { kind, args } => {
                let inst = self.exception_from_args(*kind, std::mem::take(args));
                if let Some(attr) = err.attr.take() {
                    let (obj, name) = *attr;
                    let mut dict = inst.dict.borrow_mut();
                    dict.insert(crate::object::intern::sym::obj, obj);
                    let name_sym = self.names.intern("name");
                    dict.insert(name_sym, Value::str(&*name));
                }
                crate::object::alloc::alloc(inst)
            }
        };
        // An exception raised while another is handled remembers it as its context.
        if let Some(current) = self.handling.last() {
            if !Rc::ptr_eq(current, &obj) {
                if let Some(exc) = &obj.exc {
                    exc.borrow_mut().context = Some(Value::Instance(current.clone()));
                }
            }
        }
        err.state = ErrState::Object(obj.clone());
        Some(obj)
    }

    /// Whether an error is an instance of the given exception class.
    pub(crate) fn err_matches(&self, err: &PyErr, class: &Rc<Class>) -> bool {
        if let Some(kind) = err.pending_kind() {
            let own = self.exc_class(kind);
            return own.is_subclass(class);
        }
        match &err.state {
            ErrState::Object(o) => o.class.is_subclass(class),
            _ => false,
        }
    }

    // ----- calls -----

    /// An empty vector for a frame's locals, from the pool when one is free.
    #[inline(always)]
    pub(crate) fn new_locals(&mut self, capacity: usize) -> Vec<Option<Value>> {
        match self.locals_pool.pop() {
            Some(v) => v,
            None => Vec::with_capacity(capacity.max(8)),
        }
    }

    #[inline(always)]
    pub(crate) fn recycle_locals(&mut self, mut v: Vec<Option<Value>>) {
        if self.locals_pool.len() < 256 && v.capacity() <= 64 {
            while let Some(slot) = v.pop() {
                if let Some(x) = slot {
                    x.release();
                }
            }
            self.locals_pool.push(v);
        }
    }

    /// Runs a native step that recurses into nested objects (repr, ==, hash, a wrapping
    /// iterator's next): it counts against the recursion limit like a Python call, as
    /// CPython's `Py_EnterRecursiveCall` does, and the stack grows every few levels.
    pub(crate) fn recurse<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Interp) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.recursion_limit {
            return Err(messages::recursion_error_in(what));
        }
        self.depth += 1;
        let result = if self.depth.is_multiple_of(8) {
            crate::object::alloc::with_stack(512 * 1024, 4 * 1024 * 1024, || f(self))
        } else {
            f(self)
        };
        self.depth -= 1;
        result
    }

    pub(crate) fn name(&self, s: Sym) -> Rc<str> {
        self.names.name(s).clone()
    }

    pub(crate) fn intern(&mut self, s: &str) -> Sym {
        self.names.intern(s)
    }

    /// Makes a built-in function value.
    pub(crate) fn builtin_fn(name: &'static str, f: crate::object::function::FuncImpl) -> Value {
        Value::Builtin(crate::object::alloc::alloc(BuiltinFunction {
            name,
            owner: None,
            imp: BuiltinImpl::Function(f),
            module: None,
        }))
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}
