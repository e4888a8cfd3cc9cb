# unpack, unpack_from and pack_into with every kind of buffer, and the 'c', 's' and
# 'p' codes with bytes-like arguments (only bytes for 'c'; any bytes-like for s and p).
import array
import struct


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for v in [b"x", bytearray(b"x"), memoryview(b"y"), array.array("b", [1]), b"", b"ab",
          "a", 1, memoryview(b"ab")[::2], bytearray()]:
    t(lambda: struct.pack("c", v))
    t(lambda: struct.pack("3s", v))
    t(lambda: struct.pack("3p", v))
    t(lambda: struct.pack("0s", v))

m = memoryview(bytearray(b"abcdefgh"))
strided = m[::2]
for call in [
    lambda: struct.unpack_from("h", strided),
    lambda: struct.unpack("h", strided[:2]),
    lambda: struct.unpack("hh", m.cast("h")),
    lambda: struct.unpack_from("h", m.cast("h"), 2),
    lambda: struct.pack_into("h", strided, 0, 1),
    lambda: struct.pack_into("h", m.toreadonly(), 0, 1),
    lambda: struct.pack_into("h", b"abcd", 0, 1),
    lambda: struct.Struct("h").unpack_from(strided),
    lambda: struct.Struct("h").pack_into(strided, 0, 1),
    lambda: struct.unpack_from("h", "abcd"),
    lambda: struct.unpack_from("h", 5),
    lambda: struct.unpack("h", "ab"),
    lambda: struct.unpack_from("h", array.array("h", [7, 8]), 2),
    lambda: struct.unpack_from("<i", memoryview(b"\x00\x01\x02\x03\x04")[1:]),
    lambda: struct.unpack_from("2s", buffer=b"abc", offset=1),
    lambda: struct.unpack_from("2s", b"abc", offset=-2),
    lambda: struct.unpack_from(format="b", buffer=b"a"),
]:
    t(call)

target = bytearray(6)
struct.pack_into("<hh", target, 1, 1, 2)
print(target)
a = array.array("B", bytes(4))
struct.pack_into(">H", a, 2, 0x0102)
print(a)
mv = memoryview(bytearray(4))
struct.pack_into("<I", mv, 0, 0xdeadbeef)
print(mv.tobytes())
