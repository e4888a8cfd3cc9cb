//! Binding call arguments to a Python function's parameters, with CPython's messages.

use std::rc::Rc;

use super::eval::{Frame, Keywords};
use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::exec::code::{Arg, Expr, ExprKind, MethodCache};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::function::{BuiltinFunction, BuiltinImpl, Function};
use crate::object::intern::{sym, Sym};
use crate::object::value::Value;
use crate::types::dict::table::{new_dict, HashKey};

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
pub fn direct_slots(
    func: &Function,
    args: &[crate::exec::code::Arg],
    first: usize,
) -> Option<SlotMap> {
    use crate::exec::code::Arg;
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
    let first_default = spec.positional - func.defaults.borrow().len();
    let kwdefaults = func.kwdefaults.borrow();
    let missing_ok = (first..nparams).all(|j| {
        filled[j] != 0
            || (j < spec.positional && j >= first_default)
            || (j >= spec.positional && kwdefaults[j - spec.positional].is_some())
    });
    missing_ok.then_some(slots)
}

/// A call's frame gets its own cells and its function's closure.
#[inline(never)]
fn enter_cells(frame: &mut Frame, func: &Rc<Function>) {
    if func.code.own_cells != 0 {
        frame.make_cells(&func.code);
    }
    if !func.closure.is_empty() {
        *frame.closure = Some(func.clone());
    }
}

/// Where each argument of a call goes (see [`direct_slots`]).
pub type SlotMap = smallvec::SmallVec<[usize; 8]>;

