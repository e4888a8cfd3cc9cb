//! What a host adds to an interpreter: functions, modules, globals, shared buffers and
//! limits.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use minipy_runtime::{ExcKind, HostBuffer, Interp, PyErr, Value};

use crate::{BufferKind, Error, FromPy, Interpreter, IntoPy};

/// A Python exception a host function raises: its class and message.
///
/// The class is any exception class: a built-in one (`"ValueError"`), one of a module
/// (`"struct.error"`), one the script defined (`"MyError"`), or a class value the host
/// holds ([`Exception::of_class`]).
///
/// ```
/// let e = minipy::Exception::new("ValueError", "bad header");
/// assert_eq!(e.to_string(), "ValueError: bad header");
///
/// let mut py = minipy::Interpreter::new();
/// py.add_function("check", |(n,): (i64,)| {
///     if n < 0 {
///         return Err(minipy::Exception::new("NegativeError", "n must not be negative"));
///     }
///     Ok(n)
/// });
/// let src = "class NegativeError(ValueError):\n    pass\n\ntry:\n    check(-1)\nexcept NegativeError as e:\n    caught = str(e)\n";
/// py.run("<t>", src).unwrap();
/// assert_eq!(py.get_global::<String>("caught").unwrap(), "n must not be negative");
/// ```
#[derive(Clone)]
pub struct Exception {
    /// The class's name as tracebacks show it (`"ValueError"`, `"struct.error"`).
    pub type_name: String,
    /// What `str(exc)` gives.
    pub message: String,
    /// The class itself, when the host gave one.
    class: Option<Value>,
}

impl Exception {
    /// An exception of the class `type_name` names, looked up when it is raised: a
    /// built-in class (`"ValueError"`, `"KeyError"`...), `"module.Name"` (the module is
    /// imported if the script has not yet), or a class bound to a global of the main
    /// module (one the script defined). A name that is none of these raises
    /// RuntimeError with the message.
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        Exception {
            type_name: type_name.to_string(),
            message: message.into(),
            class: None,
        }
    }

    /// An exception of a class the host holds (read with
    /// [`Interpreter::get_global`] as a [`Value`], say): raised as `class(message)`.
    /// A value that is not an exception class raises TypeError instead.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.run("<t>", "class Rejected(Exception):\n    pass\n").unwrap();
    /// let class = py.get_global::<minipy::Value>("Rejected").unwrap();
    /// py.add_function("reject", move |()| -> Result<(), _> {
    ///     Err(minipy::Exception::of_class(&class, "no"))
    /// });
    /// let err = py.run("<t>", "reject()").unwrap_err();
    /// assert_eq!((err.type_name.as_str(), err.message.as_str()), ("Rejected", "no"));
    /// ```
    pub fn of_class(class: &Value, message: impl Into<String>) -> Exception {
        Exception {
            type_name: minipy_runtime::class_name(class)
                .unwrap_or_else(|| class.type_name().to_string()),
            message: message.into(),
            class: Some(class.clone()),
        }
    }

    /// The exception as the runtime raises it (for [`FromPy`]/[`IntoPy`]
    /// implementations that fail with a host exception).
    pub fn into_py_err(self, interp: &mut Interp) -> PyErr {
        match &self.class {
            Some(class) => interp.host_exception_of(class, &self.message),
            None => interp.host_exception(&self.type_name, &self.message),
        }
    }
}

impl PartialEq for Exception {
    /// Same class name and message.
    fn eq(&self, other: &Exception) -> bool {
        self.type_name == other.type_name && self.message == other.message
    }
}

impl Eq for Exception {}

impl std::fmt::Debug for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exception")
            .field("type_name", &self.type_name)
            .field("message", &self.message)
            .finish()
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for Exception {}

impl From<PyErr> for Exception {
    /// Keeps the class of an error a conversion raised (its message is not kept).
    fn from(e: PyErr) -> Exception {
        let type_name = e
            .pending_kind()
            .map_or("Exception", |k| k.name())
            .to_string();
        Exception::new(&type_name, "")
    }
}

/// Arguments a host function takes: a tuple of convertible values, or `Vec<Value>`.
pub trait FromArgs: Sized {
    /// Converts the positional arguments of a call to function `name`.
    fn from_args(interp: &mut Interp, name: &str, args: &[Value]) -> Result<Self, PyErr>;
}

impl FromArgs for Vec<Value> {
    fn from_args(_: &mut Interp, _: &str, args: &[Value]) -> Result<Self, PyErr> {
        Ok(args.to_vec())
    }
}

