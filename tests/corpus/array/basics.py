from array import array
import array as array_module
a = array("i", [1, 2, 3])
print(a, repr(array("d")), array("f", [1.5]), a.itemsize, a.typecode, len(a), a[0], a[-1], a[1:], a[::-1], list(a), 2 in a, a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.extend(array("i", [7]))
print(a, a.pop(), a.pop(0), a.index(3), a.count(2))
a.remove(3); a.reverse(); print(a)
a[0] = 100; a[1:3] = array("i", [8, 9, 10]); print(a)
del a[0]; del a[::2]; print(a)
b = array("H", b"\x01\x00\x02\x00")
print(b, b.tobytes(), bytes(b), array("B", range(5)), array("b", [-1, 1]), array("q", [2 ** 62]))
b.frombytes(b"\x03\x00"); b.fromlist([4]); print(b)
c = array("I", [1, 256]); c.byteswap(); print(c)
print(a + array("i", [1]), array("i", [1, 2]) * 2, a == array("i", list(a)), array("d", [1.0]) == array("f", [1.0]), array_module.typecodes)
m = memoryview(b)
print(m.format, m.itemsize, m.tolist(), m.nbytes)
m[0] = 99
print(b)
try:
    b.append(1)
except BufferError as e:
    print(e)
del m
b.append(5)
print(b, sum(b), sorted(array("d", [3.0, 1.0, 2.0])))
for bad in [lambda: array("z"), lambda: array("i", "abc"), lambda: a.index(99), lambda: a.remove(99), lambda: array("i").pop(), lambda: a + array("d"),
            lambda: array("i", [1]).frombytes(b"abc"), lambda: a[50], lambda: a.fromlist(["x"]), lambda: array("b", [200]), lambda: array("B", [-1]),
            lambda: array("h", [40000]), lambda: array("I", [-1]), lambda: array("Q", [-1]), lambda: array("q", [2 ** 63]), lambda: array("i", [1.5]), lambda: array("d", ["x"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
