//! What a host embedding the runtime calls (the `minipy` crate is the one host): globals,
//! limits, output, host functions and buffers, conversions, and the report of an
//! uncaught exception. Everything here is re-exported from the crate root.

use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use num_bigint::BigInt;

use crate::error::{ErrState, ExcKind, LimitError, PyErr, PyResult};
use crate::interp::{Interp, RunError};
use crate::object::args::Args;
use crate::object::buffer::Buffer;
use crate::object::function::{BuiltinFunction, BuiltinImpl};
use crate::object::value::Value;
use crate::types::memoryview::view::{HeldBuffer, MemoryView};

/// How an error that ended a run looks to the host.
#[derive(Debug, Clone)]
pub enum Uncaught {
    /// A limit the host set fired; the script could not catch it.
    Limit(LimitError),
    /// An exception the script did not catch.
    Exception(ExceptionReport),
}

/// An uncaught exception, described as CPython reports it.
#[derive(Debug, Clone)]
pub struct ExceptionReport {
    /// The exception's class name as tracebacks show it: bare for built-in classes and
    /// the main module's (`"ValueError"`, `"MyError"`), qualified by the module for
    /// others (`"struct.error"`).
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// What CPython prints to stderr: the traceback, or for `SystemExit` its argument
    /// unless that is an exit status.
    pub traceback: String,
    /// The line the innermost traceback entry points at.
    pub line: Option<usize>,
    /// For `SystemExit`: the process exit status it asks for.
    pub exit_code: Option<i32>,
}

impl Interp {
    /// Describes an error that ended a run (`RunError::Exception`).
    pub fn describe(&mut self, mut err: PyErr) -> Uncaught {
        if let ErrState::Limit(limit) = &err.state {
            return Uncaught::Limit(limit.clone());
        }
        let Some(obj) = self.materialize(&mut err) else {
            return Uncaught::Exception(ExceptionReport {
                type_name: "?".into(),
                message: String::new(),
                traceback: String::new(),
                line: None,
                exit_code: None,
            });
        };
        let exit_code = if obj.class.exc_kind == Some(ExcKind::SystemExit) {
            Some(match obj.exc_args().first() {
                None | Some(Value::None) => 0,
                Some(Value::Int(i)) => *i as i32,
                Some(Value::Bool(b)) => b.get() as i32,
                Some(_) => 1,
            })
        } else {
            None
        };
        let message = self.str(&Value::Instance(obj.clone())).unwrap_or_default();
        let traceback = if exit_code.is_some() {
            match obj.exc_args().first() {
                None | Some(Value::None) | Some(Value::Int(_)) | Some(Value::Bool(_)) => {
                    String::new()
                }
                Some(_) => format!("{message}\n"),
            }
        } else {
            crate::types::exception::format_exception(self, &obj)
        };
        let line = obj
            .exc
            .as_ref()
            .and_then(|e| e.borrow().traceback.last().map(|t| t.line()));
        Uncaught::Exception(ExceptionReport {
            type_name: crate::types::exception::qualified_name(&obj.class),
            message,
            traceback,
            line,
            exit_code,
        })
    }

    /// Sends what the script printed so far on to the output sink's destination.
    pub fn flush_output(&mut self) {
        self.out.flush();
    }

    /// Frees what the script made (its globals, the modules it imported, the exception
    /// being handled), as dropping the interpreter does: files it left open are
    /// flushed, except those only a reference cycle of its own holds (as in CPython).
    /// Then flushes what it printed. What creating the interpreter made (the built-in
    /// types, functions and names) stays, for a process that ends without freeing it.
    pub fn free_script_state(&mut self) {
        self.handling.clear();
        self.frame_locals = None;
        self.last_stop = None;
        self.eval_result = None;
        self.active_ns = None;
        self.namespaces.clear();
        self.globals.clear();
        let main_dict = self.main_ns.dict.borrow_mut().take();
        drop(main_dict);
        self.main_ns.parked.borrow_mut().clear();
        self.finalize_modules();
        self.out.flush();
    }

    /// Sets `sys.argv` (read when a script first imports `sys`).
    /// Grants what the script may reach outside the interpreter (see [`Access`]).
    ///
    /// [`Access`]: crate::object::access::Access
    pub fn set_access(&mut self, access: crate::object::access::Access) {
        self.access = access;
    }

    /// What the script may reach outside the interpreter.
    pub fn access(&self) -> &crate::object::access::Access {
        &self.access
    }

    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Binds a global variable.
    pub fn set_global(&mut self, name: &str, v: Value) {
        let id = self.globals.id(name);
        self.globals.set(id, v);
    }

    /// A global variable's value, if it is bound (builtins are not globals).
    pub fn global(&self, name: &str) -> Option<Value> {
        let id = self.globals.lookup_id(name)?;
        self.globals.get_own(id).cloned()
    }

    /// What a name means at the top level: the global, else the builtin.
    pub fn lookup_name(&self, name: &str) -> Option<Value> {
        self.global(name)
            .or_else(|| self.globals.builtin(name).cloned())
    }

