//! `def`, `lambda` and `class`: function and class objects made at run time.

use std::cell::RefCell;

use super::eval::Frame;
use crate::error::PyResult;
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::class::AttrMap;
use crate::object::function::Function;
use crate::object::intern::sym;
use crate::object::value::Value;

impl Interp {
    /// The decorators of a `def` or `class`, evaluated before anything else of it.
    pub(super) fn decorators(
        &mut self,
        decorators: &[Expr],
        f: &mut Frame,
    ) -> PyResult<Vec<Value>> {
        decorators.iter().map(|d| self.eval(d, f)).collect()
    }

    /// Applies decorators, the innermost (last) first.
    pub(super) fn decorate(&mut self, mut v: Value, decs: Vec<Value>) -> PyResult<Value> {
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
            .map(|c| f.cell(c.0 as usize).clone())
            .collect();
        let mut dict = AttrMap::default();
        if !maker.annotations.is_empty() {
            let d = Value::dict(crate::types::dict::table::new_dict());
            for (name, e) in &maker.annotations {
                let v = self.eval(e, f)?;
                self.dict_set(&d, Value::str(&**name), v)?;
            }
            dict.insert(sym::__annotations__, d);
        }
        let code = maker.code.clone();
        Ok(Value::Function(crate::object::alloc::alloc(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            doc: RefCell::new(code.docstring.clone().unwrap_or(Value::None)),
            code,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(dict),
        })))
    }

    pub(super) fn make_class(&mut self, maker: &ClassMaker, f: &mut Frame) -> PyResult<Value> {
        let (bases, mut kw) = self.eval_args(&maker.bases, f)?;
        let (bases, orig_bases) = crate::types::object::resolve_bases(self, bases)?;
        let (meta, prepared) =
            crate::types::object::prepare_class(self, &maker.name, &bases, &mut kw)?;
        let mut frame = Frame::new(maker.body.clone(), vec![None; maker.body.nlocals()]);
        frame.make_cells(&maker.body);
        frame
            .cells
            .extend(maker.closure.iter().map(|c| f.cell(c.0 as usize).clone()));
        let mut ns = AttrMap::default();
        if let Some(d) = prepared.as_ref().and_then(|p| p.as_dict()) {
            for (k, v) in crate::types::dict::table::items(&d.borrow()) {
                if let Value::Str(s) = k {
                    let s = self.intern(s.as_str());
                    ns.insert(s, v);
                }
            }
        }
        let module_name = self
            .globals
            .lookup_id("__name__")
            .and_then(|id| self.globals.get_own(id).cloned());
        ns.insert(sym::__module__, module_name.unwrap_or(Value::None));
        ns.insert(sym::__qualname__, Value::str(&*maker.body.qualname));
        if let Some(doc) = &maker.body.docstring {
            ns.insert(sym::__doc__, doc.clone());
        }
        *frame.class_ns = Some(Box::new(ns));
        self.run_frame_body(&mut frame)?;
        let mut ns = frame.class_ns.take().map(|b| *b).unwrap_or_default();
        if let Some(orig) = orig_bases {
            ns.insert(self.intern("__orig_bases__"), orig);
        }
        // The `__class__` cell (zero-argument `super()`) is filled before `__set_name__`
        // and `__init_subclass__` run, as `__classcell__` does in CPython.
        let cell = maker
            .body
            .cell_names
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| frame.cell(i).clone());
        let previous = std::mem::replace(&mut self.class_cell, cell);
        let class =
            crate::types::object::build_class(self, &meta, &maker.name, bases, ns, prepared, kw);
        let cell = std::mem::replace(&mut self.class_cell, previous);
        let class = class?;
        if let Some(cell) = cell {
            *cell.borrow_mut() = Some(class.clone());
        }
        Ok(class)
    }
}
