//! Operators: arithmetic, comparison, truth, membership and hashing, with the built-in
//! fast paths first and user dunder methods after.

use std::cmp::Ordering;
use std::rc::Rc;

use minipy_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::error::messages;
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::intern::{sym, Sym};
use crate::object::value::{PyStr, Value};
use crate::types::numbers::int::{self, Num};
use crate::types::numbers::{bigarith, float};

fn reflected(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// Whether a value's type is a user class: an instance, or a class with a metaclass
/// (whose special methods then apply).
fn user_typed(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.metaclass.is_some(),
        _ => false,
    }
}

fn cmp_dunder(op: CmpOp) -> (Sym, Sym) {
    match op {
        CmpOp::Eq => (sym::__eq__, sym::__eq__),
        CmpOp::NotEq => (sym::__ne__, sym::__ne__),
        CmpOp::Lt => (sym::__lt__, sym::__gt__),
        CmpOp::LtE => (sym::__le__, sym::__ge__),
        CmpOp::Gt => (sym::__gt__, sym::__lt__),
        CmpOp::GtE => (sym::__ge__, sym::__le__),
        _ => (sym::__eq__, sym::__eq__),
    }
}

impl Interp {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = crate::types::dispatch::truthy_native(v) {
            return Ok(b);
        }
        if let Some(r) = self.call_special(v, sym::__bool__, Vec::new) {
            return match r? {
                Value::Bool(b) => Ok(b.get()),
                other => Err(PyErr::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            };
        }
        // (Found and called in one lookup: `while queue:` on a deque asks this each pass.)
        if let Some(n) = self.call_special(v, sym::__len__, Vec::new) {
            return Ok(crate::protocols::items::len_result(n?)? > 0);
        }
        match v.native() {
            Some(n) => self.truthy(&n.clone()),
            // A length that raises (a released memoryview's) makes truth raise.
            None => crate::types::dispatch::len(v).map_or(Ok(true), |n| Ok(n? > 0)),
        }
    }

