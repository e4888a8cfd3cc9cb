# struct.iter_unpack: an `_struct.unpack_iterator` reading one record per step from the
# buffer it holds, with __length_hint__ counting the records left.
import struct


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, type(it).__module__, repr(type(it)))
print(iter(it) is it, it.__iter__() is it)
print(it.__length_hint__())
print(next(it), it.__length_hint__())
print(it.__next__(), it.__length_hint__())
print(list(it))
t(lambda: next(it))
it = struct.iter_unpack("b", b"ab")
t(lambda: it.__length_hint__(1))
t(lambda: type(it)())
print(sorted(n for n in dir(it) if n in ("__iter__", "__next__", "__length_hint__")))

# The Struct method, other buffers, and records of several fields.
s = struct.Struct(">bh")
data = bytes(range(12))
print([x for x in s.iter_unpack(data)])
print(list(struct.iter_unpack("3s", bytearray(b"abcdef"))))
print(list(struct.iter_unpack("B", memoryview(b"xyz"))))
import array
print(list(struct.iter_unpack("<i", array.array("i", [5, -6]))))
print(list(struct.iter_unpack("h", b"")))
print(struct.iter_unpack("h", b"").__length_hint__())

# Errors: sizes, empty formats, buffers that are not bytes-like or not contiguous.
t(lambda: struct.iter_unpack("h", b"abc"))
t(lambda: struct.iter_unpack("", b"abc"))
t(lambda: struct.iter_unpack("0h", b""))
t(lambda: struct.iter_unpack("h", "abcd"))
t(lambda: struct.iter_unpack("h", 5))
t(lambda: struct.iter_unpack("h", memoryview(b"abcdefgh")[::2]))
t(lambda: struct.iter_unpack("h"))
t(lambda: struct.iter_unpack("h", b"ab", b"cd"))
t(lambda: s.iter_unpack())
t(lambda: s.iter_unpack(b"abc", 1))
t(lambda: list(struct.iter_unpack("0p", b"")))

# The buffer stays exported while the iterator may still read it.
buf = bytearray(b"abcd")
it = struct.iter_unpack("h", buf)
t(lambda: buf.append(1))
print(next(it))
t(lambda: buf.append(1))
print(list(it))
buf.append(1)
print(len(buf))
