//! The pattern parser: pattern text (code points; a bytes pattern's bytes) to a tree of
//! [`Node`]s, with CPython's `re.error` messages and positions (Lib/re/_parser.py).
//! The flags in force (inline `(?i:...)` included) are baked into the leaves, so the
//! compiler needs no flag stack.

use super::flags::*;
use super::node::{width, At, Item, Mode, Node, RepeatKind};

/// The largest repeat count plus one (`MAXREPEAT` of a 64-bit CPython build).
pub(crate) const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 2_147_483_647;
/// Groups nested deeper than this are refused (CPython's parser recurses too).
const MAX_NESTING: usize = 400;

/// Why a pattern cannot be compiled: `re.error(msg, pattern, pos)` or another exception.
#[derive(Debug)]
pub(crate) enum Fail {
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    Recursion,
}

/// A parsed pattern: its tree, flags (inline ones added), groups and their names.
pub(crate) struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

pub(super) type Tok = Option<(u32, Option<u32>)>;

pub(crate) struct Parser {
    pub(super) text: Vec<u32>,
    pub(super) is_str: bool,
    pub(super) index: usize,
    pub(super) next: Tok,
    pub(super) flags: u32,
    pub(super) groups: usize,
    pub(super) names: Vec<(String, usize)>,
    pub(super) open: Vec<usize>,
    pub(super) widths: Vec<Option<(u64, u64)>>,
    pub(super) lookbehind_groups: Option<usize>,
    pub(super) grouprefpos: Vec<(usize, usize)>,
    pub(super) depth: usize,
}

fn tok_len(t: &Tok) -> usize {
    match t {
        None => 0,
        Some((_, None)) => 1,
        Some((_, Some(_))) => 2,
    }
}

pub(super) fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

pub(super) fn tok_str(t: &Tok) -> String {
    match t {
        None => String::new(),
        Some((a, None)) => ch(*a).to_string(),
        Some((a, Some(b))) => format!("{}{}", ch(*a), ch(*b)),
    }
}

pub(super) fn is(t: &Tok, c: char) -> bool {
    *t == Some((c as u32, None))
}

pub(super) fn is_digit(t: &Tok) -> bool {
    matches!(t, Some((c, None)) if (b'0' as u32..=b'9' as u32).contains(c))
}

