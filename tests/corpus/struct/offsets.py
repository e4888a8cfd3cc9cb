import struct
for call in [lambda: struct.unpack_from("i", b"abcd", -8), lambda: struct.pack_into("i", bytearray(8), -3, 1), lambda: struct.pack_into("i", bytearray(8), -9, 1), lambda: struct.unpack_from("<H", b"abcdef", -2), lambda: struct.pack_into("<H", bytearray(4), -2, 7)]:
    try:
        print(call())
    except struct.error as e:
        print("error:", e)
