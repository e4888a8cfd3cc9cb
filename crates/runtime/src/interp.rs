//! The interpreter: owns every piece of state (no globals), runs modules, calls
//! functions and materializes exceptions.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use minipy_syntax::SyntaxError;

use crate::args::Args;
use crate::class::{AttrMap, Class, Instance};
use crate::code::{Code, SourceFile};
use crate::errors;
use crate::eval::Frame;
use crate::exceptions::{ErrState, ExcKind, PyErr, PyResult};
use crate::function::{BuiltinFunction, BuiltinImpl, Function};
use crate::globals::Globals;
use crate::intern::{sym, Interner, Sym};
use crate::limits::Limits;
use crate::output::{Output, StdoutOutput};
use crate::resolver::Resolver;
use crate::traceback::TbEntry;
use crate::value::Value;

/// How running a piece of source can fail.
#[derive(Debug)]
pub enum RunError {
    Syntax(SyntaxError),
    /// An uncaught exception (the object is kept so it can be printed or inspected).
    Exception(PyErr),
}

/// A built-in method table entry: name and implementation.
pub type MethodDef = (&'static str, crate::function::MethodImpl);

pub struct Interp {
    pub names: Interner,
    pub globals: Globals,
    types: HashMap<&'static str, Rc<Class>>,
    pub object_class: Rc<Class>,
    exc_classes: Vec<Rc<Class>>,
    pub out: Box<dyn Output>,
    pub depth: usize,
    pub recursion_limit: usize,
    /// The host's ceiling for `recursion_limit`: `sys.setrecursionlimit` cannot pass it.
    pub recursion_cap: usize,
    /// Exceptions being handled (innermost last): for `raise` with no argument and chaining.
    pub handling: Vec<Rc<Instance>>,
    pub modules: HashMap<Rc<str>, Value>,
    pub module_factories: HashMap<Rc<str>, fn(&mut Interp) -> Value>,
    pub limits: Limits,
    pub argv: Vec<String>,
    /// The module's `__name__`.
    pub main_name: Rc<str>,
    pub files: Vec<Rc<SourceFile>>,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Recycled local-variable vectors, so a call does not allocate.
    locals_pool: Vec<Vec<Option<Value>>>,
    /// Expression nesting, to grow the stack every few levels.
    pub nesting: usize,
    /// Parsed `struct` formats, by format string.
    pub struct_cache: HashMap<Rc<str>, Rc<crate::buffer_format::Layout>>,
    /// The format used last, by identity: loops repeat one format object.
    pub struct_last: Option<(Rc<crate::value::PyStr>, Rc<crate::buffer_format::Layout>)>,
    /// Classes of the common built-in types, by [`builtin_type_slot`].
    type_cache: Vec<Option<Rc<Class>>>,
    /// Where the running generator stopped, one record per statement (see
    /// `exec/eval.rs`); a suspended generator keeps its own.
    pub suspended: Vec<crate::eval::Record>,
}

impl Interp {
    pub fn new() -> Interp {
        let object_class = Rc::new(Class {
            name: "object".into(),
            qualname: "object".into(),
            bases: vec![],
            mro: vec![],
            dict: RefCell::new(AttrMap::default()),
            exc_kind: None,
            builtin: true,
            properties: Default::default(),
        });
        let mut interp = Interp {
            names: Interner::new(),
            globals: Globals::default(),
            types: HashMap::new(),
            object_class,
            exc_classes: Vec::new(),
            out: Box::new(StdoutOutput::new()),
            depth: 0,
            recursion_limit: 1000,
            recursion_cap: 1000,
            handling: Vec::new(),
            modules: HashMap::new(),
            module_factories: HashMap::new(),
            limits: Limits::default(),
            argv: vec![String::new()],
            main_name: "__main__".into(),
            files: Vec::new(),
            repr_stack: Vec::new(),
            locals_pool: Vec::new(),
            nesting: 0,
            struct_cache: HashMap::new(),
            struct_last: None,
            type_cache: vec![None; 15],
            suspended: Vec::new(),
        };
        interp.types.insert("object", interp.object_class.clone());
        interp.make_exception_classes();
        crate::builtins::install(&mut interp);
        let table = crate::builtins::functions::table(&mut interp);
        interp.globals = Globals::new(table);
        interp
    }

    fn make_exception_classes(&mut self) {
        for &kind in ExcKind::ALL {
            let parent = if kind == ExcKind::BaseException {
                self.object_class.clone()
            } else {
                self.exc_class(kind.parent())
            };
            let mut mro = vec![parent.clone()];
            mro.extend(parent.mro.iter().cloned());
            self.exc_classes.push(Rc::new(Class {
                name: kind.name().into(),
                qualname: kind.name().into(),
                bases: vec![parent],
                mro,
                dict: RefCell::new(AttrMap::default()),
                exc_kind: Some(kind),
                builtin: true,
                properties: Default::default(),
            }));
        }
    }

    pub fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.exc_classes[kind as usize].clone()
    }

    /// The class of a built-in type defined by a module (`array.array`): its
    /// `__module__` names the module, as reprs and `__module__` show.
    pub fn module_type(&mut self, name: &'static str, module: &str) -> Value {
        let class = self.builtin_class(name);
        let module = Value::str(module);
        class.dict.borrow_mut().insert(sym::__module__, module);
        Value::Class(class)
    }

    /// The class of a built-in type, created on first use.
    pub fn builtin_class(&mut self, name: &'static str) -> Rc<Class> {
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
        let class = Rc::new(Class {
            name: name.into(),
            qualname: name.into(),
            bases: vec![base],
            mro,
            dict: RefCell::new(AttrMap::default()),
            exc_kind: None,
            builtin: true,
            properties: Default::default(),
        });
        self.types.insert(name, class.clone());
        if crate::iter::ITERATOR_TYPES.contains(&name) {
            self.add_methods(
                name,
                &[
                    ("__next__", crate::iter::next_method),
                    ("__iter__", crate::iter::iter_method),
                ],
            );
        }
        class
    }

    /// Puts one built-in into a built-in type's namespace.
    fn register(&mut self, type_name: &'static str, name: &'static str, imp: BuiltinImpl) {
        let class = self.builtin_class(type_name);
        let key = if matches!(imp, BuiltinImpl::Function(_)) && name == type_name {
            sym::__new__
        } else {
            self.names.intern(name)
        };
        let owner = (key != sym::__new__).then_some(type_name);
        let f = BuiltinFunction {
            name,
            owner,
            imp,
            module: None,
        };
        class
            .dict
            .borrow_mut()
            .insert(key, Value::Builtin(Rc::new(f)));
    }

    /// Registers the built-in methods of a type.
    pub fn add_methods(&mut self, type_name: &'static str, methods: &[MethodDef]) {
        for &(name, imp) in methods {
            self.register(type_name, name, BuiltinImpl::Method(imp));
        }
    }

    /// Registers what calling a built-in type does (`int(x)`, `bytes(...)`).
    pub fn add_constructor(&mut self, type_name: &'static str, f: crate::function::FuncImpl) {
        self.register(type_name, type_name, BuiltinImpl::Function(f));
    }

    /// Registers read-only attributes of a built-in type (`m.nbytes`), computed on access.
    pub fn add_getters(
        &mut self,
        type_name: &'static str,
        getters: &[(&'static str, crate::function::FuncImpl)],
    ) {
        for &(name, f) in getters {
            self.register(type_name, name, BuiltinImpl::Function(f));
        }
    }

    /// Registers class methods of a built-in type (`bytes.fromhex`).
    pub fn add_class_methods(&mut self, type_name: &'static str, methods: &[MethodDef]) {
        for &(name, imp) in methods {
            self.register(type_name, name, BuiltinImpl::ClassMethod(imp));
        }
    }

    /// `type(v)`.
    pub fn type_of(&mut self, v: &Value) -> Rc<Class> {
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Iterator(it) => {
                let name = it.borrow().type_name();
                self.builtin_class(name)
            }
            Value::Descriptor(d) => self.builtin_class(d.type_name()),
            _ => {
                // The common types are cached by variant, avoiding a name lookup per call.
                let slot = builtin_type_slot(v);
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

    pub fn write(&mut self, s: &str) {
        self.out.write_str(s);
    }

    /// Parses and resolves a module's source.
    pub fn compile(&mut self, filename: &str, src: &str) -> Result<Rc<Code>, SyntaxError> {
        let module = minipy_syntax::parse_module(src)?;
        let file = Rc::new(SourceFile::new(filename, src));
        self.files.push(file.clone());
        let code = Resolver::module(file, &module, &mut self.globals, &mut self.names, None);
        drop(module);
        code
    }

    /// Runs a whole module in the interpreter's global namespace.
    pub fn run_module(&mut self, filename: &str, src: &str) -> Result<(), RunError> {
        let code = self.compile(filename, src).map_err(RunError::Syntax)?;
        self.exec_module(&code).map_err(RunError::Exception)
    }

    /// Runs interactive input: top-level expression statements print their repr.
    pub fn run_interactive(&mut self, filename: &str, src: &str) -> Result<(), RunError> {
        let module = minipy_syntax::parse_module(src).map_err(RunError::Syntax)?;
        let file = Rc::new(SourceFile::new(filename, src));
        self.files.push(file.clone());
        let hook = Interp::builtin_fn("displayhook", crate::builtins::functions::displayhook);
        let code = Resolver::interactive(file, &module, &mut self.globals, &mut self.names, hook)
            .map_err(RunError::Syntax)?;
        self.exec_module(&code).map_err(RunError::Exception)
    }

    pub fn exec_module(&mut self, code: &Rc<Code>) -> PyResult<()> {
        let name_id = self.globals.id("__name__");
        if self.globals.get_own(name_id).is_none() {
            self.globals.set(name_id, Value::str(&*self.main_name));
        }
        let mut frame = Frame::new(code.clone(), vec![]);
        self.limits.start();
        let result = self.run_frame_body(&mut frame);
        self.limits.finish();
        result.map(|_| ())
    }

    /// Turns a pending error into an exception object.
    pub fn materialize(&mut self, err: &mut PyErr) -> Option<Rc<Instance>> {
        let obj = match &mut err.state {
            ErrState::Object(o) => return Some(o.clone()),
            ErrState::Limit(_) => return None,
            ErrState::Pending { kind, args } => {
                let inst = Instance::new(self.exc_class(*kind));
                if let Some(exc) = &inst.exc {
                    exc.borrow_mut().args = std::mem::take(args);
                }
                if let Some(attr) = err.attr.take() {
                    let (obj, name) = *attr;
                    let mut dict = inst.dict.borrow_mut();
                    dict.insert(crate::intern::sym::obj, obj);
                    let name_sym = self.names.intern("name");
                    dict.insert(name_sym, Value::str(&*name));
                }
                Rc::new(inst)
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

    /// Records that the error passed through a frame running `code`.
    pub fn add_traceback(
        &mut self,
        err: &mut PyErr,
        code: &Rc<Code>,
        fallback: minipy_syntax::ast::Span,
    ) {
        let focus = err.focus.take().unwrap_or(fallback);
        if let Some(obj) = self.materialize(err) {
            if let Some(exc) = &obj.exc {
                let entry = TbEntry {
                    code: code.clone(),
                    focus,
                };
                exc.borrow_mut().traceback.insert(0, entry);
            }
        }
    }

    /// Whether an error is an instance of the given exception class.
    pub fn err_matches(&self, err: &PyErr, class: &Rc<Class>) -> bool {
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

    /// Calls any callable with positional and keyword arguments.
    pub fn call(
        &mut self,
        f: &Value,
        pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, pos, &kw),
            Value::Builtin(b) => self.call_builtin(b, None, &pos, &kw),
            Value::BoundMethod(m) => match &m.func {
                Value::Builtin(b) => self.call_builtin(b, Some(&m.receiver), &pos, &kw),
                func => {
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(m.receiver.clone());
                    all.extend(pos);
                    self.call(func, all, kw)
                }
            },
            Value::Class(c) => self.call_class(c, pos, kw),
            Value::Instance(i) => match i.class.lookup(sym::__call__) {
                Some(call) => {
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(f.clone());
                    all.extend(pos);
                    self.call(&call, all, kw)
                }
                None => Err(errors::not_callable(i.class.name())),
            },
            other => Err(errors::not_callable(other.type_name())),
        }
    }

    pub fn call_builtin(
        &mut self,
        b: &BuiltinFunction,
        receiver: Option<&Value>,
        pos: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        match (b.imp.clone(), receiver) {
            (BuiltinImpl::Function(f), _) => f(self, Args::new(pos, kw)),
            (BuiltinImpl::Host(f), _) => f(self, Args::new(pos, kw)),
            (BuiltinImpl::Method(f), Some(recv)) | (BuiltinImpl::ClassMethod(f), Some(recv)) => {
                f(self, recv, Args::new(pos, kw).for_method(b.owner))
            }
            (BuiltinImpl::Method(f), None) => {
                // `bytes.hex(b)`: the receiver is the first argument, checked against the type.
                let owner = b.owner.unwrap_or("object");
                let Some(recv) = pos.first() else {
                    return Err(PyErr::type_error(format!(
                        "unbound method {owner}.{}() needs an argument",
                        b.name
                    )));
                };
                let class = self.type_of(recv);
                let owner_class = self.builtin_class(owner);
                if !class.is_subclass(&owner_class) {
                    return Err(PyErr::type_error(format!(
                        "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
                        b.name,
                        class.name()
                    )));
                }
                f(self, recv, Args::new(&pos[1..], kw).for_method(b.owner))
            }
            (BuiltinImpl::ClassMethod(f), None) => {
                let owner = b.owner.unwrap_or("object");
                let class = Value::Class(self.builtin_class(owner));
                f(self, &class, Args::new(pos, kw))
            }
        }
    }

    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        pos: Vec<Value>,
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        let locals = crate::call::bind_arguments(self, func, pos, kw)?;
        self.enter_function(func, locals)
    }

    /// An empty vector for a frame's locals, from the pool when one is free.
    #[inline(always)]
    pub fn new_locals(&mut self, capacity: usize) -> Vec<Option<Value>> {
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
    pub fn recurse<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Interp) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.recursion_limit {
            return Err(errors::recursion_error_in(what));
        }
        self.depth += 1;
        let result = if self.depth.is_multiple_of(8) {
            stacker::maybe_grow(512 * 1024, 4 * 1024 * 1024, || f(self))
        } else {
            f(self)
        };
        self.depth -= 1;
        result
    }

    /// Runs a function body with its bound locals (or makes a generator).
    pub fn enter_function(
        &mut self,
        func: &Rc<Function>,
        locals: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        let code = &func.code;
        let mut frame = Frame::new(code.clone(), locals);
        frame.init_cells(code, &func.closure);
        if code.is_generator {
            return Ok(crate::generator::new(frame));
        }
        if self.depth >= self.recursion_limit {
            return Err(errors::recursion_error());
        }
        self.depth += 1;
        // Checking the stack every few calls is enough: the red zone covers the frames between.
        let result = if self.depth.is_multiple_of(8) {
            stacker::maybe_grow(512 * 1024, 4 * 1024 * 1024, || {
                self.run_body(&code.body, &mut frame)
            })
        } else {
            self.run_body(&code.body, &mut frame)
        };
        self.depth -= 1;
        let locals = std::mem::take(&mut frame.locals);
        self.recycle_locals(locals);
        result
    }

    fn call_class(
        &mut self,
        c: &Rc<Class>,
        pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        if c.builtin && c.exc_kind.is_none() {
            let ctor = c.lookup(sym::__new__);
            return match ctor {
                Some(Value::Builtin(b)) => match b.imp.clone() {
                    BuiltinImpl::Function(f) => f(self, Args::new(&pos, &kw)),
                    BuiltinImpl::Host(f) => f(self, Args::new(&pos, &kw)),
                    BuiltinImpl::Method(f) | BuiltinImpl::ClassMethod(f) => {
                        f(self, &Value::Class(c.clone()), Args::new(&pos, &kw))
                    }
                },
                _ => Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    c.name()
                ))),
            };
        }
        crate::builtins::object::construct(self, c, pos, kw)
    }

    /// Calls a method by name on a value (`obj.name(*pos)`).
    pub fn call_method(&mut self, obj: &Value, name: Sym, pos: Vec<Value>) -> PyResult<Value> {
        let m = self.get_attr(obj, name)?;
        self.call(&m, pos, vec![])
    }

    /// Looks up a special method on the type (not the instance), bound to the object.
    pub fn special_method(&mut self, obj: &Value, name: Sym) -> Option<Value> {
        match obj {
            Value::Instance(i) => i.class.lookup_user(name),
            _ => None,
        }
    }

    /// Calls a special method of a user object, if it defines one.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: Sym,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let m = self.special_method(obj, name)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend(args);
        Some(self.call(&m, all, vec![]))
    }

    pub fn name(&self, s: Sym) -> Rc<str> {
        self.names.name(s).clone()
    }

    pub fn intern(&mut self, s: &str) -> Sym {
        self.names.intern(s)
    }

    /// Makes a built-in function value.
    pub fn builtin_fn(name: &'static str, f: crate::function::FuncImpl) -> Value {
        Value::Builtin(Rc::new(BuiltinFunction {
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

/// A small index for each built-in type whose class the value's variant alone decides
/// (the type cache's and the method caches' key); `None` for the rest.
pub(crate) fn builtin_type_slot(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Bool(_) => 0,
        Value::Int(_) | Value::BigInt(_) => 1,
        Value::Float(_) => 2,
        Value::Str(_) => 3,
        Value::Bytes(_) => 4,
        Value::ByteArray(_) => 5,
        Value::MemoryView(_) => 6,
        Value::List(_) => 7,
        Value::Tuple(_) => 8,
        Value::Dict(_) => 9,
        Value::Set(_) => 10,
        Value::FrozenSet(_) => 11,
        Value::Range(_) => 12,
        Value::None => 13,
        Value::Array(_) => 14,
        _ => return None,
    })
}
