import struct


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def t(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [bytearray(b'c'), b'ab', b'c', 10**400, 2**1024, 1e300, 3.5e38, 2**64,
        2**63, -2**63 - 1, -1, 65520.0, float('inf'), -1e308, Idx(2**64),
        Idx(2**63), Idx(-1), Idx(-2**63 - 1), 'x', None, 1.5]
fmts = ['c', 'f', 'e', 'd', '<f', '>e', '!d', '=e', '@f', '=f', '<H', '@B', '>H',
        'b', '<h', '>i', '<I', 'q', 'Q', '<q', '>Q', '!q', '=Q', 'P', 'n', 'N',
        'l', 'L', '<l', '>L', '?']
for fmt in fmts:
    for v in vals:
        t(fmt, struct.pack, fmt, v)

t('pi1', struct.pack_into, '2B', bytearray(1), 0, 1)
t('pi2', struct.pack_into, '2B', bytearray(1), 0, 1, 2)
t('pi3', struct.pack_into, 'B', bytearray(1), 5, 1)
t('pi4', struct.pack_into, '20s', bytearray(0), 2, b'x')
t('pi5', struct.pack_into, '4s', bytearray(10), -2, b'x')
t('pi6', struct.pack_into, '4s', bytearray(10), -20, b'x')
mv = memoryview(bytearray(8))
t('pi7', struct.pack_into, '<d', mv[::2], -4, b'f')
t('pi8', struct.pack_into, '@3p', mv[::2], -4, b'f')
t('pi9', struct.pack_into, '20s', mv[2:2], 2, b'x')
t('pi10', struct.pack_into, '20s', mv[4:], 2, b'x')
for off in [-1, -6, -7, -8, -9, 0, 1, 2, 3, 10, -2**63, 2**63]:
    t('uf', struct.unpack_from, '6s', b'abcdefgh', off)
    t('uf2', struct.unpack_from, '6s', b'abcdef', off)
    t('pif', struct.pack_into, '6s', bytearray(8), off, b'z')
    t('pif0', struct.pack_into, '6s', bytearray(0), off, b'z')
for fmt in ['10000000000000000000P', '9223372036854775807x', '9223372036854775808x',
            '9223372036854775807sZ', '99999999999999999999999Z', '4611686018427387904qZ',
            '2305843009213693952q', 'Z9223372036854775808x', '=10000000000000000000Pe',
            '1152921504606846976q', '4611686018427387903hZ', '@0xf', '3', 'q3']:
    t('cs', struct.calcsize, fmt)

# '0p': CPython writes its length byte (0xff) just past the empty field, and cannot
# unpack it.
for fmt, args in [('>0p1e', (b'klvjhlqix', 1)), ('c0p', (b'c', b'')), ('0p', (b'xyz',)),
                  ('2s0p3s', (b'ab', b'', b'cde')), ('0pc', (b'', b'z')), ('c0p', (b'c', 5))]:
    t('0p pack', struct.pack, fmt, *args)
    t('0p unpack', lambda: struct.unpack(fmt, struct.pack(fmt, *args)))
    t('0p unpack_from', lambda: struct.unpack_from(fmt, bytes(8)))
    t('0p iter', lambda: list(struct.iter_unpack(fmt, bytes(struct.calcsize(fmt) * 2))))
    t('0p iter empty', lambda: list(struct.iter_unpack(fmt, b'')))
    for off in [0, 1, 3]:
        b = bytearray(4)
        t('0p pack_into', struct.pack_into, fmt, b, off, *args)
        print(b)
