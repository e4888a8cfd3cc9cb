//! What a host adds to an interpreter: functions, modules, globals, shared buffers and
//! limits.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use minipy_runtime::{ExcKind, HostBuffer, Interp, PyErr, Value};

use crate::{BufferKind, Error, ErrorKind, FromPy, Interpreter, IntoPy};

/// A Python exception a host function raises: the class name and the message.
///
/// ```
/// let e = minipy::Exception::new("ValueError", "bad header");
/// assert_eq!(e.to_string(), "ValueError: bad header");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The built-in exception class's name.
    pub type_name: String,
    /// What `str(exc)` gives.
    pub message: String,
}

impl Exception {
    /// An exception of a built-in class (`"ValueError"`, `"KeyError"`...); unknown names
    /// become RuntimeError.
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        Exception {
            type_name: type_name.to_string(),
            message: message.into(),
        }
    }

    fn into_err(self) -> PyErr {
        let kind = ExcKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == self.type_name)
            .unwrap_or(ExcKind::RuntimeError);
        PyErr::new(kind, self.message)
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for Exception {}

impl From<PyErr> for Exception {
    fn from(e: PyErr) -> Exception {
        let type_name = e
            .pending_kind()
            .map_or("Exception", |k| k.name())
            .to_string();
        Exception {
            type_name,
            message: String::new(),
        }
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
        let r = f(a).map_err(Exception::into_err)?;
        r.into_py(interp)
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

/// A host buffer shared with scripts without copying.
pub struct SharedBuffer {
    buffer: HostBuffer,
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

    /// Takes the bytes back without copying. Fails with BufferError while a script still
    /// holds a view of them.
    pub fn take(self) -> Result<Vec<u8>, Exception> {
        self.buffer.take().map_err(|_| {
            Exception::new(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            )
        })
    }
}

/// What a script may spend. `None` means unlimited.
#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// Steps: statements, loop iterations, and the work of built-ins, charged in
    /// proportion to it (about a step an item, or per 64 bytes of bulk byte work).
    pub max_steps: Option<u64>,
    /// Heap memory the script may hold, in bytes: everything allocated since the
    /// interpreter was made and not yet freed (with the default `count-memory` feature,
    /// which installs a counting global allocator; the count is the process's, so a host
    /// that allocates on other threads meanwhile is counted too). Without the feature,
    /// only single large requests are refused.
    pub max_memory: Option<usize>,
    /// Python call depth (RecursionError beyond it); also the ceiling for a script's
    /// `sys.setrecursionlimit`, which can lower the limit but never raise it. Default 1000.
    pub max_recursion: Option<usize>,
    /// Wall-clock time per run.
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

    /// Evaluates one expression in the global namespace.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// assert_eq!(py.eval::<String>("'ab' * 2").unwrap(), "abab");
    /// ```
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        if let Err(e) = minipy_syntax::parse_expression(expr) {
            return Err(Error {
                kind: ErrorKind::Syntax,
                type_name: e.kind.name().to_string(),
                message: e.msg.clone(),
                traceback: e.render("<eval>"),
                line: Some(e.lineno),
                exit_code: None,
            });
        }
        let hidden = "__minipy_eval_result__";
        self.run("<eval>", &format!("{hidden} = (\n{expr}\n)"))?;
        let v = self.get_global::<T>(hidden);
        self.interp.delete_global(hidden);
        v
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
    /// Ctrl-C does in CPython, instead of ending the run with [`ErrorKind::Limit`]. For
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
