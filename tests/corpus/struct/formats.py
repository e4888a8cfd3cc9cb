import struct
s = struct.Struct(">hhl")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(-1, -2, -3)))
print(struct.pack("@bhi", 1, 2, 3), struct.calcsize("@bhi"), struct.calcsize("=bhi"), struct.calcsize("@iq"), struct.calcsize("@qi"), struct.calcsize("0s"), struct.calcsize("@c2xh"))
print(struct.pack("<?", 5), struct.pack("<?", 0), struct.unpack("<??", b"\x00\x07"), struct.pack("<e", 0.5), struct.unpack("<e", b"\x00\x3c"))
print(struct.pack("<5s", b"hi"), struct.pack("<2p", b"abc"), struct.unpack("<3p", b"\x05ab"), struct.pack("<0p", b"x"))
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8), struct.pack(">d", 1.0), struct.unpack("!f", struct.pack("!f", 0.1)))
print(struct.pack("<n", -1) if False else struct.pack("@n", -1), struct.pack("@N", 7), struct.pack("@P", 0), struct.unpack("@P", bytes(8)))
for fmt, args in [("<b", ()), ("<b", (1, 2)), ("<x", (1,)), ("<3s", ("abc",)), ("<d", ("1",)), ("<<i", (1,)), ("<n", (1,)), ("4", ()), ("<i", (True,))]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(struct.unpack_from("<H", bytearray(b"\x01\x02\x03"), offset=1), struct.Struct("<I").unpack_from(b"\x00\x01\x02\x03\x04", 1))