    /// Unbinds a global variable.
    pub fn delete_global(&mut self, name: &str) {
        if let Some(id) = self.globals.lookup_id(name) {
            self.globals.delete(id);
        }
    }

    /// The names a script can use at the top level: bound globals, then builtins.
    pub fn global_names(&self) -> Vec<String> {
        let globals = self.globals.bound().map(|(n, _)| n.to_string());
        let builtins = self.globals.builtin_names().map(|n| n.to_string());
        globals.chain(builtins).collect()
    }

    /// The attribute names `dir(v)` would list, found without running script code.
    pub fn attribute_names(&mut self, v: &Value) -> Vec<String> {
        crate::types::object::dir_names(self, v)
    }

    /// A new dict holding `items` (later keys win, as in a dict display).
    pub fn make_dict(&mut self, items: Vec<(Value, Value)>) -> PyResult<Value> {
        let d = Value::dict(crate::types::dict::table::new_dict());
        for (k, v) in items {
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }

    /// Limits the steps of each following run: one per statement executed and per loop
    /// iteration, plus what built-ins charge for their work; the step past the limit
    /// ends the run.
    pub fn set_max_steps(&mut self, steps: Option<u64>) {
        self.limits.max_steps = steps;
    }

    /// Limits the heap memory in use, in bytes, counted from when the interpreter was
    /// made (see `object/alloc.rs`); an allocation that would pass it is refused first.
    pub fn set_max_memory(&mut self, bytes: Option<usize>) {
        self.limits.max_memory = bytes;
    }

    /// Limits the wall-clock time of each following run.
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.limits.timeout = timeout;
    }

    /// Sets the Python call depth beyond which RecursionError is raised; it is also the
    /// ceiling for the script's `sys.setrecursionlimit`.
    pub fn set_max_recursion(&mut self, depth: usize) {
        self.recursion_limit = depth;
        self.recursion_cap = depth;
    }

    /// The flag that stops the running script at its next step when set (from any thread).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.limits.interrupt.clone()
    }

    /// Whether an interrupt raises KeyboardInterrupt, which the script may catch (a
    /// command line's Ctrl-C), rather than ending the run with
    /// [`LimitError::Interrupted`] (the default).
    pub fn set_interrupt_as_keyboard(&mut self, on: bool) {
        self.limits.interrupt_as_keyboard = on;
    }
}

/// Makes a built-in function that runs a host closure on the call's positional
/// arguments (keyword arguments are refused with CPython's message).
pub fn host_function(
    name: &str,
    f: impl Fn(&mut Interp, &[Value]) -> PyResult<Value> + 'static,
) -> Value {
    // Host functions live as long as the interpreter: their names are leaked once.
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let imp = move |interp: &mut Interp, args: Args| -> PyResult<Value> {
        args.no_kw(name)?;
        f(interp, args.pos)
    };
    Value::Builtin(crate::object::alloc::alloc(BuiltinFunction {
        name,
        owner: None,
        imp: BuiltinImpl::Host(Rc::new(imp)),
        module: None,
    }))
}

/// How a shared host buffer appears to scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BufferKind {
    /// Read-only `bytes`.
    Bytes,
    /// A resizable `bytearray`.
    ByteArray,
    /// A writable `memoryview` (its length fixed while the script holds it).
    MemoryView,
}

/// The host's handle on bytes it shares with scripts ([`share_buffer`]).
pub struct HostBuffer {
    buffer: Rc<Buffer>,
}

impl HostBuffer {
    /// Reads the current bytes in place.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.buffer.borrow())
    }

    /// The current length in bytes.
    pub fn len(&self) -> usize {
        self.buffer.len()
    }

    /// Whether the buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.buffer.is_empty()
    }

    /// Takes the bytes back without copying, leaving the script's object empty;
    /// BufferError while a script still holds a view of them (the handle stays usable).
    pub fn take(&self) -> PyResult<Vec<u8>> {
        self.buffer.take()
    }
}

/// Wraps host bytes as a Python value of the given kind, without copying them (except
/// 32 bytes or fewer, which every small bytes object stores inline).
pub fn share_buffer(data: Vec<u8>, kind: BufferKind) -> (Value, HostBuffer) {
    let buffer = Rc::new(Buffer::new(data));
    let value = match kind {
        BufferKind::Bytes => Value::Bytes(buffer.clone()),
        BufferKind::ByteArray => Value::ByteArray(buffer.clone()),
        BufferKind::MemoryView => {
            let owner = Value::ByteArray(buffer.clone());
            Value::MemoryView(crate::object::alloc::alloc(MemoryView::of_buffer(
                owner,
                buffer.clone(),
                false,
            )))
        }
    };
    (value, HostBuffer { buffer })
}

/// The value of an int (or bool).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    crate::types::numbers::int::to_bigint(v)
}

/// The value of a float, int or bool as a float (OverflowError for an int too large).
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    crate::types::numbers::int::as_number(v).map(|n| crate::types::numbers::int::num_to_f64(&n))
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview, array), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    crate::types::bytes::bytes_like(v)
}

