import struct
from struct import pack, unpack, calcsize
print(calcsize("<IHhBBi"), calcsize("@bi"), calcsize("<bi"), calcsize("3s2xh"), calcsize("!q"), calcsize("@e?c"))
data = pack("<IHhBBi", 1, 2, -3, 4, 5, -6)
print(data, unpack("<IHhBBi", data))
print(pack(">H", 258), pack("<H", 258), pack("!i", -2), pack("=q", 1 << 40))
print(pack("3s", b"abcdef"), pack("5p", b"ab"), unpack("4s", b"wxyz"), unpack("?", b"\x02"))
print(pack("<f", 1.5), unpack("<d", pack("<d", 0.1)), unpack("<e", pack("<e", 65504.0)), pack(">e", -2.5))
print(pack("c", b"z"), unpack("<2H", b"\x01\x00\x02\x00"), pack("<3B", 1, 2, 3))
buf = bytearray(12)
struct.pack_into("<HI", buf, 2, 0xABCD, 0x01020304)
print(buf, struct.unpack_from("<I", buf, 4), struct.unpack_from("<HI", buf, offset=2))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<IH")
print(s.format, s.size, s.pack(7, 8), s.unpack(b"\x07\x00\x00\x00\x08\x00"), s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2))
m = memoryview(bytearray(8))
struct.pack_into("<q", m, 0, -1)
print(m.tobytes(), struct.unpack("<q", m))
for fmt, value in [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("<l", 2**31), ("q", 2**63), ("i", "x"), ("f", "x"), ("s", 1), ("c", b"ab"), ("<f", 1e300)]:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in [lambda: pack("ii", 1), lambda: unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abcd", 2),
             lambda: struct.pack_into("i", bytearray(5), 2, 1), lambda: calcsize("z"), lambda: struct.iter_unpack("i", b"abcde"),
             lambda: unpack("i", "abcd"), lambda: struct.pack_into("i", b"abcd", 0, 1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__)
