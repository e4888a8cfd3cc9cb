# re: match/search/fullmatch, groups, Match attributes, Pattern attributes
import re

def show(m):
    if m is None:
        print(None)
        return
    print(repr(m), m.group(), m.groups(), m.span(), m.start(), m.end())
    print(" lastindex", m.lastindex, "lastgroup", m.lastgroup, "pos", m.pos, "endpos", m.endpos)
    print(" regs", m.regs, "groupdict", m.groupdict())

show(re.match(r"a", "abc"))
show(re.match(r"b", "abc"))
show(re.search(r"b", "abc"))
show(re.search(r"(a)(b)?", "zac"))
show(re.fullmatch(r"a.c", "abc"))
show(re.fullmatch(r"a.c", "abcd"))
show(re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe here"))
show(re.match(r"((a)b)", "ab"))
show(re.match(r"(a)|(b)", "b"))
show(re.match(r"(?:(a)|b)*", "ab"))
show(re.match(r"(a*)*", "aaa"))
show(re.match(r"(a|ab)(c|bcd)(d*)", "abcd"))
show(re.search(r"x*", "abc"))
show(re.search(r"$", "abc\n"))
show(re.search(r"\bfoo\b", "a foo b"))
show(re.search(r"\Bfoo", "afoo"))

m = re.search(r"(?P<a>x)(y)?(?P<c>z)", "..xz..")
print(m.group(1, 2, 3), m.group("a", "c"), m["a"], m[0], m[3])
print(m.groups("dflt"), m.groupdict("dflt"))
print(m.start(2), m.end(2), m.span(2), m.span("c"))
print(m.re, m.string)
for bad in (4, -1, "nope", 1.5, None):
    try:
        m.group(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(m.expand(r"<\1|\g<c>|\g<2>|\g<0>>"))

p = re.compile(r"(?P<word>\w+)\s+(\d+)", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a"), re.compile(b"a"), re.compile("a", re.A), re.compile("a'\"\n"))
print(re.compile("x" * 300))
print(re.compile(b"a", re.L | re.I))
print(p == re.compile(r"(?P<word>\w+)\s+(\d+)", re.I | re.M), p == re.compile("x"))
print(hash(p) == hash(re.compile(r"(?P<word>\w+)\s+(\d+)", re.I | re.M)))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

# pos and endpos
p = re.compile(r"\d+")
print(p.search("ab12cd345", 3), p.search("ab12cd345", 4, 8), p.match("ab12", 2))
print(p.search("ab12cd345", -5, 100), p.search("ab12cd345", 5, 2))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(p.fullmatch("x123y", 1, 4), p.findall("1 22 333", 2), list(p.finditer("1 22 333", 0, 4)))
m = p.search("ab12cd345", 3, 8)
print(m.pos, m.endpos)

# bytes
m = re.search(rb"(\w+)=(\d+)", b"key=123;")
print(m, m.groups(), m.group(0))
print(re.findall(rb"\w", "é".encode() + b"a"))
print(re.search(b"a", bytearray(b"xa")).group())

# types
for pat, s in ((r"a", b"a"), (rb"a", "a"), (r"a", 1), (1, "a")):
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
