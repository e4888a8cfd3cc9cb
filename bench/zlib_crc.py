# zlib at native speed: crc32 and adler32 of ~100 MB read through memoryview slices,
# then compress/decompress of a few MB. Prints a checksum.
import zlib

block = bytes(range(256)) * 4096  # 1 MiB
data = block * 100
view = memoryview(data)
crc = 0
adler = 1
step = 1 << 22
for i in range(0, len(data), step):
    crc = zlib.crc32(view[i:i + step], crc)
    adler = zlib.adler32(view[i:i + step], adler)
text = b"".join(b"%d the quick brown fox %d jumps over the lazy dog\n" % (i, i * i) for i in range(80000))
total = 0
for level in (1, 6):
    c = zlib.compress(text, level)
    d = zlib.decompress(c)
    total += len(c) + len(d)
co = zlib.compressobj(6, zlib.DEFLATED, 31)
parts = [co.compress(text[i:i + 65536]) for i in range(0, len(text), 65536)]
gz = b"".join(parts) + co.flush()
do = zlib.decompressobj(47)
back = b"".join(do.decompress(gz[i:i + 65536]) for i in range(0, len(gz), 65536)) + do.flush()
print(crc, adler, len(text), total, zlib.crc32(gz), back == text)