fn arity(name: &str, expected: usize, got: usize) -> Result<(), PyErr> {
    if expected == got {
        return Ok(());
    }
    let s = if expected == 1 { "" } else { "s" };
    let was = if got == 1 { "was" } else { "were" };
    Err(PyErr::type_error(format!(
        "{name}() takes {expected} positional argument{s} but {got} {was} given"
    )))
}

impl FromArgs for () {
    fn from_args(_: &mut Interp, name: &str, args: &[Value]) -> Result<Self, PyErr> {
        arity(name, 0, args.len())
    }
}

macro_rules! from_args_tuples {
    ($(($n:expr; $($name:ident $idx:tt),+))*) => {$(
        impl<$($name: FromPy),+> FromArgs for ($($name,)+) {
            fn from_args(interp: &mut Interp, name: &str, args: &[Value]) -> Result<Self, PyErr> {
                arity(name, $n, args.len())?;
                Ok(($($name::from_py(interp, &args[$idx])?,)+))
            }
        }
    )*};
}

from_args_tuples! {
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
}

/// Makes a Python function value from a Rust closure.
fn host_function<F, A, R>(name: &str, f: F) -> Value
where
    F: Fn(A) -> Result<R, Exception> + 'static,
    A: FromArgs,
    R: IntoPy,
{
    let fname: Rc<str> = name.into();
    minipy_runtime::host_function(name, move |interp, args| {
        let a = A::from_args(interp, &fname, args)?;
        match f(a) {
            Ok(r) => r.into_py(interp),
            Err(e) => Err(e.into_py_err(interp)),
        }
    })
}

/// Collects the members of a host module.
pub struct ModuleBuilder<'a> {
    interp: &'a mut Interp,
    members: Vec<(String, Value)>,
}

impl ModuleBuilder<'_> {
    /// Adds a function, like [`Interpreter::add_function`].
    pub fn function<F, A, R>(&mut self, name: &str, f: F) -> &mut Self
    where
        F: Fn(A) -> Result<R, Exception> + 'static,
        A: FromArgs,
        R: IntoPy,
    {
        self.members
            .push((name.to_string(), host_function(name, f)));
        self
    }

    /// Adds a value.
    pub fn value(&mut self, name: &str, v: impl IntoPy) -> &mut Self {
        let v = v.into_py(self.interp).unwrap_or(Value::None);
        self.members.push((name.to_string(), v));
        self
    }
}

/// A host buffer shared with scripts without copying ([`Interpreter::share_buffer`]).
pub struct SharedBuffer {
    buffer: HostBuffer,
}

impl std::fmt::Debug for SharedBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedBuffer({} bytes)", self.len())
    }
}

impl SharedBuffer {
    /// Reads the current bytes in place.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        self.buffer.with(f)
    }

    /// The current length in bytes.
    pub fn len(&self) -> usize {
        self.buffer.len()
    }

    /// Whether the buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.buffer.is_empty()
    }

    /// Takes the bytes back without copying, leaving the script's object empty. While a
    /// script still holds a view of them (a memoryview, or a host function's borrowed
    /// view) it fails with BufferError and gives the handle back, so the host can try
    /// again once the script dropped its views.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// let shared = py.share_buffer("buf", vec![7u8; 64], minipy::BufferKind::ByteArray);
    /// py.run("<t>", "view = memoryview(buf)").unwrap();
    /// let refused = shared.take().unwrap_err();
    /// assert_eq!(refused.error.type_name, "BufferError");
    /// py.run("<t>", "view.release()").unwrap();
    /// assert_eq!(refused.buffer.take().unwrap(), vec![7u8; 64]);
    /// ```
    pub fn take(self) -> Result<Vec<u8>, BufferInUse> {
        match self.buffer.take() {
            Ok(data) => Ok(data),
            Err(_) => Err(BufferInUse {
                buffer: self,
                error: Exception::new(
                    "BufferError",
                    "Existing exports of data: object cannot be re-sized",
                ),
            }),
        }
    }
}

/// [`SharedBuffer::take`] refused: the script still holds a view of the buffer.
#[derive(Debug)]
pub struct BufferInUse {
    /// The handle, given back.
    pub buffer: SharedBuffer,
    /// The BufferError CPython would raise for the resize.
    pub error: Exception,
}

impl std::fmt::Display for BufferInUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for BufferInUse {}