/// Fills the parameters [`direct_slots`] found missing with their defaults.
pub fn fill_defaults(func: &Function, locals: &mut [Option<Value>]) {
    let spec = &func.code.params;
    let (defaults, kwdefaults) = (func.defaults.borrow(), func.kwdefaults.borrow());
    let first_default = spec.positional - defaults.len();
    for (j, slot) in locals[..spec.positional + spec.kwonly]
        .iter_mut()
        .enumerate()
    {
        if slot.is_none() {
            *slot = if j < spec.positional {
                defaults.get(j.wrapping_sub(first_default)).cloned()
            } else {
                kwdefaults[j - spec.positional].clone()
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
        locals.resize_with(nlocals, || None);
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
        let ndefaults = func.defaults.borrow().len();
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
                    let hash = crate::types::hash::native_hash(&key).unwrap_or(0);
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
    let defaults = func.defaults.borrow();
    let first_default = npos - defaults.len();
    let mut missing: Vec<&str> = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(npos) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(defaults[i - first_default].clone());
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
            match func.kwdefaults.borrow().get(j).cloned().flatten() {
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

// ----- call sites -----

/// Positional arguments evaluated onto the stack for a built-in call.
pub(super) type StackArgs = smallvec::SmallVec<[Value; STACK_ARGS]>;
pub(super) const STACK_ARGS: usize = 6;

impl Interp {
    pub(super) fn eval_call(
        &mut self,
        func: &Expr,
        args: &[Arg],
        f: &mut Frame,
    ) -> PyResult<Value> {
        // A module-level function called by name (the commonest call): only its `Rc` is cloned.
        if let ExprKind::Global(i) = func.kind {
            if let Some(Value::Function(fun)) = self.globals.get(i) {
                let fun = fun.clone();
                if let Some(r) = self.call_user_function(&fun, None, args, None, f) {
                    return r;
                }
            }
        }
        let callee = self.eval(func, f)?;
        if let Value::Function(fun) = &callee {
            if let Some(r) = self.call_user_function(fun, None, args, None, f) {
                return r;
            }
        }
        // Built-in functions and constructors (`len(x)`, `bytes(n)`): arguments on the stack.
        let fimpl = match &callee {
            Value::Builtin(b) => match b.imp {
                BuiltinImpl::Function(fimpl) => Some(fimpl),
                _ => None,
            },
            Value::Class(c) if c.builtin && c.exc_kind.is_none() => match c.lookup(sym::__new__) {
                Some(Value::Builtin(b)) => match b.imp {
                    BuiltinImpl::New(fimpl) => Some(fimpl),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some(fimpl) = fimpl {
            let call = |interp: &mut Interp, pos: &[Value]| {
                fimpl(interp, crate::object::args::Args::positional(pos))
            };
            if let Some(r) = self.call_with_stack_args(args, f, call) {
                return r;
            }
        }
        let (pos, kw) = self.eval_args_for(Some(&callee), args, f)?;
        self.call(&callee, pos, kw)
    }

    /// Calls a user function with `receiver` (a method's `self`) and the arguments
    /// evaluated straight into its frame's slots; `None` (nothing evaluated) when the
    /// call's shape needs the general binder.
    #[inline(always)]
    pub(super) fn call_user_function(
        &mut self,
        func: &Rc<Function>,
        receiver: Option<&Value>,
        args: &[Arg],
        cache: Option<&MethodCache>,
        f: &mut Frame,
    ) -> Option<PyResult<Value>> {
        let spec = &func.code.params;
        let given = args.len() + usize::from(receiver.is_some());
        let simple = given == spec.positional && !spec.vararg && !spec.kwarg && spec.kwonly == 0;
        if simple && args.iter().all(|a| matches!(a, Arg::Positional(_))) {
            let nlocals = func.code.nlocals();
            let mut locals = self.new_locals(nlocals);
            if let Some(r) = receiver {
                locals.push(Some(r.clone()));
            }
            for a in args {
                if let Arg::Positional(e) = a {
                    match self.eval(e, f) {
                        Ok(v) => locals.push(Some(v)),
                        Err(e) => {
                            self.recycle_locals(locals);
                            return Some(Err(e));
                        }
                    }
                }
            }
            if locals.len() < nlocals {
                locals.resize_with(nlocals, || None);
            }
            return Some(self.enter_function(func, locals));
        }
        let first = usize::from(receiver.is_some());
        let cached;
        let found;
        let slots: &[usize] = match cache {
            Some(cache) => {
                cached = cache.slots(func, first, || direct_slots(func, args, first))?;
                &cached
            }
            None => {
                found = direct_slots(func, args, first)?;
                &found
            }
        };
        Some(
            self.bind_direct(func, args, slots, receiver, f)
                .and_then(|locals| self.enter_function(func, locals)),
        )
    }

    /// Evaluates a call's arguments, in order, straight into the callee's parameter slots
    /// found by [`crate::exec::call::direct_slots`] (after `receiver` in slot 0), then fills in
    /// the defaults.
    pub(super) fn bind_direct(
        &mut self,
        func: &crate::object::function::Function,
        args: &[Arg],
        slots: &[usize],
        receiver: Option<&Value>,
        f: &mut Frame,
    ) -> PyResult<Vec<Option<Value>>> {
        let nlocals = func.code.nlocals();
        let mut locals = self.new_locals(nlocals);
        locals.resize_with(nlocals, || None);
        if let Some(r) = receiver {
            locals[0] = Some(r.clone());
        }
        for (a, &slot) in args.iter().zip(slots) {
            if let Arg::Positional(e) | Arg::Keyword(_, e) = a {
                locals[slot] = Some(self.eval(e, f)?);
            }
        }
        crate::exec::call::fill_defaults(func, &mut locals);
        Ok(locals)
    }

    pub fn eval_args(&mut self, args: &[Arg], f: &mut Frame) -> PyResult<(Vec<Value>, Keywords)> {
        self.eval_args_for(None, args, f)
    }

    /// The arguments of a call to `callee` (named in the errors of `**` arguments).
    pub fn eval_args_for(
        &mut self,
        callee: Option<&Value>,
        args: &[Arg],
        f: &mut Frame,
    ) -> PyResult<(Vec<Value>, Keywords)> {
        let mut pos = Vec::with_capacity(args.len());
        let mut kw: Keywords = Vec::new();
        for a in args {
            match a {
                Arg::Positional(e) => pos.push(self.eval(e, f)?),
                Arg::Star(e) => {
                    let v = self.eval(e, f)?;
                    pos.extend(self.collect(&v)?);
                }
                Arg::Keyword(name, e) => {
                    let v = self.eval(e, f)?;
                    // (Repeated explicit keywords are a SyntaxError: this one came from `**`.)
                    if kw.iter().any(|(n, _)| n == name) {
                        return Err(PyErr::type_error(format!(
                            "{} got multiple values for keyword argument '{name}'",
                            self.callable_name(callee)
                        )));
                    }
                    kw.push((name.clone(), v))
                }
                Arg::DoubleStar(e) => {
                    let m = self.eval(e, f)?;
                    for (k, v) in self.mapping_items(callee, &m)? {
                        let Some(s) = k.as_pystr() else {
                            return Err(PyErr::type_error("keywords must be strings"));
                        };
                        if kw.iter().any(|(n, _)| &**n == s.as_str()) {
                            return Err(PyErr::type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                self.callable_name(callee),
                                s.as_str()
                            )));
                        }
                        kw.push((s.as_str().into(), v));
                    }
                }
            }
        }
        Ok((pos, kw))
    }

    /// The items of a `**` argument: a dict's entries (a dict subclass that keeps
    /// dict's iteration too), or any object's `keys()` and `obj[key]`.
    fn mapping_items(
        &mut self,
        callee: Option<&Value>,
        m: &Value,
    ) -> PyResult<Vec<(Value, Value)>> {
        let native = match m {
            Value::Dict(_) => m.as_dict(),
            Value::Instance(_) if self.special_method(m, sym::__iter__).is_none() => m.as_dict(),
            _ => None,
        };
        if let Some(d) = native {
            return Ok(crate::types::dict::table::items(&d.borrow()));
        }
        let keys_sym = self.intern("keys");
        let has_keys = match m {
            Value::Instance(i) => i.class.lookup(keys_sym).is_some(),
            _ => self.type_of(m).lookup(keys_sym).is_some(),
        };
        if !has_keys {
            return Err(PyErr::type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                self.callable_name(callee),
                m.type_name()
            )));
        }
        let keys = self.call_method(m, keys_sym, vec![])?;
        let mut items = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.get_item(m, &k)?;
            items.push((k, v));
        }
        Ok(items)
    }

    /// How CPython's call errors name a callable (`__main__.f()`, `print()`).
    fn callable_name(&mut self, callee: Option<&Value>) -> String {
        match callee {
            Some(Value::Function(func)) => {
                let module = match crate::types::object::function_module(self, func) {
                    Value::Str(m) => m.as_str().to_string(),
                    _ => self.main_name.to_string(),
                };
                format!("{module}.{}()", func.qualname.borrow())
            }
            Some(Value::BoundMethod(m)) => {
                let f = m.func.clone();
                self.callable_name(Some(&f))
            }
            Some(Value::Builtin(b)) => match b.owner {
                Some(o) if b.is_method() => format!("{o}.{}()", b.name),
                _ => format!("{}()", b.name),
            },
            Some(Value::Class(c)) => format!("{}()", c.name()),
            Some(other) => format!("{}()", other.type_name()),
            None => "function".to_string() + "()",
        }
    }
}

/// Calling any callable value: functions, built-ins, classes, bound methods.
impl Interp {
    /// Calls any callable with positional and keyword arguments.
    pub(crate) fn call(
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
                Some(call @ Value::Function(_)) => {
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(f.clone());
                    all.extend(pos);
                    self.call(&call, all, kw)
                }
                // Any other `__call__` is bound as a descriptor (a callable object
                // without `__get__` is called as it is), and may call through here
                // again without a Python frame: counted, as CPython's call slot is.
                Some(call) => {
                    let class = i.class.clone();
                    let call = self.bind_descriptor(call, f, &class)?;
                    self.recurse("while calling a Python object", |interp| {
                        interp.call(&call, pos, kw)
                    })
                }
                None => Err(messages::not_callable(i.class.name())),
            },
            Value::Descriptor(d) => match &**d {
                crate::object::class::Descriptor::StaticMethod(inner) => {
                    let inner = inner.clone();
                    self.call(&inner, pos, kw)
                }
                _ => Err(messages::not_callable(f.type_name())),
            },
            other => Err(messages::not_callable(other.type_name())),
        }
    }

    pub(crate) fn call_builtin(
        &mut self,
        b: &BuiltinFunction,
        receiver: Option<&Value>,
        pos: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        match (b.imp.clone(), receiver) {
            (BuiltinImpl::Function(f), _) => f(self, Args::new(pos, kw)),
            (BuiltinImpl::New(f), _) => crate::types::object::native::call_new(self, b, f, pos, kw),
            (BuiltinImpl::Host(f), _) => f(self, Args::new(pos, kw)),
            (BuiltinImpl::Method(f), Some(recv)) => f(
                self,
                native_receiver(b, recv),
                Args::new(pos, kw).for_method(b.owner),
            ),
            (BuiltinImpl::ClassMethod(f), Some(recv)) => {
                let r = f(self, recv, Args::new(pos, kw).for_method(b.owner))?;
                self.subclass_result(b, recv, r)
            }
            (BuiltinImpl::Method(f), None) if b.name == "__new__" => {
                // `object.__new__(cls, ...)`: the class is checked by the method itself.
                let owner = b.owner.unwrap_or("object");
                let Some(recv) = pos.first() else {
                    return Err(PyErr::type_error(format!(
                        "{owner}.__new__(): not enough arguments"
                    )));
                };
                f(self, recv, Args::new(&pos[1..], kw).for_method(b.owner))
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
                // `ValueError.__init__(self, msg)`: exception methods live on the
                // exception classes, not on a built-in type of that name.
                let owner_class = if owner == "BaseException" {
                    self.exc_class(crate::error::ExcKind::BaseException)
                } else {
                    self.builtin_class(owner)
                };
                if !class.is_subclass(&owner_class) {
                    return Err(PyErr::type_error(format!(
                        "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
                        b.name,
                        class.name()
                    )));
                }
                f(
                    self,
                    native_receiver(b, recv),
                    Args::new(&pos[1..], kw).for_method(b.owner),
                )
            }
            (BuiltinImpl::ClassMethod(f), None) => {
                let owner = b.owner.unwrap_or("object");
                let class = Value::Class(self.builtin_class(owner));
                f(self, &class, Args::new(pos, kw))
            }
        }
    }

    /// A built-in class method called on a subclass (`Flags.from_bytes(...)`) makes an
    /// instance of the subclass from its result, as CPython does: `cls(result)`, or for
    /// `dict.fromkeys` `cls()` filled item by item.
    fn subclass_result(&mut self, b: &BuiltinFunction, cls: &Value, r: Value) -> PyResult<Value> {
        let Value::Class(c) = cls else { return Ok(r) };
        let base = crate::types::object::native::native_base(c);
        if c.builtin || base.is_none_or(|n| Some(n.name()) != b.owner) {
            return Ok(r);
        }
        if let Some(d) = r.as_dict() {
            let obj = self.call(cls, vec![], vec![])?;
            let items = crate::types::dict::table::items(&d.borrow());
            for (k, v) in items {
                self.set_item(&obj, &k, v)?;
            }
            return Ok(obj);
        }
        self.call(cls, vec![r], vec![])
    }

    pub(crate) fn call_function(
        &mut self,
        func: &Rc<Function>,
        pos: Vec<Value>,
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        let locals = crate::exec::call::bind_arguments(self, func, pos, kw)?;
        self.enter_function(func, locals)
    }

    /// Runs a function body with its bound locals (or makes a generator).
    pub(crate) fn enter_function(
        &mut self,
        func: &Rc<Function>,
        locals: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        let code = &func.code;
        let mut frame = Frame::new(code.clone(), locals);
        if code.own_cells != 0 || !func.closure.is_empty() {
            enter_cells(&mut frame, func);
        }
        if code.is_generator {
            return Ok(crate::exec::generator::new(frame));
        }
        if self.depth >= self.recursion_limit {
            return Err(messages::recursion_error());
        }
        self.depth += 1;
        let prev = self.enter_namespace(&code.ns);
        // Checking the stack every few calls is enough: the red zone covers the frames between.
        let result = if self.depth.is_multiple_of(8) {
            crate::object::alloc::with_stack(512 * 1024, 4 * 1024 * 1024, || {
                self.run_body(&code.body, &mut frame)
            })
        } else {
            self.run_body(&code.body, &mut frame)
        };
        self.leave_namespace(prev);
        self.depth -= 1;
        let locals = std::mem::take(&mut *frame.locals);
        self.recycle_locals(locals);
        // (The frame's drop frees its cells and lets go of its closure.)
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
                    BuiltinImpl::New(f) | BuiltinImpl::Function(f) => f(self, Args::new(&pos, &kw)),
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
        crate::types::object::type_call(self, c, pos, kw)
    }

    /// Calls a method by name on a value (`obj.name(*pos)`).
    pub(crate) fn call_method(
        &mut self,
        obj: &Value,
        name: Sym,
        pos: Vec<Value>,
    ) -> PyResult<Value> {
        let m = self.get_attr(obj, name)?;
        self.call(&m, pos, vec![])
    }

    /// Looks up a special method on the type (not the instance), bound to the object.
    pub(crate) fn special_method(&mut self, obj: &Value, name: Sym) -> Option<Value> {
        use crate::object::intern::sym;
        match obj {
            Value::Instance(i) => {
                use crate::object::class::{ATTR_DELITEM, ATTR_GETITEM, ATTR_SETITEM};
                let flag = match name {
                    sym::__getitem__ => ATTR_GETITEM,
                    sym::__setitem__ => ATTR_SETITEM,
                    sym::__delitem__ => ATTR_DELITEM,
                    _ => 0,
                };
                if flag != 0 && i.class.attr_flags() & flag == 0 {
                    return None;
                }
                i.class.lookup_user(name)
            }
            // A class's special methods are its metaclass's (CPython looks them up on
            // `type(obj)`).
            Value::Class(c) => c.metaclass.as_ref()?.lookup_user(name),
            _ => None,
        }
    }

    /// Calls a special method of a user object, if it defines one.
    /// (The arguments are made only when the method exists: most lookups find none.)
    pub(crate) fn call_special(
        &mut self,
        obj: &Value,
        name: Sym,
        args: impl FnOnce() -> Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let m = self.special_method(obj, name)?;
        let args = args();
        if let Value::Function(_) = m {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend(args);
            return Some(self.call(&m, all, vec![]));
        }
        // A built-in method (a native class's `__next__`): called without binding it.
        if let Value::Builtin(b) = &m {
            if matches!(b.imp, BuiltinImpl::Method(_)) && b.name != "__new__" {
                return Some(self.call_builtin(b, Some(obj), &args, &[]));
            }
        }
        let class = match obj {
            Value::Instance(i) => i.class.clone(),
            Value::Class(c) => c.metaclass.clone()?,
            _ => return None,
        };
        Some(
            self.bind_descriptor(m, obj, &class)
                .and_then(|m| self.call(&m, args, vec![])),
        )
    }
}

/// The receiver a built-in method works on: a subclass instance's built-in value for the
/// methods of its built-in base (`object`'s methods see the instance itself).
#[inline]
pub(super) fn native_receiver<'v>(b: &BuiltinFunction, recv: &'v Value) -> &'v Value {
    match recv.native() {
        Some(n) if b.owner != Some("object") => n,
        _ => recv,
    }
}
