//! The resolved tree the evaluator walks: every name is already a local slot, a closure
//! cell, a global slot or a class-body name; attribute names are interned symbols.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use minipy_syntax::ast::{BinOp, BoolOp, CmpOp, Span, UnaryOp};
use minipy_syntax::LineIndex;

use crate::object::function::{Function, MethodImpl};
use crate::object::intern::Sym;
use crate::object::value::Value;

/// A source file, kept for tracebacks.
pub struct SourceFile {
    pub name: Rc<str>,
    pub text: String,
    pub lines: LineIndex,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.to_string(),
            lines: LineIndex::new(text),
        }
    }

    pub fn line_of(&self, offset: u32) -> usize {
        self.lines.line(offset as usize)
    }

    pub fn line_text(&self, line: usize) -> &str {
        self.lines.line_text(&self.text, line)
    }
}

/// How a function's parameters are laid out in its first local slots.
#[derive(Default, Clone)]
pub struct ParamSpec {
    /// Positional-only parameters (a prefix of `positional`).
    pub posonly: usize,
    /// Positional-or-keyword parameters, including the positional-only ones.
    pub positional: usize,
    pub kwonly: usize,
    pub vararg: bool,
    pub kwarg: bool,
}

/// A compiled function, lambda, comprehension or module body.
pub type Block = Rc<[Stmt]>;

thread_local! {
    /// Every code object made on this thread, by address, so the record of running
    /// frames (`Interp::call_sites`) holds a plain address rather than a counted
    /// reference (a call pays two stores for it).
    static LIVE: RefCell<FxHashMap<usize, Weak<Code>>> = RefCell::default();
    /// The registry's size at which dead entries are dropped next.
    static PRUNE_AT: Cell<usize> = const { Cell::new(256) };
}

/// Makes a code object and registers it (see [`code_at`]).
pub fn register(code: Code) -> Rc<Code> {
    let code = Rc::new(code);
    let _ = LIVE.try_with(|live| {
        let mut live = live.borrow_mut();
        if live.len() >= PRUNE_AT.get() {
            // A dead entry keeps only its code's empty allocation; these go at once.
            live.retain(|_, c| c.strong_count() > 0);
            PRUNE_AT.set((live.len() * 2).max(256));
        }
        live.insert(code_id(&code), Rc::downgrade(&code));
    });
    code
}

/// The address a code object is recorded by.
#[inline]
pub fn code_id(code: &Rc<Code>) -> usize {
    Rc::as_ptr(code) as usize
}

/// The code object at `id`, if it is alive (a running frame's always is).
pub fn code_at(id: usize) -> Option<Rc<Code>> {
    LIVE.try_with(|live| live.borrow().get(&id).and_then(Weak::upgrade))
        .ok()
        .flatten()
}

pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub file: Rc<SourceFile>,
    pub params: ParamSpec,
    /// Names of the local slots; parameters come first, in order.
    pub local_names: Vec<Rc<str>>,
    /// Names of the cells: this scope's captured locals, then its free variables.
    pub cell_names: Vec<Rc<str>>,
    /// Parameters that live in cells: (local slot, cell index).
    pub cell_params: Vec<(usize, usize)>,
    /// How many cells are this scope's own (the rest come from the closure).
    pub own_cells: usize,
    pub body: Block,
    pub is_generator: bool,
    pub docstring: Option<Value>,
    pub span: Span,
    /// The global namespace, when it is not the main module's (code run by `exec`).
    pub ns: Option<Rc<crate::object::globals::Namespace>>,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.local_names.len()
    }
}

/// Where a closure cell for a nested function comes from in the defining scope.
#[derive(Clone, Copy, Debug)]
pub struct CellSource(pub u32);

/// The built-in method an `obj.name(...)` call site found last, for receivers of one
/// built-in type. Built-in types cannot be changed, so an entry never goes stale.
/// For module receivers, `module_hint` is where the name sat in the module's dict.
/// For instances of user classes, the function the class lookup found last, for one
/// class at one [`crate::object::class::class_epoch`] (held weakly: a function
/// holds the code that holds this cache).
#[derive(Default)]
pub struct MethodCache {
    method: Cell<Option<CachedMethod>>,
    pub module_hint: Cell<u32>,
    user_class: Cell<usize>,
    user_epoch: Cell<u64>,
    user_func: RefCell<Weak<Function>>,
    /// Where each argument went for the code in `slots_code` (held weakly, which keeps
    /// its address from being reused), given the function's defaults at the time.
    slots_code: RefCell<Weak<Code>>,
    slots_key: Cell<(usize, usize, u64)>,
    /// (Shared: a call takes them with a count, not a copy.)
    slots: RefCell<Option<Rc<[usize]>>>,
}

