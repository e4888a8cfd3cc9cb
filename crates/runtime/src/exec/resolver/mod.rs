//! Binds every name to a local slot, a closure cell, a global slot or a class-body name,
//! and turns the AST into the tree in [`crate::code`].

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;
use std::rc::Rc;

use minipy_syntax::ast::{self, ExprKind as E, Span, StmtKind as S};
use minipy_syntax::{SyntaxError, SyntaxErrorKind};

use crate::code::*;
use crate::globals::Globals;
use crate::intern::Interner;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Function,
    Class,
}

/// What the first pass learns about one scope.
struct Scope {
    kind: ScopeKind,
    parent: Option<usize>,
    params: Vec<String>,
    bound: IndexSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    used: IndexSet<String>,
    is_generator: bool,
    /// Locals captured by inner scopes.
    cells: Vec<String>,
    /// Names this scope reads from enclosing functions.
    free: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: vec![],
            bound: IndexSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: IndexSet::new(),
            is_generator: false,
            cells: vec![],
            free: vec![],
        }
    }

    fn is_local(&self, name: &str) -> bool {
        self.kind == ScopeKind::Function
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && (self.bound.contains(name) || self.params.iter().any(|p| p == name))
    }

    fn bind(&mut self, name: &str) {
        if !self.bound.contains(name) {
            self.bound.insert(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        if !self.used.contains(name) {
            self.used.insert(name.to_string());
        }
    }
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

fn push_unique(v: &mut Vec<String>, name: &str) {
    if !v.iter().any(|x| x == name) {
        v.push(name.to_string());
    }
}

/// First pass: which names each scope binds, declares and uses.
struct ScopeBuilder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    src: &'a str,
    error: Option<SyntaxError>,
}

/// How deeply functions, lambdas, classes and comprehensions may nest in source. CPython's
/// parser gives up between 1,000 and 3,000 nested lambdas.
const MAX_SCOPE_DEPTH: usize = 1000;

impl<'a> ScopeBuilder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn fail(&mut self, msg: String, span: Span) {
        if self.error.is_none() {
            let e = SyntaxError::new(
                self.src,
                SyntaxErrorKind::SyntaxError,
                msg,
                span.start as usize,
                span.end as usize,
            );
            self.error = Some(e);
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, node: usize) -> usize {
        if self.stack.len() == MAX_SCOPE_DEPTH && self.error.is_none() {
            // Each scope's qualified name repeats its parents': deeper nesting (lambdas
            // need no indentation) would cost memory quadratic in the depth.
            let mut e = SyntaxError::new(self.src, SyntaxErrorKind::RecursionError, "", 0, 0);
            e.msg = "maximum recursion depth exceeded during compilation".into();
            self.error = Some(e);
        }
        let idx = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, self.stack.last().copied()));
        self.by_node.insert(node, idx);
        self.stack.push(idx);
        idx
    }

    fn params(&mut self, p: &ast::Params) {
        for param in p.posonly.iter().chain(&p.args) {
            self.expr_opt(param.default.as_ref());
        }
        for param in &p.kwonly {
            self.expr_opt(param.default.as_ref());
        }
    }

    fn declare_params(&mut self, p: &ast::Params) {
        let scope = self.cur();
        for param in p.posonly.iter().chain(&p.args) {
            scope.params.push(param.name.clone());
        }
        if let Some(v) = &p.vararg {
            scope.params.push(v.clone());
        }
        for param in &p.kwonly {
            scope.params.push(param.name.clone());
        }
        if let Some(k) = &p.kwarg {
            scope.params.push(k.clone());
        }
    }

    fn body(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn target(&mut self, t: &ast::Expr) {
        match &t.kind {
            E::Name(n) => {
                let n = n.clone();
                self.cur().bind(&n);
            }
            E::Tuple(items) | E::List(items) => items.iter().for_each(|i| self.target(i)),
            E::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) {
        match &s.kind {
            S::Expr(e) => self.expr(e),
            S::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.target(t));
            }
            S::AugAssign { target, value, .. } => {
                self.expr(value);
                if let E::Name(n) = &target.kind {
                    let n = n.clone();
                    self.cur().use_name(&n);
                }
                self.target(target);
            }
            S::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                }
            }
            S::If { test, body, orelse } | S::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            S::Break | S::Continue | S::Pass => {}
            S::Return(v) => self.expr_opt(v.as_ref()),
            S::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.params(&f.params);
                self.cur().bind(&f.name);
                self.push_scope(ScopeKind::Function, key(&**f));
                self.declare_params(&f.params);
                self.body(&f.body);
                self.stack.pop();
            }
            S::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                for b in &c.bases {
                    self.arg(b);
                }
                self.cur().bind(&c.name);
                self.push_scope(ScopeKind::Class, key(&**c));
                self.body(&c.body);
                self.stack.pop();
            }
            S::Delete(targets) => targets.iter().for_each(|t| self.target(t)),
            S::Global(names) => {
                for n in names {
                    let scope = self.cur();
                    if scope.bound.contains(n) || scope.used.contains(n) {
                        let verb = if scope.bound.contains(n) {
                            "assigned to"
                        } else {
                            "used"
                        };
                        self.fail(
                            format!("name '{n}' is {verb} before global declaration"),
                            s.span,
                        );
                    }
                    self.cur().globals.insert(n.clone());
                }
            }
            S::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail(
                        "nonlocal declaration not allowed at module level".into(),
                        s.span,
                    );
                }
                for n in names {
                    self.cur().nonlocals.insert(n.clone());
                }
            }
            S::Raise { exc, cause } => {
                self.expr_opt(exc.as_ref());
                self.expr_opt(cause.as_ref());
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    self.expr_opt(h.typ.as_ref());
                    if let Some(n) = &h.name {
                        let n = n.clone();
                        self.cur().bind(&n);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            S::With { items, body } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            S::Assert { test, msg } => {
                self.expr(test);
                self.expr_opt(msg.as_ref());
            }
            S::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.cur().bind(&bound);
                }
            }
            S::ImportFrom { names, .. } => {
                for a in names.iter().filter(|a| a.name != "*") {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.cur().bind(&bound);
                }
            }
        }
    }

    fn arg(&mut self, a: &ast::Arg) {
        match a {
            ast::Arg::Positional(e)
            | ast::Arg::Star(e)
            | ast::Arg::DoubleStar(e)
            | ast::Arg::Keyword(_, e) => self.expr(e),
        }
    }

    fn expr_opt(&mut self, e: Option<&ast::Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
    }

    fn comprehension(
        &mut self,
        node: usize,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        self.push_scope(ScopeKind::Function, node);
        self.cur().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.stack.pop();
    }

    fn expr_inner(&mut self, e: &ast::Expr) {
        match &e.kind {
            E::Name(n) => {
                let n = n.clone();
                self.cur().use_name(&n);
            }
            E::Const(_) => {}
            E::FString(parts) => self.fstring(parts),
            E::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            E::UnaryOp { operand, .. } => self.expr(operand),
            E::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            E::Compare { left, ops } => {
                self.expr(left);
                ops.iter().for_each(|(_, v)| self.expr(v));
            }
            E::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            E::Call { func, args } => {
                // Zero-argument `super()` reads the class through a `__class__` cell.
                if matches!(&func.kind, E::Name(n) if n == "super")
                    && args.is_empty()
                    && self.cur().kind == ScopeKind::Function
                {
                    self.cur().use_name("__class__");
                }
                self.expr(func);
                args.iter().for_each(|a| self.arg(a));
            }
            E::Attribute { value, .. } => self.expr(value),
            E::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            E::Slice { lower, upper, step } => {
                self.expr_opt(lower.as_deref());
                self.expr_opt(upper.as_deref());
                self.expr_opt(step.as_deref());
            }
            E::List(items) | E::Tuple(items) | E::Set(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            E::Dict(items) => {
                for (k, v) in items {
                    self.expr_opt(k.as_ref());
                    self.expr(v);
                }
            }
            E::Starred(inner) => self.expr(inner),
            E::Lambda { params, body } => {
                self.params(params);
                self.push_scope(ScopeKind::Function, key(e));
                self.declare_params(params);
                self.expr(body);
                self.stack.pop();
            }
            E::ListComp { elt, generators } | E::SetComp { elt, generators } => {
                self.comprehension(key(e), generators, &[elt])
            }
            E::GeneratorExp { elt, generators } => {
                self.comprehension(key(e), generators, &[elt]);
                if let Some(&idx) = self.by_node.get(&key(e)) {
                    self.scopes[idx].is_generator = true;
                }
            }
            E::DictComp {
                key: k,
                value,
                generators,
            } => self.comprehension(key(e), generators, &[k, value]),
            E::Yield(v) => {
                if self.cur().kind != ScopeKind::Function {
                    self.fail("'yield' outside function".into(), e.span);
                }
                self.cur().is_generator = true;
                self.expr_opt(v.as_deref());
            }
            E::YieldFrom(v) => {
                if self.cur().kind != ScopeKind::Function {
                    self.fail("'yield' outside function".into(), e.span);
                }
                self.cur().is_generator = true;
                self.expr(v);
            }
            E::NamedExpr { target, value } => {
                self.expr(value);
                if let E::Name(n) = &target.kind {
                    // Binds in the nearest scope that is not a comprehension.
                    let n = n.clone();
                    let mut idx = *self.stack.last().unwrap_or(&0);
                    while self.scopes[idx].params.first().is_some_and(|p| p == ".0") {
                        self.scopes[idx].nonlocals.insert(n.clone());
                        idx = self.scopes[idx].parent.unwrap_or(0);
                    }
                    self.scopes[idx].bind(&n);
                }
            }
        }
    }

    fn fstring(&mut self, parts: &[ast::FStringPart]) {
        for p in parts {
            if let ast::FStringPart::Field { value, spec, .. } = p {
                self.expr(value);
                self.fstring(spec);
            }
        }
    }

    /// Links every free name to the enclosing function that owns it.
    fn link_free_names(&mut self) {
        for s in 0..self.scopes.len() {
            let mut names: Vec<String> = self.scopes[s].used.iter().cloned().collect();
            names.extend(self.scopes[s].nonlocals.iter().cloned());
            names.extend(
                self.scopes[s]
                    .bound
                    .iter()
                    .filter(|b| self.scopes[s].nonlocals.contains(*b))
                    .cloned(),
            );
            for name in names {
                let scope = &self.scopes[s];
                if scope.is_local(&name)
                    || scope.globals.contains(&name)
                    || scope.kind == ScopeKind::Module
                {
                    continue;
                }
                if scope.kind == ScopeKind::Class
                    && scope.bound.contains(&name)
                    && !scope.nonlocals.contains(&name)
                {
                    continue;
                }
                let mut path = vec![s];
                let mut cur = scope.parent;
                let mut owner = None;
                while let Some(p) = cur {
                    let ps = &self.scopes[p];
                    if ps.kind == ScopeKind::Module || ps.globals.contains(&name) {
                        break;
                    }
                    if (ps.kind == ScopeKind::Function && ps.is_local(&name))
                        || (ps.kind == ScopeKind::Class && name == "__class__")
                    {
                        owner = Some(p);
                        break;
                    }
                    path.push(p);
                    cur = ps.parent;
                }
                match owner {
                    Some(o) => {
                        push_unique(&mut self.scopes[o].cells, &name);
                        for p in path {
                            push_unique(&mut self.scopes[p].free, &name);
                        }
                    }
                    None if self.scopes[s].nonlocals.contains(&name) => {
                        self.fail(
                            format!("no binding for nonlocal '{name}' found"),
                            Span::default(),
                        );
                    }
                    None => {}
                }
            }
        }
    }
}

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
    /// Yields compiled so far in the current function (marks statements that hold one).
    yields: usize,
    /// Walruses compiled so far (marks augmented assignments whose value holds one).
    walruses: usize,
    saved_yields: Vec<usize>,
    displayhook: Option<Value>,
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
        let mut builder = ScopeBuilder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            stack: vec![0],
            src: &file.text,
            error: None,
        };
        builder.body(&module.body);
        builder.link_free_names();
        if let Some(e) = builder.error {
            return Err(e);
        }
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
            yields: 0,
            walruses: 0,
            saved_yields: vec![],
            displayhook,
        };
        let body = r.block(&module.body)?;
        let docstring = r.docstring(&module.body);
        Ok(Rc::new(Code {
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
                if scope.bound.contains(name) && !scope.nonlocals.contains(name) {
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

    fn block(&mut self, stmts: &[ast::Stmt]) -> RResult<Block> {
        stmts
            .iter()
            .map(|s| self.stmt(s))
            .collect::<RResult<Vec<_>>>()
            .map(Rc::from)
    }

    fn stmt(&mut self, s: &ast::Stmt) -> RResult<Stmt> {
        let before = self.yields;
        let mut stmt = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s))?;
        stmt.has_yield = self.yields > before;
        Ok(stmt)
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
                let maker = self.function(
                    key(&**f),
                    &f.name,
                    &f.params,
                    FunctionBody::Block(&f.body),
                    &f.decorators,
                    span,
                )?;
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
                    let typ = h.typ.as_ref().map(|t| self.expr(t)).transpose()?;
                    let name = h.name.as_ref().map(|n| self.store(n));
                    hs.push(Handler {
                        typ,
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
            S::ImportFrom { module, names } => {
                let mut out = Vec::new();
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    out.push((self.names.intern(&a.name), self.store(&bound)));
                }
                StmtKind::ImportFrom(module.as_str().into(), out)
            }
        };
        Ok(Stmt {
            kind,
            span,
            has_yield: false,
        })
    }

    fn loop_body(&mut self, body: &[ast::Stmt]) -> RResult<Block> {
        if let Some(d) = self.loop_depth.last_mut() {
            *d += 1;
        }
        let out = self.block(body);
        if let Some(d) = self.loop_depth.last_mut() {
            *d -= 1;
        }
        out
    }

    fn target(&mut self, t: &ast::Expr) -> RResult<Target> {
        Ok(match &t.kind {
            E::Name(n) => self.store(n),
            E::Attribute { value, attr } => {
                Target::Attribute(self.expr(value)?, self.names.intern(attr))
            }
            E::Subscript { value, index } => {
                Target::Subscript(self.expr(value)?, self.expr(index)?)
            }
            E::Tuple(items) | E::List(items) => {
                let mut star = None;
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if let E::Starred(inner) = &item.kind {
                        if star.is_some() {
                            return Err(
                                self.error("multiple starred expressions in assignment", item.span)
                            );
                        }
                        star = Some(i);
                        out.push(self.target(inner)?);
                    } else {
                        out.push(self.target(item)?);
                    }
                }
                Target::Unpack {
                    items: out,
                    star,
                    span: t.span,
                }
            }
            E::Starred(inner) => self.target(inner)?,
            _ => return Err(self.error("cannot assign to expression", t.span)),
        })
    }

    fn exprs(&mut self, items: &[ast::Expr]) -> RResult<Vec<Expr>> {
        items.iter().map(|e| self.expr(e)).collect()
    }

    fn opt(&mut self, e: Option<&ast::Expr>) -> RResult<Option<Box<Expr>>> {
        Ok(match e {
            Some(e) => Some(Box::new(self.expr(e)?)),
            None => None,
        })
    }

    fn args(&mut self, args: &[ast::Arg]) -> RResult<Vec<Arg>> {
        args.iter()
            .map(|a| {
                Ok(match a {
                    ast::Arg::Positional(e) => Arg::Positional(self.expr(e)?),
                    ast::Arg::Star(e) => Arg::Star(self.expr(e)?),
                    ast::Arg::Keyword(n, e) => Arg::Keyword(n.as_str().into(), self.expr(e)?),
                    ast::Arg::DoubleStar(e) => Arg::DoubleStar(self.expr(e)?),
                })
            })
            .collect()
    }

    fn expr(&mut self, e: &ast::Expr) -> RResult<Expr> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    fn constant(c: &ast::Constant) -> Value {
        use minipy_syntax::token::IntLit;
        match c {
            ast::Constant::None => Value::None,
            ast::Constant::True => Value::Bool(true),
            ast::Constant::False => Value::Bool(false),
            ast::Constant::Ellipsis => Value::Ellipsis,
            ast::Constant::Int(IntLit::Small(i)) => Value::Int(*i),
            ast::Constant::Int(IntLit::Big(b)) => Value::from_bigint(b.clone()),
            ast::Constant::Float(f) => Value::Float(*f),
            ast::Constant::Str(s) => Value::str(s.as_str()),
            ast::Constant::Bytes(b) => Value::bytes(b.clone()),
        }
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> RResult<Expr> {
        let span = e.span;
        let kind = match &e.kind {
            E::Name(n) => return Ok(self.load(n, span)),
            E::Const(c) => ExprKind::Const(Self::constant(c)),
            E::FString(parts) => ExprKind::FString(self.fparts(parts)?),
            E::BinOp { left, op, right } => {
                ExprKind::BinOp(Box::new(self.expr(left)?), *op, Box::new(self.expr(right)?))
            }
            E::UnaryOp { op, operand } => ExprKind::UnaryOp(*op, Box::new(self.expr(operand)?)),
            E::BoolOp { op, values } => ExprKind::BoolOp(*op, self.exprs(values)?),
            E::Compare { left, ops } => {
                let left = Box::new(self.expr(left)?);
                let ops = ops
                    .iter()
                    .map(|(op, v)| Ok((*op, self.expr(v)?)))
                    .collect::<RResult<_>>()?;
                ExprKind::Compare(left, ops)
            }
            E::IfExp { test, body, orelse } => ExprKind::IfExp {
                test: Box::new(self.expr(test)?),
                body: Box::new(self.expr(body)?),
                orelse: Box::new(self.expr(orelse)?),
            },
            E::Call { func, args }
                if args.is_empty()
                    && matches!(&func.kind, E::Name(n) if n == "super")
                    && self.layout().cell("__class__").is_some() =>
            {
                let class = self.load("__class__", span);
                let first = self.scope().params.first().cloned();
                let receiver = match first {
                    Some(p) => self.load(&p, span),
                    None => Expr {
                        kind: ExprKind::Const(Value::None),
                        span,
                    },
                };
                ExprKind::Super(Box::new(class), Box::new(receiver))
            }
            E::Call { func, args } => {
                let args = self.args(args)?;
                if let E::Attribute { value, attr } = &func.kind {
                    ExprKind::CallMethod {
                        obj: Box::new(self.expr(value)?),
                        name: self.names.intern(attr),
                        args,
                        cache: Box::default(),
                    }
                } else {
                    ExprKind::Call {
                        func: Box::new(self.expr(func)?),
                        args,
                    }
                }
            }
            E::Attribute { value, attr } => {
                ExprKind::Attribute(Box::new(self.expr(value)?), self.names.intern(attr))
            }
            E::Subscript { value, index } => {
                ExprKind::Subscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?))
            }
            E::Slice { lower, upper, step } => ExprKind::Slice(
                self.opt(lower.as_deref())?,
                self.opt(upper.as_deref())?,
                self.opt(step.as_deref())?,
            ),
            E::List(items) => ExprKind::List(self.exprs(items)?),
            E::Tuple(items) => ExprKind::Tuple(self.exprs(items)?),
            E::Set(items) => ExprKind::Set(self.exprs(items)?),
            E::Dict(items) => {
                let mut out = Vec::new();
                for (k, v) in items {
                    let k = k.as_ref().map(|k| self.expr(k)).transpose()?;
                    out.push((k, self.expr(v)?));
                }
                ExprKind::Dict(out)
            }
            E::Starred(inner) => ExprKind::Starred(Box::new(self.expr(inner)?)),
            E::Lambda { params, body } => {
                let maker = self.function(
                    key(e),
                    "<lambda>",
                    params,
                    FunctionBody::Expr(body),
                    &[],
                    span,
                )?;
                ExprKind::MakeFunction(Box::new(maker))
            }
            E::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List(elt))?
            }
            E::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set(elt))?
            }
            E::DictComp {
                key: k,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict(k, value))?,
            E::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen(elt))?
            }
            E::Yield(v) => {
                self.yields += 1;
                ExprKind::Yield(self.opt(v.as_deref())?)
            }
            E::YieldFrom(v) => {
                self.yields += 1;
                ExprKind::YieldFrom(Box::new(self.expr(v)?))
            }
            E::NamedExpr { target, value } => {
                self.walruses += 1;
                let value = Box::new(self.expr(value)?);
                let E::Name(n) = &target.kind else {
                    return Err(self.error(
                        "cannot use assignment expressions with this target",
                        target.span,
                    ));
                };
                ExprKind::Named(Box::new(self.store(n)), value)
            }
        };
        Ok(Expr { kind, span })
    }

    fn fparts(&mut self, parts: &[ast::FStringPart]) -> RResult<Vec<FPart>> {
        parts
            .iter()
            .map(|p| {
                Ok(match p {
                    ast::FStringPart::Literal(s) => FPart::Literal(s.as_str().into()),
                    ast::FStringPart::Field {
                        value,
                        conversion,
                        spec,
                        debug_text,
                    } => {
                        let field = FPart::Field {
                            value: self.expr(value)?,
                            conversion: *conversion,
                            spec: self.fparts(spec)?,
                        };
                        match debug_text {
                            // `f"{x=}"` is the text `x=` followed by the field.
                            Some(text) => {
                                return Ok(FPart::Field {
                                    value: Expr {
                                        kind: ExprKind::FString(vec![
                                            FPart::Literal(text.as_str().into()),
                                            field,
                                        ]),
                                        span: value.span,
                                    },
                                    conversion: None,
                                    spec: vec![],
                                })
                            }
                            None => field,
                        }
                    }
                })
            })
            .collect()
    }

    fn enter(&mut self, node: usize, name: &str) -> (usize, String) {
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
        self.saved_yields.push(self.yields);
        (scope, qualname)
    }

    fn leave(&mut self) {
        self.layouts.pop();
        self.loop_depth.pop();
        self.yields = self.saved_yields.pop().unwrap_or(0);
    }

    /// The cells of the current scope that a nested scope captures, in its free order.
    fn closure_for(&self, inner: usize) -> Vec<CellSource> {
        let layout = self.layout();
        self.scopes[inner]
            .free
            .iter()
            .map(|n| CellSource(layout.cell(n).unwrap_or(0) as u32))
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn make_code(
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
        Rc::new(Code {
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
        })
    }

    fn function(
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
            FunctionBody::Expr(e) => (
                self.expr(e).map(|e| {
                    let span = e.span;
                    Rc::from(vec![Stmt {
                        kind: StmtKind::Return(Some(e)),
                        span,
                        has_yield: false,
                    }])
                }),
                None,
            ),
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
        })
    }

    fn class(&mut self, c: &ast::ClassDef, span: Span) -> RResult<ClassMaker> {
        let decorators = self.exprs(&c.decorators)?;
        let bases = self.args(&c.bases)?;
        let node = key(c);
        let closure = self.closure_for(self.by_node.get(&node).copied().unwrap_or(0));
        let (scope, qualname) = self.enter(node, &c.name);
        self.qualnames.push(qualname.clone());
        let body = self.block(&c.body);
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

    fn comprehension(
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
        };
        Ok(ExprKind::Comprehension(
            Box::new(maker),
            Box::new(first_iter),
        ))
    }

    /// The comprehension as nested loops appending to (or yielding from) a result in slot 1.
    fn comprehension_body(
        &mut self,
        generators: &[ast::Comprehension],
        kind: &CompKind,
        span: Span,
    ) -> RResult<Block> {
        let y = matches!(kind, CompKind::Gen(_));
        let mk = |kind: StmtKind| Stmt {
            kind,
            span,
            has_yield: y,
        };
        let result_slot = self.layout().locals.len() as u32;
        if let Some(l) = self.layouts.last_mut() {
            l.locals.push(".result".into());
        }
        let elt_stmt = match kind {
            CompKind::Gen(elt) => StmtKind::Expr(Expr {
                kind: ExprKind::Yield(Some(Box::new(self.expr(elt)?))),
                span,
            }),
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
                    args: vec![Arg::Positional(self.expr(elt)?)],
                    cache: Box::default(),
                };
                StmtKind::Expr(Expr { kind: call, span })
            }
            CompKind::Dict(k, v) => {
                let key = self.expr(k)?;
                let value = self.expr(v)?;
                let target = Target::Subscript(
                    Expr {
                        kind: ExprKind::Local(result_slot),
                        span,
                    },
                    key,
                );
                StmtKind::Assign(vec![target], value)
            }
        };
        let mut inner = vec![mk(elt_stmt)];
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

enum FunctionBody<'a> {
    Block(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

enum CompKind<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}
