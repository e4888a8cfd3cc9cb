//! The first pass: which names each scope binds, declares and uses, and which scopes are
//! generators.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use indexmap::IndexSet;

use minipy_syntax::ast::{self, ExprKind as E, Span, StmtKind as S};
use minipy_syntax::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum ScopeKind {
    Module,
    Function,
    Class,
}

/// What the first pass learns about one scope.
pub(super) struct Scope {
    pub(super) kind: ScopeKind,
    pub(super) parent: Option<usize>,
    pub(super) params: Vec<String>,
    pub(super) bound: IndexSet<String>,
    pub(super) globals: HashSet<String>,
    pub(super) nonlocals: HashSet<String>,
    /// Where each `global`/`nonlocal` name was first declared (errors point there).
    pub(super) directive_spans: HashMap<String, Span>,
    pub(super) used: IndexSet<String>,
    /// Names annotated in this scope (`x: int`), which cannot be declared global.
    pub(super) annotated: HashSet<String>,
    pub(super) is_generator: bool,
    /// For a comprehension, what CPython calls it in errors ("list comprehension").
    pub(super) comprehension: Option<&'static str>,
    /// Locals captured by inner scopes.
    pub(super) cells: Vec<String>,
    /// Names this scope reads from enclosing functions.
    pub(super) free: Vec<String>,
}

impl Scope {
    pub(super) fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: vec![],
            bound: IndexSet::new(),
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            directive_spans: HashMap::default(),
            used: IndexSet::new(),
            annotated: HashSet::default(),
            is_generator: false,
            comprehension: None,
            cells: vec![],
            free: vec![],
        }
    }

    pub(super) fn is_local(&self, name: &str) -> bool {
        self.kind == ScopeKind::Function
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && (self.bound.contains(name) || self.params.iter().any(|p| p == name))
    }

    pub(super) fn bind(&mut self, name: &str) {
        if !self.bound.contains(name) {
            self.bound.insert(name.to_string());
        }
    }

    pub(super) fn use_name(&mut self, name: &str) {
        if !self.used.contains(name) {
            self.used.insert(name.to_string());
        }
    }
}

pub(super) fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub(super) fn push_unique(v: &mut Vec<String>, name: &str) {
    if !v.iter().any(|x| x == name) {
        v.push(name.to_string());
    }
}

/// First pass: which names each scope binds, declares and uses.
pub(super) struct ScopeBuilder<'a> {
    pub(super) scopes: Vec<Scope>,
    pub(super) by_node: HashMap<usize, usize>,
    pub(super) stack: Vec<usize>,
    pub(super) src: &'a str,
    pub(super) error: Option<SyntaxError>,
    /// How many `yield`s each expression (by [`key`]) holds, for those that hold one in
    /// their own scope: the resolver lowers these so every `yield` is a statement.
    pub(super) yielding: HashMap<usize, u32>,
    /// `yield`s seen so far in the scopes being walked.
    pub(super) yields: u32,
    /// Inside a comprehension's iterable, where a walrus is refused.
    pub(super) comp_iter: u32,
    /// The first binding of `__debug__`: CPython's compiler refuses it after the symbol
    /// table's checks, so their errors come first.
    pub(super) forbidden: Option<SyntaxError>,
}

/// How deeply functions, lambdas, classes and comprehensions may nest in source. CPython's
/// parser gives up between 1,000 and 3,000 nested lambdas.
pub(super) const MAX_SCOPE_DEPTH: usize = 1000;

