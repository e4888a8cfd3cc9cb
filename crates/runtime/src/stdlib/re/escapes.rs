//! Backslash escapes in a pattern, inside and outside `[...]` (CPython's
//! `_class_escape` and `_escape`), with their messages.

use super::node::{At, Category, Item, Node};
use super::parse::{ch, is_digit, py_repr, tok_str, Fail, Parser};

impl Parser {
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
    pub(super) fn class_escape(&mut self, t: (u32, u32)) -> Result<Item, Fail> {
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
    pub(super) fn escape(&mut self, t: (u32, u32), flags: u32) -> Result<Node, Fail> {
        let c = ch(t.1);
        let mode = self.mode(flags);
        match c {
            'A' => return Ok(Node::At(At::BeginningString, mode.unicode)),
            'Z' => return Ok(Node::At(At::EndString, mode.unicode)),
            'b' => return Ok(Node::At(At::Boundary, mode.unicode)),
            'B' => return Ok(Node::At(At::NonBoundary, mode.unicode)),
            _ => {}
        }
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
