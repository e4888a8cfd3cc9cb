# zlib.crc32 and zlib.adler32: start values, every bytes-like argument, errors.
import zlib
from array import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog"
print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"", 5), zlib.adler32(b"", 5))
print(zlib.crc32(b"a"), zlib.adler32(b"a"))
# Incremental: the start value carries on.
for f in (zlib.crc32, zlib.adler32):
    whole = f(data)
    part = f(data[:10])
    print(f.__name__, whole == f(data[10:], part), f(data[10:], part))
    acc = f(b"") if f is zlib.crc32 else 1
    for i in range(0, len(data), 7):
        acc = f(data[i:i + 7], acc)
    print(acc == whole)
# Start values: masked to 32 bits, negatives and big ints included.
for start in [0, 1, 0xFFFF, 0xFFF0FFF0, 0xFFFFFFFF, -1, -2, 2**32, 2**32 + 7, 2**64 + 5, -(2**40), True, False]:
    print(start, zlib.crc32(data, start), zlib.adler32(data, start), zlib.adler32(b"x", start), zlib.adler32(b"", start))


class Idx:
    def __index__(self):
        return 12345


print(zlib.crc32(b"abc", Idx()), zlib.adler32(b"abc", Idx()))
# Every bytes-like object, memoryview slices included (no copy needed).
big = bytes(range(256)) * 40
mv = memoryview(big)
for obj in [bytearray(data), memoryview(data), mv[100:5000], mv[0:0], mv[-7:], array("B", data), array("I", [1, 2, 3]), memoryview(bytearray(b"xyz"))]:
    print(type(obj).__name__, zlib.crc32(obj), zlib.adler32(obj))
print(zlib.crc32(mv[100:5000]) == zlib.crc32(big[100:5000]), zlib.adler32(mv[3:]) == zlib.adler32(big[3:]))
print(zlib.crc32(memoryview(array("H", [1, 2, 3])).cast("B")))
print(zlib.crc32(memoryview(b"abcdef").cast("c")))
# Large inputs agree with piecewise sums.
blob = bytes(i * 7 % 251 for i in range(300000))
print(zlib.crc32(blob), zlib.adler32(blob), zlib.crc32(blob[150000:], zlib.crc32(blob[:150000])))
print(zlib.adler32(blob[150000:], zlib.adler32(blob[:150000])), zlib.adler32(bytes(100000), 0xFFFFFFFF))
# Errors.
for f in (zlib.crc32, zlib.adler32):
    show(lambda: f())
    show(lambda: f(b"a", 1, 2))
    show(lambda: f("abc"))
    show(lambda: f(None))
    show(lambda: f(123))
    show(lambda: f([1, 2]))
    show(lambda: f(b"abc", 1.5))
    show(lambda: f(b"abc", "1"))
    show(lambda: f(b"abc", None))
    show(lambda: f(b"abc", value=1))
    show(lambda: f(data=b"abc"))
    show(lambda: f(memoryview(b"abcdef")[::2]))
    show(lambda: f("abc", 1.5))
print(zlib.crc32.__name__, zlib.adler32.__name__, repr(zlib.crc32))
