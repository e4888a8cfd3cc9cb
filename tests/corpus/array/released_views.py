# Every array operation taking a buffer, given a live view, a released one, a view slice,
# non-contiguous and multi-byte / multi-dimensional views (issue 18).
import array
import struct


def views():
    rel = memoryview(b"abcd")
    rel.release()
    return [
        ("live", memoryview(b"abcd")),
        ("released", rel),
        ("slice", memoryview(b"xxabcdxx")[2:6]),
        ("noncontig", memoryview(b"aabbccdd")[::2]),
        ("one-strided H", memoryview(b"abcd").cast("H")[::2]),
        ("cast H", memoryview(b"abcd").cast("H")),
        ("2-D", memoryview(b"abcd").cast("B", shape=[2, 2])),
        ("empty", memoryview(b"")),
        ("of array H", memoryview(array.array("H", [1, 2]))),
    ]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name, v in views():
    print("==", name)
    for code in "bBHd":
        show("array " + code, lambda: array.array(code, v))
    show("array u", lambda: array.array("u", v))
    for code in "BH":
        a = array.array(code, b"qq")
        show("frombytes " + code, lambda: (a.frombytes(v), a)[1])
    a = array.array("B", b"q")
    show("extend", lambda: (a.extend(v), a)[1])
    a = array.array("B", b"q")
    show("fromlist", lambda: (a.fromlist(v), a)[1])
    a = array.array("u", "q")
    show("fromunicode", lambda: (a.fromunicode(v), a)[1])
    a = array.array("B", b"qqq")
    show("slice set", lambda: (a.__setitem__(slice(0, 2), v), a)[1])
    a = array.array("B", b"q")
    show("+", lambda: a + v)
    show("+=", lambda: a.__iadd__(v))
    show("==", lambda: array.array("B", b"abcd") == v)
    show("<", lambda: array.array("B", b"abcd") < v)
    show("reversed ==", lambda: v == array.array("B", b"abcd"))
    show("in", lambda: v in array.array("B", b"abcd"))
    show("count", lambda: array.array("B", b"abcd").count(v))
    show("index", lambda: array.array("B", b"abcd").index(v))
    show("remove", lambda: array.array("B", b"abcd").remove(v))
    show("__init__", lambda: array.array("B", b"z").__init__(v))
    show("struct.unpack", lambda: struct.unpack("4s", v))
    show("struct.unpack_from", lambda: struct.unpack_from("1s", v, 1))
    show("int.from_bytes", lambda: int.from_bytes(v, "little"))
    show("bytes", lambda: bytes(v))
    show("bytearray", lambda: bytearray(v))
    show("memoryview", lambda: memoryview(v).nbytes)

# frombytes holds its argument's buffer while the array grows.
a = array.array("B", b"ab")
show("self frombytes", lambda: a.frombytes(a))
show("self view frombytes", lambda: a.frombytes(memoryview(a)))
show("empty self frombytes", lambda: array.array("B").frombytes(array.array("B")))
show("frombytes H array", lambda: a.frombytes(array.array("H", [1])))
show("frombytes str", lambda: a.frombytes("ab"))
show("frombytes odd", lambda: array.array("H").frombytes(b"abc"))
print(a)

# The formats of views of arrays ('u' is left out: CPython reports 'w', minipy does not yet).
for code in "bBhHiIlLqQfd":
    m = memoryview(array.array(code))
    print(code, m.format, m.itemsize)
