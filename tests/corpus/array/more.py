from array import array
a = array("d", [1.0, 2.5])
a.append(3)
a.extend((4, 5.5))
print(a, a.tolist(), a[1:3], a * 2, len(a), sum(a), a.itemsize, a.typecode)
b = array("B", b"hello")
print(b, b.tobytes().decode(), bytes(b[1:4]), b.count(108), b.index(111), array("b", b"\xff\x01"))
c = array("h", [1, -2, 3])
c[1:2] = array("h", [7, 8])
c.reverse()
print(c, list(reversed(c)), c[::-1], -2 in c, 8 in c)
del c[0]
print(c, c.pop(), c)
i = array("i", range(4))
m = memoryview(i)
print(m.format, m.itemsize, m.nbytes, m[2], m.cast("B")[:4].tolist())
m[0] = -5
print(i, array("I", [1, 2]) == array("I", [1, 2]), array("f", [0.1])[0])
q = array("Q", [2**64 - 1])
print(q, q[0], array("q", [-2**63]))
for bad in [lambda: array("i", [1]) + [2], lambda: array("i") * "x", lambda: array("i").__setitem__(0, 1), lambda: array("i", [1])[0:1].__setitem__(slice(0, 1), [2]), lambda: array("i", [1, 2]).extend(array("h", [1])), lambda: array("B", [1]).fromlist((1,))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
