//! Function objects: Python functions, built-in functions and methods, bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::code::Code;
use crate::exceptions::PyResult;
use crate::interp::Interp;
use crate::value::Value;

/// A closure cell: a variable shared between a function and the functions nested in it.
pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Function {
    pub code: Rc<Code>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub doc: RefCell<Value>,
    pub dict: RefCell<crate::class::AttrMap>,
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
