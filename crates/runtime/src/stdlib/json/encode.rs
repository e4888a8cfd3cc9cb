//! Writing Python values as JSON text: CPython's encoder (its C accelerator for
//! `dumps` without indent, its Python `_make_iterencode` otherwise, whose chunks
//! `iterencode` yields and whose messages differ in two places).

use rustc_hash::FxHashSet;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::value::{BoolWord, Value};
use crate::types::numbers::{float, int};

use super::string::quote_into;

/// One encoding's settings and output.
pub(crate) struct Encoder {
    pub(crate) skipkeys: bool,
    pub(crate) ascii: bool,
    /// The ids of the containers being encoded (`check_circular`).
    pub(crate) markers: Option<FxHashSet<usize>>,
    pub(crate) allow_nan: bool,
    pub(crate) sort_keys: bool,
    pub(crate) indent: Option<String>,
    pub(crate) key_sep: String,
    pub(crate) item_sep: String,
    pub(crate) default: Value,
    /// CPython's C encoder answers `dumps` without indent: its messages, not the
    /// Python encoder's.
    pub(crate) c_messages: bool,
    pub(crate) out: String,
    /// The chunks `iterencode` yields, cut where CPython's Python encoder yields.
    pub(crate) chunks: Option<Vec<String>>,
}

/// What a value encodes as.
enum Kind<'v> {
    Scalar,
    List(&'v Value),
    Dict(&'v Value),
    Other,
}

fn kind(v: &Value) -> Kind<'_> {
    match v.unwrap_native() {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_) => Kind::Scalar,
        n @ (Value::List(_) | Value::Tuple(_)) => Kind::List(n),
        n @ Value::Dict(_) => Kind::Dict(n),
        _ => Kind::Other,
    }
}

impl Encoder {
    fn cut(&mut self) {
        if let Some(chunks) = &mut self.chunks {
            chunks.push(std::mem::take(&mut self.out));
        }
    }

    fn emit_cut(&mut self, s: &str) {
        self.out.push_str(s);
        self.cut();
    }

