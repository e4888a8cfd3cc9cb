# Argument errors of the module functions and Struct methods, worded and ordered as
# Argument Clinic does (positional-only format, given by name and position, ...).
import struct
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('b')
for call in [
    lambda: struct.pack(), lambda: struct.pack(format='b'), lambda: struct.pack('b', 1, x=1),
    lambda: struct.pack_into(), lambda: struct.pack_into('b'), lambda: struct.pack_into('b', bytearray(1)),
    lambda: struct.pack_into('b', bytearray(1), 0, 1, 2),
    lambda: struct.unpack(), lambda: struct.unpack('b'), lambda: struct.unpack('b', b'a', b'b'),
    lambda: struct.unpack(format='b', buffer=b'a'), lambda: struct.unpack('b', buffer=b'a'),
    lambda: struct.iter_unpack(), lambda: struct.iter_unpack('b', buffer=b'a'),
    lambda: struct.calcsize(), lambda: struct.calcsize('b', 'b'), lambda: struct.calcsize(format='b'),
    lambda: s.pack(x=1), lambda: s.pack_into(), lambda: s.pack_into(bytearray(1)),
    lambda: s.unpack(), lambda: s.unpack(buffer=b'a'), lambda: s.unpack(b'a', b'b'),
    lambda: s.iter_unpack(), lambda: s.iter_unpack(buffer=b'a'),
    lambda: struct.Struct.pack(s, 1), lambda: struct.Struct.unpack(s, b'\x05'),
    lambda: struct.calcsize(5), lambda: struct.calcsize([]), lambda: struct.pack(b'b', 1),
    lambda: struct.pack(bytearray(b"b"), 1),
]:
    t(call)
t(lambda: struct.unpack_from(format='b', buffer=b'a'))
t(lambda: struct.unpack_from('b', format='b', buffer=b'a'))
t(lambda: struct.unpack_from('b', b'a', format='b'))
t(lambda: struct.unpack_from(buffer=b'a'))
t(lambda: struct.unpack_from('b', buffer=b'a', x=1))
t(lambda: struct.unpack_from('b'))
t(lambda: struct.unpack_from())
t(lambda: struct.unpack_from('b', b'a', 0, 1))
import struct
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: struct.unpack_from("b", b"a", buffer=b"x"))
t(lambda: struct.unpack_from("b", b"a", 0, offset=1))
t(lambda: struct.unpack_from("b", offset=0))
t(lambda: struct.unpack_from("b", offset=0, y=2))
t(lambda: struct.unpack_from("b", b"a", offset=0))
t(lambda: struct.Struct("b").unpack_from(b"a", buffer=b"x"))
t(lambda: struct.Struct("b").unpack_from(offset=0, buffer=b"x"))
t(lambda: struct.Struct("b").unpack_from(offset=0))