/// The items of a dict, in order.
pub fn dict_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v {
        Value::Dict(d) => Some(
            d.borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect(),
        ),
        _ => None,
    }
}

/// A bytes-like argument a host function borrows for the call, without copying: the
/// script's object cannot be resized while it is held, as while a memoryview of it lives.
pub struct HostView {
    held: HeldBuffer,
}

impl HostView {
    /// Holds a readable bytes-like object (bytes, bytearray, array, C-contiguous
    /// memoryview), with CPython's errors for others (a released memoryview raises
    /// ValueError).
    pub fn readable(v: &Value) -> PyResult<HostView> {
        Ok(HostView {
            held: crate::types::memoryview::readable(v)?,
        })
    }

    /// Holds a writable one (bytearray, array, writable C-contiguous memoryview);
    /// TypeError for others, as CPython's read-write buffer arguments.
    pub fn writable(v: &Value) -> PyResult<HostView> {
        Ok(HostView {
            held: crate::types::memoryview::writable(v)?,
        })
    }

    /// The number of bytes held.
    pub fn len(&self) -> usize {
        self.held.len
    }

    /// Whether no bytes are held.
    pub fn is_empty(&self) -> bool {
        self.held.len == 0
    }

    /// Reads the bytes in place; BufferError while another view writes them.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        let data = self.held.buf.try_borrow().ok_or_else(busy)?;
        let range = self.held.start..self.held.start + self.held.len;
        Ok(f(data.get(range).unwrap_or(&[])))
    }

    /// Writes the bytes in place (only for a view made by [`HostView::writable`]);
    /// BufferError while another view reads or writes them.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        let mut data = self.held.buf.try_borrow_mut().ok_or_else(busy)?;
        let range = self.held.start..self.held.start + self.held.len;
        Ok(f(data.get_mut(range).unwrap_or(&mut [])))
    }
}

fn busy() -> PyErr {
    PyErr::new(
        ExcKind::BufferError,
        "buffer is in use by another view of the same call",
    )
}

impl Interp {
    /// Calls a callable from the host, the limits started for it as for a run.
    pub fn call_from_host(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.limits.start();
        let r = self.call(f, args, vec![]);
        let r = r.and_then(|v| self.limits.check_stack().map(|()| v));
        self.limits.finish();
        r
    }

    /// Evaluates an expression in the main module's namespace, from the host: a syntax
    /// error points into `text` itself.
    pub fn eval_from_host(&mut self, filename: &str, text: &str) -> Result<Value, RunError> {
        let skip = text.len() - text.trim_start_matches([' ', '\t']).len();
        minipy_syntax::parse_expression(&text[skip..]).map_err(RunError::Syntax)?;
        self.limits.start();
        let r = self.run_dynamic(crate::exec::dynamic::DynamicRun {
            text,
            filename,
            mode: crate::object::function::CompileMode::Eval,
            globals: None,
            locals: None,
        });
        self.limits.finish();
        r.map_err(RunError::Exception)
    }

    /// The exception a host raises by class name: a built-in class (`"ValueError"`), a
    /// class of a module (`"struct.error"`, imported if it is not yet), or a class the
    /// main module defines (`"MyError"`). A name that is none of these raises
    /// RuntimeError with the message.
    pub fn host_exception(&mut self, class_name: &str, message: &str) -> PyErr {
        if let Some(kind) = ExcKind::ALL.iter().find(|k| k.name() == class_name) {
            return PyErr::new(*kind, message);
        }
        let class = match class_name.rsplit_once('.') {
            Some(("__main__", name)) => self.global(name),
            Some((module, name)) => self
                .import_module(module)
                .and_then(|m| self.get_attr_str(&m, name))
                .ok(),
            None => self.global(class_name),
        };
        match class {
            Some(c) => self.host_exception_of(&c, message),
            None => PyErr::new(ExcKind::RuntimeError, message),
        }
    }

    /// The exception a host raises with a class it holds: `class(message)`. TypeError
    /// when `class` is not an exception class.
    pub fn host_exception_of(&mut self, class: &Value, message: &str) -> PyErr {
        if !matches!(class, Value::Class(c) if c.is_exception()) {
            return PyErr::type_error("exceptions must derive from BaseException");
        }
        match self.call(class, vec![Value::str(message)], vec![]) {
            Ok(Value::Instance(i)) if i.exc.is_some() => PyErr::object(i),
            Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        }
    }
}

/// A class's name as tracebacks show it (`"ValueError"`, `"struct.error"`), or `None`
/// when `v` is not a class.
pub fn class_name(v: &Value) -> Option<String> {
    match v {
        Value::Class(c) => Some(crate::types::exception::qualified_name(c)),
        _ => None,
    }
}

impl Interp {
    /// The steps the last run (or host call) took, as the step limit counts them.
    pub fn steps_taken(&self) -> u64 {
        self.limits.steps_taken()
    }
}
