//! Snapshots of the lexer's tokens, the parser's trees and the syntax errors' wording.

use minipy_syntax::lexer::tokenize;
use minipy_syntax::{parse_expression, parse_module};

fn tokens(src: &str) -> String {
    match tokenize(src) {
        Ok(toks) => toks
            .iter()
            .map(|(l, t, r)| format!("{l}..{r} {t:?}"))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(e) => e.render("<test>"),
    }
}

#[test]
fn lexer_indentation() {
    insta::assert_snapshot!(tokens(
        "if x:\n    y = 1\n\n    # comment\n    if z:\n    \tpass\nw = (1,\n     2)\n"
    ));
}

#[test]
fn lexer_literals() {
    insta::assert_snapshot!(tokens("0x_1f 0o17 0b101 1_000 10**30 99999999999999999999 1.5e-3 .5 3. 'a\\n' b'\\x00\\101' rb'\\d' R'raw' \"\"\"tri\nple\"\"\" '\\N{BULLET}\\u00e9' f'{x!r}'"));
}

#[test]
fn lexer_line_continuation_and_unicode_names() {
    insta::assert_snapshot!(tokens("größe = 1 + \\\n  2\nπ\n"));
}

#[test]
fn parser_statements() {
    let m = parse_module("a, *b = c[1:2, ::3] = f(x, *y, k=1, **z)\nx += 1 if t else 2\nfor i in range(3):\n    del d[i]\nelse:\n    pass\n").unwrap();
    insta::assert_debug_snapshot!(m);
}

#[test]
fn parser_precedence() {
    let e = parse_expression("not a or b and c < d <= e | f ^ g & h << 1 + 2 * -3 ** 2").unwrap();
    insta::assert_debug_snapshot!(e);
}

#[test]
fn syntax_errors() {
    let cases = [
        "x = (1,\n",
        "if x\n  pass\n",
        "1 = x\n",
        "x = 'abc\n",
        "s = '''abc\n",
        "if 1:\nprint(2)\n",
        "  x = 1\n",
        "if 1:\n        a\n    b\n",
        "a b\n",
        "f(a=1, b)\n",
        "x = 1)\n",
        "x = [1, 2)\n",
        "b'é'\n",
        "012\n",
        "def f(a, a): pass\n",
        "del f()\n",
        "(a, b) += 1\n",
        "'a' b'b'\n",
        "def f()\n    return\n",
        "class A:\nx\n",
    ];
    let out: Vec<String> = cases
        .iter()
        .map(|c| {
            parse_module(c)
                .map(|_| "ok".to_string())
                .unwrap_or_else(|e| e.render("<test>"))
        })
        .collect();
    insta::assert_snapshot!(out.join("\n"));
}
