# startswith/endswith: tuples of prefixes, start/end ranges (negative, huge, None,
# __index__), and the errors for bad prefixes and bad bounds.
import array
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class BadIdx:
    def __index__(self): return "x"
for t in (bytes, bytearray):
    b = t(b"hello world")
    prefixes = [b"he", b"", b"world", (b"x", b"hel"), (), (b"",), (b"x", b"y"),
                (bytearray(b"wor"), memoryview(b"hello")), array.array("B", b"hell"),
                memoryview(b"lo wo")[::1], (b"abc", (b"he",)), (b"he", None), (None, b"he"),
                None, "he", ("he",), 104, [b"he"], (104,), memoryview(b"hhee")[::2]]
    ranges = [(), (0,), (1,), (-5,), (100,), (-100,), (0, 5), (0, -6), (3, 2), (None, None),
              (None, 5), (2, None), (11, 11), (12,), (2**70,), (-2**70, 2**70), (Idx(6),),
              (0, Idx(5)), (True, False), (1.5,), ("a",), (BadIdx(),), (0, [])]
    for name in ("startswith", "endswith"):
        for p in prefixes:
            row = []
            for r in ranges:
                try:
                    row.append(str(int(getattr(b, name)(p, *r))))
                except Exception as e:
                    row.append(f"{type(e).__name__}({e})")
            shown = type(p).__name__ if isinstance(p, memoryview) else repr(p) if not isinstance(p, tuple) or not any(isinstance(x, memoryview) for x in p) else "tuple with a view"
            print(t.__name__, name, shown, " ".join(row))
    # Arity and keywords.
    for call in [lambda: b.startswith(), lambda: b.endswith(b"a", 1, 2, 3),
                 lambda: b.startswith(b"h", 0, None), lambda: b.endswith(b"d", None, 3)]:
        try:
            print(call())
        except TypeError as e:
            print("TypeError", e)
# A tuple is checked item by item: a bad item after a match is never reached.
print(b"abc".startswith((b"a", None)), b"abc".endswith((b"c", 5)))
try:
    b"abc".startswith((b"x", 5))
except TypeError as e:
    print("TypeError", e)
# A start past the end still type-checks the prefixes.
for p in [b"", (b"",), None, (None,), (b"", None)]:
    try:
        print(repr(p), b"abc".startswith(p, 10), b"abc".endswith(p, 4, 2))
    except TypeError as e:
        print(repr(p), "TypeError", e)
# Subclasses of tuple and bytes.
class T(tuple): pass
class B(bytes): pass
print(b"abc".startswith(T((b"x", b"ab"))), b"abc".endswith(B(b"bc")), bytearray(b"abc").startswith(T((B(b"a"),))))
