//! Functions, lambdas, classes and comprehensions: each a code object of its own.

use std::rc::Rc;

use minipy_syntax::ast::{self, Span};

use crate::exec::code::*;
use crate::object::value::Value;

use super::annotations;
use super::scopes::{key, ScopeKind};
use super::{FrameLayout, RResult, Resolver};

impl<'a> Resolver<'a> {
    pub(super) fn enter(&mut self, node: usize, name: &str) -> (usize, String) {
        let scope = self.by_node.get(&node).copied().unwrap_or(0);
        let s = &self.scopes[scope];
        let mut locals: Vec<String> = s.params.clone();
        if s.kind == ScopeKind::Function {
            for b in &s.bound {
                if s.is_local(b) && !locals.contains(b) {
                    locals.push(b.clone());
                }
            }
        }
        let mut cells = s.cells.clone();
        cells.extend(s.free.iter().cloned());
        let parent_qual = self.qualnames.last().cloned();
        let qualname = match parent_qual {
            Some(q) => format!("{q}.{name}"),
            None => name.to_string(),
        };
        self.layouts.push(FrameLayout {
            scope,
            locals,
            cells,
        });
        self.loop_depth.push(0);
        // A nested scope's expressions are not the enclosing statement's.
        let lowering = self.lowering.take();
        self.saved_lowering.push(lowering);
        (scope, qualname)
    }

    pub(super) fn leave(&mut self) {
        self.layouts.pop();
        self.loop_depth.pop();
        self.lowering = self.saved_lowering.pop().flatten();
    }