    fn recursion_what(&self) -> &'static str {
        if self.c_messages {
            "while encoding a JSON object"
        } else {
            "while calling a Python object"
        }
    }

    /// Writes a str, None, bool, int or float (subclasses by their base's value).
    fn scalar(&mut self, interp: &mut Interp, v: &Value) -> PyResult<()> {
        match v.unwrap_native() {
            Value::Str(s) => quote_into(&mut self.out, s.as_str(), self.ascii),
            Value::None => self.out.push_str("null"),
            Value::Bool(BoolWord::TRUE) => self.out.push_str("true"),
            Value::Bool(BoolWord::FALSE) => self.out.push_str("false"),
            Value::Float(x) => {
                let text = self.float_text(x.get())?;
                self.out.push_str(&text);
            }
            n => {
                let limit = interp.int_max_str_digits;
                let text = int::int_to_string(&mut interp.limits, n, limit)?;
                self.out.push_str(&text);
            }
        }
        Ok(())
    }

    fn float_text(&self, x: f64) -> PyResult<String> {
        let text = if x.is_nan() {
            "NaN"
        } else if x == f64::INFINITY {
            "Infinity"
        } else if x == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(float::repr(x));
        };
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(PyErr::value_error(if self.c_messages {
                msg.to_string()
            } else {
                format!("{msg}: {}", float::repr(x))
            }));
        }
        Ok(text.to_string())
    }

    /// Encodes any value (the top level, or what `default` returned).
    pub(crate) fn any(&mut self, interp: &mut Interp, v: &Value, level: usize) -> PyResult<()> {
        interp.limits.charge(1)?;
        match kind(v) {
            Kind::Scalar => {
                self.scalar(interp, v)?;
                self.cut();
                Ok(())
            }
            Kind::List(items) => self.list(interp, v, items, level),
            Kind::Dict(d) => self.dict(interp, v, d, level),
            Kind::Other => {
                let id = self.enter(v)?;
                let what = self.recursion_what();
                let new = interp.call(&self.default, vec![v.clone()], vec![])?;
                interp.recurse(what, |interp| self.any(interp, &new, level))?;
                self.leave(id);
                Ok(())
            }
        }
    }

    fn enter(&mut self, v: &Value) -> PyResult<usize> {
        let id = v.identity();
        if let Some(m) = &mut self.markers {
            if !m.insert(id) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
        }
        Ok(id)
    }

    fn leave(&mut self, id: usize) {
        if let Some(m) = &mut self.markers {
            m.remove(&id);
        }
    }

    /// A value inside a list or dict: scalars stay in the current chunk; before a
    /// container, a list's pending separator is a chunk of its own.
    fn member(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        in_list: bool,
    ) -> PyResult<()> {
        match kind(v) {
            Kind::Scalar => {
                interp.limits.charge(1)?;
                self.scalar(interp, v)?;
                self.cut();
                Ok(())
            }
            _ => {
                if in_list {
                    self.cut();
                }
                let what = self.recursion_what();
                interp.recurse(what, |interp| self.any(interp, v, level))
            }
        }
    }

    fn newline(&self, level: usize) -> Option<String> {
        self.indent.as_ref().map(|ind| {
            let mut s = String::with_capacity(1 + ind.len() * level);
            s.push('\n');
            for _ in 0..level {
                s.push_str(ind);
            }
            s
        })
    }

    fn list(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        items: &Value,
        level: usize,
    ) -> PyResult<()> {
        let len = |items: &Value| match items {
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        if len(items) == 0 {
            self.emit_cut("[]");
            return Ok(());
        }
        let id = self.enter(v)?;
        let inner = self.newline(level + 1);
        let separator = match &inner {
            Some(nl) => format!("{}{nl}", self.item_sep),
            None => self.item_sep.clone(),
        };
        self.out.push('[');
        if let Some(nl) = &inner {
            self.out.push_str(nl);
        }
        let mut i = 0;
        loop {
            // Read live, as CPython does: `default` may change the list.
            let item = match items {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                _ => None,
            };
            let Some(item) = item else { break };
            if i > 0 {
                self.out.push_str(&separator);
            }
            self.member(interp, &item, level + 1, true)?;
            i += 1;
        }
        if let Some(nl) = self.newline(level) {
            self.emit_cut(&nl);
        }
        self.emit_cut("]");
        self.leave(id);
        Ok(())
    }

    fn dict(&mut self, interp: &mut Interp, v: &Value, d: &Value, level: usize) -> PyResult<()> {
        let Some(dict) = d.as_dict() else {
            return Ok(());
        };
        let mut items = crate::types::dict::table::items(&dict.borrow());
        if items.is_empty() {
            self.emit_cut("{}");
            return Ok(());
        }
        let id = self.enter(v)?;
        self.emit_cut("{");
        let inner = self.newline(level + 1);
        if let Some(nl) = &inner {
            self.emit_cut(nl);
        }
        let separator = match &inner {
            Some(nl) => format!("{}{nl}", self.item_sep),
            None => self.item_sep.clone(),
        };
        if self.sort_keys {
            items = sorted_items(interp, items)?;
        }
        let mut first = true;
        for (k, value) in items {
            // A str key is quoted straight into the output; others become text first.
            let text: Option<String> = match k.unwrap_native() {
                Value::Str(_) => None,
                Value::Float(x) => Some(self.float_text(x.get())?),
                Value::Bool(b) => Some(if b.get() { "true" } else { "false" }.to_string()),
                Value::None => Some("null".to_string()),
                n @ (Value::Int(_) | Value::BigInt(_)) => {
                    let limit = interp.int_max_str_digits;
                    Some(int::int_to_string(&mut interp.limits, n, limit)?)
                }
                _ if self.skipkeys => continue,
                _ => {
                    return Err(PyErr::type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        k.type_name()
                    )))
                }
            };
            if !first {
                self.emit_cut(&separator);
            }
            first = false;
            match (&text, k.unwrap_native()) {
                (Some(t), _) => quote_into(&mut self.out, t, self.ascii),
                (None, Value::Str(s)) => quote_into(&mut self.out, s.as_str(), self.ascii),
                _ => {}
            }
            self.cut();
            self.out.push_str(&self.key_sep);
            self.cut();
            self.member(interp, &value, level + 1, false)?;
        }
        if let Some(nl) = self.newline(level) {
            self.emit_cut(&nl);
        }
        self.emit_cut("}");
        self.leave(id);
        Ok(())
    }
}

/// `sorted(d.items())`: pairs compared as tuples, with CPython's errors.
fn sorted_items(interp: &mut Interp, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let pairs = items
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    let sorted = crate::types::list::sort::sort_values(interp, pairs, &Value::None, false)?;
    Ok(sorted
        .into_iter()
        .filter_map(|p| match p {
            Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
            _ => None,
        })
        .collect())
}
