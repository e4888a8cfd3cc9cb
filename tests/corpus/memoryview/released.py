import array
import struct


def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.shape, r.strides, r.format, r.itemsize, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abcd")
r = memoryview(ba)
r.release()
for name in ["tobytes", "tolist", "hex", "toreadonly", "__enter__", "__len__", "__hash__", "__bool__"]:
    show(name, lambda: getattr(r, name)())
show("release again", lambda: r.release())
show("exit", lambda: r.__exit__(None, None, None))
show("cast", lambda: r.cast("B"))
show("cast bad", lambda: r.cast(5))
show("cast bad fmt", lambda: r.cast("Z"))
show("tobytes bad", lambda: r.tobytes("Z"))
show("hex bad", lambda: r.hex(5))
show("tolist args", lambda: r.tolist(1))
for a in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    show(a, lambda: getattr(r, a))
show("bool", lambda: bool(r))
show("if", lambda: 1 if r else 0)
show("not", lambda: not r)
show("len", lambda: len(r))
show("[0]", lambda: r[0])
show("[:]", lambda: r[:])
show("[()]", lambda: r[()])
show("['a']", lambda: r["a"])
def s(): r[0] = 1
show("set", s)
def s2(): r[0] = "bad"
show("set bad", s2)
def d(): del r[0]
show("del", d)
show("in", lambda: 1 in r)
show("list", lambda: list(r))
show("bytes", lambda: bytes(r))
show("bytearray", lambda: bytearray(r))
show("memoryview", lambda: memoryview(r))
show("ba+=", lambda: bytearray(b"x").__iadd__(r))
show("struct", lambda: struct.unpack("4B", r))
show("pack_into", lambda: struct.pack_into("B", r, 0, 1))
show("array", lambda: array.array("B", r))
show("str", lambda: str(r, "ascii"))
show("decode", lambda: r.decode())
show("int.from_bytes", lambda: int.from_bytes(r, "big"))
show("==", lambda: r == b"abcd")
show("hash", lambda: hash(r))
show("+", lambda: r + b"x")
show("*", lambda: r * 2)
show("<", lambda: r < r)
show("repr", lambda: repr(r).startswith("<released memory at 0x"))
show("str", lambda: str(r).startswith("<released memory at 0x"))
show("dir", lambda: [n for n in dir(memoryview) if not n.startswith("__")])
show("dunder", lambda: sorted(n for n in dir(memoryview) if n.startswith("__")))
show("ba resize", lambda: ba.append(1) or ba)
with memoryview(b"ab") as w:
    pass
show("with released", lambda: w.tobytes())
def ctx():
    with w:
        pass
show("with again", ctx)
m2 = memoryview(b"abc")
show("bool live", lambda: bool(m2))
show("bool empty", lambda: bool(memoryview(b"")))
show("bool 0d", lambda: bool(memoryview(b"a").cast("B", [])))
show("bool 2d", lambda: bool(memoryview(b"ab").cast("B", [1, 2])))
show("bool 2d empty", lambda: bool(memoryview(b"ab")[0:0]))
r = memoryview(b'ab')
for f in [lambda: r.tobytes(foo=1), lambda: r.hex(foo=1), lambda: r.cast('B', foo=1), lambda: r.tolist(foo=1), lambda: r.release(foo=1), lambda: r.toreadonly(x=1), lambda: r.hex(sep=1, bytes_per_sep=2, x=3), lambda: memoryview(object=b'a', x=1), lambda: memoryview(x=1), lambda: r.cast(), lambda: r.cast('B', [2], 3), lambda: r.tobytes('C', 1), lambda: r.hex(1,2,3), lambda: r.cast(shape=[2]), lambda: r.cast('B', format='B'), lambda: r.tobytes('C', order='C'), lambda: memoryview(b'a', object=b'a'), lambda: memoryview(), lambda: memoryview(b'a', b'b'), lambda: r.tolist(1), lambda: r.release(1), lambda: r.__enter__(1), lambda: r.__exit__(), lambda: r.__exit__(1,2,3,4), lambda: r.cast(format='B', shape=[2], x=1), lambda: r.hex(x=1, sep=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
