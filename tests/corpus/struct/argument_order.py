# Which argument CPython checks first: maxsplit before sep, slice bounds before the
# assigned value, unpack_from's buffer before its offset, iter_unpack's size first.
import struct

ba = bytearray(b"abc")


def assign(key, value):
    ba[key] = value


cases = [
    ("b'abc'.split((), ())", lambda: b'abc'.split((), ())),
    ("b'abc'.split('3s', 2**63)", lambda: b'abc'.split('3s', 2**63)),
    ("b'a b'.split(None, 1)", lambda: b'a b'.split(None, 1)),
    ("ba[1:()] = 1", lambda: assign(slice(1, ()), 1)),
    ("ba[None:'x'] = None", lambda: assign(slice(None, 'x'), None)),
    ("ba[0:1] = 5", lambda: assign(slice(0, 1), 5)),
    ("ba[0:1] = b'zz'", lambda: assign(slice(0, 1), b'zz')),
    ("struct.unpack_from('', slice(1, 2), '')", lambda: struct.unpack_from('', slice(1, 2), '')),
    ("struct.unpack_from(b'', -1, b'')", lambda: struct.unpack_from(b'', -1, b'')),
    ("struct.unpack_from('<h', b'abcd', 10**20)", lambda: struct.unpack_from('<h', b'abcd', 10**20)),
    ("struct.unpack_from('<h', b'abcd', 2)", lambda: struct.unpack_from('<h', b'abcd', 2)),
    ("struct.Struct('<h').unpack_from(5, 'x')", lambda: struct.Struct('<h').unpack_from(5, 'x')),
    ("struct.iter_unpack(b'', -1)", lambda: struct.iter_unpack(b'', -1)),
    ("list(struct.iter_unpack('<h', b'abcd'))", lambda: list(struct.iter_unpack('<h', b'abcd'))),
]
for text, case in cases:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
print(ba)