    /// The cells of the current scope that a nested scope captures, in its free order.
    pub(super) fn closure_for(&self, inner: usize) -> Vec<CellSource> {
        let layout = self.layout();
        self.scopes[inner]
            .free
            .iter()
            .map(|n| CellSource(layout.cell(n).unwrap_or(0) as u32))
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn make_code(
        &mut self,
        scope: usize,
        name: &str,
        qualname: String,
        body: Block,
        docstring: Option<Value>,
        spec: ParamSpec,
        span: Span,
    ) -> Rc<Code> {
        let layout = self.layout();
        let s = &self.scopes[scope];
        let cell_params = s
            .params
            .iter()
            .enumerate()
            .filter_map(|(i, p)| layout.cell(p).map(|c| (i, c)))
            .collect();
        crate::exec::code::register(Code {
            name: name.into(),
            qualname: qualname.into(),
            file: self.file.clone(),
            params: spec,
            local_names: layout.locals.iter().map(|n| n.as_str().into()).collect(),
            cell_names: layout.cells.iter().map(|n| n.as_str().into()).collect(),
            cell_params,
            own_cells: s.cells.len(),
            body,
            is_generator: s.is_generator,
            docstring,
            span,
            ns: self.ns.clone(),
        })
    }

    pub(super) fn function(
        &mut self,
        node: usize,
        name: &str,
        params: &ast::Params,
        body: FunctionBody,
        decorators: &[ast::Expr],
        span: Span,
    ) -> RResult<FunctionMaker> {
        let decorators = self.exprs(decorators)?;
        let mut defaults = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for (i, p) in params.kwonly.iter().enumerate() {
            if let Some(d) = &p.default {
                kwdefaults.push((i, self.expr(d)?));
            }
        }
        let mut annotations = Vec::new();
        for (name, a) in &params.annotations {
            annotations.push((Rc::<str>::from(name.as_str()), self.expr(a)?));
        }
        let spec = ParamSpec {
            posonly: params.posonly.len(),
            positional: params.posonly.len() + params.args.len(),
            kwonly: params.kwonly.len(),
            vararg: params.vararg.is_some(),
            kwarg: params.kwarg.is_some(),
        };
        let closure = self.closure_for(self.by_node.get(&node).copied().unwrap_or(0));
        let (scope, qualname) = self.enter(node, name);
        self.qualnames.push(format!("{qualname}.<locals>"));
        let (body, doc) = match body {
            FunctionBody::Block(stmts) => (self.block(stmts), self.docstring(stmts)),
            FunctionBody::Expr(e) => (self.lambda_body(e), None),
        };
        self.qualnames.pop();
        let body = match body {
            Ok(b) => b,
            Err(e) => {
                self.leave();
                return Err(e);
            }
        };
        let code = self.make_code(scope, name, qualname, body, doc, spec, span);
        self.leave();
        Ok(FunctionMaker {
            code,
            defaults,
            kwdefaults,
            closure,
            decorators,
            annotations,
        })
    }

    pub(super) fn class(&mut self, c: &ast::ClassDef, span: Span) -> RResult<ClassMaker> {
        let decorators = self.exprs(&c.decorators)?;
        let bases = self.args(&c.bases)?;
        let node = key(c);
        let closure = self.closure_for(self.by_node.get(&node).copied().unwrap_or(0));
        let (scope, qualname) = self.enter(node, &c.name);
        self.qualnames.push(qualname.clone());
        let setup = annotations::has_annotations(&c.body);
        let body = self.block_with_annotations(setup, &c.body, span);
        self.qualnames.pop();
        let body = match body {
            Ok(b) => b,
            Err(e) => {
                self.leave();
                return Err(e);
            }
        };
        let doc = self.docstring(&c.body);
        let code = self.make_code(
            scope,
            &c.name,
            qualname,
            body,
            doc,
            ParamSpec::default(),
            span,
        );
        self.leave();
        Ok(ClassMaker {
            name: c.name.as_str().into(),
            bases,
            body: code,
            closure,
            decorators,
        })
    }

    pub(super) fn comprehension(
        &mut self,
        e: &ast::Expr,
        generators: &[ast::Comprehension],
        kind: CompKind,
    ) -> RResult<ExprKind> {
        let node = key(e);
        let first_iter = self.expr(&generators[0].iter)?;
        let closure = self.closure_for(self.by_node.get(&node).copied().unwrap_or(0));
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let (scope, qualname) = self.enter(node, name);
        let result = self.comprehension_body(generators, &kind, e.span);
        let body = match result {
            Ok(b) => b,
            Err(err) => {
                self.leave();
                return Err(err);
            }
        };
        let spec = ParamSpec {
            posonly: 1,
            positional: 1,
            ..ParamSpec::default()
        };
        let code = self.make_code(scope, name, qualname, body, None, spec, e.span);
        self.leave();
        let maker = FunctionMaker {
            code,
            defaults: vec![],
            kwdefaults: vec![],
            closure,
            decorators: vec![],
            annotations: vec![],
        };
        Ok(ExprKind::Comprehension(
            Box::new(maker),
            Box::new(first_iter),
        ))
    }

    /// The comprehension as nested loops appending to (or yielding from) a result in slot 1.
    pub(super) fn comprehension_body(
        &mut self,
        generators: &[ast::Comprehension],
        kind: &CompKind,
        span: Span,
    ) -> RResult<Block> {
        let mk = |kind: StmtKind| Stmt { kind, span };
        let result_slot = self.layout().locals.len() as u32;
        if let Some(l) = self.layouts.last_mut() {
            l.locals.push(".result".into());
        }
        let mut key_first = None;
        let elt_stmt = match kind {
            CompKind::Gen(elt) => StmtKind::Yield(Some(self.expr(elt)?), None),
            CompKind::List(elt) | CompKind::Set(elt) => {
                let method = if matches!(kind, CompKind::List(_)) {
                    "append"
                } else {
                    "add"
                };
                let call = ExprKind::CallMethod {
                    obj: Box::new(Expr {
                        kind: ExprKind::Local(result_slot),
                        span,
                    }),
                    name: self.names.intern(method),
                    name_end: span.end,
                    args: vec![Arg::Positional(self.expr(elt)?)],
                    cache: Box::default(),
                };
                StmtKind::Expr(Expr { kind: call, span })
            }
            CompKind::Dict(k, v) => {
                // The key is evaluated before the value (Python 3.8+): it waits in a
                // hidden local while the value is computed.
                let key_slot = self.layout().locals.len() as u32;
                if let Some(l) = self.layouts.last_mut() {
                    l.locals.push(".key".into());
                }
                let key = self.expr(k)?;
                let value = self.expr(v)?;
                key_first = Some(mk(StmtKind::Assign(vec![Target::Local(key_slot)], key)));
                let target = Target::Subscript(
                    Expr {
                        kind: ExprKind::Local(result_slot),
                        span,
                    },
                    Expr {
                        kind: ExprKind::Local(key_slot),
                        span,
                    },
                );
                StmtKind::Assign(vec![target], value)
            }
        };
        let mut inner: Vec<Stmt> = key_first.into_iter().collect();
        inner.push(mk(elt_stmt));
        for (i, g) in generators.iter().enumerate().rev() {
            for cond in g.ifs.iter().rev() {
                let test = self.expr(cond)?;
                inner = vec![mk(StmtKind::If(test, Rc::from(inner), Rc::from(vec![])))];
            }
            let iter = if i == 0 {
                Expr {
                    kind: ExprKind::Local(0),
                    span,
                }
            } else {
                self.expr(&g.iter)?
            };
            let target = self.target(&g.target)?;
            inner = vec![mk(StmtKind::For(
                target,
                iter,
                Rc::from(inner),
                Rc::from(vec![]),
            ))];
        }
        let init = match kind {
            CompKind::List(_) => Some(ExprKind::List(vec![])),
            CompKind::Set(_) => Some(ExprKind::Set(vec![])),
            CompKind::Dict(..) => Some(ExprKind::Dict(vec![])),
            CompKind::Gen(_) => None,
        };
        let mut body = Vec::new();
        if let Some(init) = init {
            body.push(mk(StmtKind::Assign(
                vec![Target::Local(result_slot)],
                Expr { kind: init, span },
            )));
        }
        body.extend(inner);
        if !matches!(kind, CompKind::Gen(_)) {
            body.push(mk(StmtKind::Return(Some(Expr {
                kind: ExprKind::Local(result_slot),
                span,
            }))));
        }
        Ok(Rc::from(body))
    }
}

pub(super) enum FunctionBody<'a> {
    Block(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

pub(super) enum CompKind<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}
