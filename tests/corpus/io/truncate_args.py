# truncate()'s size argument on in-memory streams: None, index objects, wrong types, overflow.
import io
import zlib


class Idx:
    def __index__(self):
        return 2


for make in (lambda: io.BytesIO(b"abcdef"), lambda: io.StringIO("abcdef")):
    o = make()
    o.seek(3)
    print(type(o).__name__, o.truncate(), o.getvalue(), o.truncate(None), o.truncate(Idx()), o.getvalue())
    for bad in ("x", 1.5, 2**70, -1):
        try:
            o.truncate(bad)
        except (TypeError, ValueError, OverflowError) as e:
            print(" ", type(e).__name__, e)

d = zlib.decompressobj()
d.decompress(zlib.compress(b"x") + b"tail")
print(d.unused_data, d.eof, d.unconsumed_tail)
