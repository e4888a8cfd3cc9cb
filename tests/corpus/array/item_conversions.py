# How array.array, struct and memoryview convert the ints, floats and user objects
# stored into them, and the message CPython words for each out-of-range value (the C
# routine behind each typecode reads through a different C type first).
import array
import struct


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class F:
    def __float__(self):
        return 2.5


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


INTS = [-1, 200, 2**15, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64, -2**64 - 1, 2**70]

print('-- array.array')
for code in 'bBhHiIlLqQ':
    print(code, ' | '.join(attempt(lambda: array.array(code, [v])) for v in INTS))
for v in [I(3), F(), 'x', I(2**70), 1.5, True, None]:
    print(type(v).__name__, ' | '.join(attempt(lambda: array.array(code, [v]).tolist()) for code in 'dfib'))

print('-- struct.pack')
for prefix in ['', '<', '>', '!', '=']:
    for code in 'bBhHiIlLqQnN':
        if prefix and code in 'nN':
            continue
        print(prefix + code, ' | '.join(attempt(lambda: struct.pack(prefix + code, v)) for v in INTS))

print('-- struct offsets')
for off in [-1, -2, -3, -8, -9, 6, 7, 8, -2**63, 2**63 - 1]:
    print(off, attempt(lambda: struct.unpack_from('<h', bytearray(8), off)),
          attempt(lambda: struct.pack_into('<h', bytearray(8), off, 1)))

print('-- memoryview')
m2 = memoryview(bytearray(8)).cast('B', [2, 4])
m0 = memoryview(bytearray(1)).cast('B', [])
print(attempt(lambda: 1 in m2), attempt(lambda: 1 in m0), attempt(lambda: list(m2)), attempt(lambda: list(m0)), attempt(lambda: len(m0)))
for code, v in [('B', I(66)), ('i', I(-5)), ('d', F()), ('d', I(3)), ('f', F()), ('B', F()), ('q', I(2**70)), ('B', 256), ('b', -129)]:
    mv = memoryview(bytearray(8)).cast(code)

    def store():
        mv[0] = v
        return mv.tolist()
    print(code, type(v).__name__, attempt(store))
