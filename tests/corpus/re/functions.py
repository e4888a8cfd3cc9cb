# re: findall, finditer, split, sub, subn, escape, purge
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1b2c"))
print(re.findall(r"(\w)\d", "a1b2c"))
print(re.findall(r"(a)|b", "ab"))
print(re.findall(r"", "abc"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"\b", "ab cd"))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"\w+", "hello big world")])
it = re.finditer("a", "aa")
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

print(re.split(r",", "a,b,,c"))
print(re.split(r"(,)", "a,b,,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r",", "a,b,c", 1))
print(re.split(r",", "a,b,c", -1))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split(r"", "abc"))
print(re.split(r"\s+", "  a b  "))
print(re.split(rb",", b"a,b"))

print(re.sub(r"a", "b", "aaa"))
print(re.sub(r"a", "b", "aaa", 2))
print(re.sub(r"a", "b", "aaa", count=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\n\t\\", "a"))
print(repr(re.sub(r"a", r"\&", "a")))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"\d", lambda m: None if m.group() == "1" else "X", "1 2"))
print(re.subn(r"a", "b", "aaa"))
print(re.subn(r"z", "b", "aaa"))
print(re.sub(rb"a", rb"\\x", b"bab"))
print(re.sub(r"a", "\\0", "a"), repr(re.sub(r"a", r"\01", "a")), repr(re.sub("a", r"\101", "a")))
for repl in (r"\2", r"\g<2>", r"\g<x>", r"\g<-1>", r"\g<1a>", r"\g", r"\g<", r"\g<1", r"\g<>", "\\", r"\q", r"\400"):
    try:
        print(re.sub(r"(a)", repl, "a"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub(r"a", 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub(r"a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)

print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n+o-p#q r\ts~&"))
print(re.escape(b"a.b c"), re.escape("naïve_123"))
print(re.purge())
for p, r, s in [(b'a', 1, b'a'), (b'a', 'x', b'a'), ('a', b'x', 'a'), (b'a', lambda m: 'x', b'ba'),
                ('a', lambda m: b'x', 'ba'), ('a', lambda m: 3, 'xa'), ('a', [1], 'a'), ('z', 'x', 'a')]:
    try:
        print(repr(re.sub(p, r, s)))
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub(b'a', bytearray(b'x'), bytearray(b'ab')), re.sub(b'a', b'x', bytearray(b'ab')))
print(re.sub('(a)(b)?', lambda m: m.group(2), 'a'), re.sub('(a)(b)?', r'[\2]', 'a'))
print(re.split(b'a', bytearray(b'bab')), re.findall(b'a', bytearray(b'aa')))
