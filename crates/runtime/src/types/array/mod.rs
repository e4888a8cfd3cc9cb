//! `array.array`: typed arrays over the shared [`Buffer`], so memoryviews of them share
//! memory and resizing while exported raises BufferError, as for bytearray. The module
//! that offers the type is [`crate::stdlib::array`].

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::buffer::Buffer;
use crate::object::value::Value;
use crate::types::memoryview::format::{self, Code};

mod items;
mod methods;
mod protocol;

pub(crate) use methods::machine_format;
pub use protocol::{
    binary, compare, contains, del_item, eq, get_item, inplace, native_eq, set_item,
};

pub struct ArrayObj {
    /// How items are stored ('u' arrays store code points as `I`).
    pub code: Code,
    /// Typecode 'u': items are one-character strings (a wchar_t, 4 bytes on Linux).
    pub unicode: bool,
    pub buf: Rc<Buffer>,
}

impl ArrayObj {
    pub fn itemsize(&self) -> usize {
        self.code.native_size()
    }

    /// The typecode the array was made with.
    pub fn typecode(&self) -> char {
        if self.unicode {
            'u'
        } else {
            self.code.to_char()
        }
    }

    pub fn len(&self) -> usize {
        self.buf.len() / self.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (a code point that is not a character reads as U+FFFD; indexing
    /// raises CPython's ValueError through [`ArrayObj::try_get`]).
    pub fn get(&self, i: usize) -> Value {
        self.try_get(i).unwrap_or_else(|_| Value::str("\u{fffd}"))
    }

    pub fn try_get(&self, i: usize) -> PyResult<Value> {
        let n = self.itemsize();
        let item = format::unpack(self.code, &self.buf.borrow()[i * n..(i + 1) * n], true);
        if !self.unicode {
            return Ok(item);
        }
        let Value::Int(cp) = item else {
            return Ok(item);
        };
        if cp > 0x10ffff {
            return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
        }
        let c = char::from_u32(cp as u32).unwrap_or('\u{fffd}');
        Ok(Value::str(c.to_string()))
    }

    /// The items of a 'u' array as text, with CPython's error for a code point past
    /// U+10FFFF.
    pub fn text(&self) -> PyResult<String> {
        let n = self.itemsize();
        let buf = self.buf.borrow();
        let mut out = String::with_capacity(buf.len() / n);
        for chunk in buf.chunks_exact(n) {
            let cp = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            if cp > 0x10ffff {
                return Err(PyErr::value_error(format!(
                    "character U+{cp:x} is not in range [U+0000; U+10ffff]"
                )));
            }
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
        Ok(out)
    }

    /// A view of the whole array (for comparisons; its exporter is not recorded).
    pub fn view(&self) -> crate::types::memoryview::view::MemoryView {
        let n = self.itemsize();
        crate::types::memoryview::view::MemoryView::with_layout(
            Value::None,
            self.buf.clone(),
            0,
            self.code.to_char().to_string().into(),
            self.code,
            n,
            smallvec::smallvec![self.len()],
            smallvec::smallvec![n as isize],
            true,
        )
    }

    pub fn items(&self) -> PyResult<Vec<Value>> {
        (0..self.len()).map(|i| self.try_get(i)).collect()
    }
}

/// Length-changing access, refused while views of the array exist.
fn resize(a: &ArrayObj) -> PyResult<std::cell::RefMut<'_, crate::object::buffer::ByteVec>> {
    if a.buf.exports() > 0 {
        return Err(exporting());
    }
    a.buf.resize()
}

fn resize_to(
    a: &ArrayObj,
    new_len: usize,
) -> PyResult<std::cell::RefMut<'_, crate::object::buffer::ByteVec>> {
    if new_len == a.buf.len() {
        return Ok(a.buf.borrow_mut());
    }
    resize(a)
}

/// The type codes `array.array` accepts (the module's `typecodes`).
pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The array type's special methods (its other methods arrive with the `array` module).
pub fn install(interp: &mut Interp) {
    interp.add_methods("array", crate::types::special_methods::COMMON);
    interp.add_methods("array", crate::types::special_methods::CONTAINER);
    interp.add_methods("array", crate::types::special_methods::MUTABLE);
}

/// Registers the `array` type: its constructor, methods and attributes, and its
/// iterator type.
pub(crate) fn register(interp: &mut Interp) {
    interp.add_constructor("array", array_new);
    interp.add_methods("array", methods::METHODS);
    interp.add_getters(
        "array",
        &[
            ("itemsize", methods::itemsize),
            ("typecode", methods::typecode),
        ],
    );
    interp.add_methods(
        "arrayiterator",
        &[
            ("__next__", crate::types::iterator::next_method),
            ("__iter__", crate::types::iterator::iter_method),
        ],
    );
}

fn this(v: &Value) -> PyResult<&Rc<ArrayObj>> {
    match v {
        Value::Array(a) => Ok(a),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// The storage code of a typecode `array()` accepts, and whether it is 'u'.
fn parse_typecode(c: char) -> Option<(Code, bool)> {
    if c == 'u' {
        return Some((Code::UnsignedInt, true));
    }
    let code = Code::from_char(c)?;
    let ok = code.is_integer() && !matches!(code, Code::SSize | Code::Size | Code::Pointer)
        || matches!(code, Code::Float | Code::Double);
    ok.then_some((code, false))
}

fn array_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("array.array")?;
    let a = args.pos;
    if a.is_empty() || a.len() > 2 {
        let (bound, count) = if a.is_empty() {
            ("least 1 argument", 0)
        } else {
            ("most 2 arguments", a.len())
        };
        return Err(PyErr::type_error(format!(
            "array() takes at {bound} ({count} given)"
        )));
    }
    let spec = match &a[0] {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().and_then(parse_typecode),
        other => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                other.arg_type_name()
            )));
        }
    };
    let Some((code, unicode)) = spec else {
        return Err(PyErr::value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    };
    let typecode = if unicode { 'u' } else { code.to_char() };
    let data = match a.get(1) {
        None => vec![],
        Some(Value::Str(s)) if unicode => items::encode_text(s.as_str()),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(format!(
                "cannot use a str to initialize an array with typecode '{typecode}'"
            )));
        }
        Some(init) if init.byte_buffer().is_some() => {
            let d = init.bytes_copy();
            if d.len() % code.native_size() != 0 {
                return Err(PyErr::value_error(
                    "bytes length not a multiple of item size",
                ));
            }
            d
        }
        Some(Value::Array(other)) if other.unicode && !unicode => {
            return Err(PyErr::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{typecode}'"
            )));
        }
        Some(Value::Array(other)) if other.typecode() == typecode => other.buf.to_vec(),
        Some(init) => {
            let items = interp.collect(init)?;
            items::encode_all(interp, code, unicode, &items)?
        }
    };
    Ok(Value::Array(alloc(ArrayObj {
        code,
        unicode,
        buf: alloc(Buffer::new(data)),
    })))
}