impl<'a> ScopeBuilder<'a> {
    pub(super) fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    pub(super) fn fail(&mut self, msg: String, span: Span) {
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

    /// `name` bound (or deleted) at `span`: refused if it is `__debug__`.
    fn forbid(&mut self, name: &str, span: Span, verb: &str) {
        if name == "__debug__" && self.forbidden.is_none() {
            self.forbidden = Some(SyntaxError::new(
                self.src,
                SyntaxErrorKind::SyntaxError,
                format!("cannot {verb} __debug__"),
                span.start as usize,
                span.end as usize,
            ));
        }
    }

    /// The names (and attributes, unless deleted) an assignment or `del` target binds.
    fn forbid_target(&mut self, t: &ast::Expr, delete: bool) {
        match &t.kind {
            E::Name(n) => self.forbid(n, t.span, if delete { "delete" } else { "assign to" }),
            E::Attribute { attr, .. } if !delete => self.forbid(attr, t.span, "assign to"),
            E::Tuple(items) | E::List(items) => {
                items.iter().for_each(|i| self.forbid_target(i, delete))
            }
            E::Starred(inner) => self.forbid_target(inner, delete),
            _ => {}
        }
    }

    /// A definition's span without its decorators: from its first line that is not a
    /// decorator's, a comment or blank.
    fn undecorated(&self, s: &ast::Stmt, decorators: &[ast::Expr]) -> Span {
        let Some(last) = decorators.last() else {
            return s.span;
        };
        let mut at = last.span.end as usize;
        let end = s.span.end as usize;
        while let Some(line) = self.src.get(at..end) {
            let text = line.split('\n').next().unwrap_or("");
            let code = text.trim_start();
            if at != last.span.end as usize && !code.is_empty() && !code.starts_with(['@', '#']) {
                return Span::new(at + text.len() - code.len(), end);
            }
            at += text.len() + 1;
        }
        s.span
    }

    /// A function's or lambda's parameters, refused at `span` if one is `__debug__`.
    fn forbid_params(&mut self, p: &ast::Params, span: Span) {
        let names = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .map(|a| &a.name);
        for n in names.chain(&p.vararg).chain(&p.kwarg) {
            self.forbid(n, span, "assign to");
        }
    }

    pub(super) fn push_scope(&mut self, kind: ScopeKind, node: usize) -> usize {
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

    pub(super) fn params(&mut self, p: &ast::Params) {
        for param in p.posonly.iter().chain(&p.args) {
            self.expr_opt(param.default.as_ref());
        }
        for param in &p.kwonly {
            self.expr_opt(param.default.as_ref());
        }
        for (_, a) in &p.annotations {
            self.expr(a);
        }
    }

    pub(super) fn declare_params(&mut self, p: &ast::Params) {
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

    pub(super) fn body(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn target(&mut self, t: &ast::Expr) {
        self.forbid_target(t, false);
        let before = self.yields;
        self.target_inner(t);
        self.note_yields(t, before);
    }

    /// [`ScopeBuilder::target`] without the `__debug__` check (its caller, or the
    /// enclosing target, made it).
    fn target_unchecked(&mut self, t: &ast::Expr) {
        let before = self.yields;
        self.target_inner(t);
        self.note_yields(t, before);
    }

    /// Records how many `yield`s `node` held, if any.
    fn note_yields(&mut self, node: &ast::Expr, before: u32) {
        if self.yields > before {
            self.yielding.insert(key(node), self.yields - before);
        }
    }

    fn target_inner(&mut self, t: &ast::Expr) {
        match &t.kind {
            E::Name(n) => {
                let n = n.clone();
                self.cur().bind(&n);
            }
            E::Tuple(items) | E::List(items) => items.iter().for_each(|i| self.target_unchecked(i)),
            E::Starred(inner) => self.target_unchecked(inner),
            _ => self.expr(t),
        }
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt) {
        if crate::object::alloc::stack_refused() {
            return;
        }
        crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
    }

    pub(super) fn stmt_inner(&mut self, s: &ast::Stmt) {
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
                    self.forbid(&n, target.span, "assign to");
                    self.cur().use_name(&n);
                }
                self.target_unchecked(target);
            }
            S::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                if let E::Name(n) | E::Attribute { attr: n, .. } = &target.kind {
                    // (At the target when there is a value, else at the statement.)
                    let at = if value.is_some() { target.span } else { s.span };
                    self.forbid(n, at, "assign to");
                }
                if let E::Name(n) = &target.kind {
                    // An annotation alone makes the name local too.
                    let n = n.clone();
                    self.cur().annotated.insert(n.clone());
                    self.cur().bind(&n);
                } else if value.is_some() {
                    self.target_unchecked(target);
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
                let at = self.undecorated(s, &f.decorators);
                self.forbid_params(&f.params, at);
                self.forbid(&f.name, at, "assign to");
                self.params(&f.params);
                self.cur().bind(&f.name);
                self.push_scope(ScopeKind::Function, key(&**f));
                self.declare_params(&f.params);
                self.body(&f.body);
                self.stack.pop();
            }
            S::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                let at = self.undecorated(s, &c.decorators);
                for b in &c.bases {
                    if let ast::Arg::Keyword(k, _) = b {
                        self.forbid(k, at, "assign to");
                    }
                }
                self.forbid(&c.name, at, "assign to");
                for b in &c.bases {
                    self.arg(b);
                }
                self.cur().bind(&c.name);
                self.push_scope(ScopeKind::Class, key(&**c));
                self.body(&c.body);
                self.stack.pop();
            }
            S::Delete(targets) => {
                for t in targets {
                    self.forbid_target(t, true);
                    self.target_unchecked(t);
                }
            }
            S::Global(names) => self.declare(names, true, s.span),
            S::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail(
                        "nonlocal declaration not allowed at module level".into(),
                        s.span,
                    );
                }
                self.declare(names, false, s.span);
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
                        // (CPython's handler spans its body too.)
                        let end = h.body.iter().map(|b| b.span.end).fold(h.span.end, u32::max);
                        let span = Span::new(h.span.start as usize, end as usize);
                        self.forbid(&n, span, "assign to");
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
                    self.forbid(&bound, s.span, "assign to");
                    self.cur().bind(&bound);
                }
            }
            S::ImportFrom { names, .. } => {
                for a in names.iter().filter(|a| a.name != "*") {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.forbid(&bound, s.span, "assign to");
                    self.cur().bind(&bound);
                }
            }
            S::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    self.expr_opt(c.guard.as_ref());
                    self.body(&c.body);
                }
            }
        }
    }

    /// The names a pattern binds and the expressions it evaluates.
    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::PatternKind as P;
        match &p.kind {
            P::Value(e) => self.expr(e),
            P::Singleton(_) => {}
            P::Sequence(items) | P::Or(items) => items.iter().for_each(|i| self.pattern(i)),
            P::Star(name) => {
                if let Some(n) = name {
                    self.forbid(n, p.span, "assign to");
                    self.cur().bind(n);
                }
            }
            P::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|i| self.pattern(i));
                if let Some(n) = rest {
                    let at = patterns.last().map_or(p.span, last_leaf);
                    self.forbid(n, at, "assign to");
                    self.cur().bind(n);
                }
            }
            P::Class {
                cls,
                patterns,
                keywords,
            } => {
                self.expr(cls);
                patterns.iter().for_each(|i| self.pattern(i));
                for (k, i) in keywords {
                    self.forbid(k, i.span, "assign to");
                    self.pattern(i);
                }
            }
            P::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner);
                }
                if let Some(n) = name {
                    // (CPython points at the pattern compiled last.)
                    let at = pattern.as_deref().map_or(p.span, last_leaf);
                    self.forbid(n, at, "assign to");
                    self.cur().bind(n);
                }
            }
        }
    }

    /// A `global` (or `nonlocal`) statement, with CPython's checks against earlier uses.
    fn declare(&mut self, names: &[String], global: bool, span: Span) {
        let what = if global { "global" } else { "nonlocal" };
        for n in names {
            let scope = self.cur();
            let msg = if scope.params.contains(n) {
                Some(format!("name '{n}' is parameter and {what}"))
            } else if scope.used.contains(n) {
                Some(format!("name '{n}' is used prior to {what} declaration"))
            } else if scope.annotated.contains(n) {
                Some(format!("annotated name '{n}' can't be {what}"))
            } else if scope.bound.contains(n) {
                Some(format!(
                    "name '{n}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            let both = if global {
                scope.nonlocals.contains(n)
            } else {
                scope.globals.contains(n)
            };
            let first = scope.directive_spans.get(n).copied();
            if let Some(msg) = msg {
                self.fail(msg, span);
            } else if both {
                let msg = format!("name '{n}' is nonlocal and global");
                self.fail(msg, first.unwrap_or(span));
            }
            let scope = self.cur();
            scope.directive_spans.entry(n.clone()).or_insert(span);
            if global {
                scope.globals.insert(n.clone());
            } else {
                scope.nonlocals.insert(n.clone());
            }
        }
    }

    pub(super) fn arg(&mut self, a: &ast::Arg) {
        match a {
            ast::Arg::Positional(e)
            | ast::Arg::Star(e)
            | ast::Arg::DoubleStar(e)
            | ast::Arg::Keyword(_, e) => self.expr(e),
        }
    }

    pub(super) fn expr_opt(&mut self, e: Option<&ast::Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) {
        let before = self.yields;
        if crate::object::alloc::stack_refused() {
            return;
        }
        crate::object::alloc::with_stack(64 * 1024, 1024 * 1024, || self.expr_inner(e));
        self.note_yields(e, before);
    }

    pub(super) fn comprehension(
        &mut self,
        node: usize,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        what: &'static str,
    ) {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.comp_iter_expr(&first.iter);
        }
        let yields = self.yields;
        self.push_scope(ScopeKind::Function, node);
        self.cur().params.push(".0".into());
        self.cur().comprehension = Some(what);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.comp_iter_expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.stack.pop();
        self.yields = yields;
    }

    /// A comprehension's iterable, where a walrus is refused.
    fn comp_iter_expr(&mut self, e: &ast::Expr) {
        self.comp_iter += 1;
        self.expr(e);
        self.comp_iter -= 1;
    }

    pub(super) fn expr_inner(&mut self, e: &ast::Expr) {
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
                for a in args {
                    if let ast::Arg::Keyword(k, _) = a {
                        self.forbid(k, e.span, "assign to");
                    }
                }
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
                self.forbid_params(params, e.span);
                self.params(params);
                // The body's yields are the lambda's own, not the enclosing expression's.
                let yields = self.yields;
                let comp_iter = std::mem::take(&mut self.comp_iter);
                self.push_scope(ScopeKind::Function, key(e));
                self.declare_params(params);
                self.expr(body);
                self.stack.pop();
                self.yields = yields;
                self.comp_iter = comp_iter;
            }
            E::ListComp { elt, generators } => {
                self.comprehension(key(e), generators, &[elt], "list comprehension")
            }
            E::SetComp { elt, generators } => {
                self.comprehension(key(e), generators, &[elt], "set comprehension")
            }
            E::GeneratorExp { elt, generators } => {
                self.comprehension(key(e), generators, &[elt], "generator expression");
                if let Some(&idx) = self.by_node.get(&key(e)) {
                    self.scopes[idx].is_generator = true;
                }
            }
            E::DictComp {
                key: k,
                value,
                generators,
            } => self.comprehension(key(e), generators, &[k, value], "dict comprehension"),
            E::Yield(v) => {
                self.yield_here(e.span);
                self.expr_opt(v.as_deref());
            }
            E::YieldFrom(v) => {
                self.yield_here(e.span);
                self.expr(v);
            }
            E::NamedExpr { target, value } => {
                if self.comp_iter > 0 {
                    let msg = "assignment expression cannot be used in a comprehension iterable expression";
                    self.fail(msg.into(), e.span);
                }
                self.expr(value);
                if let E::Name(n) = &target.kind {
                    self.forbid(n, target.span, "assign to");
                    self.walrus_target(n, target.span);
                }
            }
        }
    }

    /// A walrus binds in the nearest scope that is not a comprehension; the
    /// comprehensions in between reach it as a free (or global) name.
    fn walrus_target(&mut self, n: &str, span: Span) {
        let mut idx = *self.stack.last().unwrap_or(&0);
        let mut path = vec![];
        while self.scopes[idx].comprehension.is_some() {
            let s = &self.scopes[idx];
            if s.bound.contains(n) && !s.nonlocals.contains(n) && !s.globals.contains(n) {
                self.fail(
                    format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                    span,
                );
                return;
            }
            path.push(idx);
            idx = self.scopes[idx].parent.unwrap_or(0);
        }
        if !path.is_empty() && self.scopes[idx].kind == ScopeKind::Class {
            self.fail(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                span,
            );
            return;
        }
        let global =
            self.scopes[idx].kind == ScopeKind::Module || self.scopes[idx].globals.contains(n);
        for p in path {
            if global {
                self.scopes[p].globals.insert(n.to_string());
            } else {
                self.scopes[p].nonlocals.insert(n.to_string());
            }
        }
        self.scopes[idx].bind(n);
    }

    /// A `yield` makes its function a generator; elsewhere it is a SyntaxError.
    fn yield_here(&mut self, span: Span) {
        self.yields += 1;
        if let Some(what) = self.cur().comprehension {
            self.fail(format!("'yield' inside {what}"), span);
        } else if self.cur().kind != ScopeKind::Function {
            self.fail("'yield' outside function".into(), span);
        }
        self.cur().is_generator = true;
    }

    pub(super) fn fstring(&mut self, parts: &[ast::FStringPart]) {
        for p in parts {
            if let ast::FStringPart::Field { value, spec, .. } = p {
                self.expr(value);
                self.fstring(spec);
            }
        }
    }

    /// Links every free name to the enclosing function that owns it.
    pub(super) fn link_free_names(&mut self) {
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
                        let span = self.scopes[s]
                            .directive_spans
                            .get(&name)
                            .copied()
                            .unwrap_or_default();
                        self.fail(format!("no binding for nonlocal '{name}' found"), span);
                    }
                    None => {}
                }
            }
        }
    }
}

/// The pattern compiled last inside `p`, where CPython's compiler reports an error in a
/// name the pattern binds after it.
fn last_leaf(p: &ast::Pattern) -> Span {
    use ast::PatternKind as P;
    // (`_` and `*_` compile to nothing.)
    let compiled = |p: &&ast::Pattern| {
        !matches!(
            p.kind,
            P::Star(None)
                | P::As {
                    pattern: None,
                    name: None
                }
        )
    };
    let last = match &p.kind {
        P::Sequence(items) | P::Or(items) => items.iter().rfind(compiled),
        P::Mapping { patterns, .. } => patterns.iter().rfind(compiled),
        P::Class {
            patterns, keywords, ..
        } => keywords
            .iter()
            .map(|(_, k)| k)
            .rfind(compiled)
            .or(patterns.iter().rfind(compiled)),
        P::As { pattern, .. } => pattern.as_deref(),
        P::Value(_) | P::Singleton(_) | P::Star(_) => None,
    };
    last.map_or(p.span, last_leaf)
}