    #[inline]
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int::fast_binop(op, *x, *y) {
                return Ok(v);
            }
        }
        self.binary_op_slow(op, a, b)
    }

    fn binary_op_slow(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op_after(op, a, b, false)
    }

    /// [`Interp::binary_op`] past the int fast path; `reflected_tried` when the caller
    /// already asked the right operand (see [`Interp::reflected_first`]).
    fn binary_op_after(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        reflected_tried: bool,
    ) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return self.instance_binary_op(op, a, b, reflected_tried);
        }
        if (matches!(op, BinOp::Pow | BinOp::LShift) && int::is_int(a) && int::is_int(b))
            || (op == BinOp::Mul && matches!((a, b), (Value::BigInt(_), Value::BigInt(_))))
        {
            self.limits
                .check_alloc(int::result_bytes_estimate(op, a, b))?;
        }
        if let Some(r) = int::int_binop(&mut self.limits, op, a, b) {
            return r;
        }
        if let (Some(x), Some(y)) = (int::as_number(a), int::as_number(b)) {
            if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
                if matches!(
                    op,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor
                        | BinOp::MatMul
                ) {
                    return Err(messages::unsupported_operand(
                        op.symbol(),
                        a.type_name(),
                        b.type_name(),
                    ));
                }
                let fx = int::num_to_f64(&x)?;
                let fy = int::num_to_f64(&y)?;
                if op == BinOp::Pow
                    && fx < 0.0
                    && fx.is_finite()
                    && fy.is_finite()
                    && fy != fy.floor()
                {
                    // A negative number to a fractional power is complex.
                    return crate::types::numbers::complex::binary(op, &Value::complex(fx, 0.0), b)
                        .unwrap_or_else(|| Ok(Value::from_f64(f64::NAN)));
                }
                return float::binop(op, fx, fy).map(Value::from_f64);
            }
        }
        if let Some(r) = crate::types::numbers::complex::binary(op, a, b) {
            return r;
        }
        if let Some(r) = crate::protocols::sequence_ops::binary(self, op, a, b) {
            return r;
        }
        self.user_binary_op(op, a, b, true)
    }

    /// A binary operator with a user object on either side: its special methods first
    /// (the right operand's reflected one first when the left is built-in), then a
    /// built-in sequence's own `+`/`*`, then the built-in values subclass instances carry.
    fn instance_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        reflected_tried: bool,
    ) -> PyResult<Value> {
        let mut tried = reflected_tried;
        if !tried {
            let first = self.reflected_first(op, a, b);
            if let Some(r) = first.result {
                return r;
            }
            tried = first.tried;
        }
        if !matches!(a, Value::Instance(_)) {
            if let Some(r) = crate::protocols::sequence_ops::binary(self, op, a, b) {
                return r;
            }
        }
        self.user_binary_op(op, a, b, !tried)
    }

    /// `b.__rop__(a)` for a user object on the right of a built-in one: CPython reaches
    /// it through the number slots, before a built-in sequence's own concatenation or
    /// repetition (`'a' + x`, `lst += x`). A NotImplemented answer leaves `result` empty.
    fn reflected_first(&mut self, op: BinOp, a: &Value, b: &Value) -> ReflectedFirst {
        if !matches!(b, Value::Instance(_)) || matches!(a, Value::Instance(_)) {
            return ReflectedFirst::default();
        }
        // `%` of bytes and bytearray is their own number slot: it goes first, unless the
        // right operand's class derives from the left one's type.
        if op == BinOp::Mod
            && matches!(a, Value::Bytes(_) | Value::ByteArray(_))
            && std::mem::discriminant(a) != std::mem::discriminant(b.unwrap_native())
        {
            return ReflectedFirst::default();
        }
        let rs = self.intern(reflected(op).1);
        let result = match self.call_special(b, rs, || vec![a.clone()]) {
            Some(Ok(Value::NotImplemented)) | None => None,
            r => r,
        };
        ReflectedFirst {
            tried: true,
            result,
        }
    }

    fn user_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        try_reflected: bool,
    ) -> PyResult<Value> {
        let (name, rname, _) = reflected(op);
        let s = self.intern(name);
        if let Some(r) = self.call_special(a, s, || vec![b.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let rs = self.intern(rname);
        if try_reflected {
            if let Some(r) = self.call_special(b, rs, || vec![a.clone()]) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let type_like = |v: &Value| matches!(v, Value::Class(_) | Value::None);
        if op == BinOp::BitOr && type_like(a) && type_like(b) && !(a.is(b) && a.is_none()) {
            // `int | None`: a `types.UnionType`.
            if let Some(r) = self.types_helper("_union", vec![a.clone(), b.clone()]) {
                return r;
            }
        }
        if op == BinOp::Mod && matches!(a.unwrap_native(), Value::Str(_)) {
            // `%`'s right operand keeps its own type: a dict subclass's `__missing__`
            // and `__getitem__` serve `%(key)s`.
            return crate::types::str::percent_format(self, &a.unwrap_native().clone(), b);
        }
        if a.native().is_some() || b.native().is_some() {
            let (na, nb) = (a.unwrap_native().clone(), b.unwrap_native().clone());
            return self.binary_op(op, &na, &nb).map_err(|e| {
                messages::name_subclass_operands(
                    e,
                    (na.type_name(), nb.type_name()),
                    (a.type_name(), b.type_name()),
                )
            });
        }
        if op == BinOp::Mod {
            if let Value::Str(_) = a {
                return crate::types::str::percent_format(self, a, b);
            }
        }
        let sym = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        Err(messages::unsupported_operand(
            sym,
            a.type_name(),
            b.type_name(),
        ))
    }

    /// Calls `types.<name>(*args)`, the Python-source half of `list[int]` and `int | None`;
    /// `None` when the `types` module cannot be imported.
    pub(crate) fn types_helper(&mut self, name: &str, args: Vec<Value>) -> Option<PyResult<Value>> {
        let module = self.import_module("types").ok()?;
        let f = match self.get_attr_str(&module, name) {
            Ok(f) => f,
            Err(_) => return None,
        };
        Some(self.call(&f, args, vec![]))
    }

    /// `a op= b`: in place for mutable built-ins and `__iop__` methods.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (&a, b) {
            if let Some(v) = int::fast_binop(op, *x, *y) {
                return Ok(v);
            }
        }
        let first = self.reflected_first(op, &a, b);
        if let Some(r) = first.result {
            return r;
        }
        if let Some(r) = crate::protocols::sequence_ops::inplace(self, op, &a, b) {
            return r;
        }
        if let Value::Instance(_) = &a {
            let (_, _, iname) = reflected(op);
            let s = self.intern(iname);
            if let Some(r) = self.call_special(&a, s, || vec![b.clone()]) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            // A mutable built-in value changes in place; the instance stays the result.
            if let Some(n) = a.native() {
                let n = n.clone();
                let r = self.inplace_op(op, n.clone(), b.unwrap_native())?;
                return Ok(if r.is(&n) { a } else { r });
            }
        }
        // A sequence's own concatenation and repetition errors stand, as in CPython.
        let sequence_error = matches!(op, BinOp::Add | BinOp::Mul)
            && (matches!(a, Value::Str(_) | Value::Tuple(_) | Value::List(_))
                || a.byte_buffer().is_some());
        match self.binary_op_after(op, &a, b, first.tried) {
            Err(e) if op != BinOp::Pow && !sequence_error => {
                // The message names the augmented operator.
                if let Some(crate::error::ExcKind::TypeError) = e.pending_kind() {
                    return Err(messages::unsupported_operand(
                        &format!("{}=", op.symbol()),
                        a.type_name(),
                        b.type_name(),
                    ));
                }
                Err(e)
            }
            other => other,
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::from_bool(!(self.truthy(v)?))),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b.get() as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => {
                bigarith::charge_linear(&mut self.limits, b)?;
                Ok(Value::from_bigint(-(**b).clone()))
            }
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::from_f64(-f.get())),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(b.get() as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b.get() as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => {
                bigarith::charge_linear(&mut self.limits, b)?;
                Ok(Value::from_bigint(!(**b).clone()))
            }
            _ => {
                if let Some(r) = crate::types::numbers::complex::unary(op, v) {
                    return Ok(r);
                }
                let (name, sym_) = match op {
                    UnaryOp::Neg => ("-", sym::__neg__),
                    UnaryOp::Pos => ("+", sym::__pos__),
                    _ => ("~", sym::__invert__),
                };
                if let Some(r) = self.call_special(v, sym_, Vec::new) {
                    return r;
                }
                if let Some(n) = v.native() {
                    return self.unary_op(op, &n.clone());
                }
                Err(messages::bad_unary_operand(name, v.type_name()))
            }
        }
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::BigInt(x), Value::BigInt(_)) => {
                // Equal huge ints compare every digit.
                bigarith::charge_linear(&mut self.limits, x)?;
            }
            _ => {
                if let Some((x, y)) = big_texts(a, b) {
                    // Long texts are compared in pieces, charging for each.
                    return crate::types::sequence::bytes_eq(self, &x, &y);
                }
            }
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.borrow().len() != y.borrow().len() {
                    return Ok(false);
                }
                let (x, y) = (x.clone(), y.clone());
                self.recurse("in comparison", |interp| {
                    crate::types::list::live_eq(interp, &x, &y)
                })
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y),
            (Value::Slice(x), Value::Slice(y)) => {
                let parts = |s: &crate::object::value::SliceValue| {
                    [s.start.clone(), s.stop.clone(), s.step.clone()]
                };
                let (x, y) = (parts(x), parts(y));
                self.recurse("in comparison", |interp| interp.seq_eq_items(&x, &y))
            }
            _ => {
                if let Some(r) = crate::types::dispatch::eq(self, a, b) {
                    return r;
                }
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                match r {
                    Some(v) => self.truthy(&v),
                    None if a.native().is_some() || b.native().is_some() => {
                        let (a, b) = (a.unwrap_native().clone(), b.unwrap_native().clone());
                        self.eq(&a, &b)
                    }
                    None => Ok(a.is(b)),
                }
            }
        }
    }

    pub fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.recurse("in comparison", |interp| interp.seq_eq_items(x, y))
    }

    fn seq_eq_items(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            self.limits.tick()?;
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Tries the user's rich comparison methods; `None` if neither side implements it.
    fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if op == CmpOp::NotEq {
            // `object.__ne__` inverts the type's own `__eq__`.
            for (x, y) in [(a, b), (b, a)] {
                let r = match self.call_special(x, sym::__ne__, || vec![y.clone()]) {
                    Some(r) => r?,
                    // A built-in base's own `!=` answers (compare_slow asks it).
                    None if x.native().is_some() => continue,
                    None => match self.call_special(x, sym::__eq__, || vec![y.clone()]) {
                        Some(r) => match r? {
                            Value::NotImplemented => Value::NotImplemented,
                            r => Value::from_bool(!(self.truthy(&r)?)),
                        },
                        None => continue,
                    },
                };
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
            return Ok(None);
        }
        let (name, rname) = cmp_dunder(op);
        if let Some(r) = self.call_special(a, name, || vec![b.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_special(b, rname, || vec![a.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match compare_native(op, a, b) {
            Some(r) => Ok(Value::from_bool(r)),
            None => self.compare_slow(op, a, b),
        }
    }

    fn compare_slow(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::BigInt(x), Value::BigInt(_)) = (a, b) {
            bigarith::charge_linear(&mut self.limits, x)?;
        }
        if let Some(r) = crate::types::dispatch::compare(self, op, a, b) {
            return Ok(Value::from_bool(r?));
        }
        Ok(Value::from_bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq | CmpOp::NotEq => {
                if user_typed(a) || user_typed(b) {
                    if let Some(r) = self.rich_compare(op, a, b)? {
                        return Ok(r);
                    }
                    if op == CmpOp::NotEq && a.native().is_some() {
                        let (a, b) = (a.unwrap_native().clone(), b.unwrap_native().clone());
                        return Ok(Value::from_bool(!(self.eq(&a, &b)?)));
                    }
                }
                let e = self.eq(a, b)?;
                if op == CmpOp::Eq {
                    e
                } else {
                    !e
                }
            }
            _ => match self.ordering(a, b)? {
                Some(o) => match op {
                    CmpOp::Lt => o == Ordering::Less,
                    CmpOp::LtE => o != Ordering::Greater,
                    CmpOp::Gt => o == Ordering::Greater,
                    _ => o != Ordering::Less,
                },
                None => {
                    if let Some(r) = self.rich_compare(op, a, b)? {
                        return Ok(r);
                    }
                    if a.native().is_some() || b.native().is_some() {
                        let (na, nb) = (a.unwrap_native().clone(), b.unwrap_native().clone());
                        return self.compare_slow(op, &na, &nb).map_err(|e| {
                            messages::name_subclass_operands(
                                e,
                                (na.type_name(), nb.type_name()),
                                (a.type_name(), b.type_name()),
                            )
                        });
                    }
                    if int::as_number(a).is_some() && int::as_number(b).is_some() {
                        false
                    } else {
                        return Err(messages::not_comparable(
                            op.symbol(),
                            a.type_name(),
                            b.type_name(),
                        ));
                    }
                }
            },
        }))
    }

    /// The order of two built-in values; `None` when not ordered natively (NaN too).
    pub fn ordering(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (int::as_number(a), int::as_number(b)) {
            return Ok(int::compare_numbers(&x, &y));
        }
        if let Some((x, y)) = big_texts(a, b) {
            return crate::types::sequence::bytes_cmp(self, &x, &y).map(Some);
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::List(x), Value::List(y)) => {
                let x = crate::types::sequence::clone_items(self, &x.borrow())?;
                let y = crate::types::sequence::clone_items(self, &y.borrow())?;
                return self.seq_ordering(&x, &y);
            }
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_ordering(x, y),
            _ => crate::types::dispatch::ordering(a, b),
        })
    }

    fn seq_ordering(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        self.recurse("in comparison", |interp| interp.seq_ordering_items(x, y))
    }

    fn seq_ordering_items(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            self.limits.tick()?;
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if let Some(o) = self.ordering(p, q)? {
                return Ok(Some(o));
            }
            if let Some(r) = self.rich_compare(CmpOp::Lt, p, q)? {
                return Ok(Some(if self.truthy(&r)? {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }));
            }
            if p.native().is_some() || q.native().is_some() {
                let (p, q) = (p.unwrap_native().clone(), q.unwrap_native().clone());
                let lt = self.compare_slow(CmpOp::Lt, &p, &q)?;
                return Ok(Some(if self.truthy(&lt)? {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }));
            }
            return Err(messages::not_comparable("<", p.type_name(), q.type_name()));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(l) => {
                // Item by item from the live list: a comparison may resize it.
                let mut i = 0;
                loop {
                    let v = l.borrow().get(i).cloned();
                    let Some(v) = v else { return Ok(false) };
                    self.limits.tick()?;
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for v in t.iter() {
                    self.limits.tick()?;
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(s) => match item.as_pystr() {
                Some(sub) => Ok(crate::types::bytes::find_chunked(
                    self,
                    s.as_str().as_bytes(),
                    sub.as_str().as_bytes(),
                )?
                .is_some()),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Value::Range(r) => crate::types::iterator::kinds::range_contains(self, r, item),
            _ => {
                if let Some(r) = crate::types::dispatch::contains(self, container, item) {
                    return r;
                }
                if let Some(r) =
                    self.call_special(container, sym::__contains__, || vec![item.clone()])
                {
                    let r = r?;
                    return self.truthy(&r);
                }
                if let Some(n) = container.native() {
                    return self.contains(&n.clone(), item);
                }
                let it = match self.iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(PyErr::type_error(format!(
                            "argument of type '{}' is not iterable",
                            container.type_name()
                        )))
                    }
                };
                while let Some(v) = self.next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => bigarith::charge_linear(&mut self.limits, b)?,
            // A long tuple hashes each of its items.
            Value::Tuple(t) if t.len() > 32 => self.limits.charge(t.len() as u64)?,
            _ => {}
        }
        if let Value::Class(c) = v {
            if let Some(h @ Value::Function(_)) = c
                .metaclass
                .as_ref()
                .and_then(|m| m.lookup_user(sym::__hash__))
            {
                let r = self.call(&h, vec![v.clone()], vec![])?;
                return match r {
                    // (CPython keeps a returned int that fits a machine word as it is.)
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::BigInt(b) => Ok(crate::types::hash::hash_bigint(&b)),
                    Value::Bool(b) => Ok(b.get() as i64),
                    _ => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                };
            }
        }
        if let Some(h) = crate::types::hash::native_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Instance(i) => {
                match i.class.lookup_user(sym::__hash__) {
                    Some(Value::None) => return Err(messages::unhashable(i.class.name())),
                    Some(h @ (Value::Function(_) | Value::Builtin(_))) => {
                        let r = self.call(&h, vec![v.clone()], vec![])?;
                        return match r {
                            // CPython keeps a result that fits a Py_ssize_t (-1 is
                            // reserved) and hashes only a bigger int.
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::BigInt(b) => Ok(crate::types::hash::hash_bigint(&b)),
                            Value::Bool(b) => Ok(b.get() as i64),
                            _ => Err(PyErr::type_error(
                                "__hash__ method should return an integer",
                            )),
                        };
                    }
                    _ => {}
                }
                if i.class.lookup_user(sym::__eq__).is_some() {
                    return Err(messages::unhashable(i.class.name()));
                }
                match &i.native {
                    Some(n) => self.hash(&n.clone()),
                    None => Ok((v.identity() >> 4) as i64),
                }
            }
            Value::Tuple(items) => {
                let items = items.clone();
                self.recurse("while calling a Python object", |interp| {
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        interp.limits.tick()?;
                        hashes.push(interp.hash(item)?);
                    }
                    Ok(crate::types::hash::hash_tuple(
                        hashes.into_iter(),
                        items.len(),
                    ))
                })
            }
            Value::BoundMethod(m) => Ok(((m.func.identity() >> 4)
                ^ (m.receiver.identity() >> 4) & i64::MAX as usize)
                as i64),
            Value::Iterator(_) | Value::Descriptor(_) | Value::Slice(_) | Value::Code(_) => {
                if let Value::Slice(_) = v {
                    return Err(messages::unhashable("slice"));
                }
                // The set-like dict views are unhashable; values views hash by identity.
                if let Value::Iterator(it) = v {
                    let name = it.borrow().type_name();
                    if matches!(name, "dict_keys" | "dict_items") {
                        return Err(messages::unhashable(name));
                    }
                }
                Ok((v.identity() >> 4) as i64)
            }
            other => match crate::types::dispatch::hash(self, other) {
                Some(h) => h,
                None => Err(messages::unhashable(other.type_name())),
            },
        }
    }

    pub fn hash_key(&mut self, v: &Value) -> PyResult<crate::types::dict::table::HashKey> {
        let hash = self.hash(v)?;
        Ok(crate::types::dict::table::HashKey {
            hash,
            value: v.clone(),
        })
    }
}