/// What a script may spend. `None` means unlimited.
///
/// ```
/// use minipy::{ErrorKind, Interpreter, LimitError, Limits};
/// let mut py = Interpreter::new();
/// py.set_limits(Limits { max_steps: Some(3), ..Limits::default() });
/// py.run("<t>", "a = 1\nb = 2\nc = 3").unwrap();
/// assert_eq!(py.steps_used(), 3);
/// let err = py.run("<t>", "a = 1\nb = 2\nc = 3\nd = 4").unwrap_err();
/// assert!(matches!(err.kind, ErrorKind::Limit(LimitError::Steps(3))));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// Steps per run (each [`Interpreter::run`], [`Interpreter::eval`],
    /// [`Interpreter::call`]...). A step is: each statement executed (a compound
    /// statement's header once each time it is reached, and each statement of its body
    /// each time that runs), each iteration of a `for` or `while` loop (a comprehension
    /// is the loop it stands for: 3 steps, and 2 an item), each item a built-in goes through (`sum`, `list`, `sorted`,
    /// `in`...) or per 64 bytes of bulk byte or text work, big-integer arithmetic by
    /// its estimated cost, each 16 levels of expression nesting, and each token of
    /// source given to `exec`/`eval`/`compile`. Every step is checked: the step past the limit ends the run with
    /// [`LimitError::Steps`](crate::LimitError::Steps), which the script cannot catch.
    /// [`Interpreter::steps_used`] tells what a run took.
    pub max_steps: Option<u64>,
    /// Heap memory in use, in bytes: every heap allocation made since the interpreter
    /// was created and not yet freed (objects, their list/dict/set growth, string,
    /// big-int and buffer contents, frames, captured output), plus the evaluator's
    /// stack segments while deep recursion uses them. It is counted by the counting
    /// global allocator the default `count-memory` feature installs; the count is the
    /// process's, so what the host (or another thread) allocates meanwhile counts too,
    /// and near the limit the growth of resident memory decides as well. Built-ins
    /// that make something large (`bytes(n)`, `b'x' * n`, list repetition...) check
    /// the size first and refuse it before allocating; other growth is noticed at the
    /// next check, every 1,024 steps. Passing the limit ends the run with
    /// [`LimitError::Memory`](crate::LimitError::Memory), which the script cannot catch. Without the `count-memory`
    /// feature nothing is counted: only a single request larger than the limit is
    /// refused.
    pub max_memory: Option<usize>,
    /// Python call depth (RecursionError beyond it); also the ceiling for a script's
    /// `sys.setrecursionlimit`, which can lower the limit but never raise it. Default 1000.
    pub max_recursion: Option<usize>,
    /// Wall-clock time per run (looked at every 1,024 steps).
    pub timeout: Option<Duration>,
}

/// Stops a running script from another thread.
#[derive(Clone)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Asks the script to stop at its next step.
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }

    /// Withdraws an interrupt the script has not noticed yet (one that arrived while no
    /// script was running, such as a Ctrl-C at a prompt).
    pub fn clear(&self) {
        self.flag.store(false, Ordering::Relaxed);
    }
}

impl Interpreter {
    /// Registers a global function. Arguments convert through [`FromArgs`]; returning
    /// `Err(Exception)` raises it in the script.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.add_function("add", |(a, b): (i64, i64)| Ok(a + b));
    /// assert_eq!(py.eval::<i64>("add(2, 3)").unwrap(), 5);
    /// ```
    pub fn add_function<F, A, R>(&mut self, name: &str, f: F)
    where
        F: Fn(A) -> Result<R, Exception> + 'static,
        A: FromArgs,
        R: IntoPy,
    {
        let v = host_function(name, f);
        let _ = self.set_global(name, v);
    }

    /// Registers a module scripts can `import`.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.add_module("host", |m| {
    ///     m.value("VERSION", 2).function("double", |(x,): (i64,)| Ok(x * 2));
    /// });
    /// py.run("<t>", "import host\nresult = host.double(host.VERSION)").unwrap();
    /// assert_eq!(py.get_global::<i64>("result").unwrap(), 4);
    /// ```
    pub fn add_module(&mut self, name: &str, build: impl FnOnce(&mut ModuleBuilder)) {
        let mut builder = ModuleBuilder {
            interp: &mut self.interp,
            members: Vec::new(),
        };
        build(&mut builder);
        let members = std::mem::take(&mut builder.members);
        let refs: Vec<(&str, Value)> = members
            .iter()
            .map(|(n, v)| (n.as_str(), v.clone()))
            .collect();
        let module = self.interp.make_module(name, refs);
        self.interp
            .add_module(name, Rc::new(move |_: &mut Interp| Ok(module.clone())));
    }

