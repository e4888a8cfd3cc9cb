//! The text `help(obj)` prints, laid out as CPython's `pydoc.TextDoc` lays it out:
//! functions with their signature and docstring, classes with their methods and
//! attributes behind ` |  `, modules in NAME/DESCRIPTION/FUNCTIONS/DATA sections.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::class::{Class, Descriptor};
use crate::object::function::Function;
use crate::object::value::Value;

/// `inspect.cleandoc`: tabs expanded, the common indentation of the lines after the
/// first removed, blank lines at both ends dropped.
pub(crate) fn cleandoc(doc: &str) -> String {
    let expanded = doc.replace('\t', "        ");
    let mut lines: Vec<&str> = expanded.split('\n').collect();
    // Counted in characters, as CPython counts them.
    let leading = |l: &str| l.chars().take_while(|c| c.is_whitespace()).count();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim_start().is_empty())
        .map(|l| leading(l))
        .min();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    if let Some(first) = lines.first_mut() {
        out.push(first.trim_start().to_string());
    }
    for l in lines.iter().skip(1) {
        let cut = margin.unwrap_or(0).min(leading(l));
        out.push(l.chars().skip(cut).collect());
    }
    while out.first().is_some_and(|l| l.trim().is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// `pydoc.TextDoc.indent`: every line prefixed, the last one stripped on the right.
fn indent(text: &str, prefix: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut lines: Vec<String> = text.split('\n').map(|l| format!("{prefix}{l}")).collect();
    if let Some(last) = lines.last_mut() {
        *last = last.trim_end().to_string();
    }
    lines.join("\n")
}

/// A declaration line followed by its indented docstring.
fn with_doc(decl: &str, doc: &str) -> String {
    if doc.is_empty() {
        format!("{decl}\n")
    } else {
        format!("{decl}\n{}\n", indent(doc, "    ").trim_end())
    }
}

/// The cleaned docstring of `v` ("" when it has none).
fn doc_of(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let doc = match v {
        Value::Builtin(b) => super::help::builtin_doc(interp, b).map(|d| d.doc.to_string()),
        Value::Class(c) if c.builtin => super::docs::lookup(&c.name).map(|d| d.doc.to_string()),
        _ => match interp.get_attr_optional(v, "__doc__")? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        },
    };
    Ok(doc.map(|d| cleandoc(&d)).unwrap_or_default())
}

/// `(a, b=2, *args, c, **kw)` of a function written in Python; `skip` drops the bound
/// receiver of a method.
fn signature(interp: &mut Interp, f: &Function, skip: usize) -> PyResult<String> {
    let p = &f.code.params;
    let names = &f.code.local_names;
    let name = |i: usize| names.get(i).map_or("?".to_string(), |n| n.to_string());
    let mut parts = Vec::new();
    let defaults = f.defaults.borrow().clone();
    // As inspect pairs them: the last parameters take the first defaults (more
    // defaults than parameters: the first ones are used).
    let first_default = if defaults.len() <= p.positional {
        p.positional - defaults.len()
    } else {
        (2 * p.positional).saturating_sub(defaults.len())
    };
    for i in 0..p.positional {
        let mut s = name(i);
        if let Some(d) = i.checked_sub(first_default).and_then(|k| defaults.get(k)) {
            s = format!("{s}={}", interp.repr(d)?);
        }
        parts.push(s);
        if p.posonly > 0 && i + 1 == p.posonly {
            parts.push("/".into());
        }
    }
    let mut next = p.positional;
    if p.vararg {
        parts.push(format!("*{}", name(next)));
        next += 1;
    } else if p.kwonly > 0 {
        parts.push("*".into());
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    for k in 0..p.kwonly {
        let mut s = name(next + k);
        if let Some(Some(d)) = kwdefaults.get(k) {
            s = format!("{s}={}", interp.repr(d)?);
        }
        parts.push(s);
    }
    next += p.kwonly;
    if p.kwarg {
        parts.push(format!("**{}", name(next)));
    }
    let parts: Vec<String> = parts.into_iter().skip(skip).collect();
    Ok(parts.join(", "))
}

/// `pydoc.TextDoc.docroutine`: `name(sig)` and the docstring; `note` follows the
/// signature (" method of __main__.A instance").
fn routine(interp: &mut Interp, name: &str, v: &Value, note: &str) -> PyResult<String> {
    routine_from(interp, name, v, note, 0)
}

/// [`routine`], the first `skip` parameters left out (a class method's `cls`).
fn routine_from(
    interp: &mut Interp,
    name: &str,
    v: &Value,
    note: &str,
    skip: usize,
) -> PyResult<String> {
    let decl = match v {
        Value::Function(f) => {
            let sig = signature(interp, f, skip)?;
            if &**f.name.borrow() == "<lambda>" {
                format!("{name} lambda {sig}{note}")
            } else {
                format!("{name}({sig}){note}")
            }
        }
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => {
                let sig = signature(interp, f, 1)?;
                let class = interp.type_of(&m.receiver);
                let owner = qualified(interp, &class)?;
                format!("{name}({sig}) method of {owner} instance")
            }
            _ => format!(
                "{name}(...) method of builtins.{} instance",
                m.receiver.type_name()
            ),
        },
        Value::Builtin(b) => match super::help::builtin_doc(interp, b).and_then(|d| d.signature) {
            Some(sig) => format!("{name}{}{note}", &sig[sig.find('(').unwrap_or(0)..]),
            None => format!("{name}(...){note}"),
        },
        _ => format!("{name}(...){note}"),
    };
    let doc = doc_of(interp, v)?;
    Ok(with_doc(&decl, &doc))
}

