//! Conversions between Rust values and Python values.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use minipy_runtime::{Interp, PyErr, Value};
use num_bigint::BigInt;

/// A Rust value that can become a Python value.
///
/// `bool`, the integer types and `BigInt`, `f64`, `String`/`&str`, `()` (None),
/// `Option<T>` (None or the value), `Vec<T>`/`&[T]`/`[T; N]` (a list, except that
/// bytes, `u8` items, become `bytes`), tuples (a tuple), `HashMap`/`BTreeMap` (a dict),
/// [`Bytes`] and [`Value`] itself.
///
/// ```
/// let mut py = minipy::Interpreter::new();
/// py.set_global("raw", vec![1u8, 2, 255]).unwrap();
/// py.set_global("nums", vec![1u16, 2]).unwrap();
/// assert_eq!(py.eval::<String>("repr((raw, nums))").unwrap(), "(b'\\x01\\x02\\xff', [1, 2])");
/// ```
///
/// A host type implements it over the others; a conversion fails with a [`PyErr`]
/// (make one with [`PyErr::type_error`] and the like, or from an [`crate::Exception`]
/// with [`crate::Exception::into_py_err`]).
///
/// ```
/// use minipy::{Interp, IntoPy, PyErr, Value};
/// struct Point { x: i64, y: i64 }
/// impl IntoPy for Point {
///     fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
///         (self.x, self.y).into_py(interp)
///     }
/// }
/// let mut py = minipy::Interpreter::new();
/// py.set_global("p", Point { x: 1, y: 2 }).unwrap();
/// assert_eq!(py.eval::<i64>("p[0] + p[1]").unwrap(), 3);
/// ```
pub trait IntoPy {
    /// Converts, or fails with a Python exception (a too-large int, say).
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr>;

    /// Converts a `Vec` of these: a list, except for `u8` (bytes).
    #[doc(hidden)]
    fn vec_into_py(items: Vec<Self>, interp: &mut Interp) -> Result<Value, PyErr>
    where
        Self: Sized,
    {
        let items = items
            .into_iter()
            .map(|x| x.into_py(interp))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(items))
    }
}

/// A Rust value that can be read from a Python value: the types [`IntoPy`] makes
/// (`Vec<u8>` reads any bytes-like object, or an iterable of ints), and the borrowed
/// views [`crate::BytesView`] and [`crate::BytesViewMut`].
///
/// ```
/// use minipy::{FromPy, Interp, PyErr, Value};
/// #[derive(Debug)]
/// struct Celsius(f64);
/// impl FromPy for Celsius {
///     fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
///         let t = f64::from_py(interp, v)?;
///         if t < -273.15 {
///             return Err(PyErr::value_error("below absolute zero"));
///         }
///         Ok(Celsius(t))
///     }
/// }
/// let mut py = minipy::Interpreter::new();
/// assert_eq!(py.eval::<Celsius>("20 + 1.5").unwrap().0, 21.5);
/// assert_eq!(py.eval::<Celsius>("-300").unwrap_err().message, "below absolute zero");
/// ```
pub trait FromPy: Sized {
    /// Converts, or fails with TypeError/OverflowError.
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr>;

    /// Reads a `Vec` of these: from any iterable, and for `u8` first from a
    /// bytes-like object.
    #[doc(hidden)]
    fn vec_from_py(interp: &mut Interp, v: &Value) -> Result<Vec<Self>, PyErr> {
        let items = interp.collect(v)?;
        items.iter().map(|x| Self::from_py(interp, x)).collect()
    }
}

fn wrong_type(expected: &str, v: &Value) -> PyErr {
    PyErr::type_error(format!("expected {expected}, got {}", v.type_name()))
}

impl IntoPy for Value {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(self)
    }
}

impl FromPy for Value {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        Ok(v.clone())
    }
}

impl IntoPy for () {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::None)
    }
}

/// Reading `()` discards the value (a call made for its effect).
impl FromPy for () {
    fn from_py(_: &mut Interp, _: &Value) -> Result<Self, PyErr> {
        Ok(())
    }
}

impl IntoPy for bool {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::from_bool(self))
    }
}

impl FromPy for bool {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        interp.truthy(v)
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
                Ok(Value::from_bigint(BigInt::from(self)))
            }
        }

        impl FromPy for $t {
            fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
                let big = minipy_runtime::to_bigint(v).ok_or_else(|| wrong_type("int", v))?;
                <$t>::try_from(big).map_err(|_| PyErr::overflow_error(concat!("int does not fit in ", stringify!($t))))
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, i128, u16, u32, u64, u128, isize, usize);

