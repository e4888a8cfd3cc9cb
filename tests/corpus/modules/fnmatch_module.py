# fnmatch: translate()'s exact regex text (bracket sets, ranges, escaping, star
# collapsing, atomic groups between stars), matching truth tables for fnmatch,
# fnmatchcase and filter, bytes patterns, and the errors wrong types raise.
import fnmatch
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(fnmatch.__all__)
print(sorted(n for n in dir(fnmatch) if not n.startswith("_")))

PATTERNS = [
    "", "*", "**", "***", "?", "??", "*?", "?*", "*?*", "a*", "*a", "a*b", "a*b*c",
    "*a*b*", "a**b", "a*?*b", "*.py", "test_*.py", "[abc]", "[!abc]", "[]]", "[!]]",
    "[]a]", "[!]a]", "[]-]", "[a-z]", "[!a-z]", "[z-a]", "[!z-a]", "[a-]", "[-a]",
    "[!-a]", "[!-]", "[-]", "[--]", "[---]", "[----]", "[a-c-e]", "[a-cx-z]",
    "[a-cb-e]", "[c-ab-d]", "[z-ab-c]", "[a-a]", "[b-a-c]", "[!]-]", "[]-a]",
    "[", "[!", "[]", "[!]", "[[]", "[[]]", "]", "[^]", "[^a]", "[!^]", "[\\]",
    "[\\-]", "[a\\-z]", "[!\\]", "\\", "\\*", "\\[", "a\\b", "[&]", "[&&]",
    "[a&&b]", "[~~]", "[||]", "[a|b~c&d]", "[a-&]", "[&-~]", "[!&]",
    ".", "+", "^$", "(x)", "{1,2}", "a|b", "a.b", "#", " ", "a b", "\t",
    "\n", "é", "[é]", "[à-ÿ]", "*ü?", "日本*", "[日本]", "\U0001f600*",
    "x" * 40, "*x" * 20, "?" * 30, "[ab]" * 10, "a*[0-9]?b**c[!x]d",
    "[*]", "[?]", "[[]*", "*[*]*", "[!*?]", "[]*]", "[a-]]", "[!a-]]",
    "-", "!", "[!!]", "[!!-]", "[!-!]", "[a-z0-9_]", "[0-9A-Fa-f]",
]
for p in PATTERNS:
    print(repr(p), repr(fnmatch.translate(p)))
    re.compile(fnmatch.translate(p))

# The regexes can be joined with '|' into one.
joined = "|".join(fnmatch.translate(p) for p in ["*.py", "*.txt", "a*b*c"])
print(joined)
print([bool(re.match(joined, s)) for s in ["x.py", "y.txt", "abc", "axbxc", "ab", "x.pyc"]])

NAMES = [
    "", "a", "b", "ab", "abc", "axbxc", "abcabc", "ba", ".", ".hidden", "a.py",
    "b.py", ".py", "x.pyc", "test_x.py", "test_.py", "A.PY", "a\nb", "\n", "]",
    "[", "!", "-", "^", "\\", "*", "?", "&", "~", "|", "é", "ü", "xü?", "日本語",
    "z", "c", "aab", "abab", "a-b", "x" * 40, "x" * 39, "xy" * 20,
]
MATCH_PATTERNS = [
    "*", "?", "??", "a*", "*a", "*b*", "a*b", "a*b*c", "*.py", ".*", "test_*.py",
    "[abc]", "[!abc]", "[]]", "[!]]", "[a-c]", "[z-a]", "[!z-a]", "[a-]", "[-a]",
    "[\\]", "\\", "[&~|]", "[^]", "[!^]", "[", "[!", "*[!x]*", "a?b", "?\n?",
    "*\n*", "[*]", "[?]", "[[]", "*ü?", "日本*", "*.PY", "x" * 40, "*x" * 20,
    "[a-z]*", "[!.]*", "**b", "a**", "",
]
for p in MATCH_PATTERNS:
    row = "".join("1" if fnmatch.fnmatchcase(n, p) else "0" for n in NAMES)
    print(repr(p).ljust(26), row)
    assert row == "".join("1" if fnmatch.fnmatch(n, p) else "0" for n in NAMES)
    print(" " * 26, fnmatch.filter(NAMES, p))

