# textwrap: wrap/fill/shorten/dedent/indent and every TextWrapper option
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumped over the lazy dog. Hello there -- you goof-ball, use the -b "
        "option! A well-known self-evident truth:\tsuper-cali-fragilistic-expialidocious words "
        "break. Mr. Smith went to Washington. Supercalifragilisticexpialidocious!")


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for width in (1, 5, 10, 12, 20, 35, 70, 200):
    show(lambda: textwrap.wrap(text, width))
for kw in [dict(break_on_hyphens=False), dict(break_long_words=False), dict(drop_whitespace=False),
           dict(expand_tabs=False), dict(replace_whitespace=False, expand_tabs=False),
           dict(fix_sentence_endings=True), dict(tabsize=4), dict(initial_indent="* ", subsequent_indent="  "),
           dict(max_lines=2), dict(max_lines=3, placeholder="..."), dict(max_lines=1, placeholder=" <cut>"),
           dict(max_lines=2, initial_indent="> ", subsequent_indent=">>> "),
           dict(break_long_words=False, break_on_hyphens=False), dict(break_on_hyphens=1)]:
    print(kw)
    show(lambda: textwrap.wrap(text, 18, **kw))
show(lambda: textwrap.wrap("", 10))
show(lambda: textwrap.wrap("   ", 10))
show(lambda: textwrap.wrap("   ", 10, drop_whitespace=False))
show(lambda: textwrap.wrap("a\n\nb\tc\rd\x0be\x0cf", 3))
show(lambda: textwrap.wrap("abc", 0))
show(lambda: textwrap.wrap("abc", -1))
show(lambda: textwrap.wrap("abc def", 5, max_lines=1, placeholder="......"))
show(lambda: textwrap.wrap("---- --x a--b a-b-c ab-cd abc-de-f 12-34 x--y ---", 4))
show(lambda: textwrap.wrap("über-große wörter — und 'quoted' \"dq\" words", 8))
show(lambda: textwrap.fill(text, 30))
show(lambda: textwrap.fill("one two", width=3, initial_indent="12345"))
show(lambda: textwrap.shorten("Hello  world!", width=12))
show(lambda: textwrap.shorten("Hello  world!", width=11))
show(lambda: textwrap.shorten("Hello world", width=10, placeholder="..."))
show(lambda: textwrap.shorten(text, 40))
show(lambda: textwrap.shorten("x", 3, placeholder=" [...]"))
show(lambda: textwrap.wrap(5))
show(lambda: textwrap.wrap("x", width=5, bogus=1))

w = TextWrapper(width=25, initial_indent="- ")
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
print(w.fill(text))
w.width = 40
print(w.wrap(text)[:2])

for s in ["  hello\n    world\n", "\thello\n\tworld", "  a\n\tb", "  a\n\n  b\n   \n  c", "no indent\n  x",
          "", "\n\n", "    \n  x\n    y", "  a\r\n  b", " \t a\n \t b", "\t a\n  \tb"]:
    show(lambda: textwrap.dedent(s))
for s in ["a\nb\n\nc", "a\r\nb\r\n", "  \nx", "", "one"]:
    show(lambda: textwrap.indent(s, "> "))
    show(lambda: textwrap.indent(s, "+", lambda line: True))
show(lambda: textwrap.indent(5, "x"))
