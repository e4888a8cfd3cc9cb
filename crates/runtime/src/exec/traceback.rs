//! Tracebacks printed exactly like CPython 3.11's, source lines and caret markers included.

use std::rc::Rc;

use minipy_syntax::ast::{self, Span};

use crate::exec::code::{Code, SourceFile};

/// One frame of a traceback: where the frame was when the exception passed through it.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub focus: Span,
}

impl TbEntry {
    pub fn file(&self) -> &Rc<SourceFile> {
        &self.code.file
    }

    pub fn line(&self) -> usize {
        self.code.file.line_of(self.focus.start)
    }

    /// The `File "...", line N, in name` block with its source line and carets.
    pub fn render(&self, out: &mut String) {
        let line = self.line();
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            self.code.file.name, line, self.code.name
        ));
        // Like CPython, pseudo-files (`<string>`, `<stdin>`) have no source to show.
        if self.code.file.name.starts_with('<') {
            return;
        }
        let text = self.code.file.line_text(line);
        let stripped = text.trim_start();
        if stripped.is_empty() {
            return;
        }
        out.push_str("    ");
        out.push_str(stripped.trim_end());
        out.push('\n');
        if let Some(carets) = self.carets(text) {
            out.push_str(&carets);
        }
    }

    fn carets(&self, text: &str) -> Option<String> {
        let src = &self.code.file.text;
        let line_start = self
            .code
            .file
            .lines
            .line_col(src, self.focus.start as usize);
        let line_begin = self.focus.start as usize
            - src[..self.focus.start as usize]
                .chars()
                .rev()
                .take(line_start.1)
                .map(char::len_utf8)
                .sum::<usize>();
        let stripped_chars = text.chars().count() - text.trim_start().chars().count();
        let stripped_len = text.trim().chars().count();
        let start = line_start.1;
        let end_line = self
            .code
            .file
            .line_of(self.focus.end.max(self.focus.start + 1) - 1);
        let single_line = end_line == line_start.0;
        let end = if single_line {
            start
                + src
                    .get(self.focus.start as usize..self.focus.end as usize)?
                    .chars()
                    .count()
        } else {
            stripped_chars + stripped_len
        };
        let segment = if single_line {
            src.get(self.focus.start as usize..self.focus.end as usize)
        } else {
            None
        };
        let anchors = segment.and_then(anchors);
        let width = end.saturating_sub(start);
        let covers_line = width >= stripped_len;
        let has_secondary = anchors.is_some_and(|(l, r)| r > l);
        if covers_line && !has_secondary {
            return None;
        }
        let _ = line_begin;
        let mut out = String::from("    ");
        out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
        match anchors {
            Some((left_end, right_start)) => {
                out.push_str(&"~".repeat(left_end));
                out.push_str(&"^".repeat(right_start - left_end));
                out.push_str(&"~".repeat(width.saturating_sub(right_start)));
            }
            None => out.push_str(&"^".repeat(width)),
        }
        out.push('\n');
        Some(out)
    }
}

/// For a binary operation or a subscript, the character offsets where the secondary
/// (`^`) part starts and ends, as CPython 3.11 computes them.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let expr = minipy_syntax::parse_expression(&format!("(\n{segment}\n)")).ok()?;
    let offset = 2u32;
    let char_pos = |byte: u32| -> usize {
        segment
            .get(..(byte - offset) as usize)
            .map_or(0, |s| s.chars().count())
    };
    let next_non_space = |mut i: usize| -> usize {
        let chars: Vec<char> = segment.chars().collect();
        while i < chars.len()
            && (chars[i].is_whitespace() || chars[i] == ')' || chars[i] == '\\' || chars[i] == '#')
        {
            i += 1;
        }
        i
    };
    match &expr.kind {
        ast::ExprKind::BinOp { left, op, .. } => {
            let left_end = next_non_space(char_pos(left.span.end));
            Some((left_end, left_end + op.symbol().len()))
        }
        ast::ExprKind::Subscript { value, .. } => {
            let left_end = next_non_space(char_pos(value.span.end));
            Some((left_end, segment.chars().count()))
        }
        _ => None,
    }
}
