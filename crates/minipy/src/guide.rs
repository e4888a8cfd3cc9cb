//! A guide to embedding minipy: run scripts, share buffers, set limits, add host
//! functions and modules, call a script's functions, and handle errors. Every example
//! here runs as a test (`cargo test -p minipy --doc`).
//!
//! # Embed
//!
//! An [`Interpreter`](crate::Interpreter) holds a script's globals, modules, output sink
//! and limits. A new one can reach nothing outside itself (no files, environment or
//! standard input) until the host grants it with [`Access`](crate::Access).
//!
//! ```
//! use minipy::Interpreter;
//! let mut py = Interpreter::new();
//! let out = py.capture_output();
//! py.run("greet.py", "name = 'world'\nprint(f'hello {name}')").unwrap();
//! assert_eq!(out.take(), "hello world\n");
//! py.set_global("n", 20).unwrap();
//! assert_eq!(py.eval::<i64>("n * 2 + 2").unwrap(), 42);
//! assert_eq!(py.get_global::<String>("name").unwrap(), "world");
//! ```
//!
//! Output goes to any [`Output`](crate::Output) sink:
//!
//! ```
//! use std::{cell::RefCell, rc::Rc};
//! struct Lines(Rc<RefCell<Vec<String>>>);
//! impl minipy::Output for Lines {
//!     fn write_str(&mut self, s: &str) {
//!         self.0.borrow_mut().extend(s.lines().map(String::from));
//!     }
//! }
//! let lines = Rc::new(RefCell::new(Vec::new()));
//! let mut py = minipy::Interpreter::new();
//! py.set_output(Box::new(Lines(lines.clone())));
//! py.run("<t>", "print('a')\nprint('b')").unwrap();
//! assert_eq!(*lines.borrow(), ["a", "b"]);
//! ```
//!
//! # Share a buffer
//!
//! [`share_buffer`](crate::Interpreter::share_buffer) hands host bytes to the script as
//! `bytes`, `bytearray` or `memoryview` without copying them; the
//! [`SharedBuffer`](crate::SharedBuffer) handle reads them in place and takes them back.
//! While the script still holds a view, `take` refuses (BufferError, as CPython's
//! resize) and gives the handle back.
//!
//! ```
//! use minipy::{BufferKind, Interpreter};
//! let mut py = Interpreter::new();
//! let packet = py.share_buffer("packet", vec![0u8; 128], BufferKind::MemoryView);
//! py.run("<t>", "import struct\nstruct.pack_into('>HH', packet, 0, 7, 513)").unwrap();
//! assert_eq!(packet.with(|b| b[..4].to_vec()), [0, 7, 2, 1]);
//! let packet = match packet.take() {
//!     Ok(_) => unreachable!("the script's global still views the buffer"),
//!     Err(in_use) => in_use.buffer,
//! };
//! py.run("<t>", "packet.release()").unwrap();
//! assert_eq!(packet.take().unwrap()[..4], [0, 7, 2, 1]);
//! ```
//!
//! # Limits
//!
//! [`Limits`](crate::Limits) bound each run: steps, memory, call depth and time. A limit
//! that fires ends the run with [`ErrorKind::Limit`](crate::ErrorKind::Limit); the script
//! cannot catch it. A host matches it with the `minipy` crate alone:
//!
//! ```
//! use minipy::{ErrorKind, Interpreter, LimitError, Limits};
//! let mut py = Interpreter::new();
//! py.set_limits(Limits { max_steps: Some(10_000), ..Limits::default() });
//! let err = py.run("<t>", "try:\n    while True:\n        pass\nexcept BaseException:\n    pass").unwrap_err();
//! match err.kind {
//!     ErrorKind::Limit(LimitError::Steps(n)) => assert_eq!(n, 10_000),
//!     other => panic!("{other:?}"),
//! }
//! // A step is a statement executed or a loop iteration, and every one is checked:
//! py.run("<t>", "for i in range(3):\n    x = i").unwrap();
//! assert_eq!(py.steps_used(), 1 + 3 + 3);
//! ```
//!
//! ```
//! use minipy::{ErrorKind, Interpreter, LimitError, Limits};
//! let mut py = Interpreter::new();
//! py.set_limits(Limits { max_memory: Some(32 << 20), ..Limits::default() });
//! let err = py.run("<t>", "b = b'x' * 10**9").unwrap_err();
//! assert_eq!(err.kind, ErrorKind::Limit(LimitError::Memory(32 << 20)));
//! ```
//!
//! Another thread stops a run with an [`InterruptHandle`](crate::InterruptHandle).
//!
//! # Host functions and modules
//!
//! A host function is a closure over converted arguments ([`FromArgs`](crate::FromArgs):
//! a tuple of [`FromPy`](crate::FromPy) types) returning `Result<R, Exception>` for an
//! [`IntoPy`](crate::IntoPy) `R`. Bytes-like arguments can be borrowed in place:
//! [`BytesView`](crate::BytesView) reads them, [`BytesViewMut`](crate::BytesViewMut)
//! writes into the script's object.
//!
//! ```
//! use minipy::{BytesView, BytesViewMut, Exception, Interpreter};
//! let mut py = Interpreter::new();
//! py.add_module("codec", |m| {
//!     m.function("xor_into", |(mut dst, src, key): (BytesViewMut, BytesView, u8)| {
//!         if dst.len() != src.len() {
//!             return Err(Exception::new("ValueError", "lengths differ"));
//!         }
//!         let src = src.to_vec()?;
//!         dst.with_mut(|d| {
//!             for (d, s) in d.iter_mut().zip(&src) {
//!                 *d = s ^ key;
//!             }
//!         })?;
//!         Ok(())
//!     });
//!     m.value("KEY", 0x20u8);
//! });
//! py.run("<t>", "import codec\nout = bytearray(5)\ncodec.xor_into(out, b'HELLO', codec.KEY)").unwrap();
//! assert_eq!(py.eval::<Vec<u8>>("out").unwrap(), b"hello");
//! let err = py.run("<t>", "codec.xor_into(out, b'x', 0)").unwrap_err();
//! assert_eq!(err.to_string(), "ValueError: lengths differ");
//! ```
//!
//! A host function raises any exception class: built-in, a module's, or the script's own
//! ([`Exception::new`](crate::Exception::new) by name,
//! [`Exception::of_class`](crate::Exception::of_class) by value).
//!
//! # Call a script's functions
//!
//! [`call`](crate::Interpreter::call) calls a global by name,
//! [`call_value`](crate::Interpreter::call_value) any callable value; arguments go in
//! through [`IntoArgs`](crate::IntoArgs) (a tuple of [`IntoPy`](crate::IntoPy) values),
//! the result comes out through [`FromPy`](crate::FromPy).
//!
//! ```
//! let mut py = minipy::Interpreter::new();
//! py.run("<t>", "def checksum(data, seed=0):\n    return (seed + sum(data)) % 256").unwrap();
//! assert_eq!(py.call::<u8>("checksum", (vec![250u8, 10],)).unwrap(), 4);
//! assert_eq!(py.call::<u8>("checksum", (b"\x01\x02", 3)).unwrap(), 6);
//! ```
//!
//! # Errors
//!
//! Every failure is an [`Error`](crate::Error): its [`ErrorKind`](crate::ErrorKind)
//! (syntax, exception, limit), the class name as CPython's traceback shows it, the
//! message, the line, and the full report CPython would print.
//!
//! ```
//! use minipy::{ErrorKind, Interpreter};
//! let mut py = Interpreter::new();
//! let err = py.run("job.py", "import struct\n\nstruct.unpack('>I', b'ab')").unwrap_err();
//! assert_eq!(err.kind, ErrorKind::Exception);
//! assert_eq!(err.type_name, "struct.error");
//! assert_eq!(err.message, "unpack requires a buffer of 4 bytes");
//! assert_eq!(err.line, Some(3));
//! assert!(err.traceback.ends_with("struct.error: unpack requires a buffer of 4 bytes\n"));
//! let err = py.eval::<i64>("(1,").unwrap_err();
//! assert_eq!((err.kind, err.line), (ErrorKind::Syntax, Some(1)));
//! ```
