//! The pattern parser: pattern text (code points; a bytes pattern's bytes) to a tree of
//! [`Node`]s, with CPython's `re.error` messages and positions (Lib/re/_parser.py).
//! The flags in force (inline `(?i:...)` included) are baked into the leaves, so the
//! compiler needs no flag stack.

use super::flags::*;

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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, PartialEq, Debug)]
pub(crate) enum Item {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum At {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The part of the flags a leaf needs: case folding and which character classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Mode {
    pub fold: bool,
    /// Unicode classes and folding (a str pattern without ASCII).
    pub unicode: bool,
}

#[derive(Clone, Debug)]
pub(crate) enum Node {
    Lit(u32, Mode),
    NotLit(u32, Mode),
    Any(bool),
    In(bool, Vec<Item>, Mode),
    At(At, bool),
    Seq(Vec<Node>),
    Branch(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat(u64, u64, RepeatKind, Box<Node>),
    Atomic(Box<Node>),
    Assert {
        behind: bool,
        neg: bool,
        width: usize,
        node: Box<Node>,
    },
    GroupRef(usize, Mode),
    GroupRefExists(usize, Box<Node>, Box<Node>),
}

/// A parsed pattern: its tree, flags (inline ones added), groups and their names.
pub(crate) struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

type Tok = Option<(u32, Option<u32>)>;

struct Parser {
    text: Vec<u32>,
    is_str: bool,
    index: usize,
    next: Tok,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    depth: usize,
}

fn tok_len(t: &Tok) -> usize {
    match t {
        None => 0,
        Some((_, None)) => 1,
        Some((_, Some(_))) => 2,
    }
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn tok_str(t: &Tok) -> String {
    match t {
        None => String::new(),
        Some((a, None)) => ch(*a).to_string(),
        Some((a, Some(b))) => format!("{}{}", ch(*a), ch(*b)),
    }
}

fn is(t: &Tok, c: char) -> bool {
    *t == Some((c as u32, None))
}

fn is_digit(t: &Tok) -> bool {
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

fn is_identifier(s: &str) -> bool {
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
    fn advance(&mut self) -> Result<(), Fail> {
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

    fn get(&mut self) -> Result<Tok, Fail> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn matches(&mut self, c: char) -> Result<bool, Fail> {
        if is(&self.next, c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn tell(&self) -> usize {
        self.index - tok_len(&self.next)
    }

    fn seek(&mut self, index: usize) -> Result<(), Fail> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> Fail {
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

    fn mode(&self, flags: u32) -> Mode {
        Mode {
            fold: flags & IGNORECASE != 0,
            unicode: self.is_str && flags & ASCII == 0,
        }
    }

    fn getwhile(&mut self, n: usize, ok: fn(u32) -> bool) -> Result<String, Fail> {
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

    fn getuntil(&mut self, term: char, name: &str) -> Result<String, Fail> {
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

    fn checkgroupname(&self, name: &str, offset: usize) -> Result<(), Fail> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }

    fn checkgroup(&self, g: usize) -> bool {
        g < self.groups && !self.open.contains(&g)
    }

    fn checklookbehindgroup(&self, g: usize) -> Result<(), Fail> {
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

    fn escape_value(&mut self, esc: &mut String, c: char) -> Result<Option<u32>, Fail> {
        let hex = |c: u32| char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit());
        let digits = match c {
            'x' => 2,
            'u' if self.is_str => 4,
            'U' if self.is_str => 8,
            _ => return Ok(None),
        };
        esc.push_str(&self.getwhile(digits, hex)?);
        let n = esc.chars().count();
        if n != digits + 2 {
            return Err(self.error(&format!("incomplete escape {esc}"), n));
        }
        let v = u32::from_str_radix(&esc[2..], 16).unwrap_or(u32::MAX);
        if v > 0x10ffff {
            return Err(self.error(&format!("bad escape {esc}"), n));
        }
        Ok(Some(v))
    }

    fn named_char(&mut self) -> Result<u32, Fail> {
        if !self.matches('{')? {
            return Err(self.error("missing {", 0));
        }
        let name = self.getuntil('}', "character name")?;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => Err(self.error(
                &format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            )),
        }
    }

    /// An escape inside `[...]`: a literal or a category.
    fn class_escape(&mut self, t: (u32, u32)) -> Result<Item, Fail> {
        let c = ch(t.1);
        let mut esc = format!("\\{c}");
        if let Some(v) = simple_escape(c) {
            return Ok(Item::Lit(v));
        }
        if let Some(cat) = category(c) {
            return Ok(Item::Cat(cat));
        }
        if let Some(v) = self.escape_value(&mut esc, c)? {
            return Ok(Item::Lit(v));
        }
        if c == 'N' && self.is_str {
            return Ok(Item::Lit(self.named_char()?));
        }
        if ('0'..='7').contains(&c) {
            esc.push_str(&self.getwhile(2, |c| (b'0' as u32..=b'7' as u32).contains(&c))?);
            let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
            if v > 0o377 {
                let n = esc.chars().count();
                return Err(self.error(
                    &format!("octal escape value {esc} outside of range 0-0o377"),
                    n,
                ));
            }
            return Ok(Item::Lit(v));
        }
        if c.is_ascii_alphanumeric() {
            return Err(self.error(&format!("bad escape {esc}"), esc.chars().count()));
        }
        Ok(Item::Lit(t.1))
    }

    /// An escape outside a set.
    fn escape(&mut self, t: (u32, u32), flags: u32) -> Result<Node, Fail> {
        let c = ch(t.1);
        let mode = self.mode(flags);
        let ml = flags & MULTILINE != 0;
        match c {
            'A' => return Ok(Node::At(At::BeginningString, mode.unicode)),
            'Z' => return Ok(Node::At(At::EndString, mode.unicode)),
            'b' => return Ok(Node::At(At::Boundary, mode.unicode)),
            'B' => return Ok(Node::At(At::NonBoundary, mode.unicode)),
            _ => {}
        }
        let _ = ml;
        if let Some(cat) = category(c) {
            return Ok(Node::In(false, vec![Item::Cat(cat)], mode));
        }
        if let Some(v) = simple_escape(c) {
            return Ok(Node::Lit(v, mode));
        }
        let mut esc = format!("\\{c}");
        if let Some(v) = self.escape_value(&mut esc, c)? {
            return Ok(Node::Lit(v, mode));
        }
        if c == 'N' && self.is_str {
            return Ok(Node::Lit(self.named_char()?, mode));
        }
        if c == '0' {
            esc.push_str(&self.getwhile(2, |c| (b'0' as u32..=b'7' as u32).contains(&c))?);
            return Ok(Node::Lit(
                u32::from_str_radix(&esc[1..], 8).unwrap_or(0),
                mode,
            ));
        }
        if c.is_ascii_digit() {
            if is_digit(&self.next) {
                let d = self.get()?;
                esc.push_str(&tok_str(&d));
                let oct = |x: char| ('0'..='7').contains(&x);
                let b: Vec<char> = esc.chars().collect();
                let third = matches!(self.next, Some((x, None)) if oct(ch(x)));
                if oct(b[1]) && oct(b[2]) && third {
                    let d = self.get()?;
                    esc.push_str(&tok_str(&d));
                    let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.error(
                            &format!("octal escape value {esc} outside of range 0-0o377"),
                            4,
                        ));
                    }
                    return Ok(Node::Lit(v, mode));
                }
            }
            let g: usize = esc[1..].parse().unwrap_or(usize::MAX);
            let n = esc.chars().count();
            if g < self.groups {
                if !self.checkgroup(g) {
                    return Err(self.error("cannot refer to an open group", n));
                }
                self.checklookbehindgroup(g)?;
                return Ok(Node::GroupRef(g, mode));
            }
            return Err(self.error(&format!("invalid group reference {g}"), n - 1));
        }
        if c.is_ascii_alphabetic() {
            return Err(self.error(&format!("bad escape {esc}"), esc.chars().count()));
        }
        Ok(Node::Lit(t.1, mode))
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
                    if behind {
                        if lo != hi {
                            return Err(Fail::Re(
                                "look-behind requires fixed-width pattern".into(),
                                None,
                            ));
                        }
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

    /// Inline flags after `(?`: None for global flags `(?i)`, else the flags turned on
    /// and off for a scoped group `(?i-s:...)`.
    fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, Fail> {
        let mut add = 0;
        let mut del = 0;
        let mut c = Some(first);
        let flag_of = |c: char| match c {
            'i' => Some(IGNORECASE),
            'L' => Some(LOCALE),
            'm' => Some(MULTILINE),
            's' => Some(DOTALL),
            'x' => Some(VERBOSE),
            'a' => Some(ASCII),
            't' => Some(TEMPLATE),
            'u' => Some(UNICODE),
            _ => None,
        };
        let tc = |t: &Tok| -> Option<char> {
            match t {
                Some((c, None)) => Some(ch(*c)),
                _ => None,
            }
        };
        if first != '-' {
            loop {
                let ch0 = c.unwrap_or(' ');
                let flag = flag_of(ch0).unwrap_or(0);
                if self.is_str && ch0 == 'L' {
                    return Err(self.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.is_str && ch0 == 'u' {
                    return Err(self.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let t = self.get()?;
                if t.is_none() {
                    return Err(self.error("missing -, : or )", 0));
                }
                c = tc(&t);
                if matches!(c, Some(')' | '-' | ':')) {
                    break;
                }
                if c.and_then(flag_of).is_none() {
                    let s = tok_str(&t);
                    let alpha = s.chars().count() == 1 && s.chars().all(char::is_alphabetic);
                    let msg = if alpha {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.error(msg, s.chars().count()));
                }
            }
        }
        if c == Some(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if c == Some('-') {
            let t = self.get()?;
            if t.is_none() {
                return Err(self.error("missing flag", 0));
            }
            c = tc(&t);
            if c.and_then(flag_of).is_none() {
                let s = tok_str(&t);
                let alpha = s.chars().count() == 1 && s.chars().all(char::is_alphabetic);
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.error(msg, s.chars().count()));
            }
            loop {
                let flag = c.and_then(flag_of).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let t = self.get()?;
                if t.is_none() {
                    return Err(self.error("missing :", 0));
                }
                c = tc(&t);
                if c == Some(':') {
                    break;
                }
                if c.and_then(flag_of).is_none() {
                    let s = tok_str(&t);
                    let alpha = s.chars().count() == 1 && s.chars().all(char::is_alphabetic);
                    let msg = if alpha { "unknown flag" } else { "missing :" };
                    return Err(self.error(msg, s.chars().count()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

fn push_uniq(set: &mut Vec<Item>, item: Item) {
    if !set.contains(&item) {
        set.push(item);
    }
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// The least and most characters `n` can match (`MAXREPEAT` standing for unbounded).
pub(crate) fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let cap = |x: u64| x.min(MAXREPEAT);
    match n {
        Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::In(..) => (1, 1),
        Node::At(..) | Node::Assert { .. } => (0, 0),
        Node::Seq(v) => v.iter().fold((0, 0), |(a, b), n| {
            let (x, y) = width(n, groups);
            (cap(a + x), cap(b + y))
        }),
        Node::Branch(v) => {
            let ws: Vec<(u64, u64)> = v.iter().map(|n| width(n, groups)).collect();
            (
                ws.iter().map(|w| w.0).min().unwrap_or(0),
                ws.iter().map(|w| w.1).max().unwrap_or(0),
            )
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat(min, max, _, n) => {
            let (x, y) = width(n, groups);
            (cap(x.saturating_mul(*min)), cap(y.saturating_mul(*max)))
        }
        Node::GroupRef(g, _) => groups.get(*g).copied().flatten().unwrap_or((0, MAXREPEAT)),
        Node::GroupRefExists(_, a, b) => {
            let (x, y) = width(a, groups);
            let (p, q) = width(b, groups);
            (x.min(p), y.max(q))
        }
    }
}
