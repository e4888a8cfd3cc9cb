import struct, array
ba = bytearray(range(12))
m = memoryview(ba)
tests = [
    lambda: m[-1], lambda: m[-12], lambda: m[::3].tolist(), lambda: m[1:10:4].tobytes(), lambda: m[10:2:-3].tolist(), lambda: len(m[5:5]), lambda: m[5:5].tobytes(),
    lambda: m.cast("H")[-1], lambda: m.cast("i").tolist(), lambda: m.cast("B", shape=[3, 4]).tolist(), lambda: m.cast("B", (2, 2, 3))[1, 1, 2], lambda: m.cast("H", [2, 3]).shape,
    lambda: m.cast("c")[0], lambda: m.toreadonly()[0:2].readonly, lambda: m[::2].nbytes, lambda: m[::2].strides, lambda: m.cast("I").strides,
    lambda: memoryview(memoryview(ba)[2:]).obj is ba, lambda: bytes(m[::-2]), lambda: m[::-1] == bytes(reversed(ba)), lambda: m.hex(":", 4),
    lambda: memoryview(b"abc") == b"abc", lambda: memoryview(b"abc") != bytearray(b"abd"), lambda: memoryview(array.array("i", [1, 2])) == array.array("i", [1, 2]),
    lambda: memoryview(array.array("d", [1.5])).tolist(), lambda: memoryview(array.array("h", [-1, 2])).cast("B").tolist(),
    lambda: struct.unpack_from("<2H", m, 2), lambda: struct.unpack("<3I", m), lambda: list(struct.iter_unpack("<H", m[:4])),
    lambda: m.cast("B", (3, 4))[1], lambda: m.cast("B", (3, 4)).tobytes(order="F")[:4], lambda: m.cast("B", (3, 4))[1:2], lambda: m.cast("B", (3,4)).cast("H"),
    lambda: m.cast("d"), lambda: m.cast(""), lambda: m.cast("B", 5), lambda: m.cast("B", [0, 12]), lambda: m[1.5], lambda: m[1, 2], lambda: m.cast("B", [3, 4])[3, 0],
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
