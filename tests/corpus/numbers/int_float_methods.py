# Every public method and special method of int and float, with edge cases and errors.

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

big = 2 ** 100 + 12345
ints = [0, 1, -1, 7, -8, 255, 2 ** 63, -2 ** 63, big, -big, True, False]
for n in ints:
    print(repr(n), n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.real, n.imag, n.numerator, n.denominator, type(n.real).__name__)

# to_bytes / from_bytes: defaults (length 1, big-endian in 3.11), signed, errors
for n, args, kw in [(0, (), {}), (255, (), {}), (1, (2,), {}), (1, (2, 'little'), {}),
                    (-1, (1,), {'signed': True}), (-129, (2, 'big'), {'signed': True}),
                    (2 ** 64, (9, 'little'), {}), (big, (16, 'big'), {}), (0, (0,), {}),
                    (-1, (0,), {'signed': True}), (1, (), {'byteorder': 'little', 'length': 3}),
                    (256, (1,), {}), (-1, (1,), {}), (128, (1,), {'signed': True}),
                    (1, (-1,), {}), (1, (1, 'middle'), {}), (1, (1, 5), {}), (1, ('2',), {}),
                    (1, (1, 'big', True, 4), {}), (-big, (12, 'big'), {'signed': True}),
                    (1, (2 ** 70,), {})]:
    check('(%r).to_bytes(*%r, **%r)' % (n, args, kw), lambda: n.to_bytes(*args, **kw))
for data, args, kw in [(b'', (), {}), (b'\x01\x00', (), {}), (b'\x01\x00', ('little',), {}),
                       (b'\xff', (), {'signed': True}), (b'\xff\xff', ('little',), {'signed': True}),
                       (bytearray(b'\x12\x34'), ('big',), {}), ([1, 2], ('big',), {}),
                       (bytearray(b'\x00\x80'), ('big',), {'signed': True}), ((255,), (), {}),
                       (b'\x01', ('huge',), {}), ('ab', (), {}), (5, (), {}), ([256], (), {}),
                       (b'\x01' * 20, ('little',), {})]:
    check('int.from_bytes(%r, *%r, **%r)' % (data, args, kw), lambda: int.from_bytes(data, *args, **kw))
check('int.from_bytes()', lambda: int.from_bytes())
check('int.from_bytes(memoryview(b"\\x00\\x80"), signed=True)', lambda: int.from_bytes(memoryview(b'\x00\x80'), signed=True))
check('(5).from_bytes(b"\\x02")', lambda: (5).from_bytes(b'\x02'))

# float methods
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 52 + 0.5, 1 / 3, float('inf'), float('-inf'), float('nan')]
for x in floats:
    row = [repr(x), x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag]
    for name in ['as_integer_ratio', '__trunc__', '__floor__', '__ceil__', '__round__', '__int__']:
        try:
            row.append(getattr(x, name)())
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(row)

for text in ['0x1p0', '0x1.8p1', '-0x.2', '0X1P-1074', '0x1p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0',
             '0x1.fffffffffffff8p1023', '0x1p1024', '0x1p-99999999999999999999', '0x1p+99999999999999999999',
             ' 0x1p0 ', 'inf', '-Infinity', 'nan', '1', '1.', '.8', 'a', 'ff.8', '0x', '0x.p0', '0x1p', '0x1p+',
             '0x1.0.p0', '0x1,p0', '0x1p0 x', '--0x1p0', '0x1p0\x00', '\uff10x1p0', '0x' + '0' * 500 + '1p0',
             '0x1' + '0' * 300 + 'p-1200', '']:
    check('float.fromhex(%r)' % text, lambda: float.fromhex(text))
check('float.fromhex(1)', lambda: float.fromhex(1))
check('float.fromhex(b"0x1p0")', lambda: float.fromhex(b'0x1p0'))
for x in floats[:-3]:
    print(repr(x), float.fromhex(x.hex()) == x)
check('float.__getformat__("double")', lambda: float.__getformat__('double'))
check('float.__getformat__("float")', lambda: float.__getformat__('float'))
check('float.__getformat__("x")', lambda: float.__getformat__('x'))
check('float.__getformat__(1)', lambda: float.__getformat__(1))
check('(1.5).hex(1)', lambda: (1.5).hex(1))
check('(1).bit_length(1)', lambda: (1).bit_length(1))

# repr ties: the even neighbour of two equally short digit strings
for x in [161852602146008.12, -788830060729777.2, 1959276370239205.2, 10000000.0009765625, 0.1 + 0.2, 1e23, 2 ** 0.5]:
    print(repr(x), str(x))

