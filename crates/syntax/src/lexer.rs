//! Wraps the logos tokens: turns leading whitespace into INDENT/DEDENT, drops line breaks
//! inside brackets and blank lines, checks bracket pairing, and closes blocks at end of input.

use std::collections::VecDeque;

use logos::{Logos, SpannedIter};

use crate::error::{bracket_error, indent_depth_error, lex_error, unindent_error, SyntaxError};

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
    brackets: Vec<(Tok, usize)>,
    at_line_start: bool,
    finished: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        Lexer {
            src,
            inner: Tok::lexer(src).spanned(),
            pending: VecDeque::new(),
            indents: vec![0],
            brackets: Vec::new(),
            at_line_start: true,
            finished: false,
        }
    }

    /// Whether input ended inside brackets or a block (the REPL reads more lines then).
    pub fn open_brackets(&self) -> usize {
        self.brackets.len()
    }

    fn indentation_of(&self, start: usize) -> usize {
        let line_start = self.src[..start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
        let mut col = 0;
        for ch in self.src[line_start..start].chars() {
            match ch {
                '\t' => col = (col / 8 + 1) * 8,
                '\x0c' => col = 0,
                _ => col += 1,
            }
        }
        col
    }

    fn indent_to(&mut self, start: usize) -> Result<(), SyntaxError> {
        let col = self.indentation_of(start);
        let top = *self.indents.last().unwrap_or(&0);
        if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(indent_depth_error(self.src, start));
            }
            self.indents.push(col);
            self.pending.push_back((start, Tok::Indent, start));
        } else if col < top {
            while col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.pending.push_back((start, Tok::Dedent, start));
            }
            if col != *self.indents.last().unwrap_or(&0) {
                return Err(unindent_error(self.src, start));
            }
        }
        Ok(())
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
            if self.at_line_start {
                self.indent_to(span.start)?;
                self.at_line_start = false;
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
