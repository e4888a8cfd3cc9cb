# b64encode: base64 and hex of ~10 MB of binary data (b64encode, b64decode, hexlify,
# unhexlify, crc32), a few rounds each: the native conversions behind base64/binascii,
# which CPython runs in C. Prints a checksum of the results.
import base64
import binascii

block = bytes(range(256)) * 4 + bytes((i * 7 + 3) % 256 for i in range(1024))
data = block * (10 * 1024 * 1024 // len(block))

check = 0
for _ in range(5):
    enc = base64.b64encode(data)
    dec = base64.b64decode(enc)
    hx = binascii.hexlify(data)
    back = binascii.unhexlify(hx)
    check = binascii.crc32(enc, check)
    check = binascii.crc32(hx, check)
    check ^= len(dec) + len(back)
print(len(data), len(enc), len(hx), dec == data, back == data, check)