# Special methods: operands of their own kind only (else NotImplemented)
for x, y in [(7, 2), (7, 2.0), (7.0, 2), (True, 3), (7, 'a'), (7.0, 1j), (-7, 2), (7, 0), (7.0, 0.0), (2, -1)]:
    row = []
    for name in ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
                 '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__',
                 '__rdivmod__', '__pow__', '__rpow__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']:
        try:
            row.append(repr(getattr(x, name)(y)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(x), repr(y), ' '.join(row))
for x, y in [(6, 3), (True, True), (-1, 4), (6, 3.0)]:
    print([getattr(x, n)(y) for n in ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__',
                                       '__lshift__', '__rlshift__', '__rshift__', '__rrshift__']])
for x in [5, -5, True, 0, 2.5, -2.5, -0.0]:
    print(repr(x), x.__neg__(), x.__pos__(), x.__abs__(), x.__bool__(), x.__int__(), x.__float__(),
          x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__getnewargs__())
print((5).__invert__(), True.__invert__(), (5).__index__(), True.__index__(), hasattr(1.5, '__index__'))
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (2.675).__round__(2), (2.5).__round__(None))
print((5).__pow__(3, 7), (5).__pow__(-1, 7), (5).__rpow__(2, 7))
check('(5).__round__(None)', lambda: (5).__round__(None))
check('(5).__round__(1.5)', lambda: (5).__round__(1.5))
check('(5).__round__(1, 2)', lambda: (5).__round__(1, 2))
check('(5.5).__round__(x=1)', lambda: (5.5).__round__(x=1))
check('(5.0).__pow__(2, 3)', lambda: (5.0).__pow__(2, 3))
check('(5).__pow__(2, 0)', lambda: (5).__pow__(2, 0))
check('(5).__divmod__(0)', lambda: (5).__divmod__(0))
check('(5.0).__divmod__(0)', lambda: (5.0).__divmod__(0))
check("float('nan').__floor__()", lambda: float('nan').__floor__())
check("float('inf').__ceil__()", lambda: float('inf').__ceil__())
check('(10**400).__float__()', lambda: (10 ** 400).__float__())
check('(-2.0) ** 0.5', lambda: (-2.0) ** 0.5)
check('(-8) ** (1/3)', lambda: (-8) ** (1 / 3))
check("float('-inf') ** 0.5", lambda: float('-inf') ** 0.5)
check("(-1.0) ** float('nan')", lambda: (-1.0) ** float('nan'))

# Attributes of numbers are read-only
def set_attr(obj, name):
    setattr(obj, name, 1)
for obj, name in [(1, 'real'), (1.5, 'imag'), (1j, 'real'), (1, 'bit_length'), (1, 'spam')]:
    check('setattr(%r, %r)' % (obj, name), lambda: set_attr(obj, name))

# round() and divmod() with user types
class Rounds:
    def __round__(self, *args):
        return ('round', args)
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(round(Rounds()), round(Rounds(), 2), round(Rounds(), None), divmod(Rounds(), 1), divmod(1, Rounds()))
check('divmod(1, "a")', lambda: divmod(1, 'a'))
check('divmod(1.5, 0)', lambda: divmod(1.5, 0))
check('round("a")', lambda: round('a'))

# int() and float() conversions
class I:
    def __int__(self):
        return 'a'
class J:
    def __index__(self):
        return 1.5
class K:
    def __index__(self):
        return 7
class F:
    def __float__(self):
        return 2
for label, f in [('int(I())', lambda: int(I())), ('int(J())', lambda: int(J())), ('int(K())', lambda: int(K())),
                 ('float(K())', lambda: float(K())), ('float(F())', lambda: float(F())), ('float(J())', lambda: float(J())),
                 ('int(x=1)', lambda: int(x=1)), ('int("12", base=8)', lambda: int('12', base=8)),
                 ('int("1", 2, base=3)', lambda: int('1', 2, base=3)), ('int("1", 2, 3)', lambda: int('1', 2, 3)),
                 ('int(base=8)', lambda: int(base=8)), ('float(x=1)', lambda: float(x=1)), ('float(1, 2)', lambda: float(1, 2)),
                 ('int("١٢")', lambda: int('١٢')), ('int("١٢", 16)', lambda: int('١٢', 16)), ('float("١٢.٥")', lambda: float('١٢.٥')),
                 ('int("\u2003 12\u2003")', lambda: int('\u2003 12\u2003')), ('int(memoryview(b"123"))', lambda: int(memoryview(b'123'))),
                 ('int(memoryview(b"1x"))', lambda: int(memoryview(b'1x'))), ('float(memoryview(b"1.5"))', lambda: float(memoryview(b'1.5'))),
                 ('int(bytearray(b" 7 "))', lambda: int(bytearray(b' 7 '))), ('int("x" * 300)', lambda: int('x' * 300)),
                 ('int(1j)', lambda: int(1j)), ('float(1j)', lambda: float(1j)), ('float([])', lambda: float([]))]:
    check(label, f)
