# struct.Struct as CPython 3.11 makes it: __new__ gives a blank struct (size -1, format
# ''), __init__ reads the format (str as ASCII, or bytes) and may be called again; a
# subclass may pass its format up from its own __init__.
import struct


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


blank = struct.Struct.__new__(struct.Struct)
t(lambda: (blank.size, blank.format))
t(lambda: blank.pack(1))
t(lambda: blank.pack())
t(lambda: blank.unpack(b"aa"))
t(lambda: blank.unpack("aa"))
t(lambda: blank.pack_into(bytearray(4), 0, 1))
t(lambda: blank.pack_into())
blank.__init__("hh")
t(lambda: (blank.size, blank.format, blank.pack(1, 2)))
t(lambda: struct.Struct.__new__(struct.Struct, "h", 1, x=2).size)
t(lambda: struct.Struct.__new__(int))
t(lambda: type(struct.Struct.__new__(struct.Struct)).__name__)

s = struct.Struct(b">h")
t(lambda: (s.format, type(s.format).__name__, s.size))
t(lambda: s.__init__(">hh"))
t(lambda: (s.format, s.size, s.pack(1, 2), s.unpack(b"\0\1\0\2")))
t(lambda: s.__init__(format="<i"))
t(lambda: (s.format, s.size, s.pack(-1)))
# A format that fails to encode leaves everything; one that fails to parse is kept as
# the format while the layout stays.
for bad in ["h\u00e9", "$", "\u00e9", b"h\xff", 5, None, bytearray(b"h"), "<b"]:
    t(lambda: s.__init__(bad))
    t(lambda: s.size)
    t(lambda: s.format)
t(lambda: s.__init__(b"h\0"))
t(lambda: (repr(s.format), s.size))
t(lambda: s.__init__())
t(lambda: s.__init__("h", "h"))
t(lambda: s.__init__(fmt="h"))

# Constructor arguments.
t(lambda: struct.Struct())
t(lambda: struct.Struct("h", "h"))
t(lambda: struct.Struct(format="<q").size)
t(lambda: struct.Struct(fmt="<q"))
t(lambda: struct.Struct(fmt="<q", x=1))
t(lambda: struct.Struct("h", format="h"))
t(lambda: struct.Struct("h", x=1))

# Formats: str (ASCII only) or bytes; embedded NUL; non-ASCII bytes are bad chars.
for f in ["\u00e9", "h\u00e9", b"\xff", b"\x80h", b"h\x80", "h\x00", b"h\0", "<h", b"<h"]:
    t(lambda: struct.Struct(f).size)
    t(lambda: struct.calcsize(f))
    t(lambda: struct.pack(f, 1))
try:
    struct.Struct("\u00e9")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object == "\u00e9")


class BigShort(struct.Struct):
    def __init__(self):
        super().__init__(">h")


b = BigShort()
t(lambda: (b.pack(12345), b.size, b.format, type(b).__name__, isinstance(b, struct.Struct)))
t(lambda: b.unpack(b"\x30\x39"))
t(lambda: BigShort(1))


class Plain(struct.Struct):
    pass


p = Plain("i")
t(lambda: (p.size, p.pack(7), type(p).__name__))
p.extra = 5
t(lambda: p.extra)


class WithExtra(struct.Struct):
    def __init__(self, fmt, extra):
        super().__init__(fmt)
        self.extra = extra


t(lambda: (WithExtra("q", 5).size, WithExtra("q", 5).extra))
t(lambda: WithExtra("q"))


class ViaNew(struct.Struct):
    def __new__(cls, x):
        return super().__new__(cls, "b")


t(lambda: ViaNew(5).size)
t(lambda: ViaNew("<q").size)

# Attributes: no instance dict, read-only format and size.
for f in [lambda: setattr(s, "x", 1), lambda: s.x]:
    try:
        f()
    except AttributeError:
        print("AttributeError")
t(lambda: hasattr(s, "__dict__"))
t(lambda: struct.Struct.__name__)
t(lambda: struct.Struct.__module__)
t(lambda: struct.Struct.__qualname__)
t(lambda: sorted(n for n in dir(struct.Struct) if not n.startswith("__")))
t(lambda: struct.Struct("i") == struct.Struct("i"))
t(lambda: repr(struct.Struct("hh")).startswith("<_struct.Struct object at "))
t(lambda: struct.Struct.pack(struct.Struct("b"), 1))
t(lambda: struct.Struct.unpack(struct.Struct("b"), b"\x05"))
