raw = bytearray(range(16))
m = memoryview(raw)
i = m.cast("I")
print(i.format, i.itemsize, len(i), i.nbytes, i.tolist(), i[1], i.shape, i.strides)
h = m.cast("H")
h[0] = 0xFFFF
print(raw[:4], h.tolist()[:3])
q = m.cast("q")
print(q.tolist(), q.cast("B").tolist()[:4])
grid = m.cast("B", (4, 4))
print(grid.ndim, grid.shape, grid.strides, grid[1, 2], grid.tolist()[1], len(grid))
grid[3, 3] = 99
print(raw[15], grid.tobytes()[-1])
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = float("nan")
print(d.tolist()[0], d[1] != d[1], d == d)
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
print(f[0], f.format)
b = memoryview(bytearray(b"\x80\x7f")).cast("b")
print(b.tolist(), b.format)
c = memoryview(b"hi").cast("c")
print(c[0], c.tolist())
t = memoryview(bytearray(3)).cast("?")
t[0] = True
print(t.tolist())
for bad in [lambda: m.cast("e"), lambda: m.cast("I").cast("H"), lambda: memoryview(bytearray(5)).cast("I"), lambda: m.cast("B", (3, 3)), lambda: m.cast("Z"), lambda: m[::2].cast("I"),
            lambda: i.__setitem__(0, -1), lambda: i.__setitem__(0, 2 ** 32), lambda: b.__setitem__(0, 200), lambda: h.__setitem__(0, 1.5), lambda: grid[1], lambda: grid[1:2], lambda: grid[9, 0]]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
