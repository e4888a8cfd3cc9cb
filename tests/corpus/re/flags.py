# re: flags, RegexFlag values and reprs, inline flags
import re

print(re.I, re.IGNORECASE, repr(re.M), re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(int(re.I), int(re.M | re.S), re.I | re.M, re.I | 1024, 1 | re.I, re.A | re.U)
print(re.I & re.M, re.I & re.I, re.I ^ re.I, ~re.I, re.I + 1, re.I == 2, isinstance(re.I, int))
print(re.RegexFlag.__name__, type(re.I).__name__)

print(re.match("abc", "ABC", re.I), re.match("(?i)abc", "ABC"), re.match("a(?i:b)c", "aBc"), re.match("a(?i:b)c", "aBC"))
print(re.match("(?i)[a-c]+", "AbC"), re.match("[A-C]+", "abc", re.I), re.match(r"\w+", "ÀÉ"), re.match(r"(?a)\w+", "ÀÉx"))
print(re.match("É", "é", re.I), re.match("é", "É", re.I | re.A), re.match("s", "ſ", re.I), re.match("k", "\u212a", re.I))
print(re.match(r"(?i)(a)\1", "aA"), re.match(r"(a)\1", "aA"), re.match("[^a]", "A", re.I))
print(re.findall("^a", "a\na\na"), re.findall("^a", "a\na\na", re.M), re.findall("(?m)a$", "a\na\na"))
print(re.findall("a$", "a\na\n"), re.findall("a.", "a\nab"), re.findall("a.", "a\nab", re.S), re.findall("(?s:a.)", "a\n"))
print(re.findall(r"\Aa", "a\na", re.M), re.findall(r"a\Z", "a\na\n"), re.findall(r"a\Z", "a\na"))
print(re.match(r"""(?x)
    (\d+)   # number
    \s* ,   # comma
    [ ]x    # space in class
""", "12 , x"))
print(re.match("a b", "ab", re.X), re.match("a\\ b", "a b", re.X), re.match("a#c\nb", "ab", re.VERBOSE))
print(re.match(r"(?x: a b )c", "abc"), re.match(r"(?x)a(?-x: b)", "a b"))
print(re.compile("(?i)a").flags, re.compile("(?im)a").flags, re.compile("(?a)a").flags, re.compile(b"(?L)a").flags, re.compile("(?s)a", re.M).flags)
print(re.compile("(?i)a"), re.compile("a", re.X | re.S | re.M | re.I), re.compile(b"a", re.L), re.compile("a", 1024))
print(re.match(rb"\w", b"\xe9"), re.match(rb"(?L)\w", b"a"), re.match(rb"(?i)A", b"a"), re.match(b"\xe9", b"\xc9", re.I))
print(re.search(r"\d+", "x\u0663\u0664y"), re.search(r"(?a)\d+", "x\u0663\u0664y12"), re.search(r"\s+", "a\u2003\x1cb"))
print(re.search(r"\s+", "a\x1c\x1d b", re.A), re.search(rb"\s+", b"a\x1c b"))
