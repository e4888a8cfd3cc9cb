//! Syntax errors, with CPython's wording. Every parse failure is mapped here.

use std::fmt;

use lalrpop_util::ParseError;

use crate::token::{LexErrorKind, Tok};

/// Which exception class a syntax error is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    /// Indentation whose comparison depends on the tab size.
    TabError,
    /// Source nested too deeply to compile: CPython's "maximum recursion depth exceeded
    /// during compilation", printed without a location.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error located in the source, ready to be printed like CPython does.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line number.
    pub lineno: usize,
    /// The offending line, without its line break.
    pub text: String,
    /// 1-based character column of the caret's start; `None` prints no caret.
    pub offset: Option<usize>,
    /// 1-based character column just past the caret's end.
    pub end_offset: usize,
}

impl SyntaxError {
    /// An error whose caret covers the byte range `start..end` of `src`.
    pub fn new(
        src: &str,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let index = LineIndex::new(src);
        let (lineno, col) = index.line_col(src, start);
        let text = index.line_text(src, lineno).to_string();
        let end_col = if index.line_col(src, end).0 == lineno {
            index.line_col(src, end).1
        } else {
            text.chars().count()
        };
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            text,
            offset: Some(col + 1),
            end_offset: end_col.max(col + 1) + 1,
        }
    }

    fn without_caret(mut self) -> SyntaxError {
        self.offset = None;
        self
    }

    /// The lines CPython prints for this error, after any traceback header.
    pub fn render(&self, filename: &str) -> String {
        if self.kind == SyntaxErrorKind::RecursionError {
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        let stripped = self.text.trim_start_matches([' ', '\t', '\x0c']);
        let removed = self.text.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end();
        if !shown.is_empty() || self.offset.is_some() {
            out.push_str(&format!("    {shown}\n"));
        }
        if let Some(offset) = self.offset {
            let start = offset.saturating_sub(1).saturating_sub(removed);
            let width = self.end_offset.saturating_sub(offset).max(1);
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.name(),
            self.msg,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Maps byte offsets to lines and columns.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = src.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line number of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// 1-based line and 0-based character column.
    pub fn line_col(&self, src: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let offset = offset.min(src.len());
        let col = src
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text<'s>(&self, src: &'s str, line: usize) -> &'s str {
        let Some(&start) = self.starts.get(line - 1) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(src.len());
        src.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// A lexer error, located at `start..end`; `detected` is where scanning stopped.
pub(crate) fn lex_error(src: &str, kind: LexErrorKind, start: usize, end: usize) -> SyntaxError {
    let err = |msg: String| SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, start, end);
    match kind {
        LexErrorKind::InvalidCharacter => {
            let ch = src[start..].chars().next().unwrap_or(' ');
            if ch == '$' || ch == '?' || ch == '`' || ch == '!' {
                err("invalid syntax".into())
            } else if ch.is_whitespace() || ch.is_control() || !ch.is_ascii() {
                err(format!(
                    "invalid non-printable character U+{:04X}",
                    ch as u32
                ))
            } else {
                err("invalid syntax".into())
            }
        }
        LexErrorKind::TooManyDigits(n) => err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            crate::literal::MAX_STR_DIGITS
        ))
        .without_caret(),
        LexErrorKind::Literal(msg, caret_after) => {
            if caret_after {
                SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, end, end)
            } else {
                err(msg)
            }
        }
        LexErrorKind::UnterminatedString | LexErrorKind::UnterminatedTripleString => {
            let index = LineIndex::new(src);
            let mut detected = if matches!(kind, LexErrorKind::UnterminatedString) {
                end
            } else {
                src.len()
            };
            if detected == src.len() && src.ends_with('\n') && detected > 0 {
                detected -= 1;
            }
            let what = if matches!(kind, LexErrorKind::UnterminatedString) {
                ""
            } else {
                "triple-quoted "
            };
            let line = index.line(detected);
            SyntaxError::new(
                src,
                SyntaxErrorKind::SyntaxError,
                format!("unterminated {what}string literal (detected at line {line})"),
                start,
                start,
            )
        }
    }
}

/// The error raised for a bracket problem found while lexing.
pub(crate) fn bracket_error(src: &str, msg: String, at: usize) -> SyntaxError {
    SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, at, at + 1)
}

