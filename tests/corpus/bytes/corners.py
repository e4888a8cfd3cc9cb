# Corners of bytes and bytearray: subclasses, dunders, formatting, hex, indexing, views.
import sys
class B(bytearray): pass
class S(bytes): pass
tests = [
 lambda: repr(B(b"x")), lambda: repr(S(b"x")), lambda: str(B(b"x")), lambda: b"x".__getnewargs__(), lambda: S(b"q").__getnewargs__(),
 lambda: bytearray(b"ab").__alloc__() > 2, lambda: hash(bytearray()), lambda: bytes(10**20), lambda: bytearray(10**20),
 lambda: bytes(-1), lambda: bytearray(-2), lambda: bytes(sys.maxsize + 1), lambda: bytearray(b"x") * -1,
 lambda: b"%b" % bytearray(b"z"), lambda: b"%b" % memoryview(b"m"), lambda: b"%s" % "x", lambda: b"%b" % 1,
 lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%r" % "é", lambda: b"%d" % 1.5, lambda: b"%s %s" % (b"a",),
 lambda: bytes.fromhex("1"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("  01\n02"), lambda: bytes.fromhex("01 0"),
 lambda: b"abc".hex(":", 0), lambda: b"abc".hex("::"), lambda: b"abc".hex("é"), lambda: b"abcdef".hex(b"-", -2),
 lambda: bytes.maketrans(b"ab", b"c"), lambda: b"abc".translate(b"x" * 255), lambda: b"a".center(3, "x"),
 lambda: b"abc".split(b""), lambda: b"abc".rsplit(b""), lambda: b"abc".partition(b""), lambda: b"a b".split(None, -5),
 lambda: b"abc".index(b"z"), lambda: b"abc".rindex(100), lambda: b"abc".count(256), lambda: b"abc".find(-1),
 lambda: b"abc".find(True), lambda: b"abc"[True], lambda: b"abc"[2**70], lambda: bytearray(b"abc")[2**70],
 lambda: b"abc"[1:2:0], lambda: bytearray(b"abc").pop(2**70), lambda: bytearray(b"abc").insert(2**70, 1),
 lambda: bytearray(b"abc").insert(-100, 1), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98),
 lambda: bytearray(b"a").remove(b"a"), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append(b"a"),
 lambda: bytearray(b"abc").copy() is not None, lambda: list(reversed(b"ab")), 
 lambda: bytes.__new__(S, b"x"), lambda: type(bytes.__new__(S, b"x")).__name__, lambda: bytes.__new__(int),
 lambda: bytearray.__new__(bytearray, b"x"), lambda: B.__mro__, lambda: S(b"a") + S(b"b"), lambda: type(S(b"a") + b"").__name__,
 lambda: type(S(b"ab")[0:1]).__name__, lambda: type(S(b"ab").strip()).__name__, lambda: type(B(b"ab").strip()).__name__,
 lambda: type(B(b"ab") + b"x").__name__, lambda: type(B(b"ab") * 2).__name__, lambda: B(b"ab") == b"ab",
 lambda: bytes(B(b"ab")), lambda: bytearray(S(b"ab")), lambda: b"".join([S(b"a"), B(b"b")]), lambda: type(b"".join([S(b"a")])).__name__,
 lambda: b"a" < S(b"b"), lambda: S(b"a") < bytearray(b"b"), lambda: max(b"abc"), lambda: sum(bytearray(b"ab")),
 lambda: b"abc".decode("ascii", errors="ignore"), lambda: b"\xff".decode("ascii"), lambda: b"\xff".decode(),
 lambda: b"ab".isascii(), lambda: bytes(memoryview(b"abcd").cast("H")), lambda: bytearray(memoryview(b"abcd").cast("H")[::-1]),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