#[derive(Clone, Copy)]
pub struct CachedMethod {
    /// The receiver's type, as [`crate::object::value::Value::type_slot`] numbers it.
    pub slot: usize,
    pub imp: MethodImpl,
    pub owner: Option<&'static str>,
}

impl MethodCache {
    #[inline]
    pub fn get(&self, slot: usize) -> Option<CachedMethod> {
        self.method.get().filter(|m| m.slot == slot)
    }

    pub fn set(&self, m: CachedMethod) {
        self.method.set(Some(m));
    }

    /// The function a user class `class` (its address) gave this call site, unless
    /// classes changed since.
    #[inline]
    pub fn user_method(&self, class: usize, epoch: u64) -> Option<Rc<Function>> {
        if self.user_class.get() == class && self.user_epoch.get() == epoch {
            return self.user_func.borrow().upgrade();
        }
        None
    }

    pub fn set_user_method(&self, class: usize, epoch: u64, func: &Rc<Function>) {
        self.user_class.set(class);
        self.user_epoch.set(epoch);
        *self.user_func.borrow_mut() = Rc::downgrade(func);
    }

    /// The parameter slots of this call site's arguments for `func` (with `first` slots
    /// filled before them): the ones found last, while the callee's code, the number of
    /// its defaults and which keyword-only defaults it has are the same; else `find`'s
    /// (kept for next time). `None` when the call needs the general binder.
    #[inline]
    pub fn slots(
        &self,
        func: &Function,
        first: usize,
        find: impl FnOnce() -> Option<crate::exec::call::SlotMap>,
    ) -> Option<Rc<[usize]>> {
        let kwdefaults = func.kwdefaults.borrow();
        if kwdefaults.len() > 64 {
            return find().map(|s| Rc::from(s.as_slice()));
        }
        let kwdefaults = kwdefaults
            .iter()
            .enumerate()
            .fold(0u64, |m, (i, d)| m | (u64::from(d.is_some()) << i));
        let key = (first, func.defaults.borrow().len(), kwdefaults);
        if self.slots_key.get() == key
            && std::ptr::eq(self.slots_code.borrow().as_ptr(), Rc::as_ptr(&func.code))
        {
            if let Some(slots) = &*self.slots.borrow() {
                return Some(slots.clone());
            }
        }
        let slots: Rc<[usize]> = Rc::from(find()?.as_slice());
        *self.slots_code.borrow_mut() = Rc::downgrade(&func.code);
        self.slots_key.set(key);
        *self.slots.borrow_mut() = Some(slots.clone());
        Some(slots)
    }
}

pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Drop for Expr {
    fn drop(&mut self) {
        if matches!(
            self.kind,
            ExprKind::Const(_) | ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Temp(_)
        ) {
            return;
        }
        let kind = std::mem::replace(&mut self.kind, ExprKind::Const(Value::None));
        crate::object::alloc::with_stack(32 * 1024, 1024 * 1024, move || drop(kind));
    }
}