/// The bytes of a long text: a str's UTF-8 or a bytes-like object's buffer.
enum Text<'a> {
    Str(&'a [u8]),
    Buf(std::cell::Ref<'a, crate::object::buffer::ByteVec>),
}

impl std::ops::Deref for Text<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Text::Str(s) => s,
            Text::Buf(b) => b,
        }
    }
}

/// Two long texts (str and str, or bytes-like and bytes-like) whose comparison is bulk
/// work, compared in pieces by the caller; `None` for anything else (short texts too).
/// (UTF-8 orders as code points do, so strs compare as their bytes.)
fn big_texts<'a>(a: &'a Value, b: &'a Value) -> Option<(Text<'a>, Text<'a>)> {
    use crate::types::sequence::CHUNK_BYTES;
    match (a, b) {
        (Value::Str(x), Value::Str(y))
            if x.as_str().len().min(y.as_str().len()) > CHUNK_BYTES && !Rc::ptr_eq(x, y) =>
        {
            Some((
                Text::Str(x.as_str().as_bytes()),
                Text::Str(y.as_str().as_bytes()),
            ))
        }
        (Value::Bytes(x) | Value::ByteArray(x), Value::Bytes(y) | Value::ByteArray(y))
            if x.len().min(y.len()) > CHUNK_BYTES && !Rc::ptr_eq(x, y) =>
        {
            Some((Text::Buf(x.borrow()), Text::Buf(y.borrow())))
        }
        _ => None,
    }
}