/// `repr()` of a str, as the messages quote names.
pub(crate) fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !crate::types::str::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"))
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"))
                } else {
                    out.push_str(&format!("\\U{n:08x}"))
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

pub(super) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

pub(crate) fn parse(text: Vec<u32>, is_str: bool, flags: u32) -> Result<Parsed, Fail> {
    let mut p = Parser {
        text,
        is_str,
        index: 0,
        next: None,
        flags,
        groups: 1,
        names: Vec::new(),
        open: Vec::new(),
        widths: vec![Some((0, 0))],
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        depth: 0,
    };
    p.advance()?;
    let node = p.parse_sub(flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(is_str, p.flags)?;
    if p.next.is_some() {
        return Err(p.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.groups {
            return Err(Fail::Re(format!("invalid group reference {g}"), Some(pos)));
        }
    }
    // Conditions written before their group was opened are bound now.
    Ok(Parsed {
        node,
        flags,
        groups: p.groups - 1,
        names: p.names,
    })
}

/// CPython's `fix_flags`: the type flags checked against the pattern's type.
pub(crate) fn fix_flags(is_str: bool, mut flags: u32) -> Result<u32, Fail> {
    if is_str {
        if flags & LOCALE != 0 {
            return Err(Fail::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(Fail::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(Fail::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Fail::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

impl Parser {
    pub(super) fn advance(&mut self) -> Result<(), Fail> {
        let i = self.index;
        let Some(&c) = self.text.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&d) = self.text.get(i + 1) else {
                return Err(Fail::Re(
                    "bad escape (end of pattern)".into(),
                    Some(self.text.len() - 1),
                ));
            };
            self.index = i + 2;
            self.next = Some((c, Some(d)));
        } else {
            self.index = i + 1;
            self.next = Some((c, None));
        }
        Ok(())
    }

    pub(super) fn get(&mut self) -> Result<Tok, Fail> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub(super) fn matches(&mut self, c: char) -> Result<bool, Fail> {
        if is(&self.next, c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn tell(&self) -> usize {
        self.index - tok_len(&self.next)
    }

    pub(super) fn seek(&mut self, index: usize) -> Result<(), Fail> {
        self.index = index;
        self.advance()
    }

    pub(super) fn error(&self, msg: &str, offset: usize) -> Fail {
        let msg = if self.is_str {
            msg.to_string()
        } else {
            msg.chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect()
        };
        Fail::Re(msg, Some(self.tell().saturating_sub(offset)))
    }

    pub(super) fn mode(&self, flags: u32) -> Mode {
        Mode {
            fold: flags & IGNORECASE != 0,
            unicode: self.is_str && flags & ASCII == 0,
        }
    }

    pub(super) fn getwhile(&mut self, n: usize, ok: fn(u32) -> bool) -> Result<String, Fail> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some((c, None)) if ok(c) => {
                    out.push(ch(c));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    pub(super) fn getuntil(&mut self, term: char, name: &str) -> Result<String, Fail> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(&format!("missing {term}, unterminated name"), n));
                }
                Some((c, None)) if c == term as u32 => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                t => out.push_str(&tok_str(&t)),
            }
        }
    }

    pub(super) fn checkgroupname(&self, name: &str, offset: usize) -> Result<(), Fail> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }

    pub(super) fn checkgroup(&self, g: usize) -> bool {
        g < self.groups && !self.open.contains(&g)
    }

    pub(super) fn checklookbehindgroup(&self, g: usize) -> Result<(), Fail> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(g) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn parse_sub(&mut self, mut verbose: bool, nested: usize) -> Result<Node, Fail> {
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(&mut verbose, nested + 1, first)?);
            if !self.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or(Node::Seq(vec![])));
        }
        Ok(Node::Branch(items))
    }

    fn parse_seq(&mut self, verbose: &mut bool, nested: usize, first: bool) -> Result<Node, Fail> {
        if nested > MAX_NESTING {
            return Err(Fail::Recursion);
        }
        let mut seq: Vec<Node> = Vec::new();
        // Whether each item of `seq` is a repeat or an anchor (for the repeat errors).
        loop {
            let this = self.next;
            let Some((c0, c1)) = this else { break };
            if c1.is_none() && (c0 == '|' as u32 || c0 == ')' as u32) {
                break;
            }
            self.advance()?;
            let flags = self.flags;
            if *verbose && c1.is_none() {
                if matches!(ch(c0), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if c0 == '#' as u32 {
                    loop {
                        let t = self.get()?;
                        if t.is_none() || is(&t, '\n') {
                            break;
                        }
                    }
                    continue;
                }
            }
            if let Some(c1) = c1 {
                seq.push(self.escape((c0, c1), flags)?);
                continue;
            }
            let c = ch(c0);
            match c {
                '[' => seq.push(self.parse_set(flags)?),
                '*' | '+' | '?' | '{' => {
                    if !self.parse_repeat(c, &mut seq)? {
                        seq.push(Node::Lit(c0, self.mode(flags)));
                    }
                }
                '.' => seq.push(Node::Any(flags & DOTALL != 0)),
                '^' => seq.push(Node::At(
                    if flags & MULTILINE != 0 {
                        At::BeginningLine
                    } else {
                        At::Beginning
                    },
                    false,
                )),
                '$' => seq.push(Node::At(
                    if flags & MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::End
                    },
                    false,
                )),
                '(' => {
                    if let Some(n) = self.parse_group(verbose, nested, first && seq.is_empty())? {
                        seq.push(n);
                    }
                }
                _ => seq.push(Node::Lit(c0, self.mode(flags))),
            }
        }
        if seq.len() == 1 {
            return Ok(seq.pop().unwrap_or(Node::Seq(vec![])));
        }
        Ok(Node::Seq(seq))
    }

    /// A quantifier after `seq`'s last item; false when `{` is a literal.
    fn parse_repeat(&mut self, c: char, seq: &mut Vec<Node>) -> Result<bool, Fail> {
        let here = self.tell();
        let (min, max) = match c {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if is(&self.next, '}') {
                    return Ok(false);
                }
                let mut lo = String::new();
                let mut hi = String::new();
                while is_digit(&self.next) {
                    lo.push_str(&tok_str(&self.get()?));
                }
                if self.matches(',')? {
                    while is_digit(&self.next) {
                        hi.push_str(&tok_str(&self.get()?));
                    }
                } else {
                    hi = lo.clone();
                }
                if !self.matches('}')? {
                    self.seek(here)?;
                    return Ok(false);
                }
                let big = || Fail::Overflow("the repetition number is too large".into());
                let mut min = 0;
                let mut max = MAXREPEAT;
                if !lo.is_empty() {
                    min = lo.parse::<u64>().map_err(|_| big())?;
                    if min >= MAXREPEAT {
                        return Err(big());
                    }
                }
                if !hi.is_empty() {
                    max = hi.parse::<u64>().map_err(|_| big())?;
                    if max >= MAXREPEAT {
                        return Err(big());
                    }
                    if max < min {
                        return Err(
                            self.error("min repeat greater than max repeat", self.tell() - here)
                        );
                    }
                }
                (min, max)
            }
        };
        let back = self.tell() - here + 1;
        let item = match seq.pop() {
            None | Some(Node::At(..)) => return Err(self.error("nothing to repeat", back)),
            Some(Node::Repeat(..)) => return Err(self.error("multiple repeat", back)),
            Some(Node::Seq(v)) if v.is_empty() => return Err(self.error("nothing to repeat", back)),
            Some(n) => n,
        };
        let kind = if self.matches('?')? {
            RepeatKind::Lazy
        } else if self.matches('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        seq.push(Node::Repeat(min, max, kind, Box::new(item)));
        Ok(true)
    }

    fn parse_set(&mut self, flags: u32) -> Result<Node, Fail> {
        let here = self.tell() - 1;
        let mut set: Vec<Item> = Vec::new();
        let negate = self.matches('^')?;
        loop {
            let this = self.get()?;
            let Some(t) = this else {
                return Err(self.error("unterminated character set", self.tell() - here));
            };
            if is(&this, ']') && !set.is_empty() {
                break;
            }
            let code1 = match t {
                (_, Some(e)) => self.class_escape((t.0, e))?,
                (c, None) => Item::Lit(c),
            };
            if self.matches('-')? {
                let that = self.get()?;
                let Some(u) = that else {
                    return Err(self.error("unterminated character set", self.tell() - here));
                };
                if is(&that, ']') {
                    push_uniq(&mut set, code1);
                    push_uniq(&mut set, Item::Lit('-' as u32));
                    break;
                }
                let code2 = match u {
                    (_, Some(e)) => self.class_escape((u.0, e))?,
                    (c, None) => Item::Lit(c),
                };
                let bad = || {
                    let (a, b) = (tok_str(&this), tok_str(&that));
                    (
                        format!("bad character range {a}-{b}"),
                        a.chars().count() + 1 + b.chars().count(),
                    )
                };
                match (code1, code2) {
                    (Item::Lit(lo), Item::Lit(hi)) if hi >= lo => {
                        push_uniq(&mut set, Item::Range(lo, hi))
                    }
                    _ => {
                        let (m, n) = bad();
                        return Err(self.error(&m, n));
                    }
                }
            } else {
                push_uniq(&mut set, code1);
            }
        }
        let mode = self.mode(flags);
        if set.len() == 1 {
            if let Item::Lit(c) = set[0] {
                return Ok(if negate {
                    Node::NotLit(c, mode)
                } else {
                    Node::Lit(c, mode)
                });
            }
        }
        Ok(Node::In(negate, set, mode))
    }

    /// `(...)` after its `(`; None for a comment or global flags.
    fn parse_group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
    ) -> Result<Option<Node>, Fail> {
        let start = self.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let (mut add, mut del) = (0u32, 0u32);
        if self.matches('?')? {
            let t = self.get()?;
            let Some(t0) = t else {
                return Err(self.error("unexpected end of pattern", 0));
            };
            let c = if t0.1.is_some() { '\\' } else { ch(t0.0) };
            match c {
                'P' => {
                    if self.matches('<')? {
                        let n = self.getuntil('>', "group name")?;
                        self.checkgroupname(&n, 1)?;
                        name = Some(n);
                    } else if self.matches('=')? {
                        let n = self.getuntil(')', "group name")?;
                        self.checkgroupname(&n, 1)?;
                        let len = n.chars().count() + 1;
                        let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                            let msg = format!("unknown group name {}", py_repr(&n));
                            return Err(self.error(&msg, len));
                        };
                        if !self.checkgroup(g) {
                            return Err(self.error("cannot refer to an open group", len));
                        }
                        self.checklookbehindgroup(g)?;
                        return Ok(Some(Node::GroupRef(g, self.mode(self.flags))));
                    } else {
                        let t = self.get()?;
                        if t.is_none() {
                            return Err(self.error("unexpected end of pattern", 0));
                        }
                        let s = tok_str(&t);
                        let n = s.chars().count() + 2;
                        return Err(self.error(&format!("unknown extension ?P{s}"), n));
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    if self.next.is_none() {
                        return Err(
                            self.error("missing ), unterminated comment", self.tell() - start)
                        );
                    }
                    if is(&self.get()?, ')') {
                        return Ok(None);
                    }
                },
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let behind = c == '<';
                    let saved = self.lookbehind_groups;
                    if behind {
                        let t = self.get()?;
                        if t.is_none() {
                            return Err(self.error("unexpected end of pattern", 0));
                        }
                        if !(is(&t, '=') || is(&t, '!')) {
                            let s = tok_str(&t);
                            let n = s.chars().count() + 2;
                            return Err(self.error(&format!("unknown extension ?<{s}"), n));
                        }
                        kind = if is(&t, '=') { '=' } else { '!' };
                        if saved.is_none() {
                            self.lookbehind_groups = Some(self.groups);
                        }
                    }
                    self.depth += 1;
                    let p = self.parse_sub(*verbose, nested + 1)?;
                    self.depth -= 1;
                    if behind && saved.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.matches(')')? {
                        return Err(
                            self.error("missing ), unterminated subpattern", self.tell() - start)
                        );
                    }
                    let (lo, hi) = width(&p, &self.widths);
                    if behind && lo != hi {
                        return Err(Fail::Re(
                            "look-behind requires fixed-width pattern".into(),
                            None,
                        ));
                    }
                    return Ok(Some(Node::Assert {
                        behind,
                        neg: kind == '!',
                        width: lo as usize,
                        node: Box::new(p),
                    }));
                }
                '(' => return self.parse_conditional(verbose, nested, start).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if "iLmsxatu-".contains(c) && t0.1.is_none() => match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return Err(self.error(
                                "global flags not at the start of the expression",
                                self.tell() - start,
                            ));
                        }
                        *verbose = self.flags & VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => {
                    let s = tok_str(&t);
                    let n = s.chars().count() + 1;
                    return Err(self.error(&format!("unknown extension ?{s}"), n));
                }
            }
        }
        let group = if capture {
            let g = self.groups;
            if g >= MAXGROUPS {
                return Err(self.error("too many groups", 0));
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    let msg = format!(
                        "redefinition of group name {} as group {g}; was group {old}",
                        py_repr(n)
                    );
                    return Err(self.error(&msg, n.chars().count() + 1));
                }
                self.names.push((n.clone(), g));
            }
            self.groups += 1;
            self.open.push(g);
            self.widths.push(None);
            Some(g)
        } else {
            None
        };
        let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
        let saved = self.flags;
        // A type flag turned on (`(?u:...)` in an ASCII pattern) replaces the other.
        let base = if add & TYPE_FLAGS != 0 {
            self.flags & !TYPE_FLAGS
        } else {
            self.flags
        };
        self.flags = (base | add) & !del;
        let p = self.parse_sub(sub_verbose, nested + 1);
        self.flags = saved;
        let p = p?;
        if !self.matches(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        if let Some(g) = group {
            self.open.retain(|&o| o != g);
            let w = width(&p, &self.widths);
            if let Some(slot) = self.widths.get_mut(g) {
                *slot = Some(w);
            }
            return Ok(Some(Node::Group(g, Box::new(p))));
        }
        if atomic {
            return Ok(Some(Node::Atomic(Box::new(p))));
        }
        // A non-capturing group is its contents, kept whole (a quantifier after it
        // repeats it all; `(?:a*)*` is no "multiple repeat").
        Ok(Some(Node::Seq(vec![p])))
    }

    fn parse_conditional(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        start: usize,
    ) -> Result<Node, Fail> {
        let name = self.getuntil(')', "group name")?;
        let len = name.chars().count() + 1;
        let g = if is_identifier(&name) {
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => {
                    let msg = format!("unknown group name {}", py_repr(&name));
                    return Err(self.error(&msg, len));
                }
            }
        } else {
            let Ok(g) = name.trim().parse::<u64>() else {
                let msg = format!("bad character in group name {}", py_repr(&name));
                return Err(self.error(&msg, len));
            };
            if g == 0 {
                return Err(self.error("bad group number", len));
            }
            if g >= MAXGROUPS as u64 {
                return Err(self.error(&format!("invalid group reference {g}"), len));
            }
            let g = g as usize;
            if !self.grouprefpos.iter().any(|&(x, _)| x == g) {
                self.grouprefpos.push((g, self.tell() - len));
            }
            g
        };
        self.checklookbehindgroup(g)?;
        let yes = self.parse_seq(verbose, nested + 1, false)?;
        let no = if self.matches('|')? {
            let no = self.parse_seq(verbose, nested + 1, false)?;
            if is(&self.next, '|') {
                return Err(self.error("conditional backref with more than two branches", 0));
            }
            no
        } else {
            Node::Seq(vec![])
        };
        if !self.matches(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(Node::GroupRefExists(g, Box::new(yes), Box::new(no)))
    }
}

fn push_uniq(set: &mut Vec<Item>, item: Item) {
    if !set.contains(&item) {
        set.push(item);
    }
}