    /// Takes a module away from scripts, a standard one (`sys`, `math`, `struct`,
    /// `array`) or one the host added: importing it fails with ModuleNotFoundError, as
    /// for a module that never existed. Returns whether there was such a module.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// assert!(py.remove_module("sys"));
    /// let err = py.run("<t>", "import sys").unwrap_err();
    /// assert_eq!(err.to_string(), "ModuleNotFoundError: No module named 'sys'");
    /// ```
    pub fn remove_module(&mut self, name: &str) -> bool {
        self.interp.remove_module(name)
    }

    /// Sets a global variable.
    pub fn set_global(&mut self, name: &str, v: impl IntoPy) -> Result<(), Error> {
        let v = v
            .into_py(&mut self.interp)
            .map_err(|e| self.host_error(e))?;
        self.interp.set_global(name, v);
        Ok(())
    }

    /// Reads a global variable, converted; `Err` if unbound or of the wrong type.
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let Some(v) = self.interp.global(name) else {
            return Err(self.host_error(PyErr::new(
                ExcKind::NameError,
                format!("name '{name}' is not defined"),
            )));
        };
        T::from_py(&mut self.interp, &v).map_err(|e| self.host_error(e))
    }

    /// Evaluates one expression in the global namespace. Errors point into `expr`
    /// (its line 1), under the file name `<eval>`.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// assert_eq!(py.eval::<String>("'ab' * 2").unwrap(), "abab");
    /// let err = py.eval::<i64>("1 +").unwrap_err();
    /// assert_eq!((err.type_name.as_str(), err.line), ("SyntaxError", Some(1)));
    /// let err = py.eval::<i64>("1 // 0").unwrap_err();
    /// assert_eq!((err.type_name.as_str(), err.line), ("ZeroDivisionError", Some(1)));
    /// ```
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let result = self.interp.eval_from_host("<eval>", expr);
        self.interp.flush_output();
        let v = result.map_err(|e| self.report(e, "<eval>"))?;
        T::from_py(&mut self.interp, &v).map_err(|e| self.host_error(e))
    }

    /// The steps the last run, evaluation or call took, as [`Limits::max_steps`]
    /// counts them.
    pub fn steps_used(&self) -> u64 {
        self.interp.steps_taken()
    }

    /// Hands a host buffer to scripts as the global `name`, without copying it. The
    /// returned handle reads it, and takes it back (again without copying) afterwards.
    /// The one exception is a buffer of 32 bytes or fewer: like every small bytes
    /// object it is stored inline in the object, so those few bytes are copied in and
    /// `take` returns them in a new `Vec`.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// let mut data = vec![0u8; 4096];
    /// data[0] = 1;
    /// let ptr = data.as_ptr();
    /// let shared = py.share_buffer("buf", data, minipy::BufferKind::MemoryView);
    /// py.run("<t>", "buf[0] = 100\nbuf = None").unwrap();
    /// let back = shared.take().unwrap();
    /// assert_eq!((back.as_ptr(), back[0]), (ptr, 100));
    /// ```
    pub fn share_buffer(&mut self, name: &str, data: Vec<u8>, kind: BufferKind) -> SharedBuffer {
        let (value, buffer) = minipy_runtime::share_buffer(data, kind);
        self.interp.set_global(name, value);
        SharedBuffer { buffer }
    }

    /// Sets the limits for the following runs.
    pub fn set_limits(&mut self, limits: Limits) {
        self.interp.set_max_steps(limits.max_steps);
        self.interp.set_max_memory(limits.max_memory);
        self.interp.set_timeout(limits.timeout);
        if let Some(depth) = limits.max_recursion {
            self.interp.set_max_recursion(depth);
        }
    }

    /// A handle that stops the running script from another thread.
    pub fn interrupt_handle(&mut self) -> InterruptHandle {
        InterruptHandle {
            flag: self.interp.interrupt_flag(),
        }
    }

    /// Makes an interrupt raise KeyboardInterrupt in the script, which it may catch, as
    /// Ctrl-C does in CPython, instead of ending the run with [`ErrorKind::Limit`](crate::ErrorKind::Limit). For
    /// command-line front ends.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.set_interrupt_as_keyboard(true);
    /// py.interrupt_handle().interrupt();
    /// let src = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    stopped = True";
    /// py.run("<t>", src).unwrap();
    /// assert!(py.get_global::<bool>("stopped").unwrap());
    /// ```
    pub fn set_interrupt_as_keyboard(&mut self, on: bool) {
        self.interp.set_interrupt_as_keyboard(on);
    }
}
