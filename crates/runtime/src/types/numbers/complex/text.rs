//! A complex number as text: CPython's repr, and `complex('1+2j')` parsing.

use crate::error::{PyErr, PyResult};
use crate::types::numbers::float;

/// A float as CPython's `'r'` format gives it without `Py_DTSF_ADD_DOT_0`: the
/// shortest round-trip digits, `1` rather than `1.0`. A NaN never has a sign.
pub fn part_repr(x: f64) -> String {
    let s = float::repr(x);
    match s.strip_suffix(".0") {
        Some(short) => short.to_string(),
        None => s,
    }
}

/// `repr(z)`: `1j` when the real part is +0, else `(re+imj)`.
pub fn repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    let im_text = part_repr(im);
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", part_repr(re))
}

/// `complex(text)`: CPython's grammar (`<float>`, `<float>j`, `<float><signed-float>j`,
/// and the older `<float><sign>j`, `<sign>j`, `j`), optionally in parentheses, with
/// surrounding whitespace and underscores between digits.
pub fn parse(text: &str, repr: &str) -> PyResult<(f64, f64)> {
    let ascii = to_ascii(text);
    let cleaned = if ascii.contains('_') {
        remove_underscores(&ascii).ok_or_else(|| {
            PyErr::value_error(format!("could not convert string to complex: {repr}"))
        })?
    } else {
        ascii
    };
    parse_inner(cleaned.as_bytes())
        .ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: whitespace becomes ' ', decimal digits
/// of any script their ASCII digit, anything else non-ASCII a '?' (which fails to parse).
pub fn to_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else {
                crate::types::numbers::float::decimal_digit_value(c)
                    .map_or('?', |d| char::from(b'0' + d))
            }
        })
        .collect()
}

/// Underscores are allowed only between digits (`_Py_string_to_number_with_underscores`).
fn remove_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn parse_inner(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, end)) = float_prefix(&s[i..]) {
        i += end;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                x = z;
                if let Some((v, end)) = float_prefix(&s[i..]) {
                    y = v;
                    i += end;
                } else {
                    y = if sign == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                y = if sign == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    (i == s.len()).then_some((x, y))
}

/// The longest prefix of `s` that is a float (`PyOS_string_to_double` with an end
/// pointer): its value and length. Overflow gives an infinity, as there.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let neg = s.first() == Some(&b'-');
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    for (word, value) in [
        (&b"infinity"[..], f64::INFINITY),
        (b"inf", f64::INFINITY),
        (b"nan", f64::NAN),
    ] {
        if lower.starts_with(word) {
            let v = if neg { -value } else { value };
            return Some((v, i + word.len()));
        }
    }
    let start = i;
    let digits = |s: &[u8], mut i: usize| {
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits(s, i);
    let mut end = int_end;
    let mut frac_digits = 0;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits(s, end + 1);
        frac_digits = frac_end - end - 1;
        end = frac_end;
    }
    if int_end == start && frac_digits == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits(s, j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, end))
}
