//! Inline flags after `(?`: global `(?i)` and scoped `(?i-s:...)` (CPython's
//! `_parse_flags`), with their messages.

use super::flags::*;
use super::parse::{ch, tok_str, Fail, Parser, Tok};

impl Parser {
    /// Inline flags after `(?`: None for global flags `(?i)`, else the flags turned on
    /// and off for a scoped group `(?i-s:...)`.
    pub(super) fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, Fail> {
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
