//! The tree-walking evaluator over the resolved tree.

use std::cell::RefCell;
use std::rc::Rc;

use minipy_syntax::ast::{BoolOp, CmpOp, Span};

use crate::class::AttrMap;
use crate::code::*;
use crate::errors;
use crate::exceptions::{ExcKind, PyErr, PyResult};
use crate::function::{CellRef, Function};
use crate::intern::sym;
use crate::interp::Interp;
use crate::value::{SliceValue, Value};

/// A running function's (or module's) variables.
pub struct Frame {
    pub code: Rc<Code>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    /// The namespace a class body fills.
    pub class_ns: Option<Box<AttrMap>>,
}

/// A generator's frame can hold the generator it iterates: freed without deep recursion.
impl Drop for Frame {
    fn drop(&mut self) {
        // A returning call's locals went back to the pool already: nothing to do.
        if !self.locals.is_empty() {
            for v in std::mem::take(&mut self.locals).into_iter().flatten() {
                crate::value::drop_value(v);
            }
        }
        if !self.cells.is_empty() {
            crate::function::cell_values(std::mem::take(&mut self.cells))
                .for_each(crate::value::drop_value);
        }
        if let Some(ns) = self.class_ns.take() {
            ns.into_values().for_each(crate::value::drop_value);
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, locals: Vec<Option<Value>>) -> Frame {
        Frame {
            code,
            locals,
            cells: Vec::new(),
            class_ns: None,
        }
    }

    /// Stores into a local variable.
    #[inline(always)]
    pub fn set_local(&mut self, i: usize, v: Value) {
        if let Some(old) = self.locals[i].replace(v) {
            old.release();
        }
    }

    /// Creates this scope's own cells (moving captured parameters in) and appends the
    /// closure's cells.
    #[inline]
    pub fn init_cells(&mut self, code: &Code, closure: &[CellRef]) {
        if code.own_cells == 0 && closure.is_empty() {
            return;
        }
        self.make_cells(code, closure);
    }

    fn make_cells(&mut self, code: &Code, closure: &[CellRef]) {
        self.cells = (0..code.own_cells)
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        for &(slot, cell) in &code.cell_params {
            if cell < code.own_cells {
                *self.cells[cell].borrow_mut() = self.locals[slot].take();
            }
        }
        self.cells.extend(closure.iter().cloned());
    }
}

/// How a statement can end other than normally.
pub enum Unwind {
    Error(PyErr),
    Return(Value),
    Break,
    Continue,
}

impl From<PyErr> for Unwind {
    fn from(e: PyErr) -> Unwind {
        Unwind::Error(e)
    }
}

type Exec = Result<(), Unwind>;

/// Positional arguments evaluated onto the stack for a built-in call.
type StackArgs = smallvec::SmallVec<[Value; STACK_ARGS]>;
const STACK_ARGS: usize = 6;

/// Keyword arguments of a call, in order.
pub type Keywords = Vec<(Rc<str>, Value)>;

/// The value of an int held by a local or a constant, read without cloning.
#[inline(always)]
fn peek_int(e: &Expr, f: &Frame) -> Option<i64> {
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
fn compare_ints(op: CmpOp, x: i64, y: i64) -> Option<bool> {
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

/// `name += tail` for a str that only the variable `slot` (and `cur`, read from it)
/// holds: appended in place, so building a string in a loop is linear, not quadratic.
/// `Err(cur)` when that does not apply.
fn append_str(
    op: minipy_syntax::ast::BinOp,
    slot: &mut Option<Value>,
    cur: Value,
    tail: &Value,
    limits: &mut crate::limits::Limits,
) -> Result<PyResult<()>, Value> {
    let Value::Str(mut s) = cur else {
        return Err(cur);
    };
    let (minipy_syntax::ast::BinOp::Add, Value::Str(t)) = (op, tail) else {
        return Err(Value::Str(s));
    };
    if !matches!(slot, Some(Value::Str(held)) if Rc::ptr_eq(held, &s)) {
        return Err(Value::Str(s));
    }
    // Let go of the variable's reference: `s` may now be the only one.
    *slot = None;
    let Some(text) = Rc::get_mut(&mut s) else {
        *slot = Some(Value::Str(s.clone()));
        return Err(Value::Str(s));
    };
    let done = limits.check_alloc(text.as_str().len() + t.as_str().len());
    if done.is_ok() {
        text.push_str(t);
    }
    *slot = Some(Value::Str(s));
    Ok(done)
}

/// Sets the error's focus to `span` unless an inner expression already did.
#[inline]
fn focus(mut e: PyErr, span: Span) -> PyErr {
    if e.focus.is_none() {
        e.focus = Some(span);
    }
    e
}

impl Interp {
    /// Runs a frame's body to completion; records the traceback entry on error.
    pub fn run_frame_body(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        self.run_body(&code.body, frame)
    }

    /// Runs `body` in `frame` (a function's body, borrowed from its code).
    pub fn run_body(&mut self, body: &[Stmt], frame: &mut Frame) -> PyResult<Value> {
        match self.exec_block(body, frame) {
            Ok(()) => Ok(Value::None),
            Err(Unwind::Return(v)) => Ok(v),
            Err(Unwind::Error(mut e)) => {
                if e.skip_frame {
                    e.skip_frame = false;
                } else {
                    let code = frame.code.clone();
                    self.add_traceback(&mut e, &code, code.span);
                }
                Err(e)
            }
            Err(Unwind::Break | Unwind::Continue) => Ok(Value::None),
        }
    }

    pub fn exec_block(&mut self, block: &[Stmt], f: &mut Frame) -> Exec {
        for s in block {
            self.exec(s, f)?;
        }
        Ok(())
    }

    #[inline(always)]
    fn exec(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        self.limits.tick().map_err(|e| focus(e, s.span))?;
        match self.exec_inner(s, f) {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, s.span))),
            other => other,
        }
    }