/// CPython's tokenizer refuses a 100th level of indentation (`MAXINDENT`).
pub(crate) fn indent_depth_error(src: &str, at: usize) -> SyntaxError {
    SyntaxError::new(
        src,
        SyntaxErrorKind::IndentationError,
        "too many levels of indentation",
        at,
        at,
    )
    .without_caret()
}

/// Indentation that compares differently with tabs of 8 columns and of 1.
pub(crate) fn tab_error(src: &str, at: usize) -> SyntaxError {
    SyntaxError::new(
        src,
        SyntaxErrorKind::TabError,
        "inconsistent use of tabs and spaces in indentation",
        at,
        at,
    )
    .without_caret()
}

pub(crate) fn unindent_error(src: &str, at: usize) -> SyntaxError {
    let mut err = SyntaxError::new(
        src,
        SyntaxErrorKind::IndentationError,
        "unindent does not match any outer indentation level",
        at,
        at,
    );
    let len = err.text.chars().count();
    err.offset = Some(len + 1);
    err.end_offset = len + 2;
    err
}

/// The token the parser stopped at, as a user error carried through lalrpop.
pub type ParserError = ParseError<usize, Tok, SyntaxError>;

/// Names the compound statement a block belongs to, as CPython words it.
fn block_owner(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

/// Turns a parser error into CPython's SyntaxError. `tokens` is what the lexer produced.
pub(crate) fn map_parse_error(
    src: &str,
    err: ParserError,
    tokens: &[(usize, Tok, usize)],
) -> SyntaxError {
    let syntax = |msg: &str, start: usize, end: usize| {
        SyntaxError::new(src, SyntaxErrorKind::SyntaxError, msg, start, end)
    };
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => syntax("invalid syntax", location, location + 1),
        ParseError::ExtraToken {
            token: (start, _, end),
        } => syntax("invalid syntax", start, end),
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|e| e == "\"INDENT\"") {
                return expected_block(src, tokens, location);
            }
            syntax("unexpected EOF while parsing", location, location)
        }
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => {
            if tok == Tok::Indent {
                return SyntaxError::new(
                    src,
                    SyntaxErrorKind::IndentationError,
                    "unexpected indent",
                    start,
                    start,
                )
                .without_caret();
            }
            if expected.len() == 1 && expected[0] == "\"INDENT\"" {
                return expected_block(src, tokens, start);
            }
            if tok == Tok::Newline && expected.iter().any(|e| e == "\":\"") {
                return syntax("expected ':'", start, start + 1);
            }
            if let Some(k) = tokens.iter().position(|t| t.0 == start && t.1 == tok) {
                if let Some(e) = crate::hints::hint(src, tokens, k) {
                    return e;
                }
            }
            if expected.len() == 1 && (expected[0] == "\":\"" || expected[0] == "\"(\"") {
                let what = &expected[0][1..expected[0].len() - 1];
                return syntax(&format!("expected '{what}'"), start, end);
            }
            if tok == Tok::Newline || tok == Tok::Dedent {
                return syntax("invalid syntax", start, start + 1);
            }
            syntax("invalid syntax", start, end)
        }
    }
}

fn expected_block(src: &str, tokens: &[(usize, Tok, usize)], at: usize) -> SyntaxError {
    // The block's owner is the first token of the logical line before the error.
    let before: Vec<_> = tokens.iter().filter(|t| t.0 < at).collect();
    let mut owner = None;
    for (i, t) in before.iter().enumerate().rev() {
        if i == 0 || matches!(before[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            if let Some(name) = block_owner(&t.1) {
                owner = Some((name, t.0));
                break;
            }
        }
    }
    let index = LineIndex::new(src);
    let msg = match owner {
        Some((name, pos)) => format!(
            "expected an indented block after {name} on line {}",
            index.line(pos)
        ),
        None => "expected an indented block".to_string(),
    };
    let (at, end) = tokens
        .iter()
        .find(|t| t.0 >= at && t.1 != Tok::Dedent)
        .map_or((at, at + 1), |t| (t.0, t.0 + 1));
    SyntaxError::new(src, SyntaxErrorKind::IndentationError, msg, at, end)
}