#[repr(u8)]
pub enum ExprKind {
    Const(Value),
    Local(u32),
    Deref(u32),
    Global(u32),
    /// A name read in a class body: the class namespace first, then globals.
    ClassName(Sym, u32),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    UnaryOp(UnaryOp, Box<Expr>),
    BoolOp(BoolOp, Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    /// A call of a builtin that reads the caller's variables (`locals()`, `exec(src)`, in
    /// a function or class body): if the callee is that builtin, it gets them.
    FrameCall {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `obj.name(args)`, called without creating a bound method.
    CallMethod {
        obj: Box<Expr>,
        name: Sym,
        /// Where `obj.name` ends (a missing method's error points at it).
        name_end: u32,
        args: Vec<Arg>,
        cache: Box<MethodCache>,
    },
    Attribute(Box<Expr>, Sym),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    FString(Vec<FPart>),
    /// A lambda, comprehension or generator expression: a function made on the spot.
    MakeFunction(Box<FunctionMaker>),
    /// A comprehension: the function is made and called with the outermost iterable.
    Comprehension(Box<FunctionMaker>, Box<Expr>),
    /// A hidden slot the resolver filled earlier in the statement (a value computed before
    /// a `yield`, or what a `yield` received), read once: the slot is emptied.
    Temp(u32),
    Named(Box<Target>, Box<Expr>),
    /// Zero-argument `super()`: the `__class__` cell and the first parameter.
    Super(Box<Expr>, Box<Expr>),
}

pub enum FPart {
    Literal(Rc<str>),
    Field {
        value: Expr,
        conversion: Option<char>,
        spec: Vec<FPart>,
    },
}

#[repr(u8)]
pub enum Arg {
    Positional(Expr),
    Star(Expr),
    Keyword(Rc<str>, Expr),
    DoubleStar(Expr),
}

/// Everything needed to create a function object at run time.
pub struct FunctionMaker {
    pub code: Rc<Code>,
    pub defaults: Vec<Expr>,
    /// Keyword-only defaults: (index among kwonly params, expression).
    pub kwdefaults: Vec<(usize, Expr)>,
    /// Cells of the defining scope that become the new function's free variables.
    pub closure: Vec<CellSource>,
    pub decorators: Vec<Expr>,
    /// `__annotations__`: (name, expression evaluated when the function is made).
    pub annotations: Vec<(Rc<str>, Expr)>,
}

#[repr(u8)]
pub enum Target {
    Local(u32),
    Deref(u32),
    Global(u32),
    ClassName(Sym),
    Attribute(Expr, Sym),
    Subscript(Expr, Expr),
    /// `a, *b, c = ...`: the starred position, if any.
    Unpack {
        items: Vec<Target>,
        star: Option<usize>,
        span: Span,
    },
}

pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[repr(u8)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Target>, Expr),
    /// The span is the target's: errors reading its current value point there. The flag
    /// says the value holds a walrus, which may rebind the target: it is then read first.
    AugAssign(Target, BinOp, Expr, Span, bool),
    If(Expr, Block, Block),
    While(Expr, Block, Block),
    For(Target, Expr, Block, Block),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef(Box<FunctionMaker>, Target),
    ClassDef(Box<ClassMaker>, Target),
    Delete(Vec<Target>),
    Raise(Option<Expr>, Option<Expr>),
    Try(Box<TryStmt>),
    With(Vec<(Expr, Option<Target>)>, Block),
    Assert(Expr, Option<Expr>),
    Import(Vec<ImportName>),
    ImportFrom(Rc<str>, Vec<(Sym, Target)>),
    /// `from module import *` (module level only).
    ImportStar(Rc<str>),
    /// `global`/`nonlocal`: only affect resolution.
    Nothing,
    /// `yield value`, the value `send()` delivers going to the target. The resolver moves
    /// every `yield` to a statement of its own (operands evaluated before it go to hidden
    /// slots), so a generator stops only between statements.
    Yield(Option<Expr>, Option<Target>),
    /// `yield from iterable`, the delegate's return value going to the target.
    YieldFrom(Expr, Option<Target>),
    Match(Box<MatchStmt>),
}

/// A `match` statement: the subject and its cases, tried in order.
pub struct MatchStmt {
    pub subject: Expr,
    pub cases: Vec<MatchCase>,
}

pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Block,
    /// Where each capture slot's value is stored once the pattern matched.
    pub captures: Vec<Target>,
    pub span: Span,
}

/// A pattern; captures write to the case's capture slots, bound only on success.
pub enum Pattern {
    Wildcard,
    Capture(u32),
    As(Box<Pattern>, u32),
    /// Compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    Singleton(Value),
    Sequence(Vec<Pattern>),
    /// `*name` in a sequence pattern (`None` for `*_`).
    Star(Option<u32>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<u32>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        keywords: Vec<(Sym, Pattern)>,
        span: Span,
    },
    Or(Vec<Pattern>),
}

pub struct ImportName {
    /// The full dotted module name.
    pub module: Rc<str>,
    /// With `as`, the module itself is bound; without, the top-level package.
    pub bind_top: bool,
    pub target: Target,
}

pub struct ClassMaker {
    pub name: Rc<str>,
    pub bases: Vec<Arg>,
    pub body: Rc<Code>,
    pub closure: Vec<CellSource>,
    pub decorators: Vec<Expr>,
}

pub struct TryStmt {
    pub body: Block,
    pub handlers: Vec<Handler>,
    pub orelse: Block,
    pub finalbody: Block,
}

pub struct Handler {
    pub typ: Option<Expr>,
    /// In a generator, what a `yield` in the type lowered to: run before the type is
    /// evaluated.
    pub prelude: Block,
    pub name: Option<Target>,
    pub body: Block,
    pub span: Span,
}
