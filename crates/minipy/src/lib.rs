//! minipy: an embeddable Python 3 subset interpreter whose bytes, bytearray and
//! memoryview share reference-counted buffers.
//!
//! ```
//! let mut py = minipy::Interpreter::new();
//! let out = py.capture_output();
//! py.run("<example>", "b = bytearray(b'hi')\nm = memoryview(b)\nm[0] = 72\nprint(b)").unwrap();
//! assert_eq!(out.take(), "bytearray(b'Hi')\n");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod call;
mod capabilities;
mod convert;
pub mod guide;
mod host;
mod view;

pub use call::IntoArgs;
pub use convert::{Bytes, FromPy, IntoPy};
pub use host::{
    BufferInUse, Exception, FromArgs, InterruptHandle, Limits, ModuleBuilder, SharedBuffer,
};
pub use view::{BytesView, BytesViewMut};

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use minipy_runtime::{RunError, Uncaught};

pub use minipy_runtime::{
    mount, Access, BoolWord, BufferKind, ExcKind, FileAccess, FloatWord, Intent, Interp,
    LimitError, Mount, Output, PyErr, StdinSource, Value,
};

/// One interpreter: its globals, modules, output sink and limits.
pub struct Interpreter {
    interp: Interp,
}

/// What kind of failure ended a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source did not parse (SyntaxError or IndentationError).
    Syntax,
    /// An exception the script did not catch.
    Exception,
    /// A limit set by the host was hit; the script could not catch it.
    Limit(LimitError),
}

/// A failed run, with everything needed to report it like CPython.
#[derive(Debug, Clone)]
pub struct Error {
    /// Syntax error, uncaught exception, or limit.
    pub kind: ErrorKind,
    /// The exception's class name as CPython's traceback shows it: bare for built-in
    /// classes and the script's own (`"ValueError"`, `"MyError"`), qualified for a
    /// module's (`"struct.error"`); `"LimitExceeded"` for a limit.
    pub type_name: String,
    /// The exception's message (`str(exc)`).
    pub message: String,
    /// The full report CPython would print to stderr.
    pub traceback: String,
    /// The line the error points at, when known.
    pub line: Option<usize>,
    /// For `SystemExit`: the process exit status it asks for.
    pub exit_code: Option<i32>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for Error {}

/// Output captured by [`Interpreter::capture_output`].
#[derive(Clone, Default)]
pub struct Captured {
    buffer: Rc<RefCell<String>>,
}

impl Captured {
    /// Takes what was printed so far.
    pub fn take(&self) -> String {
        std::mem::take(&mut *self.buffer.borrow_mut())
    }
}

/// The sink behind [`Captured`].
struct CaptureSink(Rc<RefCell<String>>);

impl Output for CaptureSink {
    fn write_str(&mut self, s: &str) {
        self.0.borrow_mut().push_str(s);
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    /// A fresh interpreter printing to standard output.
    pub fn new() -> Interpreter {
        Interpreter {
            interp: Interp::new(),
        }
    }

    /// Sends `print` output to `out`.
    pub fn set_output(&mut self, out: Box<dyn Output>) {
        self.interp.set_output(out);
    }

    /// Captures `print` output in memory.
    pub fn capture_output(&mut self) -> Captured {
        let capture = Captured::default();
        let sink = CaptureSink(capture.buffer.clone());
        self.interp.set_output(Box::new(sink));
        capture
    }

    /// Sets `sys.argv`.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.interp.set_argv(argv);
    }

    /// Grants what scripts may reach outside the interpreter: files (and so modules on
    /// disk), the environment, standard input, the module search path (`sys.path`) and
    /// module sources from memory. A new interpreter is granted nothing.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// let mut access = minipy::Access::default();
    /// access.module_sources.insert("greet".into(), "def hi():\n    return 'hi'\n".into());
    /// py.set_access(access);
    /// let out = py.capture_output();
    /// py.run("<example>", "import greet\nprint(greet.hi())").unwrap();
    /// assert_eq!(out.take(), "hi\n");
    /// ```
    pub fn set_access(&mut self, access: Access) {
        self.interp.set_access(access);
    }

    /// Runs the module `name` as the main module, as `python3 -m name` does (a package
    /// runs its `__main__` submodule). `Ok(Some(reason))` when there is no such module.
    pub fn run_main_module(&mut self, name: &str) -> Result<Option<String>, Error> {
        let result = self.interp.run_main_module(name);
        self.interp.flush_output();
        result.map_err(|e| self.report(e, name))
    }

