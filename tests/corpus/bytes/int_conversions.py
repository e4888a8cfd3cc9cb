# int/float from bytes-likes, int.from_bytes sources (through PyObject_Bytes) and to_bytes.
import array
tests = [lambda: int(b"12"), lambda: int(bytearray(b" 12 ")), lambda: int(memoryview(b"12")), lambda: int(b"1_0"), lambda: int(b"12", 16),
 lambda: int(bytearray(b"z"), 36), lambda: int(b"\xff"), lambda: int(b""), lambda: float(b"1.5"), lambda: float(bytearray(b"inf")),
 lambda: float(memoryview(b"2.5")), lambda: int(array.array("B", b"12")), lambda: complex(b"1"), lambda: int.from_bytes("ab", "big"),
 lambda: int.from_bytes([1, 2], "little"), lambda: int.from_bytes(b"\xff", "big", signed=True), lambda: int.from_bytes(bytearray(b"\x01\x00"), "little"),
 lambda: int.from_bytes(memoryview(b"\x01\x02")[::-1], "big"), lambda: int.from_bytes(b"", "big"), lambda: int.from_bytes(None, "big"),
 lambda: int.from_bytes(3, "big"), lambda: int.from_bytes(b"\x01", "middle"), lambda: int.from_bytes(b"\x01"), lambda: (1).to_bytes(),
 lambda: (258).to_bytes(2, "little"), lambda: (-1).to_bytes(1, "big", signed=True), lambda: (256).to_bytes(1, "big"),
 lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(-1, "big"), lambda: int(b"12", base=0), lambda: int(b"0x12", 0)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
