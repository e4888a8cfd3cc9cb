//! Binds every name to a local slot, a closure cell, a global slot or a class-body name,
//! and turns the AST into the tree in [`crate::exec::code`].
use rustc_hash::FxHashMap as HashMap;

use std::rc::Rc;

use minipy_syntax::ast::{self, ExprKind as E, Span, StmtKind as S};
use minipy_syntax::{SyntaxError, SyntaxErrorKind};

use crate::exec::code::*;
use crate::object::globals::{Globals, Namespace};
use crate::object::intern::Interner;
use crate::object::value::Value;

mod annotations;
mod expressions;
mod functions;
mod lowered_statements;
mod lowering;
mod patterns;
mod scopes;

use functions::FunctionBody;
use lowering::Lowering;
use scopes::{key, Scope, ScopeBuilder, ScopeKind};

/// Where a name lives in the scope being compiled.
enum NameRef {
    Local(u32),
    Deref(u32),
    Global(u32),
    ClassName(u32),
}

struct FrameLayout {
    scope: usize,
    locals: Vec<String>,
    cells: Vec<String>,
}

impl FrameLayout {
    fn local(&self, name: &str) -> Option<usize> {
        self.locals.iter().position(|n| n == name)
    }

    fn cell(&self, name: &str) -> Option<usize> {
        self.cells.iter().position(|n| n == name)
    }
}

/// Second pass: produces the resolved tree.
pub struct Resolver<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    layouts: Vec<FrameLayout>,
    loop_depth: Vec<usize>,
    file: Rc<SourceFile>,
    globals: &'a mut Globals,
    names: &'a mut Interner,
    qualnames: Vec<String>,
    /// Walruses compiled so far (marks augmented assignments whose value holds one).
    walruses: usize,
    /// How many `yield`s each expression holds (by [`key`]), for those holding one.
    yielding: HashMap<usize, u32>,
    /// The statement whose `yield`s are being moved to statements of their own.
    lowering: Option<Lowering>,
    /// The enclosing scopes' lowering, while a nested scope is resolved.
    saved_lowering: Vec<Option<Lowering>>,
    displayhook: Option<Value>,
    /// The namespace the code runs in, when it is not the main module's (`exec` with a
    /// dict): the code's functions switch to it when called.
    ns: Option<Rc<Namespace>>,
    /// `exec` with a locals mapping apart from its globals: the top level's names are
    /// read and written there (then in globals), like a class body's.
    locals_mode: bool,
}

/// How `exec`, `eval` and `compile` resolve source (see [`Resolver::dynamic`]).
pub struct DynamicMode {
    pub displayhook: Option<Value>,
    pub ns: Option<Rc<Namespace>>,
    pub locals_mode: bool,
}

type RResult<T> = Result<T, SyntaxError>;

impl<'a> Resolver<'a> {
    /// Resolves a module; `interactive` makes expression statements echo their value.
    /// Resolves interactive input: each top-level expression statement's value goes
    /// to `displayhook`.
    pub fn interactive(
        file: Rc<SourceFile>,
        module: &ast::Module,
        globals: &'a mut Globals,
        names: &'a mut Interner,
        displayhook: Value,
    ) -> RResult<Rc<Code>> {
        Resolver::module(file, module, globals, names, Some(displayhook))
    }

    pub fn module(
        file: Rc<SourceFile>,
        module: &ast::Module,
        globals: &'a mut Globals,
        names: &'a mut Interner,
        displayhook: Option<Value>,
    ) -> RResult<Rc<Code>> {
        let mode = DynamicMode {
            displayhook,
            ns: None,
            locals_mode: false,
        };
        Resolver::dynamic(file, module, globals, names, mode)
    }

