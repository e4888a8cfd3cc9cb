# zlib.compress / zlib.decompress: levels, zlib/raw/gzip framing, auto-detection, bufsize,
# errors with CPython's messages, argument parsing. Compressed bytes equal CPython's.
import zlib
from array import array


def show(f):
    try:
        r = f()
        print(r if not isinstance(r, bytes) or len(r) < 80 else (len(r), r[:40]))
    except Exception as e:
        print(type(e).__name__, e)


text = b"".join(b"line %d: the rain in spain falls mainly on the plain\n" % i for i in range(400))
zeros = bytes(100000)
pseudo = bytes((i * 2654435761 >> 13) & 255 for i in range(50000))
mixed = b"".join(bytes([65 + i % 7]) * (i % 13 + 1) for i in range(6000))
inputs = [b"", b"a", b"hello world", text, zeros, pseudo, mixed, bytes(range(256)) * 300]
for level in [-1, 0, 1, 2, 5, 6, 8, 9]:
    sizes = []
    for data in inputs:
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        sizes.append(len(c))
    print(level, sizes, zlib.crc32(b"".join(zlib.compress(d, level) for d in inputs)))
print(zlib.compress(b"hello world"))
print(zlib.compress(b"hello world", 0))
print(zlib.compress(b"hello world", 9))
print(zlib.compress(b""), zlib.compress(b"", 0))
print(zlib.compress(b"hello", level=1), zlib.compress(b"hello", wbits=9), zlib.compress(b"hello", 6, 8))
# Large stored (level 0) output is split into blocks exactly as CPython's.
for n in [65535, 65536, 100000, 300000, 1 << 20]:
    c = zlib.compress(bytes(n), 0)
    print(n, len(c), zlib.crc32(c))
big = text * 40
for level in [1, 6, 9]:
    c = zlib.compress(big, level)
    print("big", level, len(c), zlib.crc32(c), zlib.decompress(c) == big)
# Framing: zlib (9..15), raw (-9..-15), gzip (25..31); decompress with auto-detection.
for wbits in [9, 10, 12, 15, -9, -12, -15, 25, 28, 31, 8]:
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:4], zlib.crc32(c), zlib.decompress(c, 9 if wbits == 8 else wbits) == text)
    if wbits > 8:
        print(" auto", zlib.decompress(c, 32 + (wbits & 15 or 15)) == text, zlib.decompress(c, 47) == text)
gz = zlib.compress(text, 9, 31)
print(gz[:10], zlib.decompress(gz, 31) == text, zlib.decompress(gz, 16) == text, zlib.decompress(gz, 32) == text)
zl = zlib.compress(text)
print(zlib.decompress(zl, 0) == text, zlib.decompress(zl, 32) == text, zlib.decompress(zl, 47) == text)
show(lambda: zlib.decompress(zl, 40))
z9 = zlib.compress(text, 6, 9)
show(lambda: zlib.decompress(z9, 40))
print(zlib.decompress(z9, 9) == text, zlib.decompress(z9, 15) == text, zlib.decompress(z9, 0) == text)
raw9 = zlib.compress(text, 6, -9)
print(zlib.decompress(raw9, -9) == text, zlib.decompress(raw9, -15) == text)
# bufsize: any non-negative size gives the same result.
for bufsize in [0, 1, 7, 100, 16384, 10**6]:
    print(bufsize, zlib.decompress(zl, bufsize=bufsize) == text, zlib.decompress(zl, 15, bufsize) == text)
# Bytes-like inputs.
for obj in [bytearray(text), memoryview(text), memoryview(text)[:1000], array("B", text[:100])]:
    c = zlib.compress(obj)
    print(type(obj).__name__, len(c), zlib.decompress(bytearray(c)) == bytes(obj), zlib.decompress(memoryview(c)) == bytes(obj))
