//! Method calls, `obj.name(args)`: user methods with `self` and the arguments straight
//! in the frame, built-in methods with their arguments on the stack, the call site's
//! caches; and the method found before its arguments run, as CPython loads it.

use super::call::{native_receiver, StackArgs, STACK_ARGS};
use super::eval::Frame;
use crate::error::PyResult;
use crate::exec::code::{Arg, CachedMethod, Expr, MethodCache};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::function::{BuiltinFunction, BuiltinImpl, Function, MethodImpl};
use crate::object::value::Value;
use std::rc::Rc;

impl Interp {
    /// Evaluates positional-only arguments, few enough to sit on the stack, into `pos`;
    /// false (nothing evaluated) for other calls. (Filled in place: a vector of values
    /// handed back inside a result is copied through memory.)
    #[inline]
    fn eval_stack_args(
        &mut self,
        args: &[Arg],
        f: &mut Frame,
        pos: &mut StackArgs,
    ) -> PyResult<bool> {
        if args.len() > STACK_ARGS || !args.iter().all(|a| matches!(a, Arg::Positional(_))) {
            return Ok(false);
        }
        for a in args {
            if let Arg::Positional(e) = a {
                pos.push(self.eval(e, f)?);
            }
        }
        Ok(true)
    }

    /// Evaluates a call's arguments onto the stack and calls `call` with them: `None`
    /// (nothing evaluated) unless they are a few positional ones.
    #[inline(always)]
    pub(super) fn call_with_stack_args(
        &mut self,
        args: &[Arg],
        f: &mut Frame,
        call: impl FnOnce(&mut Interp, &[Value]) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        match args {
            [] => Some(call(self, &[])),
            // (One argument, the commonest: no vector to fill and free.)
            [Arg::Positional(e)] => Some(match self.eval(e, f) {
                Ok(v) => {
                    let one = [v];
                    let r = call(self, &one);
                    let [v] = one;
                    v.release();
                    r
                }
                Err(e) => Err(e),
            }),
            _ => {
                let mut pos = StackArgs::new();
                match self.eval_stack_args(args, f, &mut pos) {
                    Ok(true) => Some(call(self, &pos)),
                    Ok(false) => None,
                    Err(e) => Some(Err(e)),
                }
            }
        }
    }

    /// `obj.name(args)`: built-in methods with a few positional arguments are called
    /// with the arguments on the stack.
    pub(super) fn eval_call_method(
        &mut self,
        obj: &Expr,
        (name, name_end): (crate::object::intern::Sym, u32),
        args: &[Arg],
        cache: &MethodCache,
        f: &mut Frame,
    ) -> PyResult<Value> {
        let o = self.eval(obj, f)?;
        match &o {
            // Methods of user objects: `self` and the arguments go straight into the frame.
            Value::Instance(inst) => {
                if let Some(func) = self.user_method(inst, name, cache) {
                    if let Some(r) = self.call_user_function(&func, Some(&o), args, Some(cache), f)
                    {
                        return r;
                    }
                } else if let Some((b, imp)) = native_method(inst, name) {
                    // A built-in method of a native class's object (`m.group(1)`) or a
                    // subclass of a built-in type: called without a bound method.
                    let call = |interp: &mut Interp, pos: &[Value]| {
                        let args = Args::positional(pos).for_method(b.owner);
                        imp(interp, native_receiver(&b, &o), args)
                    };
                    if let Some(r) = self.call_with_stack_args(args, f, call) {
                        return r;
                    }
                }
            }
            // Module functions (`struct.unpack_from(...)`) with positional arguments.
            Value::Module(m) => {
                let func = m
                    .dict
                    .borrow()
                    .get_hinted(&name, &cache.module_hint)
                    .cloned();
                if let Some(Value::Builtin(b)) = &func {
                    if let crate::object::function::BuiltinImpl::Function(fimpl) = b.imp {
                        let call = |interp: &mut Interp, pos: &[Value]| {
                            fimpl(interp, crate::object::args::Args::positional(pos))
                        };
                        if let Some(r) = self.call_with_stack_args(args, f, call) {
                            return r;
                        }
                    }
                }
            }
            // Methods of built-in objects, found once per call site and receiver type.
            _ => {
                if let Some(m) = self.builtin_method(&o, name, cache) {
                    let call = |interp: &mut Interp, pos: &[Value]| {
                        let args = crate::object::args::Args::positional(pos).for_method(m.owner);
                        (m.imp)(interp, &o, args)
                    };
                    if let Some(r) = self.call_with_stack_args(args, f, call) {
                        return r;
                    }
                }
            }
        }
        // The method is found before the arguments run, as CPython loads it; a missing
        // one is reported at `obj.name`.
        let at_name = |e| {
            let end = name_end.max(obj.span.start);
            super::eval::focus(
                e,
                minipy_syntax::ast::Span {
                    start: obj.span.start,
                    end,
                },
            )
        };
        if args.iter().any(|a| matches!(a, Arg::DoubleStar(_))) {
            // (`**` errors name the method.)
            let m = self.get_attr(&o, name).map_err(at_name)?;
            let (pos, kw) = self.eval_args_for(Some(&m), args, f)?;
            return self.call(&m, pos, kw);
        }
        let target = self.method_target(&o, name).map_err(at_name)?;
        let (pos, kw) = self.eval_args(args, f)?;
        self.call_method_target(&o, target, pos, kw)
    }