/// `module.Name`, or just `Name` for built-in classes seen from `builtins`.
fn qualified(interp: &mut Interp, c: &Rc<Class>) -> PyResult<String> {
    Ok(format!("{}.{}", module_of(interp, c)?, c.name))
}

fn module_of(interp: &mut Interp, c: &Rc<Class>) -> PyResult<String> {
    if c.builtin {
        return Ok("builtins".into());
    }
    let m = Value::Class(c.clone());
    Ok(match interp.get_attr_optional(&m, "__module__")? {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "builtins".into(),
    })
}

/// Names pydoc never lists (`pydoc.visiblename`).
fn visible(name: &str) -> bool {
    const HIDDEN: &[&str] = &[
        "__author__",
        "__builtins__",
        "__cached__",
        "__credits__",
        "__date__",
        "__doc__",
        "__file__",
        "__spec__",
        "__loader__",
        "__module__",
        "__name__",
        "__package__",
        "__path__",
        "__qualname__",
        "__slots__",
        "__version__",
        "__dict__",
        "__weakref__",
    ];
    if HIDDEN.contains(&name) {
        return false;
    }
    (name.starts_with("__") && name.ends_with("__")) || !name.starts_with('_')
}

/// `pydoc.TextDoc.docclass`: the class line, its docstring, and what it defines.
pub(crate) fn class(interp: &mut Interp, c: &Rc<Class>) -> PyResult<String> {
    let home = module_of(interp, c)?;
    let mut bases = Vec::new();
    for b in &c.bases {
        let m = module_of(interp, b)?;
        bases.push(if m == home {
            b.name.to_string()
        } else {
            format!("{m}.{}", b.name)
        });
    }
    let mut title = format!("class {}", c.name);
    if !bases.is_empty() {
        title = format!("{title}({})", bases.join(", "));
    }
    let mut contents: Vec<String> = Vec::new();
    let doc = doc_of(interp, &Value::Class(c.clone()))?;
    if !doc.is_empty() {
        contents.push(format!("{doc}\n"));
    }
    if c.mro.len() > 1 {
        contents.push("Method resolution order:".into());
        contents.push(format!("    {}", qualified_or_plain(interp, c, &home)?));
        for m in c.mro.clone() {
            contents.push(format!("    {}", qualified_or_plain(interp, &m, &home)?));
        }
        contents.push(String::new());
    }
    let mut entries: Vec<(String, Option<Value>)> = c
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (interp.name(*k).to_string(), Some(v.clone())))
        .filter(|(k, _)| visible(k))
        .collect();
    // The first class with instance dicts holds the `__dict__` and `__weakref__`
    // descriptors (`None` marks them).
    if c.has_dict && !c.builtin && c.bases.iter().all(|b| b.builtin) {
        entries.push(("__dict__".into(), None));
        entries.push(("__weakref__".into(), None));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sections: Vec<(&str, Vec<String>)> = vec![
        ("Methods defined here:", vec![]),
        ("Class methods defined here:", vec![]),
        ("Static methods defined here:", vec![]),
        ("Readonly properties defined here:", vec![]),
        ("Data descriptors defined here:", vec![]),
        ("Data and other attributes defined here:", vec![]),
    ];
    for (name, v) in entries {
        let Some(v) = v else {
            let doc = if name == "__dict__" {
                "dictionary for instance variables"
            } else {
                "list of weak references to the object"
            };
            sections[4].1.push(with_doc(&name, doc));
            continue;
        };
        let (at, text) = match &v {
            Value::Function(_) | Value::Builtin(_) => (0, routine(interp, &name, &v, "")?),
            Value::Descriptor(d) => match &**d {
                Descriptor::ClassMethod(f) => {
                    (1, routine_from(interp, &name, f, " from builtins.type", 1)?)
                }
                Descriptor::StaticMethod(f) => (2, routine(interp, &name, f, "")?),
                Descriptor::Property {
                    doc, fget, fset, ..
                } => {
                    let doc = match doc {
                        Value::Str(s) => cleandoc(s.as_str()),
                        _ => doc_of(interp, fget)?,
                    };
                    (if fset.is_none() { 3 } else { 4 }, with_doc(&name, &doc))
                }
                _ => (5, format!("{name}\n")),
            },
            other => {
                let r = interp.repr(other)?;
                (5, format!("{name} = {r}\n"))
            }
        };
        sections[at].1.push(text);
    }
    let mut first = true;
    for (title, items) in sections {
        if items.is_empty() {
            continue;
        }
        if !first {
            contents.push("-".repeat(70));
        }
        first = false;
        contents.push(title.into());
        contents.push(String::new());
        contents.extend(items);
    }
    let body = contents.join("\n");
    Ok(format!("{title}\n{}\n", indent(body.trim_end(), " |  ")))
}

