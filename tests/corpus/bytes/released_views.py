# Every bytes/bytearray operation taking a buffer, given a live view, a released one, a
# view slice, non-contiguous and multi-byte / multi-dimensional views (issue 18).
import array
import struct


def views():
    rel = memoryview(b"abcab")
    rel.release()
    return [
        ("live", memoryview(b"abcab")),
        ("released", rel),
        ("slice", memoryview(b"xxabcabxx")[2:7]),
        ("noncontig", memoryview(b"aabbccaabb")[::2]),
        ("one-strided", memoryview(b"ab")[::2]),
        ("cast H", memoryview(b"abca").cast("H")),
        ("2-D", memoryview(b"abca").cast("B", shape=[2, 2])),
        ("empty", memoryview(b"")),
        ("of array", memoryview(array.array("B", b"ab"))),
    ]


def show(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            r = tuple("<view>" if type(x) is memoryview else x for x in r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ONE_ARG = (
    "find", "rfind", "count", "index", "rindex", "startswith", "endswith", "split",
    "rsplit", "partition", "rpartition", "strip", "lstrip", "rstrip", "removeprefix",
    "removesuffix", "__contains__", "join", "__add__", "__eq__", "__ne__", "__lt__",
    "__le__", "__gt__", "__ge__",
)

for name, v in views():
    print("==", name)
    for T in (bytes, bytearray):
        s = T(b"abcab")
        t = T.__name__
        for m in ONE_ARG:
            show(t + " " + m, lambda: getattr(s, m)(v))
        show(t + " join items", lambda: s.join([b"a", v, b"c"]))
        show(t + " join one", lambda: T(b"-").join([v]))
        show(t + " join gen", lambda: T(b"-").join(x for x in (b"q", v)))
        show(t + " +", lambda: s + v)
        show(t + " radd", lambda: v + s)
        show(t + " ctor", lambda: T(v))
        show(t + " find range", lambda: s.find(v, 1, 4))
        show(t + " count range", lambda: s.count(v, 0, 2))
        show(t + " split sep", lambda: s.split(sep=v, maxsplit=1))
        show(t + " rsplit sep", lambda: s.rsplit(v, 1))
        show(t + " replace old", lambda: s.replace(v, b"Z"))
        show(t + " replace new", lambda: s.replace(b"a", v))
        show(t + " replace count", lambda: s.replace(v, b"Z", 0))
        show(t + " startswith tuple", lambda: s.startswith((b"q", v)))
        show(t + " endswith tuple", lambda: s.endswith((v,), 1))
        show(t + " in", lambda: v in s)
        show(t + " translate", lambda: s.translate(None, v))
        show(t + " translate del", lambda: s.translate(bytes(range(256)), delete=v))
        show(t + " maketrans", lambda: len(T.maketrans(v, v)))
        show(t + " center", lambda: s.center(9, v))
        show(t + " ljust", lambda: s.ljust(9, v))
        show(t + " %s", lambda: T(b"%s") % v)
        show(t + " %b tuple", lambda: T(b"%b|%b") % (v, b"x"))
        show(t + " fromhex", lambda: T.fromhex(v))
        show(t + " hex sep", lambda: s.hex(v))
        show(t + " == reversed", lambda: v == s)
        show(t + " < reversed", lambda: v < s)
    ba = bytearray(b"q")
    show("bytearray extend", lambda: (ba.extend(v), ba)[1])
    ba = bytearray(b"q")
    show("bytearray +=", lambda: ba.__iadd__(v))
    ba = bytearray(b"qqq")
    show("bytearray slice set", lambda: (ba.__setitem__(slice(0, 1), v), ba)[1])
    ba = bytearray(b"qqqq")
    show("bytearray step set", lambda: (ba.__setitem__(slice(0, 4, 2), v), ba)[1])
    ba = bytearray(b"qqq")
    show("bytearray __init__", lambda: (ba.__init__(v), ba)[1])
    show("bytearray insert", lambda: bytearray(b"q").insert(0, v))
    show("bytearray append", lambda: bytearray(b"q").append(v))
    show("bytearray remove", lambda: bytearray(b"q").remove(v))
    show("str decode", lambda: str(v, "ascii"))
    show("str decode errors", lambda: str(v, "ascii", "strict"))
    show("struct.unpack", lambda: struct.unpack("%ds" % len(bytes(v)) if name != "released" else "5s", v))
    show("struct.unpack_from", lambda: struct.unpack_from("0s", v))
    show("struct.iter_unpack", lambda: list(struct.iter_unpack("1s", v)))
    show("memoryview()", lambda: memoryview(v).tobytes())
    show("int.from_bytes", lambda: int.from_bytes(v, "big"))
    show("len", lambda: len(v))
    show("bytes.__bytes__", lambda: bytes(v) == v.tobytes())

# A view of the receiver itself.
ba = bytearray(b"abc")
m = memoryview(ba)
show("self find", lambda: ba.find(m))
show("self +=", lambda: ba.__iadd__(m))
show("self extend", lambda: (ba.extend(m), ba)[1])
m.release()
show("self += after release", lambda: ba.__iadd__(ba))
show("self extend after release", lambda: (ba.extend(ba), ba)[1])