padded = b"xx" + zl + b"yy"
print(zlib.decompress(memoryview(padded)[2:-2]) == text)
# Errors with zlib's messages.
show(lambda: zlib.decompress(b""))
show(lambda: zlib.decompress(b"x"))
show(lambda: zlib.decompress(b"x\x9c"))
show(lambda: zlib.decompress(zl[:-1]))
show(lambda: zlib.decompress(zl[:20]))
show(lambda: zlib.decompress(zl[:-1] + b"\x00"))
show(lambda: zlib.decompress(zl[:-4] + b"\x00\x00\x00\x00"))
show(lambda: zlib.decompress(b"garbage data"))
show(lambda: zlib.decompress(b"x\x9c\xff"))
show(lambda: zlib.decompress(b"x\x9c\x03"))
show(lambda: zlib.decompress(b"\x79\x9c"))
show(lambda: zlib.decompress(b"\x88\x98"))
show(lambda: zlib.decompress(b"\x78\xbb\x00\x00\x00\x01"))
show(lambda: zlib.decompress(zl, 9))
show(lambda: zlib.decompress(zl, 14))
show(lambda: zlib.decompress(z9, 8))
show(lambda: zlib.decompress(zl, 31))
show(lambda: zlib.decompress(gz, 15))
show(lambda: zlib.decompress(gz[:-1], 31))
show(lambda: zlib.decompress(gz[:-4] + b"\x00\x00\x00\x00", 31))
show(lambda: zlib.decompress(b"\x1f", 47))
show(lambda: zlib.decompress(b"\x1f\x8b\x09", 47))
show(lambda: zlib.decompress(zl, -15))
show(lambda: zlib.decompress(raw9, -8))
show(lambda: zlib.decompress(raw9 + b"junk", -15))
show(lambda: zlib.decompress(zl + b"junk"))
show(lambda: zlib.decompress(gz + b"junk", 31))
show(lambda: zlib.decompress(gz + gz, 31))
for wbits in [1, 7, -1, -7, -16, 16 + 7, 32 + 7, 48, 64, 2**31 - 1, -2**31]:
    show(lambda: zlib.decompress(zl, wbits))
for level in [-2, 10, 100, -100]:
    show(lambda: zlib.compress(b"x", level))
for wbits in [0, 7, -8, 16, 24, 32, 40, -16, 100]:
    show(lambda: zlib.compress(b"x", 6, wbits))
zd = zlib.compressobj(zdict=b"hello").compress(b"hello") + zlib.compressobj(zdict=b"hello").flush()
show(lambda: zlib.decompress(zlib.compressobj(zdict=b"hello world").flush()))
# Arguments.
show(lambda: zlib.compress())
show(lambda: zlib.compress(b"x", 1, 15, 3))
show(lambda: zlib.compress(b"x", 1, 15, 3, 4))
show(lambda: zlib.compress(b"x", 1, level=2))
show(lambda: zlib.compress(b"x", wbits=15, level=2))
show(lambda: zlib.compress(b"x", data=2))
show(lambda: zlib.compress(data=b"x"))
show(lambda: zlib.compress(b"x", foo=2))
show(lambda: zlib.compress("x"))
show(lambda: zlib.compress(None))
show(lambda: zlib.compress(b"x", 1.0))
show(lambda: zlib.compress(b"x", "1"))
show(lambda: zlib.compress(b"x", None))
show(lambda: zlib.compress(b"x", 2**31))
show(lambda: zlib.compress(b"x", -2**31 - 1))
show(lambda: zlib.compress(b"x", True))
show(lambda: zlib.compress(memoryview(b"abcdef")[::2]))
show(lambda: zlib.decompress())
show(lambda: zlib.decompress(zl, 15, 10, 1))
show(lambda: zlib.decompress(zl, foo=1))
show(lambda: zlib.decompress(zl, 15, wbits=1))
show(lambda: zlib.decompress(data=zl))
show(lambda: zlib.decompress(zl, bufsize=-1))
show(lambda: zlib.decompress(zl, bufsize=1.0))
show(lambda: zlib.decompress(zl, bufsize="1"))
show(lambda: zlib.decompress(zl, bufsize=2**100))
show(lambda: zlib.decompress(zl, wbits=2**100))
show(lambda: zlib.decompress(zl, wbits=1.5))
show(lambda: zlib.decompress("x"))
show(lambda: zlib.decompress(b"", -2**40))
print(zlib.compress.__name__, repr(zlib.decompress))
