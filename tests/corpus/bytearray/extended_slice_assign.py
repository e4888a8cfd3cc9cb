# bytearray slice assignment (simple and extended) from every kind of source, with
# CPython's errors, and deletion through slices.
import array
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class It:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
class BadLen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise RuntimeError("len")
class WithBytes:
    def __bytes__(self): return b"zz"
class Num:
    def __index__(self): return 2
class Flt:
    def __float__(self): return 2.0
sources = [b"xy", bytearray(b"xy"), b"", b"xyz", b"x", [120, 121], (120, 121), [120], [],
           It([120, 121]), iter([120, 121]), (i for i in [120, 121]), range(120, 122),
           memoryview(b"xy"), memoryview(b"xaya")[::2], array.array("B", b"xy"),
           array.array("h", [1]), [256, 1], [-1, 1], ["a", "b"], [1.0, 2.0], [Idx(1), Idx(2)],
           "xy", 5, 0, True, 1.5, None, object(), WithBytes(), Num(), Flt(), {1: 2, 3: 4},
           BadLen(), [2**70, 1]]
slices = [slice(0, 4, 2), slice(None, None, 2), slice(None, None, -2), slice(3, 0, -1),
          slice(0, 2), slice(0, 0), slice(1, None), slice(5, 10), slice(0, 4, 3),
          slice(0, 0, 2), slice(Idx(0), Idx(4), Idx(2)), slice(None, None, -1)]
def sl(s):
    parts = ["Idx" if isinstance(p, Idx) else repr(p) for p in (s.start, s.stop, s.step)]
    return "slice(" + ", ".join(parts) + ")"
def show(v):
    if hasattr(v, "__next__"):
        return "iterator"
    if isinstance(v, list) and v and isinstance(v[0], Idx):
        return "[Idx, Idx]"
    return type(v).__name__ if isinstance(v, (memoryview, object)) and not isinstance(v, (bytes, bytearray, list, tuple, range, str, int, float, type(None), array.array, dict)) else repr(v)
for s in slices:
    for src in sources:
        b = bytearray(b"abcd")
        if hasattr(src, "__next__"):
            src = iter([120, 121])
        try:
            b[s] = src
            r = repr(b)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(sl(s), show(src), r)
# Deleting through slices, and assigning the bytearray to itself.
for s in slices:
    b = bytearray(b"abcdef")
    del b[s]
    c = bytearray(b"abcdef")
    try:
        c[s] = c
        rc = repr(c)
    except Exception as e:
        rc = f"{type(e).__name__}: {e}"
    print("del", sl(s), b, "self", rc)
# Bad slice bounds and an exported bytearray.
for s in [slice("a", None), slice(0, None, 0), slice(None, None, 1.5)]:
    b = bytearray(b"abcd")
    for f in [lambda: b.__setitem__(s, b"x"), lambda: b.__delitem__(s)]:
        try:
            f()
            print(s, b)
        except Exception as e:
            print(s, type(e).__name__, e)
b = bytearray(b"abcd")
m = memoryview(b)
for s, v in [(slice(0, 2), b"xy"), (slice(0, 2), b"x"), (slice(0, 4, 2), b"xy"), (slice(0, 4, 2), b""), (slice(0, 0, 2), b"")]:
    try:
        b[s] = v
        print("exported", s, b)
    except Exception as e:
        print("exported", s, type(e).__name__, e)
m.release()
# Single items.
for k, v in [(0, 120), (-1, 120), (4, 120), (0, 256), (0, -1), (0, b"x"), (0, "x"), (0, Idx(65)), (Idx(1), 66), ("a", 1), (1.0, 1), (0, 2**70), (0, True), (0, None)]:
    b = bytearray(b"abcd")
    try:
        b[k] = v
        print("Idx" if isinstance(k, Idx) else repr(k), repr(v) if not isinstance(v, Idx) else "Idx", b)
    except Exception as e:
        print(repr(k), type(e).__name__, e)
