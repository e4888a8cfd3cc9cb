import array


def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.shape, r.strides, r.format, r.itemsize, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytes(range(16))
m = memoryview(b)
for f in ["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "P", "@B", "@c", "@?", "@d", "@e", "x", "s", "p", "<B", "=B", ">h", "!i", "BB", "2B", "", "@", "@@B", " B", "B ", "u", "w", "Z", "é", "\x00"]:
    show("cast " + repr(f), lambda: m.cast(f))
cb = memoryview(bytes([0, 1, 2, 255]))
show("? vals", lambda: cb.cast("?").tolist())
show("? idx", lambda: cb.cast("?")[3])
show("c vals", lambda: cb.cast("c").tolist())
ba = bytearray(4)
mc = memoryview(ba).cast("c")
def sc(v):
    def f():
        mc[0] = v
        return ba[:]
    return f
for v in [b"z", b"", b"ab", bytearray(b"y"), 65, "a", memoryview(b"q")]:
    show("setc " + type(v).__name__ + " " + str(len(v) if hasattr(v, "__len__") else v), sc(v))
mq = memoryview(ba).cast("?")
def sq(v):
    def f():
        mq[1] = v
        return ba[:]
    return f
for v in [True, 0, 5, "", "x", None, [], [1], 2.5, b""]:
    show("set? " + repr(v), sq(v))
fa = bytearray(8)
mf = memoryview(fa).cast("f")
md = memoryview(fa).cast("d")
def sf(mm, v):
    def f():
        mm[0] = v
        return mm.tolist()
    return f
for v in [1e300, -1e300, float("inf"), float("-inf"), float("nan"), 2**200, 2**2000, 1, True, "1", None, 3.4e38, 3.5e38]:
    show("setf " + repr(v), sf(mf, v))
    show("setd " + repr(v), sf(md, v))
show("inf bytes f", lambda: memoryview(array.array("f", [float("inf"), -float("inf")])).tolist())
show("inf d", lambda: memoryview(array.array("d", [float("inf")])).cast("B").cast("d").tolist())
show("inf == ", lambda: memoryview(array.array("f", [float("inf")])) == memoryview(array.array("d", [float("inf")])))
show("e idx", lambda: memoryview(b"\x00\x3c\x00\x7c").cast("e").tolist())
show("cast e back", lambda: memoryview(b"\x00\x3c").cast("e").cast("B").tolist())
show("cast e->h", lambda: memoryview(b"\x00\x3c").cast("e").cast("h"))
show("cast fmt str", lambda: m.cast(b"B"))
show("cast none", lambda: m.cast(None))
show("cast kw", lambda: m.cast(format="B", shape=[4, 4]).shape)
show("cast shape tuple", lambda: m.cast("B", (16,)).shape)
show("cast shape []", lambda: m.cast("B", []))
show("cast shape bad", lambda: m.cast("B", [4.0, 4]))
show("cast shape neg", lambda: m.cast("B", [-4, -4]))
show("cast shape 0", lambda: m.cast("B", [0, 4]))
show("cast shape big", lambda: m.cast("B", [2**62, 2**62]))
show("cast shape huge", lambda: m.cast("B", [2**64]))
show("cast shape mismatch", lambda: m.cast("B", [3, 4]))
show("cast shape 65", lambda: m.cast("B", [1] * 65))
show("cast shape 64", lambda: m.cast("B", [1] * 63 + [16]).ndim)
show("cast shape str", lambda: m.cast("B", "ab"))
show("cast shape bool", lambda: m.cast("B", [True, 16]).shape)
show("cast h shape", lambda: m.cast("h", [2, 4]))
show("cast non-contig", lambda: m[::2].cast("B"))
show("cast empty", lambda: memoryview(b"").cast("i"))
show("cast empty shape", lambda: memoryview(b"").cast("B", [0]))
show("cast len mult", lambda: memoryview(b"abc").cast("h"))
show("cast non-byte", lambda: m.cast("h").cast("i"))
show("cast h->B", lambda: m.cast("h").cast("B").format)
show("cast h->c", lambda: m.cast("h").cast("c").format)
show("cast @h->B", lambda: m.cast("@h").cast("B").format)
show("cast 2d -> 2d", lambda: m.cast("B", [4, 4]).cast("B", [2, 8]))
show("cast 2d -> 1d h", lambda: m.cast("B", [4, 4]).cast("h"))
show("cast 2d -> 1d h shape", lambda: m.cast("B", [4, 4]).cast("h", [8]))
show("cast args", lambda: m.cast())
show("cast args3", lambda: m.cast("B", [16], 1))
show("cast kwbad", lambda: m.cast("B", foo=1))
# contiguity
for label, v in [("empty", memoryview(b"")), ("empty step2", memoryview(b"abc")[3:3:2]), ("empty step-1", memoryview(b"abc")[1:1:-1]),
                 ("one step2", memoryview(b"abc")[::3]), ("one step-1", memoryview(b"abc")[1:2][::-1]), ("step2", memoryview(b"abcd")[::2]),
                 ("step-1", memoryview(b"abcd")[::-1]), ("h empty step", memoryview(b"abcd").cast("h")[2:2:2]), ("2d empty", memoryview(b"abcd").cast("B", [2, 2])[0:0]),
                 ("2d step", memoryview(b"abcd").cast("B", [2, 2])[::2]), ("2d rev", memoryview(b"abcd").cast("B", [2, 2])[::-1]),
                 ("2d one row", memoryview(b"abcd").cast("B", [2, 2])[1:]), ("2d 1xN rev", memoryview(b"abcd").cast("B", [1, 4])[::-1]),
                 ("3d", memoryview(bytes(8)).cast("B", [2, 1, 4])), ("3d empty", memoryview(bytes(8)).cast("B", [2, 1, 4])[2:])]:
    show(label, lambda: (v.c_contiguous, v.f_contiguous, v.contiguous, v.shape, v.strides, v.nbytes))
    show(label + " tobytes", lambda: (v.tobytes(), v.tolist(), v.hex()))
    show(label + " cast", lambda: v.cast("B").tolist())