/// `a op b` when no Python code can take part and nothing needs charging: two ints
/// (compared first, the commonest), two strs for `==` and `!=`, and identity.
#[inline(always)]
pub(crate) fn compare_native(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => compare_ints(op, *x, *y),
        (Value::Str(x), Value::Str(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            str_equality(op, x, y)
        }
        _ if matches!(op, CmpOp::Is | CmpOp::IsNot) => Some(a.is(b) == (op == CmpOp::Is)),
        _ => None,
    }
}

/// `x op y` of two machine ints (`None` for `in`, which asks the container).
#[inline(always)]
pub(crate) fn compare_ints(op: CmpOp, x: i64, y: i64) -> Option<bool> {
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

/// `x == y` or `x != y` of two strs, when it needs no charge against the limits (one
/// of them is short enough to compare at once; longer ones are compared in charged
/// pieces by [`Interp::eq`]).
#[inline(always)]
pub(crate) fn str_equality(op: CmpOp, x: &PyStr, y: &PyStr) -> Option<bool> {
    let (x, y) = (x.as_str(), y.as_str());
    if x.len().min(y.len()) > crate::types::sequence::CHUNK_BYTES {
        return None;
    }
    match op {
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

/// Equality decidable without running Python code.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::None, Value::None) => true,
        _ => {
            if let (Some(x), Some(y)) = (int::as_number(a), int::as_number(b)) {
                return Some(int::numbers_equal(&x, &y));
            }
            match (a, b) {
                (Value::List(_), Value::List(_))
                | (Value::Tuple(_), Value::Tuple(_))
                | (Value::Instance(_), _)
                | (_, Value::Instance(_)) => return None,
                (Value::Range(x), Value::Range(y)) => {
                    x.len() == y.len()
                        && (x.is_empty()
                            || (x.start == y.start && (x.len() == 1 || x.step == y.step)))
                }
                (Value::Slice(x), Value::Slice(y)) => {
                    // Slices of slices compare through the interpreter's guarded path.
                    let nested = |s: &crate::object::value::SliceValue| {
                        [&s.start, &s.stop, &s.step]
                            .iter()
                            .any(|v| !matches!(v, Value::None | Value::Int(_) | Value::Bool(_)))
                    };
                    if nested(x) || nested(y) {
                        return None;
                    }
                    native_eq(&x.start, &y.start)?
                        && native_eq(&x.stop, &y.stop)?
                        && native_eq(&x.step, &y.step)?
                }
                (Value::Iterator(x), Value::Iterator(y)) => Rc::ptr_eq(x, y),
                // Bound methods are equal when they bind the same function to the same object.
                (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                    x.func.is(&y.func) && x.receiver.is(&y.receiver)
                }
                _ => match crate::types::dispatch::native_eq(a, b) {
                    Some(r) => return r,
                    None => a.is(b),
                },
            }
        }
    })
}

/// What [`Interp::reflected_first`] did: whether it called `__rop__`, and its answer.
#[derive(Default)]
struct ReflectedFirst {
    tried: bool,
    result: Option<PyResult<Value>>,
}
