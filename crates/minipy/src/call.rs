//! Calling a script's functions (or any callable) from the host.

use minipy_runtime::{ExcKind, Interp, PyErr, Value};

use crate::{Error, FromPy, Interpreter, IntoPy};

/// The arguments of a call from the host: `()`, a tuple of up to six convertible values,
/// or a `Vec<Value>`.
///
/// ```
/// let mut py = minipy::Interpreter::new();
/// py.run("<t>", "def join(*parts):\n    return b'-'.join(parts)").unwrap();
/// let one: Vec<u8> = py.call("join", (b"a",)).unwrap();
/// let three: Vec<u8> = py.call("join", (b"a", vec![98u8], &b"c"[..])).unwrap();
/// let none: Vec<u8> = py.call("join", ()).unwrap();
/// assert_eq!((one, three, none), (b"a".to_vec(), b"a-b-c".to_vec(), Vec::new()));
/// ```
pub trait IntoArgs {
    /// Converts each argument.
    fn into_args(self, interp: &mut Interp) -> Result<Vec<Value>, PyErr>;
}

impl IntoArgs for () {
    fn into_args(self, _: &mut Interp) -> Result<Vec<Value>, PyErr> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, _: &mut Interp) -> Result<Vec<Value>, PyErr> {
        Ok(self)
    }
}

macro_rules! into_args_tuples {
    ($(($($name:ident $idx:tt),+))*) => {$(
        impl<$($name: IntoPy),+> IntoArgs for ($($name,)+) {
            fn into_args(self, interp: &mut Interp) -> Result<Vec<Value>, PyErr> {
                Ok(vec![$(self.$idx.into_py(interp)?),+])
            }
        }
    )*};
}

into_args_tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

impl Interpreter {
    /// Calls the callable the top-level name `name` means (a function the script
    /// defined, a class, a host function, a builtin such as `len`...) with converted arguments, and converts its result.
    /// The call is a run of its own: the limits apply to it, and an exception it does
    /// not catch comes back as [`Error`] with its traceback.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.run("<t>", "def f(n, data):\n    return data * n\n").unwrap();
    /// let r: minipy::Bytes = py.call("f", (2, b"xy")).unwrap();
    /// assert_eq!(r.0, b"xyxy");
    /// let err = py.call::<i64>("f", (1,)).unwrap_err();
    /// assert_eq!(err.message, "f() missing 1 required positional argument: 'data'");
    /// ```
    pub fn call<R: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<R, Error> {
        let Some(f) = self.interp.lookup_name(name) else {
            return Err(self.host_error(PyErr::new(
                ExcKind::NameError,
                format!("name '{name}' is not defined"),
            )));
        };
        self.call_value(&f, args)
    }

    /// Calls a callable value the host holds (read with [`Interpreter::get_global`] or
    /// returned by an earlier call), like [`Interpreter::call`].
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// let square = py.eval::<minipy::Value>("lambda x: x * x").unwrap();
    /// assert_eq!(py.call_value::<i64>(&square, (7,)).unwrap(), 49);
    /// ```
    pub fn call_value<R: FromPy>(&mut self, f: &Value, args: impl IntoArgs) -> Result<R, Error> {
        let args = args
            .into_args(&mut self.interp)
            .map_err(|e| self.host_error(e))?;
        let result = self.interp.call_from_host(f, args);
        self.interp.flush_output();
        let v = result.map_err(|e| self.host_error(e))?;
        R::from_py(&mut self.interp, &v).map_err(|e| self.host_error(e))
    }
}
