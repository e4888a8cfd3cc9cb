//! Character classes and case folding as `_sre` defines them: `\d`, `\w`, `\s` for
//! Unicode str patterns and for ASCII (bytes, or the ASCII flag).

use super::node::{Category, Item, Mode};

/// Python's `str.isspace` for one character.
fn is_unicode_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0)
        || (c > 0xff && char::from_u32(c).is_some_and(char::is_whitespace))
}

fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

pub(crate) fn is_word(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && char::from_u32(c).is_some_and(char::is_alphanumeric)
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    unicode && char::from_u32(c).is_some_and(crate::types::str::case::is_decimal_digit)
}

pub(crate) fn in_category(cat: Category, c: u32, unicode: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, unicode),
        Category::NotDigit => !is_digit(c, unicode),
        Category::Word => is_word(c, unicode),
        Category::NotWord => !is_word(c, unicode),
        Category::Space => {
            if unicode {
                is_unicode_space(c)
            } else {
                is_ascii_space(c)
            }
        }
        Category::NotSpace => {
            !(if unicode {
                is_unicode_space(c)
            } else {
                is_ascii_space(c)
            })
        }
    }
}

/// The simple lowercase mapping `_sre` folds with (one code point to one).
pub(crate) fn lower(c: u32, unicode: bool) -> u32 {
    if c < 0x80 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !unicode {
        return c;
    }
    if c == 0x130 {
        return 'i' as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

pub(crate) fn upper(c: u32, unicode: bool) -> u32 {
    if c < 0x80 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if !unicode {
        return c;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// The characters that fold together beyond simple lowercasing (`_sre`'s case fixes,
/// CPython's `re._casefix`): the lowercase `lo` matches these too.
pub(crate) fn case_fixes(lo: u32) -> &'static [u32] {
    match lo {
        0x69 => &[0x131],
        0x73 => &[0x17f],
        0xb5 => &[0x3bc],
        0x131 => &[0x69],
        0x17f => &[0x73],
        0x345 => &[0x3b9, 0x1fbe],
        0x390 => &[0x1fd3],
        0x3b0 => &[0x1fe3],
        0x3b2 => &[0x3d0],
        0x3b5 => &[0x3f5],
        0x3b8 => &[0x3d1],
        0x3b9 => &[0x345, 0x1fbe],
        0x3ba => &[0x3f0],
        0x3bc => &[0xb5],
        0x3c0 => &[0x3d6],
        0x3c1 => &[0x3f1],
        0x3c2 => &[0x3c3],
        0x3c3 => &[0x3c2],
        0x3c6 => &[0x3d5],
        0x3d0 => &[0x3b2],
        0x3d1 => &[0x3b8],
        0x3d5 => &[0x3c6],
        0x3d6 => &[0x3c0],
        0x3f0 => &[0x3ba],
        0x3f1 => &[0x3c1],
        0x3f5 => &[0x3b5],
        0x432 => &[0x1c80],
        0x434 => &[0x1c81],
        0x43e => &[0x1c82],
        0x441 => &[0x1c83],
        0x442 => &[0x1c84, 0x1c85],
        0x44a => &[0x1c86],
        0x463 => &[0x1c87],
        0x1c80 => &[0x432],
        0x1c81 => &[0x434],
        0x1c82 => &[0x43e],
        0x1c83 => &[0x441],
        0x1c84 => &[0x442, 0x1c85],
        0x1c85 => &[0x442, 0x1c84],
        0x1c86 => &[0x44a],
        0x1c87 => &[0x463],
        0x1c88 => &[0xa64b],
        0x1e61 => &[0x1e9b],
        0x1e9b => &[0x1e61],
        0x1fbe => &[0x345, 0x3b9],
        0x1fd3 => &[0x390],
        0x1fe3 => &[0x3b0],
        0xa64b => &[0x1c88],
        0xfb05 => &[0xfb06],
        0xfb06 => &[0xfb05],
        _ => &[],
    }
}

/// Characters whose simple lowercase is `lo` but which are not its uppercase.
fn other_uppers(lo: u32) -> &'static [u32] {
    match lo {
        0x69 => &[0x130],
        0x6b => &[0x212a],
        0xe5 => &[0x212b],
        0x3c9 => &[0x2126],
        0xdf => &[0x1e9e],
        _ => &[],
    }
}

/// Whether `c` matches the literal whose lowercase is `lit_lower` under case folding.
pub(crate) fn fold_eq(c: u32, lit_lower: u32, unicode: bool) -> bool {
    if c < 0x80 && lit_lower < 0x80 {
        return lower(c, false) == lit_lower;
    }
    let l = lower(c, unicode);
    l == lit_lower || (unicode && case_fixes(lit_lower).contains(&l))
}

fn items_contain(items: &[Item], c: u32, unicode: bool) -> bool {
    items.iter().any(|it| match *it {
        Item::Lit(x) => x == c,
        Item::Range(lo, hi) => (lo..=hi).contains(&c),
        Item::Cat(cat) => in_category(cat, c, unicode),
    })
}

/// Whether a set `[...]` (negated or not) matches `c`. Under folding, `c` matches when
/// any character folding with it is in the set.
pub(crate) fn set_matches(negate: bool, items: &[Item], mode: Mode, c: u32) -> bool {
    let u = mode.unicode;
    let mut hit = items_contain(items, c, u);
    if !hit && mode.fold {
        let l = lower(c, u);
        let mut cands = vec![l, upper(l, u), upper(c, u)];
        if u {
            cands.extend_from_slice(other_uppers(l));
            for &f in case_fixes(l) {
                cands.push(f);
                cands.push(upper(f, u));
                cands.extend_from_slice(other_uppers(f));
            }
        }
        hit = cands.iter().any(|&x| x != c && items_contain(items, x, u));
    }
    hit != negate
}
