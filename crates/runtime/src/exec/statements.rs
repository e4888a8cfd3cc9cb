//! The statement executor: blocks, simple statements, loops.

use super::eval::{focus, Exec, Frame, Unwind};
use super::expressions::{compare_ints, peek_int};
use crate::code::*;
use crate::exceptions::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::value::Value;

impl Interp {
    pub fn exec_block(&mut self, block: &[Stmt], f: &mut Frame) -> Exec {
        for s in block {
            self.exec(s, f)?;
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn exec(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
        self.limits.tick().map_err(|e| focus(e, s.span))?;
        match self.exec_inner(s, f) {
            Err(Unwind::Error(e)) => Err(Unwind::Error(focus(e, s.span))),
            other => other,
        }
    }

    pub(super) fn exec_inner(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
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
    pub(super) fn exec_rare(&mut self, s: &Stmt, f: &mut Frame) -> Exec {
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
    pub(super) fn loop_step(
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

    pub(super) fn exec_for(
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
    pub(super) fn condition(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
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

    pub(super) fn condition_slow(&mut self, test: &Expr, f: &mut Frame) -> PyResult<bool> {
        match self.eval(test, f)? {
            Value::Bool(b) => Ok(b),
            v => self.truthy(&v).map_err(|e| focus(e, test.span)),
        }
    }
}
