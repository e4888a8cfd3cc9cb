# re: re.error messages, positions, lineno/colno; other exceptions from compile
import re

PATTERNS = [
    "(", ")", "a)", "[a", "[", "*", "a**", "a*+*", "+a", "?", "{1}", "a{2,1}", "a{1,2",
    r"\q", "\\", r"a\\", r"[\q]", r"\x4", r"\xz", r"\u12", r"\U0011ffff", r"\N", r"\N{", r"\N{EM DASH}",
    r"\N{NOT A NAME}", r"\777", r"[\777]", r"\1", r"(a)\2", r"(a\1)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)",
    "(?P=b)", "(?P<a>x)(?P=a)", "(?P", "(?Px)", "(?P<a", "(?P<>x)", "(?", "(?z)", "(?<x)", "(?<=a+)b",
    "(?<=a|bc)", "(?<!ab)c", "(?#comment", "(?#ok)x", "(?i", "(?i-)", "(?i-:x)", "(?-i)", "(?i-i:x)",
    "(?L)", "(?u:x)", "(?au)", "(?a-a:x)", "(?Z)", "(?i:x", "a(?i)", "(?i)a", "(?x) a b # c",
    "(?(1)a|b)", "(?(1)a|b|c)", "(a)(?(1)a|b)", "(?(0)a)", "(?(x)a)", "(?(-1)a)", "(?(a)b)",
    "[b-a]", r"[\d-z]", "[a-]", "[]a]", "[^]]", "a{99999999999}", "a{,4294967295}", "x{4294967295}",
    "(?>ab)", "a++", "a?+", "a{1,2}+", "((((((((((a))))))))))\\10", "a\nb(", "ab\n(?z)",
    "(?x)[a", "^*", "$*", r"\b*", r"\A+",
]
for p in PATTERNS:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b"(", rb"\u1234", rb"[\N{X}]", b"(?u)", b"(?L)a", "\xe9(".encode("latin-1")]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e, "|", e.pos, e.lineno, e.colno)
    except Exception as e:
        print(p, type(e).__name__, e)

for p, f in [("a", re.L), (b"a", re.U), ("a", re.A | re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError", e)

e = re.error("boom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error("x", "y", 0)
except re.error as e:
    print("caught", e)
