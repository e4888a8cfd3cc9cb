import array


def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.shape, r.strides, r.format, r.itemsize, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"abcdef"
show("ro", lambda: hash(memoryview(b)) == hash(b))
show("rw", lambda: hash(memoryview(bytearray(b))))
show("toro ba", lambda: hash(memoryview(bytearray(b)).toreadonly()))
show("cast b", lambda: hash(memoryview(b).cast("b")) == hash(b))
show("cast c", lambda: hash(memoryview(b).cast("c")) == hash(b))
show("cast @B", lambda: hash(memoryview(b).cast("@B")) == hash(b))
show("cast h", lambda: hash(memoryview(b).cast("h")))
show("cast ?", lambda: hash(memoryview(b).cast("?")))
show("2d", lambda: hash(memoryview(b).cast("B", [2, 3])) == hash(b))
show("2d c", lambda: hash(memoryview(b).cast("c", [3, 2])) == hash(b))
show("0d", lambda: hash(memoryview(b"x").cast("B", [])) == hash(b"x"))
show("stepped", lambda: hash(memoryview(b)[::2]) == hash(b"ace"))
show("neg", lambda: hash(memoryview(b)[::-1]) == hash(b"fedcba"))
show("empty", lambda: hash(memoryview(b"")) == hash(b""))
show("arr", lambda: hash(memoryview(array.array("b", [1, 2]))))
show("arr ro", lambda: hash(memoryview(array.array("b", [1, 2])).toreadonly()))
show("arr B ro", lambda: hash(memoryview(array.array("B", [1, 2])).toreadonly()))
show("arr i ro", lambda: hash(memoryview(array.array("i", [1, 2])).toreadonly()))
show("mv of mv", lambda: hash(memoryview(memoryview(b))) == hash(b))
r = memoryview(b); r.release()
show("released", lambda: hash(r))
h = memoryview(b); x = hash(h); h.release()
show("released after hash", lambda: hash(h) == x)
w = memoryview(bytearray(b)); w.release()
show("released rw", lambda: hash(w))
show("__hash__", lambda: memoryview(b).__hash__() == hash(b))
show("dict", lambda: {memoryview(b): 1}[b])
show("dict2", lambda: {b: 1}[memoryview(b)])
show("rw in set", lambda: memoryview(bytearray(b)) in {1})
class BB(bytes): pass
show("bytes sub", lambda: hash(memoryview(BB(b"ab"))) == hash(b"ab"))
class BH(bytes):
    def __hash__(self):
        raise KeyError("nohash")
show("bytes sub hash raises", lambda: hash(memoryview(BH(b"ab"))))
show("2d ro ba", lambda: hash(memoryview(bytearray(b)).toreadonly().cast("B", [2, 3])))