fn qualified_or_plain(interp: &mut Interp, c: &Rc<Class>, home: &str) -> PyResult<String> {
    let m = module_of(interp, c)?;
    Ok(if m == home || m == "builtins" && home == "builtins" {
        c.name.to_string()
    } else {
        format!("{m}.{}", c.name)
    })
}

/// `pydoc.TextDoc.docmodule`, in short: NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA, FILE.
pub(crate) fn module(interp: &mut Interp, m: &Value, name: &str) -> PyResult<String> {
    let doc = doc_of(interp, m)?;
    let (synopsis, rest) = match doc.split_once('\n') {
        Some((first, rest)) => (first.to_string(), rest.trim_start_matches('\n').to_string()),
        None => (doc.clone(), String::new()),
    };
    let mut out = String::new();
    let section = |out: &mut String, title: &str, body: &str| {
        out.push_str(&format!("{title}\n{}\n\n", indent(body.trim_end(), "    ")));
    };
    let head = if synopsis.is_empty() {
        name.to_string()
    } else {
        format!("{name} - {synopsis}")
    };
    section(&mut out, "NAME", &head);
    if !rest.is_empty() {
        section(&mut out, "DESCRIPTION", &rest);
    }
    let mut names = crate::types::object::dir_names(interp, m);
    names.sort();
    let (mut classes, mut functions, mut data) = (Vec::new(), Vec::new(), Vec::new());
    for n in names.iter().filter(|n| !n.starts_with('_')) {
        let Some(v) = interp.get_attr_optional(m, n)? else {
            continue;
        };
        match &v {
            Value::Class(c) => classes.push(class(interp, c)?),
            Value::Function(_) | Value::Builtin(_) => functions.push(routine(interp, n, &v, "")?),
            Value::Module(_) => {}
            other => {
                let r = interp.repr(other)?;
                data.push(format!("{n} = {r}"));
            }
        }
    }
    if !classes.is_empty() {
        section(&mut out, "CLASSES", &classes.join("\n"));
    }
    if !functions.is_empty() {
        section(&mut out, "FUNCTIONS", &functions.join("\n"));
    }
    if !data.is_empty() {
        section(&mut out, "DATA", &data.join("\n"));
    }
    let file = match interp.get_attr_optional(m, "__file__")? {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "(built-in)".into(),
    };
    section(&mut out, "FILE", &file);
    Ok(out)
}

/// `pydoc.render_doc`: "Help on ...:" and the document of `v`.
pub(crate) fn render(interp: &mut Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Builtin(b) => {
            let home = if super::help::builtin_doc(interp, b).is_some() {
                " in module builtins"
            } else {
                ""
            };
            let what = if b.owner.is_some() {
                "method_descriptor".to_string()
            } else {
                format!("built-in function {}{home}", b.name)
            };
            format!("Help on {what}:\n\n{}", routine(interp, b.name, v, "")?)
        }
        Value::Function(f) => {
            let name = f.name.borrow().clone();
            let home = match interp.get_attr_optional(v, "__module__")? {
                Some(Value::Str(s)) => format!(" in module {}", s.as_str()),
                _ => String::new(),
            };
            let text = routine(interp, &name, v, "")?;
            format!("Help on function {name}{home}:\n\n{text}")
        }
        Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => {
            let name = match interp.get_attr_optional(v, "__name__")? {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "?".into(),
            };
            let text = routine(interp, &name, v, "")?;
            format!("Help on built-in function {name}:\n\n{text}")
        }
        Value::BoundMethod(m) => {
            let name = match interp.get_attr_optional(v, "__name__")? {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "?".into(),
            };
            let home = match interp.get_attr_optional(&m.func, "__module__")? {
                Some(Value::Str(s)) => format!(" in module {}", s.as_str()),
                _ => String::new(),
            };
            let text = routine(interp, &name, v, "")?;
            format!("Help on method {name}{home}:\n\n{text}")
        }
        Value::Class(c) => {
            let home = module_of(interp, c)?;
            format!(
                "Help on class {} in module {home}:\n\n{}",
                c.name,
                class(interp, c)?
            )
        }
        Value::Module(m) => {
            let name = m.name.clone();
            let kind = match interp.get_attr_optional(v, "__file__")? {
                Some(Value::Str(_)) => "module",
                _ => "built-in module",
            };
            format!("Help on {kind} {name}:\n\n{}", module(interp, v, &name)?)
        }
        other => {
            let c = interp.type_of(other);
            let home = match module_of(interp, &c)?.as_str() {
                "builtins" => String::new(),
                m => format!(" in module {m}"),
            };
            format!("Help on {}{home} object:\n\n{}", c.name, class(interp, &c)?)
        }
    })
}
