//! The error type every fallible operation returns: a Python exception (created lazily
//! from a kind and arguments, or an exception object), or a resource limit, which
//! scripts cannot catch.

use std::rc::Rc;

use minipy_syntax::ast::Span;

use crate::object::class::Instance;
use crate::object::value::Value;

pub type PyResult<T = Value> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($($kind:ident: $parent:ident,)*) => {
        /// The built-in exception classes, each with its parent in the hierarchy.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ExcKind { $($kind,)* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind,)*];

            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind),)* }
            }

            /// The parent class; BaseException is its own root.
            pub fn parent(self) -> ExcKind {
                match self { $(ExcKind::$kind => ExcKind::$parent,)* }
            }
        }
    };
}

impl ExcKind {
    /// The OSError subclass CPython raises for an errno (Linux numbers), or OSError.
    pub fn for_errno(errno: i64) -> ExcKind {
        match errno {
            11 | 114 | 115 => ExcKind::BlockingIOError,
            10 => ExcKind::ChildProcessError,
            32 | 108 => ExcKind::BrokenPipeError,
            103 => ExcKind::ConnectionAbortedError,
            111 => ExcKind::ConnectionRefusedError,
            104 => ExcKind::ConnectionResetError,
            17 => ExcKind::FileExistsError,
            2 => ExcKind::FileNotFoundError,
            21 => ExcKind::IsADirectoryError,
            20 => ExcKind::NotADirectoryError,
            4 => ExcKind::InterruptedError,
            1 | 13 => ExcKind::PermissionError,
            3 => ExcKind::ProcessLookupError,
            110 => ExcKind::TimeoutError,
            _ => ExcKind::OSError,
        }
    }
}

exc_kinds! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    StopAsyncIteration: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// A limit the host set, hit by the script. Not an exception a script can see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitError {
    /// The step limit (its value) was passed.
    Steps(u64),
    /// The memory limit (its value, in bytes) would have been passed.
    Memory(usize),
    /// The run took longer than its timeout.
    Timeout,
    /// The host interrupted the run.
    Interrupted,
}

pub enum ErrState {
    /// Not yet an object: most errors are created far from the interpreter.
    Pending {
        kind: ExcKind,
        args: Vec<Value>,
    },
    /// An exception object (an instance of an exception class).
    Object(Rc<Instance>),
    Limit(LimitError),
}

/// An error in flight. Boxed, so `PyResult<Value>` stays as small as a `Value`.
pub struct PyErr(Box<ErrInner>);

pub struct ErrInner {
    pub state: ErrState,
    /// Span of the innermost expression that failed, until the frame records it.
    pub focus: Option<Span>,
    /// Set by a bare `raise`: the frame already has its traceback entry.
    pub skip_frame: bool,
    /// For AttributeError: the object and the missing name (`e.obj`, `e.name`).
    pub attr: Option<Box<(Value, Rc<str>)>>,
}

impl std::ops::Deref for PyErr {
    type Target = ErrInner;
    fn deref(&self) -> &ErrInner {
        &self.0
    }
}

impl std::ops::DerefMut for PyErr {
    fn deref_mut(&mut self) -> &mut ErrInner {
        &mut self.0
    }
}

impl PyErr {
    fn from_state(state: ErrState) -> PyErr {
        PyErr(Box::new(ErrInner {
            state,
            focus: None,
            skip_frame: false,
            attr: None,
        }))
    }

    /// An exception of a built-in class with one argument, the message.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::str(msg.into())])
    }

    /// An exception of a built-in class with these arguments.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr::from_state(ErrState::Pending { kind, args })
    }

    pub fn object(exc: Rc<Instance>) -> PyErr {
        PyErr::from_state(ErrState::Object(exc))
    }

    pub fn limit(limit: LimitError) -> PyErr {
        PyErr::from_state(ErrState::Limit(limit))
    }

    /// A TypeError.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    /// A ValueError.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    /// An IndexError.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    /// An OverflowError.
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }

    /// Whether this is a limit the host set, not an exception.
    pub fn is_limit(&self) -> bool {
        matches!(self.state, ErrState::Limit(_))
    }

    /// The built-in kind, when the error is still pending.
    pub fn pending_kind(&self) -> Option<ExcKind> {
        match &self.state {
            ErrState::Pending { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.state {
            ErrState::Pending { kind, .. } => write!(f, "PyErr({})", kind.name()),
            ErrState::Object(o) => write!(f, "PyErr({})", o.class.name()),
            ErrState::Limit(l) => write!(f, "PyErr({l:?})"),
        }
    }
}
