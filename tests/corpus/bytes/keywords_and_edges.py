b = b"a,b,,c"
ba = bytearray(b" x y ")
tests = [
    lambda: b.split(sep=b","), lambda: b.split(b",", maxsplit=1), lambda: b.rsplit(sep=b",", maxsplit=1), lambda: b"a\nb".splitlines(keepends=True),
    lambda: b"abc".translate(None, delete=b"b"), lambda: b"abc".hex(sep="-"), lambda: b"abcdef".hex(sep=b":", bytes_per_sep=3), lambda: b"abc".decode(encoding="ascii", errors="strict"),
    lambda: b"abc".startswith(b"b", 1), lambda: b"abc".endswith((b"x", b"c")), lambda: b"abc".find(b"c", None, None), lambda: b"abcabc".count(b"a", -3),
    lambda: ba.strip(), lambda: ba.lstrip(b" x"), lambda: b"xxabcxx".strip(b"x"), lambda: b"abc".center(9, b"-"), lambda: b"abc".ljust(5, b"*"),
    lambda: b"abc".removeprefix(bytearray(b"a")), lambda: b"abc".partition(memoryview(b"b")), lambda: bytes.fromhex("0A 0b"), lambda: bytearray.fromhex(""),
    lambda: b"hello".replace(b"l", b"L", 1), lambda: b"Hello World".swapcase(), lambda: b"hello world".title(), lambda: b"HeLLo".lower(),
    lambda: b"a1".isalnum(), lambda: b"".isalnum(), lambda: b"Ab".istitle(), lambda: b"ab\tc".expandtabs(tabsize=2), lambda: b"12".zfill(5),
    lambda: b"abc" * 2, lambda: 3 * bytearray(b"x"), lambda: b"abc" < bytearray(b"abd"), lambda: bytearray(b"a") == b"a", lambda: b"a" in bytearray(b"cab"),
    lambda: b"%5s|%-5b|%c" % (b"x", b"y", 66), lambda: b"%(k)s" % {b"k": b"v"}, lambda: b"%a" % "é", lambda: b"%x %X %o %i" % (255, 255, 8, 7),
    lambda: b"abc".split(maxsplit=-1), lambda: b"abc".index(98), lambda: bytes(b"abc").rindex(b"c", 0, 3),
    lambda: b"abc".split(sep=None, maxsplit="x"), lambda: b"abc".center(), lambda: b"abc".decode("utf-8", "bogus"), lambda: b"abc".hex("::"),
    lambda: bytearray(b"abc").pop(10), lambda: bytearray(b"abc").insert("x", 1), lambda: b"%s" % 1,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
