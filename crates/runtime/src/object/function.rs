//! Function objects: Python functions, built-in functions and methods, bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::PyResult;
use crate::exec::code::Code;
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;

/// A closure cell: a variable shared between a function and the functions nested in it.
pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Function {
    pub code: Rc<Code>,
    /// Settable (`f.__defaults__ = ...`), so behind a `RefCell`.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Vec<Option<Value>>>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub doc: RefCell<Value>,
    pub dict: RefCell<crate::object::class::AttrMap>,
}

/// Defaults, closures and attributes can chain functions: freed without deep recursion.
impl Drop for Function {
    fn drop(&mut self) {
        use crate::object::value::drop_value;
        std::mem::take(self.defaults.get_mut())
            .into_iter()
            .for_each(drop_value);
        std::mem::take(self.kwdefaults.get_mut())
            .into_iter()
            .flatten()
            .for_each(drop_value);
        cell_values(std::mem::take(&mut self.closure)).for_each(drop_value);
        self.dict.get_mut().free();
        drop_value(std::mem::replace(self.doc.get_mut(), Value::None));
    }
}

/// The values of the cells nothing else holds (the others only lose a reference).
pub fn cell_values(cells: Vec<CellRef>) -> impl Iterator<Item = Value> {
    cells.into_iter().filter_map(|c| {
        std::rc::Rc::try_unwrap(c)
            .ok()
            .and_then(RefCell::into_inner)
    })
}

pub type FuncImpl = fn(&mut Interp, Args) -> PyResult<Value>;
pub type MethodImpl = fn(&mut Interp, &Value, Args) -> PyResult<Value>;

/// A function the host registered: receives the positional and keyword arguments.
pub type HostFn = dyn Fn(&mut Interp, Args) -> PyResult<Value>;

#[derive(Clone)]
pub enum BuiltinImpl {
    Function(FuncImpl),
    /// A method of a built-in type: receives `self` apart from the arguments.
    Method(MethodImpl),
    /// A `classmethod` of a built-in type (like `bytes.fromhex`): receives the class.
    ClassMethod(MethodImpl),
    /// What calling a built-in type does (`int(x)`), stored as the type's `__new__`:
    /// called as `int.__new__(cls, x)` it makes an instance of the subclass `cls`.
    New(FuncImpl),
    /// A closure registered by the embedding host.
    Host(std::rc::Rc<HostFn>),
}

pub struct BuiltinFunction {
    pub name: &'static str,
    /// For methods, the type's name (used in reprs and error messages).
    pub owner: Option<&'static str>,
    pub imp: BuiltinImpl,
    /// For functions of a module, which module (for repr).
    pub module: Option<&'static str>,
}

impl BuiltinFunction {
    pub fn is_method(&self) -> bool {
        matches!(self.imp, BuiltinImpl::Method(_))
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        crate::object::value::drop_value(std::mem::replace(&mut self.receiver, Value::None));
        crate::object::value::drop_value(std::mem::replace(&mut self.func, Value::None));
    }
}

/// How `compile()` parsed its source: `exec`, `eval` or `single` (one interactive
/// statement, whose expression values are echoed).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

/// A code object: a function's resolved code (`f.__code__`), or source `compile()`
/// checked, which `exec` and `eval` resolve again in the namespace they run it in.
pub enum CodeObject {
    Function(Rc<Code>),
    Source {
        text: Rc<str>,
        filename: Rc<str>,
        mode: CompileMode,
    },
}