    /// Runs a module's source; `filename` is what tracebacks show.
    pub fn run(&mut self, filename: &str, source: &str) -> Result<(), Error> {
        let result = self.interp.run_module(filename, source);
        self.interp.flush_output();
        result.map_err(|e| self.report(e, filename))
    }

    /// Ends the process with `status`, as a command-line host does when its script is
    /// done. What the script made is freed as when the interpreter is dropped (so the
    /// files it left open are flushed); the built-in types and functions are left to the
    /// operating system, which takes the whole heap back at once (freeing them one by
    /// one was a quarter of the time `-c pass` took).
    pub fn exit(mut self, status: u8) -> ! {
        self.interp.free_script_state();
        std::mem::forget(self);
        std::process::exit(i32::from(status))
    }

    /// Runs one piece of interactive input: expression statements print their repr.
    pub fn run_interactive(&mut self, source: &str) -> Result<(), Error> {
        let result = self.interp.run_interactive("<stdin>", source);
        self.interp.flush_output();
        result.map_err(|e| self.report(e, "<stdin>"))
    }

    /// The names a script can use at the top level: its globals, then the builtins
    /// (for completion at a prompt).
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.run("<t>", "answer = 42").unwrap();
    /// let names = py.global_names();
    /// assert!(names.iter().any(|n| n == "answer") && names.iter().any(|n| n == "len"));
    /// ```
    pub fn global_names(&self) -> Vec<String> {
        self.interp.global_names()
    }

    /// The attribute names of a value, as `dir()` lists them, found without running
    /// script code (for completion at a prompt).
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// let b = py.eval::<minipy::Value>("b''").unwrap();
    /// assert!(py.attribute_names(&b).iter().any(|n| n == "hex"));
    /// ```
    pub fn attribute_names(&mut self, value: &Value) -> Vec<String> {
        self.interp.attribute_names(value)
    }

    /// Turns a runtime failure into an [`Error`].
    pub(crate) fn report(&mut self, e: RunError, filename: &str) -> Error {
        match e {
            RunError::Syntax(s) => Error {
                kind: ErrorKind::Syntax,
                type_name: s.kind.name().to_string(),
                message: s.msg.clone(),
                traceback: String::new(),
                line: Some(s.lineno),
                exit_code: None,
            }
            .with_syntax(&s, filename),
            RunError::Exception(err) => self.exception_error(err),
        }
    }

    /// Reports an error raised by host-side conversions.
    pub(crate) fn host_error(&mut self, err: PyErr) -> Error {
        self.exception_error(err)
    }

    fn exception_error(&mut self, err: PyErr) -> Error {
        match self.interp.describe(err) {
            Uncaught::Limit(limit) => {
                let message = match &limit {
                    LimitError::Steps(n) => format!("step limit of {n} exceeded"),
                    LimitError::Memory(n) => format!("memory limit of {n} bytes exceeded"),
                    LimitError::Timeout => "time limit exceeded".to_string(),
                    LimitError::Interrupted => "interrupted by the host".to_string(),
                };
                Error {
                    kind: ErrorKind::Limit(limit),
                    type_name: "LimitExceeded".into(),
                    traceback: format!("minipy: {message}\n"),
                    message,
                    line: None,
                    exit_code: None,
                }
            }
            Uncaught::Exception(e) => Error {
                kind: ErrorKind::Exception,
                type_name: e.type_name,
                message: e.message,
                traceback: e.traceback,
                line: e.line,
                exit_code: e.exit_code,
            },
        }
    }
}

impl Error {
    fn with_syntax(mut self, s: &minipy_syntax::SyntaxError, filename: &str) -> Error {
        self.traceback = s.render(filename);
        self
    }

    /// The process exit status CPython would use for this error.
    pub fn process_status(&self) -> i32 {
        match (&self.kind, self.exit_code) {
            (_, Some(code)) => code,
            (ErrorKind::Exception, None) if self.type_name == "KeyboardInterrupt" => 130,
            _ => 1,
        }
    }
}

/// Renders a syntax error as CPython prints it for a file.
pub fn render_syntax_error(filename: &str, source: &str) -> Option<String> {
    minipy_syntax::parse_module(source)
        .err()
        .map(|e| e.render(filename))
}
