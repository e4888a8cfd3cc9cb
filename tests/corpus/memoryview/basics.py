data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], m[2:5].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.obj is data, m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].c_contiguous, m[::2].contiguous)
s = m[2:6]
s[0] = 90
s[1:3] = b"XY"
print(data, s.tobytes(), bytes(s), bytearray(s), s.tolist(), list(s), 88 in s, 1 in s)
print(m.hex(), m[:3].hex(":"), m.tobytes(order="F"), m.tobytes(order="A"))
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], ro.toreadonly().readonly, m.toreadonly().readonly, hash(ro) == hash(b"readonly"))
for bad in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, "x"), lambda: m[100], lambda: m["x"], lambda: hash(m),
            lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: memoryview("str"), lambda: memoryview(5), lambda: m < m, lambda: m.tobytes("Z"), lambda: m.__delitem__(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(m == data, m == b"abZXYfgh", memoryview(b"ab") == memoryview(bytearray(b"ab")), m[:2] == m[2:4], m != b"x")
v = memoryview(b"xyz")
v.release()
print(repr(v).startswith("<released memory at 0x"))
for op in [lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.nbytes, lambda: v.format, lambda: bytes(v), lambda: list(v)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
v.release()
print(v == v)
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes())
print(cm.tobytes.__name__)
try:
    cm.tobytes()
except ValueError as e:
    print(e)
