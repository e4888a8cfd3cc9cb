import array


def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.shape, r.strides, r.format, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(range(8))
m = memoryview(ba)
m2 = memoryview(bytearray(range(12))).cast("B", [3, 4])
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Bad:
    def __index__(self): raise KeyError("k")
class Str:
    def __index__(self): return "s"
for label, key in [("True", True), ("2**64", 2**64), ("-2**64", -2**64), ("Idx", Idx(1)), ("Bad", Bad()), ("Str", Str()), ("None", None), ("float", 1.0), ("mixed", (0, slice(None))), ("mixed2", (slice(None), 0)), ("tuple Idx", (Idx(1), Idx(2))), ("tuple bad", (Bad(), 0)), ("tuple big", (2**64, 0)), ("list", [0]), ("ell tuple", (..., 0))]:
    show("get1 " + label, lambda: m[key])
    show("get2 " + label, lambda: m2[key])
    def s1():
        m[key] = 1
    def s2():
        m2[key] = 1
    show("set1 " + label, s1)
    show("set2 " + label, s2)
for label, v in [("Idx", Idx(5)), ("Bad", Bad()), ("Str", Str()), ("float", 1.5), ("big", 2**64), ("neg", -1), ("bool", True), ("None", None), ("bytes", b"a")]:
    def s():
        m[0] = v
        return m[0]
    show("val " + label, s)
    for code in "bhiqQNnPfd?c":
        mm = memoryview(bytearray(8)).cast(code)
        def t():
            mm[0] = v
            return mm[0]
        show("val " + code + " " + label, t)
class F:
    def __float__(self): return 2.5
class FB:
    def __float__(self): raise ValueError("no")
class FS:
    def __float__(self): return "x"
class BoolBad:
    def __bool__(self): raise ValueError("nobool")
for label, v in [("F", F()), ("FB", FB()), ("FS", FS()), ("BoolBad", BoolBad()), ("Idx", Idx(3))]:
    for code in "df?B":
        mm = memoryview(bytearray(8)).cast(code)
        def t():
            mm[0] = v
            return mm[0]
        show("fval " + code + " " + label, t)
# slice assignment
def sa(dst, key, src):
    def f():
        dst[key] = src
        return dst.tolist()
    return f
show("sa bytes", sa(memoryview(bytearray(4)), slice(0, 2), b"ab"))
show("sa strided src", sa(memoryview(bytearray(4)), slice(0, 2), memoryview(b"abcd")[::2]))
show("sa strided dst", sa(memoryview(bytearray(4)), slice(None, None, 2), b"xy"))
show("sa overlap", sa(memoryview(ba), slice(1, 5), memoryview(ba)[0:4]))
show("sa fmt", sa(memoryview(bytearray(4)), slice(0, 2), memoryview(b"ab").cast("c")))
show("sa h", sa(memoryview(bytearray(4)).cast("h"), slice(0, 2), array.array("h", [1, 2])))
show("sa h vs H", sa(memoryview(bytearray(4)).cast("h"), slice(0, 2), array.array("H", [1, 2])))
show("sa len", sa(memoryview(bytearray(4)), slice(0, 2), b"abc"))
show("sa str", sa(memoryview(bytearray(4)), slice(0, 2), "ab"))
show("sa list", sa(memoryview(bytearray(4)), slice(0, 2), [1, 2]))
show("sa int", sa(memoryview(bytearray(4)), slice(0, 2), 5))
show("sa 2d src", sa(memoryview(bytearray(4)), slice(0, 4), memoryview(b"abcd").cast("B", [2, 2])))
show("sa ro", sa(memoryview(b"abcd"), slice(0, 2), b"xy"))
show("sa empty", sa(memoryview(bytearray(4)), slice(2, 2), b""))
show("sa released src", sa(memoryview(bytearray(4)), slice(0, 2), (lambda r: (r.release(), r)[1])(memoryview(b"ab"))))
show("sa 0d src", sa(memoryview(bytearray(1)), slice(0, 1), memoryview(b"a").cast("B", [])))
show("sa huge step", sa(memoryview(bytearray(4)), slice(0, None, 2**62), b"z"))
show("slice huge", lambda: memoryview(b"abcd")[::2**62])
show("slice neg huge", lambda: memoryview(b"abcd")[::-2**62])
show("slice idx", lambda: memoryview(b"abcd")[Idx(1):Idx(3)])
show("slice bad", lambda: memoryview(b"abcd")["a":])
show("slice step0", lambda: memoryview(b"abcd")[::0])
show("mv of array q", lambda: memoryview(array.array("q", [-1, 2**40])).tolist())
show("mv of array L", lambda: memoryview(array.array("L", [2**64 - 1])).tolist())
show("mv attrs arr", lambda: (lambda v: (v.format, v.itemsize, v.shape, v.strides, v.readonly, v.nbytes))(memoryview(array.array("i", [1, 2, 3]))))
show("iter", lambda: list(memoryview(array.array("h", [1, -2, 3]))))
show("iter 2d", lambda: list(memoryview(b"abcd").cast("B", [2, 2])))
show("reversed", lambda: list(reversed(memoryview(b"abc"))))
show("sorted", lambda: sorted(memoryview(b"cab")))
show("enumerate", lambda: list(enumerate(memoryview(b"ab").cast("c"))))
show("sum", lambda: sum(memoryview(array.array("d", [0.5, 0.25]))))
show("max", lambda: max(memoryview(b"abc")))
show("type iter", lambda: type(iter(memoryview(b"ab"))).__name__)
show("len iter", lambda: iter(memoryview(b"ab")).__length_hint__())
show("subclass", lambda: type("X", (memoryview,), {}))
show("isinstance", lambda: isinstance(memoryview(b""), memoryview))
show("format spec", lambda: format(memoryview(b"a"), "")[:8])
show("format spec x", lambda: format(memoryview(b"a"), "x"))

class MyInt(int): pass
for code in "PBq":
    m = memoryview(bytearray(8)).cast(code)
    try:
        m[0] = MyInt(7); print(code, m[0])
    except Exception as e: print(code, type(e).__name__, e)
class MyF(float):
    def __float__(self): return 9.0
class MyI(int):
    def __index__(self): return 9
for code in "PBqd?":
    for v in [MyF(1.5), MyI(3)]:
        m = memoryview(bytearray(8)).cast(code)
        try:
            m[0] = v; print(code, m[0])
        except Exception as e: print(code, type(e).__name__, e)
