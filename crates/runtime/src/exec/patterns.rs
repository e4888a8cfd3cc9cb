//! Running `match` statements: each case's pattern is tried against the subject; the
//! names it captures are bound only once the whole pattern matched.

use super::eval::{focus, Exec, Frame, Resume};
use crate::error::{messages, PyResult};
use crate::exec::code::*;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::dict::table::Dict;

/// Built-in types a sequence pattern matches (str, bytes and bytearray never do).
const SEQUENCE_TYPES: &[&str] = &["list", "tuple", "range", "memoryview", "array", "deque"];
/// Built-in types a mapping pattern matches.
const MAPPING_TYPES: &[&str] = &["dict", "mappingproxy"];
/// Built-in types whose class pattern `T(x)` matches the subject itself.
const MATCH_SELF_TYPES: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// Captured values, by the case's capture slot.
type Captures = Vec<Option<Value>>;

impl Interp {
    pub(super) fn exec_match(&mut self, m: &MatchStmt, f: &mut Frame) -> Exec {
        let subject = self.eval(&m.subject, f)?;
        for (i, case) in m.cases.iter().enumerate() {
            let mut caps: Captures = (0..case.captures.len()).map(|_| None).collect();
            let matched = self
                .match_pattern(&case.pattern, &subject, &mut caps, f)
                .map_err(|e| focus(e, case.span))?;
            if !matched {
                continue;
            }
            for (target, v) in case.captures.iter().zip(caps) {
                if let Some(v) = v {
                    self.assign(target, v, f)?;
                }
            }
            if let Some(g) = &case.guard {
                // (CPython reports a failing truth test at the pattern; the guard is
                // nearer than the statement.)
                if !self.condition(g, f).map_err(|e| focus(e, g.span))? {
                    continue;
                }
            }
            if let Err(u) = self.exec_block(&case.body, f) {
                return Err(self.suspending(u, || Resume::Case(i)));
            }
            return Ok(());
        }
        Ok(())
    }

    /// Whether the subject's type is, or derives from, one of the built-in types named.
    fn derives_from_builtin(&mut self, v: &Value, names: &[&str]) -> bool {
        let t = self.type_of(v);
        std::iter::once(&t)
            .chain(t.mro.iter())
            .any(|c| c.builtin && names.contains(&c.name()))
    }

    fn match_pattern(
        &mut self,
        p: &Pattern,
        subject: &Value,
        caps: &mut Captures,
        f: &mut Frame,
    ) -> PyResult<bool> {
        self.recurse("", |interp| interp.match_pattern_inner(p, subject, caps, f))
    }

    fn match_pattern_inner(
        &mut self,
        p: &Pattern,
        subject: &Value,
        caps: &mut Captures,
        f: &mut Frame,
    ) -> PyResult<bool> {
        Ok(match p {
            Pattern::Wildcard => true,
            Pattern::Capture(slot) => {
                caps[*slot as usize] = Some(subject.clone());
                true
            }
            Pattern::As(inner, slot) => {
                let ok = self.match_pattern(inner, subject, caps, f)?;
                if ok {
                    caps[*slot as usize] = Some(subject.clone());
                }
                ok
            }
            Pattern::Value(e) => {
                let v = self.eval(e, f)?;
                self.eq(subject, &v)?
            }
            Pattern::Singleton(v) => subject.is(v),
            Pattern::Star(_) => true,
            Pattern::Sequence(items) => self.match_sequence(items, subject, caps, f)?,
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => self.match_mapping(keys, patterns, *rest, subject, caps, f)?,
            Pattern::Class {
                cls,
                patterns,
                keywords,
                span,
            } => self
                .match_class(cls, patterns, keywords, subject, caps, f)
                .map_err(|e| focus(e, *span))?,
            Pattern::Or(alts) => {
                for alt in alts {
                    let mut trial: Captures = caps.clone();
                    if self.match_pattern(alt, subject, &mut trial, f)? {
                        *caps = trial;
                        return Ok(true);
                    }
                }
                false
            }
        })
    }

