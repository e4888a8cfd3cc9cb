# Edge cases after CPython's Lib/test/test_zlib.py.
import zlib


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class CustomInt:
    def __index__(self):
        return 100


HAMLET = b"".join(b"To be, or not to be, that is the question %d\n" % i for i in range(200))
# test_flush_with_freed_input: the tail is kept, not the caller's buffer.
input1 = b"abcdefghijklmnopqrstuvwxyz"
input2 = b"QWERTYUIOPASDFGHJKLZXCVBNM"
data = bytearray(zlib.compress(input1))
dco = zlib.decompressobj()
dco.decompress(data, 1)
data[:] = zlib.compress(input2)
print(dco.flush() == input1[1:])
# test_clear_unconsumed_tail
cdata = b"x\x9cKLJ\x06\x00\x02M\x01"
dco = zlib.decompressobj()
ddata = dco.decompress(cdata, 1)
ddata += dco.decompress(dco.unconsumed_tail)
print(ddata, dco.unconsumed_tail)
# test_decompress_eof and the incomplete stream
x = b"x\x9cK\xcb\xcf\x07\x00\x02\x82\x01E"
dco = zlib.decompressobj()
print(dco.eof, dco.decompress(x[:-5]), dco.eof, dco.decompress(x[-5:]), dco.eof, dco.flush(), dco.eof)
dco = zlib.decompressobj()
print(dco.decompress(x[:-5]), dco.flush(), dco.eof)
# test_empty_flush
co = zlib.compressobj(zlib.Z_BEST_COMPRESSION)
print(co.flush(), zlib.decompressobj().flush())
# __index__ for sizes, sys.maxsize sizes
comp = zlib.compress(HAMLET)
dco = zlib.decompressobj()
print(len(dco.decompress(comp, CustomInt())), len(dco.flush(CustomInt())), dco.eof)
dco = zlib.decompressobj()
print(len(dco.decompress(comp, 2**63 - 1)), dco.eof)
print(len(zlib.decompress(comp, 15, CustomInt())))
show(lambda: zlib.compress(b"abc", CustomInt()))
show(lambda: zlib.decompress(b"", 15, 2**63))
show(lambda: zlib.decompressobj().decompress(b"", 2**63))
show(lambda: zlib.decompressobj().flush(2**63))
# test_flushes: every flush mode between two halves round-trips.
for level in range(10):
    for mode in ["Z_NO_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_PARTIAL_FLUSH", "Z_BLOCK"]:
        co = zlib.compressobj(level)
        a = co.compress(HAMLET[:3000])
        b = co.flush(getattr(zlib, mode))
        c = co.compress(HAMLET[3000:])
        d = co.flush()
        assert zlib.decompress(a + b + c + d) == HAMLET, (level, mode)
print("flushes ok")
show(lambda: zlib.compressobj().flush(zlib.Z_TREES))
# test_odd_flush: a sync flush makes everything so far available.
co = zlib.compressobj(zlib.Z_BEST_COMPRESSION)
dco = zlib.decompressobj()
piece = bytes((i * 37 + i // 7) & 255 for i in range(17 * 1024))
print(dco.decompress(co.compress(piece) + co.flush(zlib.Z_SYNC_FLUSH)) == piece)
# test_badcompresscopy / test_baddecompresscopy
c = zlib.compressobj()
c.compress(HAMLET)
c.flush()
show(lambda: c.copy())
d = zlib.decompressobj()
d.decompress(comp)
d.flush()
show(lambda: d.copy())
# test_badcompressobj / test_baddecompressobj
show(lambda: zlib.compressobj(1, zlib.DEFLATED, 0))
show(lambda: zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 1))
show(lambda: zlib.decompressobj(-1))
for arg in (42, None, "", "abc", (), []):
    for f in (zlib.adler32, zlib.crc32, zlib.compress, zlib.decompress):
        show(lambda: f(arg))
# test_penguins and the crc32/adler32 start values
print(zlib.crc32(b"penguin", 0), zlib.crc32(b"penguin", 1), zlib.adler32(b"penguin", 0), zlib.adler32(b"penguin", 1))
print(zlib.crc32(b"penguin"), zlib.crc32(b"penguin", 0), zlib.adler32(b"penguin"), zlib.adler32(b"penguin", 1))
foo = b"abcdefghijklmnop"
print(zlib.crc32(foo), zlib.crc32(b"spam"), zlib.adler32(b"spam"))
# Dictionary streaming (test_dictionary_streaming).
words = b"one two three four five six seven eight nine ten".split()
zd = b" ".join(words)
co = zlib.compressobj(zdict=zd)
do = zlib.decompressobj(zdict=zd)
piece = b"two one four three five"
d0 = co.compress(piece) + co.flush(zlib.Z_SYNC_FLUSH)
d1 = co.compress(piece[1:]) + co.flush(zlib.Z_SYNC_FLUSH)
d2 = co.compress(piece[:-1]) + co.flush(zlib.Z_SYNC_FLUSH)
print(do.decompress(d0), do.decompress(d1), do.decompress(d2))
