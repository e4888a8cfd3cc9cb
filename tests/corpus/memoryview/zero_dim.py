import array


def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.shape, r.strides, r.format, r.itemsize, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"\x05")
z = memoryview(ba).cast("B", [])
show("shape", lambda: (z.shape, z.strides, z.ndim, z.nbytes, z.itemsize, z.suboffsets, z.format))
show("contig", lambda: (z.c_contiguous, z.f_contiguous, z.contiguous))
show("len", lambda: len(z))
show("[()]", lambda: z[()])
show("[...]", lambda: z[...] is z)
show("[0]", lambda: z[0])
show("[:]", lambda: z[:])
show("[0,]", lambda: z[0,])
show("['a']", lambda: z["a"])
show("tolist", lambda: z.tolist())
show("tobytes", lambda: z.tobytes())
show("hex", lambda: z.hex())
show("bytes", lambda: bytes(z))
show("list", lambda: list(z))
show("iter", lambda: iter(z))
show("in", lambda: 5 in z)
def s1(): z[()] = 7; return ba
show("set ()", s1)
def s2(): z[...] = 8; return ba
show("set ...", s2)
def s3(): z[0] = 8
show("set 0", s3)
def s4(): z[:] = b"x"
show("set :", s4)
def s5(): z[()] = 300
show("set big", s5)
def s6(): del z[()]
show("del", s6)
show("cast back", lambda: z.cast("B").tolist())
show("cast back shape", lambda: z.cast("B", [1]).tolist())
show("cast 0d->0d", lambda: z.cast("B", []))
show("cast to 2d", lambda: z.cast("B", [1, 1]))
show("eq", lambda: z == z.toreadonly())
show("mv(z)", lambda: memoryview(z).shape)
show("repr bool", lambda: bool(z))
zd = memoryview(array.array("d", [1.5])).cast("B").cast("d", [])
show("d0", lambda: (zd[()], zd.tolist(), zd.format, zd.itemsize))
show("c0", lambda: memoryview(b"q").cast("c", [])[()])
show("big 0d", lambda: memoryview(b"ab").cast("B", []))
show("h 0d", lambda: memoryview(b"ab").cast("h", []).tolist())
show("ro 0d", lambda: memoryview(b"ab").cast("h", []).readonly)
def s7():
    m = memoryview(b"ab").cast("h", [])
    m[()] = 1
show("ro set", s7)
show("hash 0d", lambda: hash(memoryview(b"a").cast("c", [])) == hash(b"a"))
show("to0 from 2", lambda: memoryview(b"abcd").cast("B", [2, 2]).cast("B", []))
show("empty to 0d", lambda: memoryview(b"").cast("B", []))
show("cast c", lambda: z.cast("c").tolist())
