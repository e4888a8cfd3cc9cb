//! Expression evaluation.

use minipy_syntax::ast::{BoolOp, CmpOp};

use super::eval::{focus, Frame};
use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::{SliceValue, Value};

/// The value of an int held by a local or a constant, read without cloning.
#[inline(always)]
pub(super) fn peek_int(e: &Expr, f: &Frame) -> Option<i64> {
    match &e.kind {
        ExprKind::Local(i) => match &f.locals[*i as usize] {
            Some(Value::Int(v)) => Some(*v),
            _ => None,
        },
        ExprKind::Const(Value::Int(v)) => Some(*v),
        _ => None,
    }
}

#[inline(always)]
pub(super) fn compare_ints(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::In | CmpOp::NotIn => return None,
    })
}

impl Interp {
    /// Evaluates an expression. Names and constants are answered here; everything else
    /// goes through [`Interp::eval_inner`], which grows the stack every few levels so
    /// deeply nested expressions cannot overflow it.
    #[inline(always)]
    pub fn eval(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(focus(
                    messages::unbound_local(&f.code.local_names[*i as usize]),
                    e.span,
                )),
            },
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Global(i) => match self.globals.get(*i) {
                Some(v) => Ok(v.clone()),
                None => Err(focus(
                    messages::name_not_defined(self.globals.name(*i)),
                    e.span,
                )),
            },
            // Int arithmetic on locals and constants: the commonest operation of all.
            ExprKind::BinOp(a, op, b) => match (peek_int(a, f), peek_int(b, f)) {
                (Some(x), Some(y)) => match crate::types::numbers::int::fast_binop(*op, x, y) {
                    Some(v) => Ok(v),
                    None => self.eval_nested(e, f),
                },
                _ => self.eval_nested(e, f),
            },
            _ => self.eval_nested(e, f),
        }
    }

    /// [`Interp::eval_inner`], growing the stack every few levels so deeply nested
    /// expressions cannot overflow it.
    #[inline(always)]
    pub(super) fn eval_nested(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        self.nesting += 1;
        let r = if self.nesting.is_multiple_of(16) {
            stacker::maybe_grow(256 * 1024, 2 * 1024 * 1024, || self.eval_inner(e, f))
        } else {
            self.eval_inner(e, f)
        };
        self.nesting -= 1;
        r.map_err(|err| focus(err, e.span))
    }

    pub(super) fn eval_inner(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(messages::unbound_local(&f.code.local_names[*i as usize])),
            },
            ExprKind::Deref(i) => self.load_deref(*i, f),
            ExprKind::Global(i) => self.load_global(*i),
            ExprKind::ClassName(s, gid) => self.load_class_name(*s, *gid, f),
            ExprKind::BinOp(a, op, b) => {
                // (Ints in locals and constants were answered by `eval`.)
                let x = self.eval(a, f)?;
                let y = self.eval(b, f)?;
                if let (Value::Int(i), Value::Int(j)) = (&x, &y) {
                    if let Some(v) = crate::types::numbers::int::fast_binop(*op, *i, *j) {
                        // (Ints need no drop; saying so spares the drop glue's call.)
                        x.release();
                        y.release();
                        return Ok(v);
                    }
                }
                let r = self.binary_op(*op, &x, &y);
                x.release();
                y.release();
                r
            }
            ExprKind::UnaryOp(op, operand) => {
                let v = self.eval(operand, f)?;
                self.unary_op(*op, &v)
            }
            ExprKind::BoolOp(op, values) => self.eval_bool_op(*op, values, f),
            ExprKind::Compare(left, ops) => self.eval_compare(left, ops, f),
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(test, f)?;
                if self.truthy(&t)? {
                    self.eval(body, f)
                } else {
                    self.eval(orelse, f)
                }
            }
            ExprKind::Call { func, args } => self.eval_call(func, args, f),
            ExprKind::CallMethod {
                obj,
                name,
                args,
                cache,
            } => self.eval_call_method(obj, *name, args, cache, f),
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(obj, f)?;
                self.get_attr(&o, *name)
            }
            ExprKind::Subscript(obj, index) => {
                // `seq[i]` on a local sequence: read in place, no clone of the container.
                if let (ExprKind::Local(slot), Some(i)) = (&obj.kind, peek_int(index, f)) {
                    if let Some(v) = f.locals[*slot as usize]
                        .as_ref()
                        .and_then(|o| Self::peek_item(o, i))
                    {
                        return Ok(v);
                    }
                }
                let o = self.eval(obj, f)?;
                if let ExprKind::Slice(a, b, c) = &index.kind {
                    let s = self.eval_slice_bounds(a.as_deref(), b.as_deref(), c.as_deref(), f)?;
                    return self.get_slice(&o, s);
                }
                let i = self.eval(index, f)?;
                self.get_item(&o, &i)
            }
            ExprKind::Slice(a, b, c) => {
                let s = self.eval_slice_bounds(a.as_deref(), b.as_deref(), c.as_deref(), f)?;
                Ok(Value::Slice(crate::object::alloc::alloc(s)))
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(items, f)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(items, f)?)),
            ExprKind::Set(items) => self.eval_set(items, f),
            ExprKind::Dict(items) => self.eval_dict(items, f),
            ExprKind::Starred(_) => Err(PyErr::new(
                ExcKind::SyntaxError,
                "can't use starred expression here",
            )),
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.fstring(parts, f, &mut out)?;
                Ok(Value::str(out))
            }
            ExprKind::MakeFunction(maker) => self.make_function(maker, f),
            ExprKind::Comprehension(maker, first) => self.eval_comprehension(maker, first, f),
            ExprKind::Temp(i) => f.locals[*i as usize]
                .take()
                .ok_or_else(super::eval::lost_place),
            ExprKind::Named(target, value) => {
                let v = self.eval(value, f)?;
                self.assign(target, v.clone(), f)?;
                Ok(v)
            }
            ExprKind::Super(class, receiver) => {
                let class = match self.eval(class, f) {
                    Ok(c) => c,
                    Err(_) => {
                        return Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "super(): empty __class__ cell",
                        ))
                    }
                };
                let obj = self.eval(receiver, f)?;
                if obj.is_none() {
                    return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
                }
                crate::types::object::new_super(self, class, obj)
            }
        }
    }

    #[inline(never)]
    pub(super) fn eval_bool_op(
        &mut self,
        op: BoolOp,
        values: &[Expr],
        f: &mut Frame,
    ) -> PyResult<Value> {
        let mut last = Value::None;
        for v in values {
            last = self.eval(v, f)?;
            let t = self.truthy(&last)?;
            if (op == BoolOp::And && !t) || (op == BoolOp::Or && t) {
                return Ok(last);
            }
        }
        Ok(last)
    }

    pub(super) fn eval_compare(
        &mut self,
        left: &Expr,
        ops: &[(CmpOp, Expr)],
        f: &mut Frame,
    ) -> PyResult<Value> {
        if let [(op, right)] = ops {
            if let (Some(x), Some(y)) = (peek_int(left, f), peek_int(right, f)) {
                if let Some(r) = compare_ints(*op, x, y) {
                    return Ok(Value::Bool(r));
                }
            }
        }
        let mut a = self.eval(left, f)?;
        let n = ops.len();
        for (k, (op, right)) in ops.iter().enumerate() {
            let b = self.eval(right, f)?;
            let r = self.compare(*op, &a, &b)?;
            if k + 1 == n || !self.truthy(&r)? {
                return Ok(r);
            }
            a = b;
        }
        Ok(Value::Bool(true))
    }

    #[inline(never)]
    pub(super) fn eval_slice_bounds(
        &mut self,
        a: Option<&Expr>,
        b: Option<&Expr>,
        c: Option<&Expr>,
        f: &mut Frame,
    ) -> PyResult<SliceValue> {
        let mut part = |x: Option<&Expr>, f: &mut Frame| -> PyResult<Value> {
            match x {
                Some(e) => self.eval(e, f),
                None => Ok(Value::None),
            }
        };
        let start = part(a, f)?;
        let stop = part(b, f)?;
        let step = part(c, f)?;
        Ok(SliceValue { start, stop, step })
    }

    #[inline(never)]
    pub(super) fn eval_set(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Value> {
        let values = self.eval_items(items, f)?;
        let set = Value::set(crate::types::dict::table::new_dict());
        for v in values {
            self.set_add(&set, v)?;
        }
        Ok(set)
    }

    #[inline(never)]
    pub(super) fn eval_dict(
        &mut self,
        items: &[(Option<Expr>, Expr)],
        f: &mut Frame,
    ) -> PyResult<Value> {
        let d = Value::dict(crate::types::dict::table::new_dict());
        for (k, v) in items {
            match k {
                Some(k) => {
                    let key = self.eval(k, f)?;
                    let value = self.eval(v, f)?;
                    self.dict_set(&d, key, value)?;
                }
                None => {
                    let m = self.eval(v, f)?;
                    self.dict_update(&d, &m)?;
                }
            }
        }
        Ok(d)
    }

    #[inline(never)]
    pub(super) fn eval_comprehension(
        &mut self,
        maker: &FunctionMaker,
        first: &Expr,
        f: &mut Frame,
    ) -> PyResult<Value> {
        let it = self.eval(first, f)?;
        let iterator = self.iter(&it)?;
        let func = self.make_function(maker, f)?;
        let Value::Function(func) = func else {
            return Ok(Value::None);
        };
        let mut locals = vec![None; func.code.nlocals()];
        locals[0] = Some(iterator);
        self.enter_function(&func, locals)
    }

    pub(super) fn fstring(
        &mut self,
        parts: &[FPart],
        f: &mut Frame,
        out: &mut String,
    ) -> PyResult<()> {
        for p in parts {
            match p {
                FPart::Literal(s) => out.push_str(s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    let mut v = self.eval(value, f)?;
                    match conversion {
                        Some('r') => v = Value::str(self.repr(&v)?),
                        Some('s') => v = Value::str(self.str(&v)?),
                        Some('a') => v = Value::str(crate::types::str::ascii(&self.repr(&v)?)),
                        _ => {}
                    }
                    let mut spec_text = String::new();
                    self.fstring(spec, f, &mut spec_text)?;
                    out.push_str(&self.format(&v, &spec_text)?);
                }
            }
        }
        Ok(())
    }

    pub(super) fn eval_items(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for e in items {
            if let ExprKind::Starred(inner) = &e.kind {
                let v = self.eval(inner, f)?;
                out.extend(self.collect(&v)?);
            } else {
                out.push(self.eval(e, f)?);
            }
        }
        Ok(out)
    }

    /// Whether the comparison operator is `in`/`not in` (used by the REPL's completer).
    pub fn is_membership(op: CmpOp) -> bool {
        matches!(op, CmpOp::In | CmpOp::NotIn)
    }
}