    fn exec_inner(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(e, f)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval(value, f)?;
                if targets.len() == 1 {
                    self.assign(&targets[0], v, f)?;
                } else {
                    for t in targets {
                        self.assign(t, v.clone(), f)?;
                    }
                }
            }
            StmtKind::AugAssign(target, op, value, span, rebinds) => {
                self.aug_assign(target, *op, value, *span, *rebinds, f)?
            }
            StmtKind::If(test, body, orelse) => {
                if self.condition(test, f)? {
                    self.exec_block(body, f)?;
                } else {
                    self.exec_block(orelse, f)?;
                }
            }
            StmtKind::While(test, body, orelse) => loop {
                if !self.condition(test, f)? {
                    self.exec_block(orelse, f)?;
                    break;
                }
                match self.exec_block(body, f) {
                    Ok(()) | Err(Unwind::Continue) => {}
                    Err(Unwind::Break) => break,
                    Err(e) => return Err(e),
                }
            },
            StmtKind::For(target, iter, body, orelse) => {
                self.exec_for(target, iter, body, orelse, f)?
            }
            StmtKind::Break => return Err(Unwind::Break),
            StmtKind::Continue => return Err(Unwind::Continue),
            StmtKind::Pass | StmtKind::Nothing => {}
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(e, f)?,
                    None => Value::None,
                };
                return Err(Unwind::Return(v));
            }
            _ => self.exec_rare(s, f)?,
        }
        Ok(())
    }

    /// The statements that are not in inner loops, kept out of [`Interp::exec_inner`] so
    /// the hot path stays small.
    #[inline(never)]
    fn exec_rare(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        match &s.kind {
            StmtKind::FunctionDef(maker, target) => {
                let func = self.make_function(maker, f)?;
                let func = self.decorate(func, &maker.decorators, f)?;
                self.assign(target, func, f)?;
            }
            StmtKind::ClassDef(maker, target) => {
                let class = self.make_class(maker, f)?;
                let class = self.decorate(class, &maker.decorators, f)?;
                self.assign(target, class, f)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t, f)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                return Err(Unwind::Error(self.raise(
                    exc.as_ref(),
                    cause.as_ref(),
                    f,
                )?))
            }
            StmtKind::Try(t) => self.exec_try(t, f)?,
            StmtKind::With(items, body) => self.exec_with(items, body, f)?,
            StmtKind::Assert(test, msg) => {
                let t = self.eval(test, f)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(m, f)?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(ExcKind::AssertionError, args).into());
                }
            }
            StmtKind::Import(names) => {
                for n in names {
                    let module = self.import_module(&n.module)?;
                    let bound = if n.bind_top && n.module.contains('.') {
                        let top = n.module.split('.').next().unwrap_or("");
                        self.import_module(top)?
                    } else {
                        module
                    };
                    self.assign(&n.target, bound, f)?;
                }
            }
            StmtKind::ImportStar(module) => {
                let m = self.import_module(module)?;
                for (name, v) in self.public_names(&m)? {
                    let id = self.globals.id(&name);
                    self.globals.set(id, v);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                let m = self.import_module(module)?;
                for (name, target) in names {
                    let v = match self.get_attr(&m, *name) {
                        Ok(v) => v,
                        Err(_) => {
                            let n = self.name(*name);
                            return Err(PyErr::new(
                                ExcKind::ImportError,
                                format!(
                                    "cannot import name '{n}' from '{module}' (unknown location)"
                                ),
                            )
                            .into());
                        }
                    };
                    self.assign(target, v, f)?;
                }
            }
            StmtKind::Expr(_)
            | StmtKind::Assign(..)
            | StmtKind::AugAssign(..)
            | StmtKind::If(..)
            | StmtKind::While(..)
            | StmtKind::For(..)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Nothing
            | StmtKind::Return(_) => return self.exec_inner(s, f),
        }
        Ok(())
    }

    /// One pass of a `for` body with `v` bound to the target; true when it broke out.
    #[inline]
    fn loop_step(
        &mut self,
        target: &Target,
        v: Value,
        body: &[Stmt],
        f: &mut Frame,
    ) -> Result<bool, Unwind> {
        self.assign(target, v, f)?;
        match self.exec_block(body, f) {
            Ok(()) | Err(Unwind::Continue) => {}
            Err(Unwind::Break) => return Ok(true),
            Err(e) => return Err(e),
        }
        self.limits.tick()?;
        Ok(false)
    }

    fn exec_for(
        &mut self,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        let it = self.eval(iter, f)?;
        // Fast path: a range needs no iterator object.
        if let Value::Range(r) = &it {
            let (mut i, stop, step) = (r.start, r.stop, r.step);
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                if self.loop_step(target, Value::Int(i), body, f)? {
                    return Ok(());
                }
                i = match i.checked_add(step) {
                    Some(next) => next,
                    None => break,
                };
            }
            return self.exec_block(orelse, f);
        }
        // Fast path: index through bytes-like and list data without an iterator object.
        if matches!(
            it,
            Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_)
        ) {
            let mut i = 0;
            loop {
                let item = match &it {
                    Value::Bytes(b) | Value::ByteArray(b) => {
                        b.borrow().get(i).map(|x| Value::Int(*x as i64))
                    }
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    _ => None,
                };
                let Some(v) = item else { break };
                i += 1;
                if self.loop_step(target, v, body, f)? {
                    return Ok(());
                }
            }
            return self.exec_block(orelse, f);
        }
        let iterator = self.iter(&it).map_err(|e| focus(e, iter.span))?;
        loop {
            let Some(v) = self.next_item(&iterator)? else {
                break;
            };
            if self.loop_step(target, v, body, f)? {
                return Ok(());
            }
        }
        self.exec_block(orelse, f)
    }

    /// The truth of a condition, without building a bool for simple int comparisons.
    #[inline(always)]
    fn condition(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
        if let ExprKind::Compare(left, ops) = &test.kind {
            if let [(op, right)] = ops.as_slice() {
                if let (Some(x), Some(y)) = (peek_int(left, f), peek_int(right, f)) {
                    if let Some(r) = compare_ints(*op, x, y) {
                        return Ok(r);
                    }
                }
            }
        }
        self.condition_slow(test, f)
    }

    fn condition_slow(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
        match self.eval(test, f)? {
            Value::Bool(b) => Ok(b),
            v => self.truthy(&v).map_err(|e| focus(e, test.span)),
        }
    }

    fn decorate(&mut self, mut v: Value, decorators: &[Expr], f: &mut Frame) -> PyResult<Value> {
        let decs: Vec<Value> = decorators
            .iter()
            .map(|d| self.eval(d, f))
            .collect::<PyResult<_>>()?;
        for d in decs.iter().rev() {
            v = self.call(d, vec![v], vec![])?;
        }
        Ok(v)
    }

    pub fn make_function(&mut self, maker: &FunctionMaker, f: &mut Frame) -> PyResult<Value> {
        let defaults = maker
            .defaults
            .iter()
            .map(|d| self.eval(d, f))
            .collect::<PyResult<Vec<_>>>()?;
        let mut kwdefaults = vec![None; maker.code.params.kwonly];
        for (i, d) in &maker.kwdefaults {
            kwdefaults[*i] = Some(self.eval(d, f)?);
        }
        let closure = maker
            .closure
            .iter()
            .map(|c| f.cells[c.0 as usize].clone())
            .collect();
        let code = maker.code.clone();
        Ok(Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            doc: RefCell::new(code.docstring.clone().unwrap_or(Value::None)),
            code,
            defaults,
            kwdefaults,
            closure,
            dict: RefCell::new(AttrMap::default()),
        })))
    }

    fn make_class(&mut self, maker: &ClassMaker, f: &mut Frame) -> PyResult<Value> {
        let (bases, _kw) = self.eval_args(&maker.bases, f)?;
        let mut frame = Frame::new(maker.body.clone(), vec![None; maker.body.nlocals()]);
        let closure: Vec<CellRef> = maker
            .closure
            .iter()
            .map(|c| f.cells[c.0 as usize].clone())
            .collect();
        frame.init_cells(&maker.body, &closure);
        let mut ns = AttrMap::default();
        let module_name = self
            .globals
            .lookup_id("__name__")
            .and_then(|id| self.globals.get_own(id).cloned());
        ns.insert(sym::__module__, module_name.unwrap_or(Value::None));
        ns.insert(sym::__qualname__, Value::str(&*maker.body.qualname));
        if let Some(doc) = &maker.body.docstring {
            ns.insert(sym::__doc__, doc.clone());
        }
        frame.class_ns = Some(Box::new(ns));
        self.run_frame_body(&mut frame)?;
        let ns = frame.class_ns.take().map(|b| *b).unwrap_or_default();
        let class =
            crate::builtins::object::new_class(self, &maker.name, &maker.body.qualname, bases, ns)?;
        if let Some(cell) = maker
            .body
            .cell_names
            .iter()
            .position(|n| &**n == "__class__")
        {
            *frame.cells[cell].borrow_mut() = Some(class.clone());
        }
        Ok(class)
    }

    // ----- names and targets -----

    #[inline]
    pub fn assign(&mut self, t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
        if let Target::Local(i) = t {
            f.set_local(*i as usize, v);
            return Ok(());
        }
        self.assign_slow(t, v, f)
    }

    fn assign_slow(&mut self, t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
        match t {
            Target::Local(i) => f.set_local(*i as usize, v),
            Target::Deref(i) => *f.cells[*i as usize].borrow_mut() = Some(v),
            Target::Global(i) => self.globals.set(*i, v),
            Target::ClassName(s) => {
                if let Some(ns) = &mut f.class_ns {
                    ns.insert(*s, v);
                }
            }
            Target::Attribute(obj, name) => {
                let o = self.eval(obj, f)?;
                self.set_attr(&o, *name, v)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                self.set_item(&o, &i, v)?;
            }
            Target::Unpack { items, star, .. } => {
                // A tuple of the right size unpacks without an intermediate vector.
                if let (Value::Tuple(t), None) = (&v, star) {
                    if t.len() == items.len() {
                        for (target, item) in items.iter().zip(t.iter()) {
                            self.assign(target, item.clone(), f)?;
                        }
                        return Ok(());
                    }
                }
                let values = self.unpack(&v, items.len(), *star)?;
                for (t, v) in items.iter().zip(values) {
                    self.assign(t, v, f)?;
                }
            }
        }
        Ok(())
    }

    /// Splits an iterable into `n` values (one of them a list if starred).
    fn unpack(&mut self, v: &Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
        let items: Vec<Value> = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            other => {
                if self.iter(other).is_err() {
                    return Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        other.type_name()
                    )));
                }
                self.collect(other)?
            }
        };
        match star {
            None => {
                if items.len() > n {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                if items.len() < n {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(s) => {
                if items.len() < n - 1 {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let after = n - 1 - s;
                let mut out: Vec<Value> = items[..s].to_vec();
                out.push(Value::list(items[s..items.len() - after].to_vec()));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn delete(&mut self, t: &Target, f: &mut Frame) -> PyResult<()> {
        match t {
            Target::Local(i) => {
                if f.locals[*i as usize].take().is_none() {
                    return Err(errors::unbound_local(&f.code.local_names[*i as usize]));
                }
            }
            Target::Deref(i) => {
                if f.cells[*i as usize].borrow_mut().take().is_none() {
                    return Err(errors::unbound_local(&f.code.cell_names[*i as usize]));
                }
            }
            Target::Global(i) => {
                if !self.globals.delete(*i) {
                    return Err(errors::name_not_defined(self.globals.name(*i)));
                }
            }
            Target::ClassName(s) => {
                if f.class_ns.as_mut().and_then(|ns| ns.remove(s)).is_none() {
                    return Err(errors::name_not_defined(&self.name(*s)));
                }
            }
            Target::Attribute(obj, name) => {
                let o = self.eval(obj, f)?;
                self.del_attr(&o, *name)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                self.del_item(&o, &i)?;
            }
            Target::Unpack { items, .. } => {
                for t in items {
                    self.delete(t, f)?;
                }
            }
        }
        Ok(())
    }

    fn aug_assign(
        &mut self,
        t: &Target,
        op: minipy_syntax::ast::BinOp,
        value: &Expr,
        tspan: Span,
        rebinds: bool,
        f: &mut Frame,
    ) -> PyResult<()> {
        match t {
            // (When the value may rebind the local, the general path reads it first.)
            Target::Local(i) if !rebinds => {
                let slot = *i as usize;
                if f.locals[slot].is_none() {
                    let e = errors::unbound_local(&f.code.local_names[slot]);
                    return Err(focus(e, tspan));
                }
                let rhs = self.eval(value, f)?;
                if let (Some(Value::Int(x)), Value::Int(y)) = (&f.locals[slot], &rhs) {
                    if let Some(v) = crate::int::fast_binop(op, *x, *y) {
                        rhs.release();
                        f.set_local(slot, v);
                        return Ok(());
                    }
                }
                let Some(cur) = f.locals[slot].clone() else {
                    return Err(errors::unbound_local(&f.code.local_names[slot]));
                };
                let cur = match append_str(op, &mut f.locals[slot], cur, &rhs, &mut self.limits) {
                    Ok(done) => return done,
                    Err(cur) => cur,
                };
                let v = self.inplace_op(op, cur, &rhs)?;
                f.set_local(slot, v);
            }
            Target::Global(id) => {
                let cur = self.load_target(t, f).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let slot = self.globals.own_slot(*id);
                let cur = match append_str(op, slot, cur, &rhs, &mut self.limits) {
                    Ok(done) => return done,
                    Err(cur) => cur,
                };
                let v = self.inplace_op(op, cur, &rhs)?;
                self.globals.set(*id, v);
            }
            Target::Attribute(obj, name) => {
                let o = self.eval(obj, f)?;
                let cur = self.get_attr(&o, *name).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.set_attr(&o, *name, v)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(obj, f)?;
                let i = self.eval(index, f)?;
                let cur = self.get_item(&o, &i).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.set_item(&o, &i, v)?;
            }
            other => {
                let cur = self.load_target(other, f).map_err(|e| focus(e, tspan))?;
                let rhs = self.eval(value, f)?;
                let v = self.inplace_op(op, cur, &rhs)?;
                self.assign(other, v, f)?;
            }
        }
        Ok(())
    }

    fn load_target(&mut self, t: &Target, f: &mut Frame) -> PyResult<Value> {
        match t {
            Target::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(errors::unbound_local(&f.code.local_names[*i as usize])),
            },
            Target::Deref(i) => self.load_deref(*i, f),
            Target::Global(i) => self.load_global(*i),
            Target::ClassName(s) => {
                let gid = self.globals.id(&self.name(*s));
                self.load_class_name(*s, gid, f)
            }
            _ => Ok(Value::None),
        }
    }

    #[inline]
    fn load_global(&mut self, id: u32) -> PyResult<Value> {
        match self.globals.get(id) {
            Some(v) => Ok(v.clone()),
            None => Err(errors::name_not_defined(self.globals.name(id))),
        }
    }

    fn load_deref(&mut self, i: u32, f: &Frame) -> PyResult<Value> {
        match &*f.cells[i as usize].borrow() {
            Some(v) => Ok(v.clone()),
            None => {
                let name = &f.code.cell_names[i as usize];
                if (i as usize) < f.code.own_cells {
                    Err(errors::unbound_local(name))
                } else {
                    Err(errors::free_var_unbound(name))
                }
            }
        }
    }

    fn load_class_name(&mut self, s: crate::intern::Sym, gid: u32, f: &Frame) -> PyResult<Value> {
        if let Some(v) = f.class_ns.as_ref().and_then(|ns| ns.get(&s)) {
            return Ok(v.clone());
        }
        self.load_global(gid)
    }

    // ----- expressions -----

    /// Evaluates an expression. Names and constants are answered here; everything else
    /// goes through [`Interp::eval_inner`], which grows the stack every few levels so
    /// deeply nested expressions cannot overflow it.
    #[inline(always)]
    pub fn eval(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(focus(
                    errors::unbound_local(&f.code.local_names[*i as usize]),
                    e.span,
                )),
            },
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Global(i) => match self.globals.get(*i) {
                Some(v) => Ok(v.clone()),
                None => Err(focus(
                    errors::name_not_defined(self.globals.name(*i)),
                    e.span,
                )),
            },
            // Int arithmetic on locals and constants: the commonest operation of all.
            ExprKind::BinOp(a, op, b) => match (peek_int(a, f), peek_int(b, f)) {
                (Some(x), Some(y)) => match crate::int::fast_binop(*op, x, y) {
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
    fn eval_nested(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        self.nesting += 1;
        let r = if self.nesting.is_multiple_of(16) {
            stacker::maybe_grow(256 * 1024, 2 * 1024 * 1024, || self.eval_inner(e, f))
        } else {
            self.eval_inner(e, f)
        };
        self.nesting -= 1;
        r.map_err(|err| focus(err, e.span))
    }

    fn eval_inner(&mut self, e: &Expr, f: &mut Frame) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(i) => match &f.locals[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(errors::unbound_local(&f.code.local_names[*i as usize])),
            },
            ExprKind::Deref(i) => self.load_deref(*i, f),
            ExprKind::Global(i) => self.load_global(*i),
            ExprKind::ClassName(s, gid) => self.load_class_name(*s, *gid, f),
            ExprKind::BinOp(a, op, b) => {
                // (Ints in locals and constants were answered by `eval`.)
                let x = self.eval(a, f)?;
                let y = self.eval(b, f)?;
                if let (Value::Int(i), Value::Int(j)) = (&x, &y) {
                    if let Some(v) = crate::int::fast_binop(*op, *i, *j) {
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
                    if let Some(v) = f.locals[*slot as usize].as_ref().and_then(|o| Self::peek_item(o, i)) {
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
                Ok(Value::Slice(Rc::new(s)))
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(items, f)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(items, f)?)),
            ExprKind::Set(items) => self.eval_set(items, f),
            ExprKind::Dict(items) => self.eval_dict(items, f),
            ExprKind::Starred(_) => Err(PyErr::new(ExcKind::SyntaxError, "can't use starred expression here")),
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.fstring(parts, f, &mut out)?;
                Ok(Value::str(out))
            }
            ExprKind::MakeFunction(maker) => self.make_function(maker, f),
            ExprKind::Comprehension(maker, first) => self.eval_comprehension(maker, first, f),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(PyErr::new(
                ExcKind::SystemError,
                "yield inside an expression is not supported by minipy; use it as a statement or assignment",
            )),
            ExprKind::Named(target, value) => {
                let v = self.eval(value, f)?;
                self.assign(target, v.clone(), f)?;
                Ok(v)
            }
            ExprKind::Super(class, receiver) => {
                let class = self.eval(class, f)?;
                let obj = self.eval(receiver, f)?;
                match (class, obj) {
                    (Value::Class(start), obj) if !obj.is_none() => {
                        Ok(Value::Descriptor(Rc::new(crate::class::Descriptor::Super { start, obj })))
                    }
                    _ => Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments")),
                }
            }
        }
    }

    #[inline(never)]
    fn eval_bool_op(&mut self, op: BoolOp, values: &[Expr], f: &mut Frame) -> PyResult<Value> {
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

    fn eval_compare(
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

    fn eval_call(&mut self, func: &Expr, args: &[Arg], f: &mut Frame) -> PyResult<Value> {
        // A module-level function called by name (the commonest call): only its `Rc` is cloned.
        if let ExprKind::Global(i) = func.kind {
            if let Some(Value::Function(fun)) = self.globals.get(i) {
                let fun = fun.clone();
                if let Some(r) = self.call_user_function(&fun, None, args, f) {
                    return r;
                }
            }
        }
        let callee = self.eval(func, f)?;
        if let Value::Function(fun) = &callee {
            if let Some(r) = self.call_user_function(fun, None, args, f) {
                return r;
            }
        }
        // Built-in functions and constructors (`len(x)`, `bytes(n)`): arguments on the stack.
        let builtin = match &callee {
            Value::Builtin(b) => Some(b.clone()),
            Value::Class(c) if c.builtin && c.exc_kind.is_none() => match c.lookup(sym::__new__) {
                Some(Value::Builtin(b)) => Some(b),
                _ => None,
            },
            _ => None,
        };
        if let Some(b) = builtin {
            if let crate::function::BuiltinImpl::Function(fimpl) = b.imp {
                if let Some(pos) = self.eval_stack_args(args, f)? {
                    return fimpl(self, crate::args::Args::positional(&pos));
                }
            }
        }
        let (pos, kw) = self.eval_args(args, f)?;
        self.call(&callee, pos, kw)
    }

    /// Calls a user function with `receiver` (a method's `self`) and the arguments
    /// evaluated straight into its frame's slots; `None` (nothing evaluated) when the
    /// call's shape needs the general binder.
    #[inline(always)]
    fn call_user_function(
        &mut self,
        func: &Rc<Function>,
        receiver: Option<&Value>,
        args: &[Arg],
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
                locals.resize(nlocals, None);
            }
            return Some(self.enter_function(func, locals));
        }
        let slots = crate::call::direct_slots(func, args, usize::from(receiver.is_some()))?;
        Some(
            self.bind_direct(func, args, &slots, receiver, f)
                .and_then(|locals| self.enter_function(func, locals)),
        )
    }

    /// Evaluates a call's arguments, in order, straight into the callee's parameter slots
    /// found by [`crate::call::direct_slots`] (after `receiver` in slot 0), then fills in
    /// the defaults.
    fn bind_direct(
        &mut self,
        func: &crate::function::Function,
        args: &[Arg],
        slots: &[usize],
        receiver: Option<&Value>,
        f: &mut Frame,
    ) -> PyResult<Vec<Option<Value>>> {
        let nlocals = func.code.nlocals();
        let mut locals = self.new_locals(nlocals);
        locals.resize(nlocals, None);
        if let Some(r) = receiver {
            locals[0] = Some(r.clone());
        }
        for (a, &slot) in args.iter().zip(slots) {
            if let Arg::Positional(e) | Arg::Keyword(_, e) = a {
                locals[slot] = Some(self.eval(e, f)?);
            }
        }
        crate::call::fill_defaults(func, &mut locals);
        Ok(locals)
    }

    /// A call's arguments evaluated onto the stack when all are positional and few;
    /// `None` (nothing evaluated) otherwise.
    fn eval_stack_args(&mut self, args: &[Arg], f: &mut Frame) -> PyResult<Option<StackArgs>> {
        if args.len() > STACK_ARGS || !args.iter().all(|a| matches!(a, Arg::Positional(_))) {
            return Ok(None);
        }
        let mut pos = StackArgs::new();
        for a in args {
            if let Arg::Positional(e) = a {
                pos.push(self.eval(e, f)?);
            }
        }
        Ok(Some(pos))
    }

    /// `obj.name(args)`: built-in methods with a few positional arguments are called
    /// with the arguments on the stack.
    fn eval_call_method(
        &mut self,
        obj: &Expr,
        name: crate::intern::Sym,
        args: &[Arg],
        cache: &MethodCache,
        f: &mut Frame,
    ) -> PyResult<Value> {
        let o = self.eval(obj, f)?;
        match &o {
            // Methods of user objects: `self` and the arguments go straight into the frame.
            Value::Instance(inst) => {
                let method = if inst.dict.borrow().contains_key(&name) {
                    None
                } else {
                    inst.class.lookup(name)
                };
                if let Some(Value::Function(func)) = method {
                    if let Some(r) = self.call_user_function(&func, Some(&o), args, f) {
                        return r;
                    }
                }
            }
            // Module functions (`struct.unpack_from(...)`) with positional arguments.
            Value::Module(m) => {
                let func = m.dict.borrow().get(&name).cloned();
                if let Some(Value::Builtin(b)) = &func {
                    if let crate::function::BuiltinImpl::Function(fimpl) = b.imp {
                        if let Some(pos) = self.eval_stack_args(args, f)? {
                            return fimpl(self, crate::args::Args::positional(&pos));
                        }
                    }
                }
            }
            // Methods of built-in objects, found once per call site and receiver type.
            _ => {
                if let Some(m) = self.builtin_method(&o, name, cache) {
                    if let Some(pos) = self.eval_stack_args(args, f)? {
                        let args = crate::args::Args::positional(&pos).for_method(m.owner);
                        return (m.imp)(self, &o, args);
                    }
                }
            }
        }
        let (pos, kw) = self.eval_args(args, f)?;
        self.call_method_args(&o, name, pos, kw)
    }

    /// The built-in method `name` of `o`'s type, from the call site's cache or looked up
    /// (and cached); `None` for other receivers or attributes.
    #[inline]
    fn builtin_method(
        &mut self,
        o: &Value,
        name: crate::intern::Sym,
        cache: &MethodCache,
    ) -> Option<CachedMethod> {
        let slot = crate::interp::builtin_type_slot(o)?;
        if let Some(m) = cache.get(slot) {
            return Some(m);
        }
        let Some(Value::Builtin(b)) = self.type_of(o).lookup(name) else {
            return None;
        };
        let crate::function::BuiltinImpl::Method(imp) = b.imp else {
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

    #[inline(never)]
    fn eval_slice_bounds(
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
    fn eval_set(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Value> {
        let values = self.eval_items(items, f)?;
        let set = Value::set(crate::dict::new_dict());
        for v in values {
            self.set_add(&set, v)?;
        }
        Ok(set)
    }

    #[inline(never)]
    fn eval_dict(&mut self, items: &[(Option<Expr>, Expr)], f: &mut Frame) -> PyResult<Value> {
        let d = Value::dict(crate::dict::new_dict());
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
    fn eval_comprehension(
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

    fn fstring(&mut self, parts: &[FPart], f: &mut Frame, out: &mut String) -> PyResult<()> {
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
                        Some('a') => v = Value::str(crate::repr::ascii(&self.repr(&v)?)),
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

    fn eval_items(&mut self, items: &[Expr], f: &mut Frame) -> PyResult<Vec<Value>> {
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

    pub fn eval_args(&mut self, args: &[Arg], f: &mut Frame) -> PyResult<(Vec<Value>, Keywords)> {
        let mut pos = Vec::with_capacity(args.len());
        let mut kw = Vec::new();
        for a in args {
            match a {
                Arg::Positional(e) => pos.push(self.eval(e, f)?),
                Arg::Star(e) => {
                    let v = self.eval(e, f)?;
                    pos.extend(self.collect(&v)?);
                }
                Arg::Keyword(name, e) => kw.push((name.clone(), self.eval(e, f)?)),
                Arg::DoubleStar(e) => {
                    let m = self.eval(e, f)?;
                    let Value::Dict(d) = &m else {
                        return Err(PyErr::type_error(format!(
                            "argument after ** must be a mapping, not {}",
                            m.type_name()
                        )));
                    };
                    for (k, v) in d.borrow().iter() {
                        let Value::Str(s) = &k.value else {
                            return Err(PyErr::type_error("keywords must be strings"));
                        };
                        kw.push((s.as_str().into(), v.clone()));
                    }
                }
            }
        }
        Ok((pos, kw))
    }

    // ----- try, with, raise -----

    fn raise(
        &mut self,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        f: &mut Frame,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            return match self.handling.last() {
                Some(current) => {
                    let mut e = PyErr::object(current.clone());
                    e.skip_frame = true;
                    Ok(e)
                }
                None => Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                )),
            };
        };
        let v = self.eval(exc, f)?;
        let obj = self.exception_from(v)?;
        if let Some(c) = cause {
            let cv = self.eval(c, f)?;
            let cause = match cv {
                Value::None => None,
                other => Some(Value::Instance(self.exception_from(other)?)),
            };
            if let Some(data) = &obj.exc {
                let mut d = data.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        if let Some(current) = self.handling.last() {
            if !Rc::ptr_eq(current, &obj) {
                if let Some(data) = &obj.exc {
                    data.borrow_mut().context = Some(Value::Instance(current.clone()));
                }
            }
        }
        Ok(PyErr::object(obj))
    }

    /// The exception object `raise v` raises (instantiating a class if needed).
    pub fn exception_from(&mut self, v: Value) -> PyResult<Rc<crate::class::Instance>> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Ok(i),
            Value::Class(c) if c.is_exception() => {
                match self.call(&Value::Class(c), vec![], vec![])? {
                    Value::Instance(i) if i.exc.is_some() => Ok(i),
                    _ => Err(PyErr::type_error(
                        "exceptions must derive from BaseException",
                    )),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    fn exec_try(&mut self, t: &TryStmt, f: &mut Frame) -> Exec {
        let result = match self.exec_block(&t.body, f) {
            Err(Unwind::Error(mut err)) if !err.is_limit() && !t.handlers.is_empty() => {
                let mut handled = None;
                for h in &t.handlers {
                    let matched = match &h.typ {
                        None => true,
                        Some(typ) => {
                            let tv = self.eval(typ, f)?;
                            crate::builtins::functions::is_exception_match(self, &err, &tv)?
                        }
                    };
                    if matched {
                        handled = Some(h);
                        break;
                    }
                }
                match handled {
                    None => Err(Unwind::Error(err)),
                    Some(h) => {
                        // The frame's entry is recorded where the exception happened.
                        let code = f.code.clone();
                        self.add_traceback(&mut err, &code, h.span);
                        let obj = self.materialize(&mut err);
                        match obj {
                            None => Err(Unwind::Error(err)),
                            Some(obj) => {
                                if let Some(name) = &h.name {
                                    self.assign(name, Value::Instance(obj.clone()), f)?;
                                }
                                self.handling.push(obj);
                                let mut r = self.exec_block(&h.body, f);
                                if let Err(Unwind::Error(e)) = &mut r {
                                    // Chain while the handled exception is still current.
                                    self.materialize(e);
                                }
                                self.handling.pop();
                                if let Some(name) = &h.name {
                                    let _ = self.delete(name, f);
                                }
                                r
                            }
                        }
                    }
                }
            }
            Ok(()) => self.exec_block(&t.orelse, f),
            other => other,
        };
        if t.finalbody.is_empty() {
            return result;
        }
        if let Err(Unwind::Error(e)) = &result {
            if e.is_limit() {
                return result;
            }
        }
        // While `finally` runs, a pending exception is the one being handled.
        let pending = match result {
            Err(Unwind::Error(mut e)) => {
                let obj = self.materialize(&mut e);
                (Some(e), obj)
            }
            other => {
                self.exec_block(&t.finalbody, f)?;
                return other;
            }
        };
        if let Some(obj) = &pending.1 {
            self.handling.push(obj.clone());
        }
        let mut fin = self.exec_block(&t.finalbody, f);
        if let Err(Unwind::Error(e)) = &mut fin {
            self.materialize(e);
        }
        if pending.1.is_some() {
            self.handling.pop();
        }
        fin?;
        Err(Unwind::Error(
            pending.0.unwrap_or_else(errors::stop_iteration),
        ))
    }

    fn exec_with(
        &mut self,
        items: &[(Expr, Option<Target>)],
        body: &[Stmt],
        f: &mut Frame,
    ) -> Exec {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(body, f);
        };
        let mgr = self.eval(ctx, f)?;
        let exit = self.lookup_special(&mgr, sym::__exit__);
        let enter = self.lookup_special(&mgr, sym::__enter__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let t = mgr.type_name().to_string();
            let missing = if self.lookup_special(&mgr, sym::__enter__).is_none() {
                ""
            } else {
                " the context manager protocol (missed __exit__ method)"
            };
            let _ = missing;
            return Err(PyErr::type_error(format!(
                "'{t}' object does not support the context manager protocol"
            ))
            .into());
        };
        let v = self.call(&enter, vec![], vec![])?;
        if let Some(t) = target {
            self.assign(t, v, f)?;
        }
        let result = self.exec_with(rest, body, f);
        match result {
            Err(Unwind::Error(mut err)) if !err.is_limit() => {
                let code = f.code.clone();
                self.add_traceback(&mut err, &code, Span::default());
                err.skip_frame = true;
                let Some(obj) = self.materialize(&mut err) else {
                    return Err(Unwind::Error(err));
                };
                let typ = Value::Class(obj.class.clone());
                self.handling.push(obj.clone());
                let r = self.call(
                    &exit,
                    vec![typ, Value::Instance(obj.clone()), Value::None],
                    vec![],
                );
                self.handling.pop();
                let suppress = self.truthy(&r?)?;
                if suppress {
                    Ok(())
                } else {
                    Err(Unwind::Error(err))
                }
            }
            // A fired limit is final: no `__exit__` runs that could replace or swallow it.
            Err(Unwind::Error(err)) => Err(Unwind::Error(err)),
            other => {
                self.call(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
                other
            }
        }
    }

    /// `obj.name` looked up for a protocol method (bound), or `None`.
    pub fn lookup_special(&mut self, obj: &Value, name: crate::intern::Sym) -> Option<Value> {
        let class = self.type_of(obj);
        let m = class.lookup(name)?;
        Some(match m {
            Value::Function(_) | Value::Builtin(_) => {
                Value::BoundMethod(Rc::new(crate::function::BoundMethod {
                    func: m,
                    receiver: obj.clone(),
                }))
            }
            other => other,
        })
    }

    /// Whether the comparison operator is `in`/`not in` (used by the REPL's completer).
    pub fn is_membership(op: CmpOp) -> bool {
        matches!(op, CmpOp::In | CmpOp::NotIn)
    }
}
