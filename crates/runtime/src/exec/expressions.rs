//! Expression evaluation.

use minipy_syntax::ast::{BoolOp, CmpOp};

use super::eval::{focus, Frame};
use crate::error::messages;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::{BoolWord, SliceValue, Value};

/// The value of an int held by a local or a constant, read without cloning. (Not
/// written through [`peek`]: that form cost fib 0.6% more instructions.)
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

/// `a op b` of ints peeked from locals or constants ([`peek_int`]), when the result is
/// a machine int.
#[inline(always)]
pub(super) fn peek_int_binop(e: &Expr, f: &Frame) -> Option<i64> {
    let ExprKind::BinOp(a, op, b) = &e.kind else {
        return None;
    };
    crate::types::numbers::int::fast_int_binop(*op, peek_int(a, f)?, peek_int(b, f)?)
}

/// The value a local or a constant holds, read without cloning.
#[inline(always)]
pub(super) fn peek<'a>(e: &'a Expr, f: &'a Frame) -> Option<&'a Value> {
    match &e.kind {
        ExprKind::Local(i) => f.locals[*i as usize].as_ref(),
        ExprKind::Const(v) => Some(v),
        _ => None,
    }
}

/// `left op right` of a local or a constant and another, decided without cloning
/// either when no Python code can take part ([`crate::protocols::ops::compare_native`]).
#[inline(always)]
pub(super) fn compare_peeked(op: CmpOp, left: &Expr, right: &Expr, f: &Frame) -> Option<bool> {
    crate::protocols::ops::compare_native(op, peek(left, f)?, peek(right, f)?)
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
                None => self.load_global(*i).map_err(|err| focus(err, e.span)),
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

    /// Notes where the running frame makes a call (its line while the call runs).
    #[inline(always)]
    fn note_call(&mut self, span: minipy_syntax::ast::Span) {
        self.pending_call = span;
    }

    /// [`Interp::eval_inner`], growing the stack every few levels so deeply nested
    /// expressions cannot overflow it.
    #[inline(always)]
    pub(super) fn eval_nested(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        self.nesting += 1;
        let r = if self.nesting.is_multiple_of(16) {
            // Deep expressions count as work, and their stack as memory.
            match self.limits.tick().and_then(|()| self.limits.check_stack()) {
                Err(err) => Err(err),
                Ok(()) => crate::object::alloc::with_stack(256 * 1024, 2 * 1024 * 1024, || {
                    self.eval_inner(e, f)
                }),
            }
        } else {
            self.eval_call_or_inner(e, f)
        };
        self.nesting -= 1;
        r.map_err(|err| focus(err, e.span))
    }

    /// A call (`f(x)`, `obj.m(x)`) by its own code, anything else by
    /// [`Interp::eval_inner`]. (Calls skip `eval_inner`'s entry: it makes a large frame
    /// a call does not use.)
    #[inline(always)]
    fn eval_call_or_inner(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Call { func, args } => {
                self.note_call(e.span);
                self.eval_call(func, args, f)
            }
            ExprKind::CallMethod {
                obj,
                name,
                name_end,
                args,
                cache,
            } => {
                self.note_call(e.span);
                self.eval_call_method(obj, (*name, *name_end), args, cache, f)
            }
            _ => self.eval_inner(e, f),
        }
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
                if self.condition(test, f)? {
                    self.eval(body, f)
                } else {
                    self.eval(orelse, f)
                }
            }
            ExprKind::Call { .. } | ExprKind::CallMethod { .. } => self.eval_call_or_inner(e, f),
            ExprKind::FrameCall { func, args } => {
                self.note_call(e.span);
                self.eval_frame_call(func, args, f)
            }
            ExprKind::Attribute(obj, name) => {
                // `get_attr`'s first case, without its call (and a local's object not
                // cloned: the frame is not reachable from the code an attribute runs).
                let owned;
                let o = match peek(obj, f) {
                    Some(o) => o,
                    None => {
                        owned = self.eval(obj, f)?;
                        &owned
                    }
                };
                if let Value::Instance(inst) = o {
                    let flags = inst.class.attr_flags();
                    if let Some(v) = inst.dict_attr(flags, *name) {
                        return Ok(v);
                    }
                    return self.instance_attr(o, inst, flags, *name);
                }
                self.get_attr(o, *name)
            }
            ExprKind::Subscript(obj, index) => {
                // `seq[i]` on a local sequence: read in place, no clone of the container.
                if let (ExprKind::Local(slot), Some(i)) = (&obj.kind, peek_int(index, f)) {
                    match f.locals[*slot as usize].as_ref() {
                        // A byte is read here, not through `peek_item`: an
                        // `Option<Value>` handed back from a call is written in two
                        // halves and copied on in one load, which waits for both stores
                        // (forcing `peek_item` inline instead cost checksum 2.7%).
                        Some(Value::Bytes(b) | Value::ByteArray(b)) => {
                            let d = b.borrow();
                            if let Some(j) = crate::types::sequence::index(i, d.len()) {
                                return Ok(Value::Int(d[j] as i64));
                            }
                        }
                        Some(o) => {
                            if let Some(v) = Self::peek_item(o, i) {
                                return Ok(v);
                            }
                        }
                        None => {}
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
            ExprKind::Tuple(items) => self.eval_tuple(items, f),
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
            ExprKind::Comprehension(maker, first) => {
                // (A comprehension runs as a frame of its own, entered from here.)
                self.note_call(e.span);
                self.eval_comprehension(maker, first, f)
            }
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
            if let Some(r) = compare_peeked(*op, left, right, f) {
                return Ok(Value::from_bool(r));
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
        Ok(Value::Bool(BoolWord::TRUE))
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
        self.set_display(values, items.iter().all(folded_constant))
    }

    #[inline(never)]
    pub(super) fn eval_dict(
        &mut self,
        items: &[(Option<Expr>, Expr)],
        f: &mut Frame,
    ) -> PyResult<Value> {
        let mut table = crate::types::dict::table::new_dict();
        table.reserve(items.len());
        let d = Value::dict(table);
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
                    let piece = self.format(&v, &spec_text)?;
                    if out.is_empty() {
                        // A field that starts the string is taken as it is (a padded
                        // field may be huge: copying it would be work no check sees).
                        *out = piece;
                    } else {
                        out.push_str(&piece);
                    }
                }
            }
        }
        Ok(())
    }

    /// A tuple display: its items gathered in the tuple itself (no vector for up to four).
    fn eval_tuple(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Value> {
        let mut out = crate::object::value::TupleItems::with_capacity(items.len());
        self.eval_items_into(items, f, &mut out)?;
        Ok(Value::tuple_of(out))
    }

    pub(super) fn eval_items(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        self.eval_items_into(items, f, &mut out)?;
        Ok(out)
    }

    /// The items of a display, a starred one spread, added to `out` in order.
    fn eval_items_into(
        &mut self,
        items: &[Expr],
        f: &mut Frame,
        out: &mut impl Extend<Value>,
    ) -> PyResult<()> {
        for e in items {
            if let ExprKind::Starred(inner) = &e.kind {
                let v = self.eval(inner, f)?;
                out.extend(self.collect(&v)?);
            } else {
                out.extend([self.eval(e, f)?]);
            }
        }
        Ok(())
    }

    /// Whether the comparison operator is `in`/`not in` (used by the REPL's completer).
    pub fn is_membership(op: CmpOp) -> bool {
        matches!(op, CmpOp::In | CmpOp::NotIn)
    }
}

