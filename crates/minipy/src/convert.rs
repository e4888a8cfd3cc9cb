//! Conversions between Rust values and Python values.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use minipy_runtime::{Interp, PyErr, Value};
use num_bigint::BigInt;

/// A Rust value that can become a Python value.
pub trait IntoPy {
    /// Converts, or fails with a Python exception (a too-large int, say).
    fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr>;
}

/// A Rust value that can be read from a Python value.
pub trait FromPy: Sized {
    /// Converts, or fails with TypeError/OverflowError.
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr>;
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

impl IntoPy for bool {
    fn into_py(self, _: &mut Interp) -> Result<Value, PyErr> {
        Ok(Value::Bool(self))
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

int_conversions!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128, isize, usize);

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
        Ok(Value::Float(self))
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

/// Python `bytes` (copied in; use [`crate::Interpreter::share_buffer`] to avoid the copy).
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
        let items = self
            .into_iter()
            .map(|x| x.into_py(interp))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(items))
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
        let items = interp.collect(v)?;
        items.iter().map(|x| T::from_py(interp, x)).collect()
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
