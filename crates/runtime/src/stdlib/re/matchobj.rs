//! `re.Match`: the groups of one match, read through group numbers or names.

use std::rc::Rc;

use super::engine::UNSET;
use super::pattern::Compiled;
use super::subject::{Found, Subject};
use super::{classes, template};
use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::Value;

pub(crate) struct MatchData {
    pub pattern: Value,
    pub pat: Rc<Compiled>,
    pub string: Value,
    pub subject: Rc<Subject>,
    pub pos: usize,
    pub endpos: usize,
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
}

impl MatchData {
    pub(crate) fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        (s != UNSET && e != UNSET).then_some((s, e))
    }

    /// Group `g`'s text, or `default` when it did not match.
    pub(crate) fn group(&self, g: usize, default: &Value) -> Value {
        match self.span(g) {
            Some((s, e)) => self.subject.slice(s, e),
            None => default.clone(),
        }
    }
}

pub(crate) fn make_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    super::module_class(
        interp,
        "Match",
        &[
            ("group", group),
            ("groups", groups),
            ("groupdict", groupdict),
            ("start", start),
            ("end", end),
            ("span", span),
            ("expand", expand),
            ("__getitem__", getitem),
            ("__repr__", repr),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
        &[
            ("lastindex", get_lastindex),
            ("lastgroup", get_lastgroup),
            ("pos", get_pos),
            ("endpos", get_endpos),
            ("re", get_re),
            ("string", get_string),
            ("regs", get_regs),
        ],
    )
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn new_match(
    interp: &mut Interp,
    pattern: &Value,
    pat: &Rc<Compiled>,
    string: Value,
    subject: &Rc<Subject>,
    pos: usize,
    endpos: usize,
    found: Found,
) -> PyResult<Value> {
    let cls = classes(interp)?.matchobj;
    Ok(super::new_object(
        &cls,
        MatchData {
            pattern: pattern.clone(),
            pat: pat.clone(),
            string,
            subject: subject.clone(),
            pos,
            endpos,
            slots: found.slots,
            lastindex: found.lastindex,
        },
    ))
}

pub(crate) fn this(v: &Value) -> PyResult<Rc<MatchData>> {
    if let Value::Instance(i) = v {
        if let Some(m) = i.state::<MatchData>() {
            return Ok(m);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a 're.Match' object but received a '{}'",
        v.type_name()
    )))
}

/// A group given by number or name.
pub(crate) fn index(interp: &mut Interp, m: &MatchData, v: &Value) -> PyResult<usize> {
    let no_such = || PyErr::index_error("no such group");
    let i = match v.unwrap_native() {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(b.get()),
        Value::Str(s) => match m.pat.group_index(s.as_str()) {
            Some(g) => g as i64,
            None => return Err(no_such()),
        },
        Value::BigInt(_) => return Err(no_such()),
        other => {
            if interp
                .special_method(other, crate::object::intern::sym::__index__)
                .is_some()
            {
                crate::types::numbers::index::ssize_arg(interp, other)?
            } else {
                return Err(no_such());
            }
        }
    };
    if i < 0 || i as usize > m.pat.groups {
        return Err(no_such());
    }
    Ok(i as usize)
}

fn group(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    args.no_kw("group")?;
    match args.pos {
        [] => Ok(m.group(0, &Value::None)),
        [g] => {
            let g = index(interp, &m, g)?;
            Ok(m.group(g, &Value::None))
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let g = index(interp, &m, g)?;
                out.push(m.group(g, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let [g] = args.range("__getitem__", 1, 1)? else {
        return Ok(Value::None);
    };
    let g = index(interp, &m, g)?;
    Ok(m.group(g, &Value::None))
}

fn groups(_: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let [d] = args.parse("groups", ["default"], 0)?;
    let d = d.unwrap_or(Value::None);
    Ok(Value::tuple(
        (1..=m.pat.groups).map(|g| m.group(g, &d)).collect(),
    ))
}

fn groupdict(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let [d] = args.parse("groupdict", ["default"], 0)?;
    let d = d.unwrap_or(Value::None);
    let out = Value::dict(crate::types::dict::table::new_dict());
    for (name, g) in m.pat.named_groups() {
        interp.dict_set(&out, name.clone(), m.group(g, &d))?;
    }
    Ok(out)
}

fn group_arg(interp: &mut Interp, m: &MatchData, name: &str, args: Args) -> PyResult<usize> {
    let g = args.range(name, 0, 1)?;
    match g.first() {
        Some(v) => index(interp, m, v),
        None => Ok(0),
    }
}

fn pos_value(p: Option<(usize, usize)>, end: bool) -> Value {
    match p {
        Some((s, e)) => Value::Int(if end { e } else { s } as i64),
        None => Value::Int(-1),
    }
}

fn start(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let g = group_arg(interp, &m, "start", args)?;
    Ok(pos_value(m.span(g), false))
}

fn end(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let g = group_arg(interp, &m, "end", args)?;
    Ok(pos_value(m.span(g), true))
}

fn span_value(p: Option<(usize, usize)>) -> Value {
    Value::tuple(vec![pos_value(p, false), pos_value(p, true)])
}

fn span(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let g = group_arg(interp, &m, "span", args)?;
    Ok(span_value(m.span(g)))
}

fn expand(interp: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let [t] = args.parse("expand", ["template"], 1)?;
    let t = t.unwrap_or(Value::None);
    let tpl = template::parse_template(interp, &t, &m.pat)?;
    template::expand(interp, &tpl, &m)
}

fn repr(interp: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    let m = this(this_v)?;
    let (s, e) = m.span(0).unwrap_or((0, 0));
    let g = m.group(0, &Value::None);
    let mut r = interp.repr(&g)?;
    if r.chars().count() > 50 {
        r = r.chars().take(50).collect();
    }
    Ok(Value::str(format!(
        "<re.Match object; span=({s}, {e}), match={r}>"
    )))
}

fn copy(_: &mut Interp, this_v: &Value, _: Args) -> PyResult<Value> {
    Ok(this_v.clone())
}

fn deepcopy(_: &mut Interp, this_v: &Value, args: Args) -> PyResult<Value> {
    args.range("__deepcopy__", 1, 1)?;
    Ok(this_v.clone())
}

fn receiver(args: &Args) -> PyResult<Rc<MatchData>> {
    match args.pos.first() {
        Some(v) => this(v),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn get_lastindex(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(match receiver(&args)?.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

fn get_lastgroup(_: &mut Interp, args: Args) -> PyResult<Value> {
    let m = receiver(&args)?;
    Ok(m.lastindex
        .and_then(|i| m.pat.name_values.get(i).cloned())
        .unwrap_or(Value::None))
}

fn get_pos(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(receiver(&args)?.pos as i64))
}

fn get_endpos(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(receiver(&args)?.endpos as i64))
}

fn get_re(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(receiver(&args)?.pattern.clone())
}

fn get_string(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(receiver(&args)?.string.clone())
}

fn get_regs(_: &mut Interp, args: Args) -> PyResult<Value> {
    let m = receiver(&args)?;
    Ok(Value::tuple(
        (0..=m.pat.groups).map(|g| span_value(m.span(g))).collect(),
    ))
}