pub fn repr(interp: &mut Interp, a: &ArrayObj) -> PyResult<String> {
    let c = a.typecode();
    if a.is_empty() {
        return Ok(format!("array('{c}')"));
    }
    let items = if a.unicode {
        Value::str(a.text()?)
    } else {
        Value::list(a.items()?)
    };
    let items = interp.repr(&items)?;
    Ok(format!("array('{c}', {items})"))
}

fn new_like(a: &ArrayObj, data: Vec<u8>) -> Value {
    Value::Array(alloc(ArrayObj {
        code: a.code,
        unicode: a.unicode,
        buf: alloc(Buffer::new(data)),
    }))
}

fn exporting() -> PyErr {
    PyErr::new(
        crate::error::ExcKind::BufferError,
        "cannot resize an array that is exporting buffers",
    )
}

/// Item `i` of the array as it is now (a comparison may have resized it).
fn item_at(a: &ArrayObj, i: usize) -> Option<Value> {
    (i < a.len()).then(|| a.get(i))
}

impl Value {
    /// The array, if this is an `array.array`.
    pub fn as_array(&self) -> Option<&Rc<ArrayObj>> {
        match self {
            Value::Array(a) => Some(a),
            Value::Instance(i) => i.native.as_ref()?.as_array(),
            _ => None,
        }
    }
}
