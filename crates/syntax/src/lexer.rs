//! Wraps the logos tokens: turns leading whitespace into INDENT/DEDENT, drops line breaks
//! inside brackets and blank lines, checks bracket pairing, and closes blocks at end of input.

use std::collections::VecDeque;

use logos::{Logos, SpannedIter};

use crate::error::{
    bracket_error, indent_depth_error, lex_error, tab_error, unindent_error, SyntaxError,
};

/// Levels of indentation (with the outermost) CPython's tokenizer allows.
const MAX_INDENT: usize = 100;
use crate::token::Tok;

/// A token with its byte span, as the parser consumes it.
pub type Spanned = (usize, Tok, usize);

/// CPython's tokenizer refuses deeper bracket nesting with this limit.
const MAX_BRACKET_DEPTH: usize = 200;

pub struct Lexer<'s> {
    src: &'s str,
    inner: SpannedIter<'s, Tok>,
    pending: VecDeque<Spanned>,
    indents: Vec<usize>,
    /// The same levels measured with tabs of one column, as CPython's tokenizer keeps
    /// them: indentation comparing differently is a TabError.
    alt_indents: Vec<usize>,
    brackets: Vec<(Tok, usize)>,
    at_line_start: bool,
    finished: bool,
    /// A `match` header was just produced: the next INDENT opens its case blocks.
    match_opened: bool,
    /// Indentation depths (lengths of `indents`) whose statements are case blocks.
    case_levels: Vec<usize>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        Lexer {
            src,
            inner: Tok::lexer(src).spanned(),
            pending: VecDeque::new(),
            indents: vec![0],
            alt_indents: vec![0],
            brackets: Vec::new(),
            at_line_start: true,
            finished: false,
            match_opened: false,
            case_levels: Vec::new(),
        }
    }

    /// Whether input ended inside brackets or a block (the REPL reads more lines then).
    pub fn open_brackets(&self) -> usize {
        self.brackets.len()
    }

    /// The line's indentation with tabs to multiples of 8 columns, and with tabs of 1.
    fn indentation_of(&self, start: usize) -> (usize, usize) {
        let line_start = self.src[..start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
        let (mut col, mut alt) = (0, 0);
        for ch in self.src[line_start..start].chars() {
            match ch {
                '\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                '\x0c' => (col, alt) = (0, 0),
                _ => (col, alt) = (col + 1, alt + 1),
            }
        }
        (col, alt)
    }

    fn indent_to(&mut self, start: usize) -> Result<(), SyntaxError> {
        let (col, alt) = self.indentation_of(start);
        let top = *self.indents.last().unwrap_or(&0);
        let alt_top = *self.alt_indents.last().unwrap_or(&0);
        if col == top && alt != alt_top {
            return Err(tab_error(self.src, start));
        }
        if col > top {
            if alt <= alt_top {
                return Err(tab_error(self.src, start));
            }
            self.alt_indents.push(alt);
            if self.indents.len() >= MAX_INDENT {
                return Err(indent_depth_error(self.src, start));
            }
            self.indents.push(col);
            self.pending.push_back((start, Tok::Indent, start));
            if std::mem::take(&mut self.match_opened) {
                self.case_levels.push(self.indents.len());
            }
        } else {
            self.match_opened = false;
            while col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.alt_indents.pop();
                self.pending.push_back((start, Tok::Dedent, start));
            }
            if col != *self.indents.last().unwrap_or(&0) {
                return Err(unindent_error(self.src, start));
            }
            if alt != *self.alt_indents.last().unwrap_or(&0) {
                return Err(tab_error(self.src, start));
            }
            let depth = self.indents.len();
            self.case_levels.retain(|&l| l <= depth);
        }
        Ok(())
    }

    /// Turns a name starting a statement into the soft keyword it stands for, if any.
    fn soft_keyword(&mut self, tok: Tok, end: usize) -> Tok {
        match &tok {
            Tok::Name(n) if n == "match" && self.is_match_header(end) => {
                self.match_opened = true;
                Tok::Match
            }
            Tok::Name(n) if n == "case" && self.case_levels.last() == Some(&self.indents.len()) => {
                Tok::Case
            }
            _ => tok,
        }
    }

    /// Whether the logical line after a leading `match` (ending at `end`) is a match
    /// statement's header: it ends with a `:` outside brackets, and `match` is not
    /// assigned to, annotated or looked into.
    fn is_match_header(&self, end: usize) -> bool {
        let mut depth = 0usize;
        let mut last = None;
        for (i, tok) in Tok::lexer(&self.src[end..]).enumerate() {
            let Ok(tok) = tok else { return false };
            if i == 0
                && matches!(
                    tok,
                    Tok::Newline | Tok::Equal | Tok::Colon | Tok::Dot | Tok::Comma | Tok::Semi
                )
            {
                return false;
            }
            match tok {
                Tok::Newline if depth == 0 => break,
                Tok::Newline => continue,
                ref t if t.is_open_bracket() => depth += 1,
                ref t if t.is_close_bracket() => depth = depth.saturating_sub(1),
                _ => {}
            }
            last = Some(tok);
        }
        last == Some(Tok::Colon)
    }

    fn track_bracket(&mut self, tok: &Tok, start: usize) -> Result<(), SyntaxError> {
        if tok.is_open_bracket() {
            if self.brackets.len() >= MAX_BRACKET_DEPTH {
                return Err(bracket_error(
                    self.src,
                    "too many nested parentheses".into(),
                    start,
                ));
            }
            self.brackets.push((tok.clone(), start));
        } else if tok.is_close_bracket() {
            let close = bracket_char(tok);
            let Some((open, open_at)) = self.brackets.pop() else {
                return Err(bracket_error(
                    self.src,
                    format!("unmatched '{close}'"),
                    start,
                ));
            };
            let expected = match open {
                Tok::LPar => ')',
                Tok::LSqb => ']',
                _ => '}',
            };
            if expected != close {
                let index = crate::error::LineIndex::new(self.src);
                let (open_line, close_line) = (index.line(open_at), index.line(start));
                let where_ = if open_line == close_line {
                    String::new()
                } else {
                    format!(" on line {open_line}")
                };
                let msg = format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{}'{where_}",
                    bracket_char(&open)
                );
                return Err(bracket_error(self.src, msg, start));
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SyntaxError> {
        self.finished = true;
        if let Some((open, at)) = self.brackets.last() {
            return Err(bracket_error(
                self.src,
                format!("'{}' was never closed", bracket_char(open)),
                *at,
            ));
        }
        let end = self.src.len();
        if !self.at_line_start {
            self.pending.push_back((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.alt_indents.pop();
            self.pending.push_back((end, Tok::Dedent, end));
        }
        Ok(())
    }

    fn advance(&mut self) -> Result<(), SyntaxError> {
        loop {
            let Some((result, span)) = self.inner.next() else {
                return self.finish();
            };
            let tok = match result {
                Ok(tok) => tok,
                Err(kind) => {
                    self.finished = true;
                    return Err(lex_error(self.src, kind, span.start, span.end));
                }
            };
            if tok == Tok::Newline {
                if self.at_line_start || !self.brackets.is_empty() {
                    continue;
                }
                self.at_line_start = true;
                self.pending.push_back((span.start, tok, span.end));
                return Ok(());
            }
            let mut tok = tok;
            if self.at_line_start {
                self.indent_to(span.start)?;
                self.at_line_start = false;
                tok = self.soft_keyword(tok, span.end);
            }
            self.track_bracket(&tok, span.start)?;
            self.pending.push_back((span.start, tok, span.end));
            return Ok(());
        }
    }
}

fn bracket_char(tok: &Tok) -> char {
    match tok {
        Tok::LPar => '(',
        Tok::RPar => ')',
        Tok::LSqb => '[',
        Tok::RSqb => ']',
        Tok::LBrace => '{',
        _ => '}',
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pending.is_empty() && !self.finished {
            if let Err(e) = self.advance() {
                self.finished = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
        self.pending.pop_front().map(Ok)
    }
}

/// Lexes a whole source, for tests and tools.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, SyntaxError> {
    Lexer::new(src).collect()
}