    /// Resolves source for `exec`/`eval`: in another namespace, or with separate locals.
    pub fn dynamic(
        file: Rc<SourceFile>,
        module: &ast::Module,
        globals: &'a mut Globals,
        names: &'a mut Interner,
        mode: DynamicMode,
    ) -> RResult<Rc<Code>> {
        let DynamicMode {
            displayhook,
            ns,
            locals_mode,
        } = mode;
        let mut builder = ScopeBuilder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::default(),
            stack: vec![0],
            src: &file.text,
            error: None,
            yielding: HashMap::default(),
            yields: 0,
            comp_iter: 0,
            forbidden: None,
        };
        builder.body(&module.body);
        builder.link_free_names();
        if let Some(e) = builder.error {
            return Err(e);
        }
        // A bound `__debug__` is a compiler error, as the ones lowering finds: the first
        // in the source is reported.
        let forbidden = builder.forbidden;
        let first = |e: SyntaxError| match &forbidden {
            Some(f) if (f.lineno, f.offset) < (e.lineno, e.offset) => f.clone(),
            _ => e,
        };
        let mut r = Resolver {
            scopes: builder.scopes,
            by_node: builder.by_node,
            layouts: vec![FrameLayout {
                scope: 0,
                locals: vec![],
                cells: vec![],
            }],
            loop_depth: vec![0],
            file: file.clone(),
            globals,
            names,
            qualnames: vec![],
            walruses: 0,
            yielding: builder.yielding,
            lowering: None,
            saved_lowering: vec![],
            displayhook,
            ns,
            locals_mode,
        };
        let docstring = r.docstring(&module.body);
        // A module's docstring is stored in `__doc__` by its first statement (not at the
        // interactive prompt, where a string is an expression to show).
        let doc_assign = match module.body.split_first() {
            Some((first, rest)) if docstring.is_some() && r.displayhook.is_none() => {
                store_doc(first).map(|assign| (assign, rest))
            }
            _ => None,
        };
        // (`__main__` is given its `__annotations__` when it starts; a prompt keeps it.)
        let setup = r.displayhook.is_none() && annotations::has_annotations(&module.body);
        let mut out = Vec::with_capacity(module.body.len() + 1);
        if setup {
            r.stmt_into(&annotations::setup(Span::default()), &mut out)
                .map_err(first)?;
        }
        let rest: &[ast::Stmt] = match doc_assign {
            Some((assign, rest)) => {
                r.stmt_into(&assign, &mut out).map_err(first)?;
                rest
            }
            None => &module.body,
        };
        for s in rest {
            r.stmt_into(s, &mut out).map_err(first)?;
        }
        if let Some(f) = forbidden {
            return Err(f);
        }
        let body: Block = Rc::from(out);
        Ok(crate::exec::code::register(Code {
            name: "<module>".into(),
            qualname: "<module>".into(),
            file,
            params: ParamSpec::default(),
            local_names: vec![],
            cell_names: vec![],
            cell_params: vec![],
            own_cells: 0,
            body,
            is_generator: false,
            docstring,
            span: Span::default(),
            ns: r.ns.clone(),
        }))
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(
            &self.file.text,
            SyntaxErrorKind::SyntaxError,
            msg,
            span.start as usize,
            span.end as usize,
        )
    }

    fn layout(&self) -> &FrameLayout {
        &self.layouts[self.layouts.len() - 1]
    }

    fn scope(&self) -> &Scope {
        &self.scopes[self.layout().scope]
    }

    fn resolve(&mut self, name: &str) -> NameRef {
        let scope = self.scope();
        match scope.kind {
            ScopeKind::Module if self.locals_mode && !scope.globals.contains(name) => {
                NameRef::ClassName(self.globals.id(name))
            }
            ScopeKind::Module => NameRef::Global(self.globals.id(name)),
            ScopeKind::Function => {
                if scope.globals.contains(name) {
                    return NameRef::Global(self.globals.id(name));
                }
                let layout = self.layout();
                if let Some(c) = layout.cell(name) {
                    return NameRef::Deref(c as u32);
                }
                if let Some(l) = layout.local(name) {
                    return NameRef::Local(l as u32);
                }
                NameRef::Global(self.globals.id(name))
            }
            ScopeKind::Class => {
                if scope.globals.contains(name) {
                    return NameRef::Global(self.globals.id(name));
                }
                // (`__module__` and `__qualname__` are in every class namespace.)
                let preset = matches!(name, "__module__" | "__qualname__" | "__annotations__");
                if (preset || scope.bound.contains(name)) && !scope.nonlocals.contains(name) {
                    return NameRef::ClassName(self.globals.id(name));
                }
                if let Some(c) = self.layout().cell(name) {
                    return NameRef::Deref(c as u32);
                }
                NameRef::Global(self.globals.id(name))
            }
        }
    }

    fn load(&mut self, name: &str, span: Span) -> Expr {
        // `__debug__` is a constant, as CPython's compiler makes it (it cannot be bound).
        if name == "__debug__" {
            let yes = Value::Bool(crate::object::value::BoolWord::TRUE);
            return Expr {
                kind: ExprKind::Const(yes),
                span,
            };
        }
        let kind = match self.resolve(name) {
            NameRef::Local(i) => ExprKind::Local(i),
            NameRef::Deref(i) => ExprKind::Deref(i),
            NameRef::Global(i) => ExprKind::Global(i),
            NameRef::ClassName(g) => ExprKind::ClassName(self.names.intern(name), g),
        };
        Expr { kind, span }
    }

    fn store(&mut self, name: &str) -> Target {
        match self.resolve(name) {
            NameRef::Local(i) => Target::Local(i),
            NameRef::Deref(i) => Target::Deref(i),
            NameRef::Global(i) => Target::Global(i),
            NameRef::ClassName(_) => Target::ClassName(self.names.intern(name)),
        }
    }

    fn docstring(&self, body: &[ast::Stmt]) -> Option<Value> {
        match body.first().map(|s| &s.kind) {
            Some(S::Expr(ast::Expr {
                kind: E::Const(ast::Constant::Str(s)),
                ..
            })) => Some(Value::str(s.as_str())),
            _ => None,
        }
    }

    /// A body, first making `__annotations__` when `setup`.
    fn block_with_annotations(
        &mut self,
        setup: bool,
        stmts: &[ast::Stmt],
        span: Span,
    ) -> RResult<Block> {
        let mut out = Vec::with_capacity(stmts.len() + 1);
        if setup {
            self.stmt_into(&annotations::setup(span), &mut out)?;
        }
        for s in stmts {
            self.stmt_into(s, &mut out)?;
        }
        Ok(Rc::from(out))
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> RResult<Block> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt_into(s, &mut out)?;
        }
        Ok(Rc::from(out))
    }

    /// Resolves a statement into `out`: one statement, or, when it holds a `yield` that
    /// is not a statement of its own, the statements it lowers to.
    fn stmt_into(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) -> RResult<()> {
        crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || {
            if self.scope().is_generator && self.header_yields(s) > 0 {
                return self.lower_stmt(s, out);
            }
            if matches!(s.kind, S::AnnAssign { .. }) && !self.in_function() {
                return self.ann_assign(s, out);
            }
            out.push(self.stmt_inner(s)?);
            Ok(())
        })
    }

    /// Whether a call passes the frame's variables to a builtin that reads them
    /// (`locals()`, `vars()`, `dir()`, `exec(s)`, `eval(s)`), where they are not the
    /// globals (in a function or class body, or `exec` with separate locals).
    fn reads_frame(&mut self, func: &ast::Expr) -> bool {
        let E::Name(n) = &func.kind else { return false };
        if !matches!(n.as_str(), "locals" | "vars" | "dir" | "exec" | "eval") {
            return false;
        }
        if self.scope().kind == ScopeKind::Module && !self.locals_mode {
            return false;
        }
        matches!(self.resolve(n), NameRef::Global(_) | NameRef::ClassName(_))
    }

    fn in_function(&self) -> bool {
        self.scope().kind == ScopeKind::Function
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) -> RResult<Stmt> {
        let span = s.span;
        let kind = match &s.kind {
            S::Expr(e) => {
                let value = self.expr(e)?;
                match (&self.displayhook, self.scope().kind) {
                    (Some(hook), ScopeKind::Module) => {
                        let func = Box::new(Expr {
                            kind: ExprKind::Const(hook.clone()),
                            span,
                        });
                        StmtKind::Expr(Expr {
                            kind: ExprKind::Call {
                                func,
                                args: vec![Arg::Positional(value)],
                            },
                            span,
                        })
                    }
                    _ => StmtKind::Expr(value),
                }
            }
            S::Assign { targets, value } => {
                let value = self.expr(value)?;
                let targets = targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<RResult<_>>()?;
                StmtKind::Assign(targets, value)
            }
            S::AugAssign { target, op, value } => {
                let walruses = self.walruses;
                let value = self.expr(value)?;
                let rebinds = self.walruses != walruses;
                StmtKind::AugAssign(self.target(target)?, *op, value, target.span, rebinds)
            }
            S::AnnAssign { target, value, .. } => match value {
                Some(v) => {
                    let v = self.expr(v)?;
                    StmtKind::Assign(vec![self.target(target)?], v)
                }
                None => StmtKind::Pass,
            },
            S::If { test, body, orelse } => {
                StmtKind::If(self.expr(test)?, self.block(body)?, self.block(orelse)?)
            }
            S::While { test, body, orelse } => {
                let test = self.expr(test)?;
                let body = self.loop_body(body)?;
                StmtKind::While(test, body, self.block(orelse)?)
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let iter = self.expr(iter)?;
                let target = self.target(target)?;
                let body = self.loop_body(body)?;
                StmtKind::For(target, iter, body, self.block(orelse)?)
            }
            S::Break | S::Continue => {
                if *self.loop_depth.last().unwrap_or(&0) == 0 {
                    let msg = if matches!(s.kind, S::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return Err(self.error(msg, span));
                }
                if matches!(s.kind, S::Break) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            S::Pass => StmtKind::Pass,
            S::Return(v) => {
                if !self.in_function() {
                    return Err(self.error("'return' outside function", span));
                }
                StmtKind::Return(v.as_ref().map(|v| self.expr(v)).transpose()?)
            }
            S::FunctionDef(f) => {
                let maker = self.function_def(f, span)?;
                StmtKind::FunctionDef(Box::new(maker), self.store(&f.name))
            }
            S::ClassDef(c) => {
                StmtKind::ClassDef(Box::new(self.class(c, span)?), self.store(&c.name))
            }
            S::Delete(targets) => StmtKind::Delete(
                targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<RResult<_>>()?,
            ),
            S::Global(_) | S::Nonlocal(_) => StmtKind::Nothing,
            S::Raise { exc, cause } => {
                let exc = exc.as_ref().map(|e| self.expr(e)).transpose()?;
                StmtKind::Raise(exc, cause.as_ref().map(|e| self.expr(e)).transpose()?)
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let body = self.block(body)?;
                let mut hs = Vec::new();
                for h in handlers {
                    // A generator's `yield` in the type: the statements it lowers to run
                    // before the type is evaluated, when an exception is matched.
                    let mut prelude = Vec::new();
                    let typ = match &h.typ {
                        Some(t) => {
                            let n = self.yields_in(t);
                            Some(self.lowered(n, h.span, &mut prelude, |r| r.expr(t))?)
                        }
                        None => None,
                    };
                    let name = h.name.as_ref().map(|n| self.store(n));
                    hs.push(Handler {
                        typ,
                        prelude: Rc::from(prelude),
                        name,
                        body: self.block(&h.body)?,
                        span: h.span,
                    });
                }
                let orelse = self.block(orelse)?;
                let finalbody = self.block(finalbody)?;
                StmtKind::Try(Box::new(TryStmt {
                    body,
                    handlers: hs,
                    orelse,
                    finalbody,
                }))
            }
            S::With { items, body } => {
                let mut out = Vec::new();
                for item in items {
                    let ctx = self.expr(&item.context)?;
                    out.push((
                        ctx,
                        item.target.as_ref().map(|t| self.target(t)).transpose()?,
                    ));
                }
                StmtKind::With(out, self.block(body)?)
            }
            S::Assert { test, msg } => {
                let test = self.expr(test)?;
                StmtKind::Assert(test, msg.as_ref().map(|m| self.expr(m)).transpose()?)
            }
            S::Import(names) => {
                let mut out = Vec::new();
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    out.push(ImportName {
                        module: a.name.as_str().into(),
                        bind_top: a.asname.is_none(),
                        target: self.store(&bound),
                    });
                }
                StmtKind::Import(out)
            }
            S::ImportFrom { module, names } if names.iter().any(|a| a.name == "*") => {
                if self.scope().kind != ScopeKind::Module {
                    // CPython points at the `*`, the statement's last character.
                    let star = Span {
                        start: span.end.saturating_sub(1),
                        end: span.end,
                    };
                    return Err(self.error("import * only allowed at module level", star));
                }
                StmtKind::ImportStar(module.as_str().into())
            }
            S::Match { subject, cases } => {
                let subject = self.expr(subject)?;
                self.match_stmt(subject, cases)?
            }
            S::ImportFrom { module, names } => {
                let mut out = Vec::new();
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    out.push((self.names.intern(&a.name), self.store(&bound)));
                }
                StmtKind::ImportFrom(module.as_str().into(), out)
            }
        };
        Ok(Stmt { kind, span })
    }

    fn loop_body(&mut self, body: &[ast::Stmt]) -> RResult<Block> {
        let mut out = Vec::with_capacity(body.len());
        self.loop_body_into(body, &mut out)?;
        Ok(Rc::from(out))
    }

    /// Resolves a loop's body (where `break` and `continue` may stand) into `out`.
    fn loop_body_into(&mut self, body: &[ast::Stmt], out: &mut Vec<Stmt>) -> RResult<()> {
        if let Some(d) = self.loop_depth.last_mut() {
            *d += 1;
        }
        let r = body.iter().try_for_each(|s| self.stmt_into(s, out));
        if let Some(d) = self.loop_depth.last_mut() {
            *d -= 1;
        }
        r
    }

    fn function_def(&mut self, f: &ast::FunctionDef, span: Span) -> RResult<FunctionMaker> {
        self.function(
            key(f),
            &f.name,
            &f.params,
            FunctionBody::Block(&f.body),
            &f.decorators,
            span,
        )
    }
}

/// `__doc__ = "..."` for a docstring statement.
fn store_doc(stmt: &ast::Stmt) -> Option<ast::Stmt> {
    let S::Expr(doc) = &stmt.kind else {
        return None;
    };
    let target = ast::Expr {
        kind: E::Name("__doc__".into()),
        span: doc.span,
    };
    Some(ast::Stmt {
        kind: S::Assign {
            targets: vec![target],
            value: doc.clone(),
        },
        span: stmt.span,
    })
}