/// Whether CPython's compiler folds `e` to a constant (a literal, a signed number, a
/// tuple of such, arithmetic on them within the optimizer's size limits): a set display
/// of three or more of them is built from a frozenset constant, which decides the order
/// of its items.
fn folded_constant(e: &Expr) -> bool {
    use minipy_syntax::ast::UnaryOp;
    match &e.kind {
        ExprKind::Const(_) => true,
        ExprKind::UnaryOp(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, operand) => {
            match &operand.kind {
                ExprKind::Const(v) => {
                    matches!(
                        v,
                        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
                    )
                }
                _ => folded_constant(operand),
            }
        }
        ExprKind::Tuple(items) => items.iter().all(folded_constant),
        ExprKind::BinOp(l, op, r) => {
            folded_constant(l) && folded_constant(r) && folds_within_limits(l, *op, r)
        }
        _ => false,
    }
}

/// CPython's optimizer refuses to fold products, powers and shifts of ints past 128 bits
/// (`safe_multiply`, `safe_power`, `safe_lshift`); nested operands are taken as unfolded.
fn folds_within_limits(l: &Expr, op: minipy_syntax::ast::BinOp, r: &Expr) -> bool {
    use minipy_syntax::ast::BinOp;
    const MAX_INT_SIZE: u64 = 128;
    let float = |e: &Expr| matches!(e.kind, ExprKind::Const(Value::Float(_)));
    let (lv, rv) = (const_int(l), const_int(r));
    let bits = |v: &num_bigint::BigInt| v.bits();
    match op {
        BinOp::MatMul => false,
        BinOp::Mul => match (&lv, &rv) {
            (Some(a), Some(b)) => bits(a) == 0 || bits(b) == 0 || bits(a) + bits(b) <= MAX_INT_SIZE,
            _ => (float(l) || lv.is_some()) && (float(r) || rv.is_some()),
        },
        BinOp::Pow => match (&lv, &rv) {
            (Some(a), Some(b)) => {
                let w = b.to_u64_digits();
                b.sign() != num_bigint::Sign::Plus
                    || bits(a) == 0
                    || (w.1.len() == 1 && bits(a) <= MAX_INT_SIZE / w.1[0])
            }
            _ => (float(l) || lv.is_some()) && (float(r) || rv.is_some()),
        },
        BinOp::LShift => match (&lv, &rv) {
            (Some(a), Some(b)) => {
                b.sign() != num_bigint::Sign::Plus
                    || bits(a) == 0
                    || (bits(b) <= 8 && bits(a) + (b.to_u64_digits().1[0]) <= MAX_INT_SIZE)
            }
            _ => false,
        },
        _ => true,
    }
}

/// The value of an int literal, possibly signed.
fn const_int(e: &Expr) -> Option<num_bigint::BigInt> {
    match &e.kind {
        ExprKind::Const(Value::Int(i)) => Some((*i).into()),
        ExprKind::Const(Value::Bool(b)) => Some((b.get() as i64).into()),
        ExprKind::Const(Value::BigInt(b)) => Some((**b).clone()),
        ExprKind::UnaryOp(minipy_syntax::ast::UnaryOp::Neg, inner) => const_int(inner).map(|v| -v),
        ExprKind::UnaryOp(minipy_syntax::ast::UnaryOp::Pos, inner) => const_int(inner),
        _ => None,
    }
}