    fn match_sequence(
        &mut self,
        items: &[Pattern],
        subject: &Value,
        caps: &mut Captures,
        f: &mut Frame,
    ) -> PyResult<bool> {
        if !self.derives_from_builtin(subject, SEQUENCE_TYPES) {
            return Ok(false);
        }
        let star = items.iter().position(|p| matches!(p, Pattern::Star(_)));
        let len = self.len(subject)?;
        let fixed = items.len() - usize::from(star.is_some());
        if (star.is_none() && len != items.len()) || len < fixed {
            return Ok(false);
        }
        let values = self.collect(subject)?;
        if values.len() != len {
            return Ok(false);
        }
        let mut at = 0;
        for p in items {
            if let Pattern::Star(slot) = p {
                let taken = len - fixed;
                if let Some(slot) = slot {
                    caps[*slot as usize] = Some(Value::list(values[at..at + taken].to_vec()));
                }
                at += taken;
                continue;
            }
            if !self.match_pattern(p, &values[at], caps, f)? {
                return Ok(false);
            }
            at += 1;
        }
        Ok(true)
    }

    fn match_mapping(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<u32>,
        subject: &Value,
        caps: &mut Captures,
        f: &mut Frame,
    ) -> PyResult<bool> {
        if !self.derives_from_builtin(subject, MAPPING_TYPES) {
            return Ok(false);
        }
        if self.len(subject)? < keys.len() {
            return Ok(false);
        }
        let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        let missing = Value::list(vec![]);
        let get = self.intern("get");
        for k in keys {
            let k = self.eval(k, f)?;
            for s in &seen {
                if self.eq(s, &k)? {
                    let r = self.repr(&k)?;
                    return Err(messages::duplicate_mapping_key(&r));
                }
            }
            let v = self.call_method(subject, get, vec![k.clone(), missing.clone()])?;
            seen.push(k);
            if v.is(&missing) {
                return Ok(false);
            }
            values.push(v);
        }
        for (p, v) in patterns.iter().zip(&values) {
            if !self.match_pattern(p, v, caps, f)? {
                return Ok(false);
            }
        }
        if let Some(slot) = rest {
            let copy = Value::dict(Dict::default());
            self.dict_update(&copy, subject)?;
            for k in &seen {
                self.del_item(&copy, k)?;
            }
            caps[slot as usize] = Some(copy);
        }
        Ok(true)
    }

    fn match_class(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        keywords: &[(crate::object::intern::Sym, Pattern)],
        subject: &Value,
        caps: &mut Captures,
        f: &mut Frame,
    ) -> PyResult<bool> {
        let cls_value = self.eval(cls, f)?;
        let Value::Class(class) = &cls_value else {
            return Err(messages::match_not_class());
        };
        if !self.type_of(subject).is_subclass(class) {
            return Ok(false);
        }
        let class_name = class.name().to_string();
        let mut seen: Vec<String> = vec![];
        let mut attrs: Vec<Value> = Vec::with_capacity(patterns.len() + keywords.len());
        if !patterns.is_empty() {
            let match_args_sym = self.intern("__match_args__");
            let (names, match_self) = match self.get_attr(&cls_value, match_args_sym) {
                Ok(Value::Tuple(t)) => (t.to_vec(), false),
                Ok(other) => {
                    return Err(messages::match_args_not_tuple(
                        &class_name,
                        other.type_name(),
                    ))
                }
                Err(e) if self.is_attribute_error(&e) => {
                    let own = std::iter::once(class).chain(class.mro.iter());
                    let match_self = own
                        .into_iter()
                        .any(|c| c.builtin && MATCH_SELF_TYPES.contains(&c.name()));
                    (vec![], match_self)
                }
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < patterns.len() {
                return Err(messages::too_many_subpatterns(
                    &class_name,
                    allowed,
                    patterns.len(),
                ));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in names.iter().take(patterns.len()) {
                    let Value::Str(s) = name else {
                        return Err(messages::match_args_not_str(name.type_name()));
                    };
                    let name = s.as_str().to_string();
                    match self.match_class_attr(subject, &class_name, &name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(false),
                    }
                }
            }
        }
        for (sym, _) in keywords {
            let name = self.name(*sym).to_string();
            match self.match_class_attr(subject, &class_name, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        let all = patterns.iter().chain(keywords.iter().map(|(_, p)| p));
        for (p, v) in all.zip(&attrs) {
            if !self.match_pattern(p, v, caps, f)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The attribute a class pattern's sub-pattern looks at (`None` when missing).
    fn match_class_attr(
        &mut self,
        subject: &Value,
        class_name: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            let r = self.repr(&Value::str(name))?;
            return Err(messages::repeated_subpattern(class_name, &r));
        }
        seen.push(name.to_string());
        let sym = self.intern(name);
        match self.get_attr(subject, sym) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