# A pattern with many stars against a long non-matching name returns quickly.
print(fnmatch.fnmatchcase("a" * 2000 + "b", "*a" * 30 + "c"))
print(fnmatch.fnmatchcase("a" * 2000, "*a" * 30))
print(fnmatch.fnmatchcase("ab" * 500 + "c", "*a*b*a*b*a*b*c"))

# fnmatch results are plain bools; filter keeps order and duplicates.
print(fnmatch.fnmatch("a.py", "*.py"), type(fnmatch.fnmatch("a", "b")).__name__)
print(fnmatch.filter(["b.py", "a.py", "b.py", "c.txt"], "*.py"))
print(fnmatch.filter(iter(["x1", "y2", "x3"]), "x?"))
print(fnmatch.filter(("q", "qq"), "q*"))
print(fnmatch.filter((s for s in "abcabc"), "[ab]"))
print(fnmatch.filter([], "*"))
print(fnmatch.filter("abc", "[!b]"))

# Case: fnmatch normalizes case only where the OS does (not on POSIX).
print(fnmatch.fnmatch("ABC", "abc"), fnmatch.fnmatch("ABC", "ABC"), fnmatch.fnmatchcase("ABC", "a*"))

# bytes patterns and names
print(fnmatch.fnmatch(b"a.py", b"*.py"), fnmatch.fnmatchcase(b"a.py", b"*.txt"))
print(fnmatch.fnmatch(b"\xff\xfe", b"\xff?"), fnmatch.fnmatch(b"\xe9", b"[\xe0-\xff]"))
print(fnmatch.filter([b"a", b"b", b"ab", b".x"], b"?"))
print(fnmatch.filter([b"x\n", b"x"], b"x*"))
print(fnmatch.fnmatchcase(bytearray(b"ab"), b"a*"))
print(fnmatch.fnmatchcase(memoryview(b"ab"), b"a?"))

# wrong types and mixes
show(lambda: fnmatch.fnmatch(1, "*"))
show(lambda: fnmatch.fnmatch("a", 1))
show(lambda: fnmatch.fnmatch(None, "*"))
show(lambda: fnmatch.fnmatch("a", None))
show(lambda: fnmatch.fnmatch("a", b"*"))
show(lambda: fnmatch.fnmatch(b"a", "*"))
show(lambda: fnmatch.fnmatchcase("a", b"*"))
show(lambda: fnmatch.fnmatchcase(b"a", "*"))
show(lambda: fnmatch.fnmatchcase(1, "*"))
show(lambda: fnmatch.fnmatchcase(None, "*"))
show(lambda: fnmatch.fnmatchcase("a", ["*"]))
show(lambda: fnmatch.fnmatchcase("a", 1))
show(lambda: fnmatch.filter(None, "*"))
show(lambda: fnmatch.filter(5, "*"))
show(lambda: fnmatch.filter(["a", 1], "*"))
show(lambda: fnmatch.filter(["a"], None))
show(lambda: fnmatch.filter(["a"], b"*"))
show(lambda: fnmatch.filter([b"a", "a"], b"*"))
show(lambda: fnmatch.translate(None))
show(lambda: fnmatch.translate(1))
show(lambda: fnmatch.translate(b"a"))
show(lambda: fnmatch.translate(b""))
show(lambda: fnmatch.translate(["*", "a"]))
show(lambda: fnmatch.translate(["*", "*"]))
show(lambda: fnmatch.fnmatch("a"))
show(lambda: fnmatch.fnmatch("a", "b", "c"))
show(lambda: fnmatch.filter(["a"]))
show(lambda: fnmatch.translate())