/// `u8` is an int, but a sequence of them is `bytes`.
impl IntoPy for u8 {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::from_bigint(BigInt::from(self)))
    }

    fn vec_into_py(items: Vec<u8>, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::bytes(items))
    }
}

impl FromPy for u8 {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        let big = minipy_runtime::to_bigint(v).ok_or_else(|| wrong_type("int", v))?;
        u8::try_from(big).map_err(|_| PyErr::overflow_error("int does not fit in u8"))
    }

    fn vec_from_py(interp: &mut Interp, v: &Value) -> Result<Vec<u8>, PyErr> {
        if let Some(bytes) = minipy_runtime::bytes_like(v) {
            return Ok(bytes);
        }
        let items = interp.collect(v)?;
        items.iter().map(|x| u8::from_py(interp, x)).collect()
    }
}

impl IntoPy for BigInt {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::from_bigint(self))
    }
}

impl FromPy for BigInt {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        minipy_runtime::to_bigint(v).ok_or_else(|| wrong_type("int", v))
    }
}

impl IntoPy for f64 {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::from_f64(self))
    }
}

impl FromPy for f64 {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        minipy_runtime::to_f64(v).ok_or_else(|| wrong_type("float", v))?
    }
}

impl IntoPy for String {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::str(self))
    }
}

impl IntoPy for &str {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::str(self))
    }
}

impl FromPy for String {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(wrong_type("str", other)),
        }
    }
}

/// Python `bytes` (copied in; use [`crate::Interpreter::share_buffer`] to avoid the copy,
/// or take a [`crate::BytesView`] argument to read a script's bytes in place). Reading
/// one accepts any bytes-like object. `Vec<u8>` converts the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl IntoPy for Bytes {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::bytes(self.0))
    }
}

impl FromPy for Bytes {
    fn from_py(_: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        minipy_runtime::bytes_like(v)
            .map(Bytes)
            .ok_or_else(|| wrong_type("a bytes-like object", v))
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        T::vec_into_py(self, interp)
    }
}

impl<T: IntoPy + Clone> IntoPy for &[T] {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        T::vec_into_py(self.to_vec(), interp)
    }
}

impl<T: IntoPy + Clone, const N: usize> IntoPy for &[T; N] {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        T::vec_into_py(self.to_vec(), interp)
    }
}

impl<T: IntoPy, const N: usize> IntoPy for [T; N] {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        T::vec_into_py(Vec::from(self), interp)
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        T::vec_from_py(interp, v)
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        match self {
            Some(v) => v.into_py(interp),
            None => Ok(Value::None),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        match v {
            Value::None => Ok(None),
            other => T::from_py(interp, other).map(Some),
        }
    }
}

fn map_into_py<K: IntoPy, V: IntoPy>(
    interp: &mut Interp,
    items: impl Iterator<Item = (K, V)>,
) -> Result<Value, PyErr> {
    let items = items
        .map(|(k, v)| Ok((k.into_py(interp)?, v.into_py(interp)?)))
        .collect::<Result<Vec<_>, PyErr>>()?;
    interp.make_dict(items)
}

fn map_items(v: &Value) -> Result<Vec<(Value, Value)>, PyErr> {
    minipy_runtime::dict_items(v).ok_or_else(|| wrong_type("dict", v))
}

impl<K: IntoPy, V: IntoPy> IntoPy for HashMap<K, V> {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        map_into_py(interp, self.into_iter())
    }
}

impl<K: FromPy + Eq + Hash, V: FromPy> FromPy for HashMap<K, V> {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        map_items(v)?
            .iter()
            .map(|(k, v)| Ok((K::from_py(interp, k)?, V::from_py(interp, v)?)))
            .collect()
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
        map_into_py(interp, self.into_iter())
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        map_items(v)?
            .iter()
            .map(|(k, v)| Ok((K::from_py(interp, k)?, V::from_py(interp, v)?)))
            .collect()
    }
}

macro_rules! tuple_conversions {
    ($(($($name:ident $idx:tt),+))*) => {$(
        impl<$($name: IntoPy),+> IntoPy for ($($name,)+) {
            fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
                Ok(Value::tuple(vec![$(self.$idx.into_py(interp)?),+]))
            }
        }

        impl<$($name: FromPy),+> FromPy for ($($name,)+) {
            fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
                let items = interp.collect(v)?;
                let n = [$($idx),+].len();
                if items.len() != n {
                    return Err(PyErr::value_error(format!("expected a tuple of {n} items, got {}", items.len())));
                }
                Ok(($($name::from_py(interp, &items[$idx])?,)+))
            }
        }
    )*};
}

tuple_conversions! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
}