    /// The function `inst.name` finds in its class (no instance attribute shadowing it, no
    /// `__getattribute__`), from the call site's cache or looked up (and cached).
    #[inline]
    fn user_method(
        &mut self,
        inst: &crate::object::class::Instance,
        name: crate::object::intern::Sym,
        cache: &MethodCache,
    ) -> Option<Rc<Function>> {
        let class = Rc::as_ptr(&inst.class) as usize;
        let epoch = crate::object::class::class_epoch();
        let func = match cache.user_method(class, epoch) {
            Some(func) => func,
            None => {
                if inst.class.attr_flags() & crate::object::class::ATTR_GETATTRIBUTE != 0 {
                    return None;
                }
                let Some(Value::Function(func)) = inst.class.lookup(name) else {
                    return None;
                };
                cache.set_user_method(class, epoch, &func);
                func
            }
        };
        if inst.dict.borrow().contains_key(&name) {
            return None;
        }
        Some(func)
    }

    /// The built-in method `name` of `o`'s type, from the call site's cache or looked up
    /// (and cached); `None` for other receivers or attributes.
    #[inline]
    pub(super) fn builtin_method(
        &mut self,
        o: &Value,
        name: crate::object::intern::Sym,
        cache: &MethodCache,
    ) -> Option<CachedMethod> {
        let slot = o.type_slot()?;
        if let Some(m) = cache.get(slot) {
            return Some(m);
        }
        let Some(Value::Builtin(b)) = self.type_of(o).lookup(name) else {
            return None;
        };
        let crate::object::function::BuiltinImpl::Method(imp) = b.imp else {
            return None;
        };
        let m = CachedMethod {
            slot,
            imp,
            owner: b.owner,
        };
        cache.set(m);
        Some(m)
    }
}

/// The built-in method `inst.name` finds in its class (no instance attribute shadowing
/// it, no `__getattribute__`): what the attribute would bind.
fn native_method(
    inst: &crate::object::class::Instance,
    name: crate::object::intern::Sym,
) -> Option<(Rc<BuiltinFunction>, MethodImpl)> {
    if inst.class.attr_flags() & crate::object::class::ATTR_GETATTRIBUTE != 0 {
        return None;
    }
    let Some(Value::Builtin(b)) = inst.class.lookup(name) else {
        return None;
    };
    let BuiltinImpl::Method(imp) = b.imp else {
        return None;
    };
    if b.name == "__new__" || inst.dict.borrow().contains_key(&name) {
        return None;
    }
    Some((b, imp))
}
