# complex: literals, constructor, attributes, repr/str, equality, hash, truth.

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

# Literals
print(1j, 1J, 0j, 00j, 01j, 09.5j, 1_000j, .5j, 1.j, 1e3j, 1.5e3J, 1E-3j, 1e1_0j)
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex))
print([1j for x in 'ab'], 1 if 1j else 2)

# repr and str
nan, inf = float('nan'), float('inf')
for z in [1j, -1j, 0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0),
          1 + 2j, 1 - 2j, -1.5 + 0.25j, 1e20j, 1e16j, 1e15 + 1e16j, 1.5e-5j,
          complex(1, 0), complex(-1, 0), complex(nan, 1), complex(1, nan), complex(nan, nan),
          complex(0, -nan), complex(inf, -inf), complex(-inf, inf), complex(0, inf),
          complex(123456789012345678, 0.1), complex(1e-310, 5e-324)]:
    print(repr(z), str(z), z.real, z.imag)

# Constructor
print(complex(), complex(0), complex(1), complex(1.5), complex(True), complex(2, 3))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 1j), complex(1j, 2))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(1, imag=5))
print(complex(-0.0), complex(0.0, -0.0), complex(-0.0, 0), complex(10**20, -10**20))
z = 3 + 4j
print(complex(z) is z, z.conjugate(), (-z).conjugate(), 1j.conjugate(), z.__complex__())
print(z.__getnewargs__(), (1j).__getnewargs__())

class WithComplex:
    def __complex__(self):
        return 5 + 6j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1

class OnlyInt:
    def __int__(self):
        return 3

class BadFloat:
    def __float__(self):
        return 'x'

print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(WithIndex(), WithFloat()), complex(1, WithFloat()))
print(complex(WithComplex(), 1), complex(WithComplex(), 1j))
check('complex(BadComplex())', lambda: complex(BadComplex()))
check('complex(OnlyInt())', lambda: complex(OnlyInt()))
check('complex(1, OnlyInt())', lambda: complex(1, OnlyInt()))
check('complex(BadFloat())', lambda: complex(BadFloat()))
check('complex([])', lambda: complex([]))
check('complex(None)', lambda: complex(None))
check('complex(1, None)', lambda: complex(1, None))
check('complex(b"1")', lambda: complex(b"1"))
check("complex('1', 2)", lambda: complex('1', 2))
check("complex(1, '2')", lambda: complex(1, '2'))
check('complex(1, 2, 3)', lambda: complex(1, 2, 3))
check('complex(1, 2, imag=3)', lambda: complex(1, 2, imag=3))
check('complex(x=1)', lambda: complex(x=1))
check('complex(1, real=2)', lambda: complex(1, real=2))
check('complex(10**400)', lambda: complex(10**400))
check('complex(1, 10**400)', lambda: complex(1, 10**400))

# Attributes are read-only
def set_real():
    z = 1j
    z.real = 5
check('z.real = 5', set_real)
check('(1j).foo', lambda: (1j).foo)

# Equality with ints, floats, bools and other types
for a, b in [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, False), (1j, 1), (1j, 1j),
             (complex(2**53 + 1, 0), 2**53 + 1), (complex(2**53, 0), 2**53),
             (complex(1e300, 0), 10**300), (complex(nan, 0), nan), (1j, 'a'), (1j, None),
             (1j, [1j]), (2 + 0j, 10**400)]:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
print(1j in [1, 1j], 1 in [1 + 0j], [1j] == [1j], (1j, 2) == (1j, 2.0))

# Hash: equal numbers hash alike
for z in [0j, 1j, -1j, 1 + 0j, -1 + 0j, 1.5 + 2.5j, complex(0, -1), complex(inf, 2),
          complex(-inf, 0), complex(1e300, 1e-300), complex(2**62, 2**62), complex(-2, -1)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
d = {1: 'int', 2.5: 'float', 1j: 'imag'}
print(d[1 + 0j], d[2.5 + 0j], d[complex(0, 1)], {1, 1.0, 1 + 0j}, {1j: 1, complex(0, 1): 2})

# Truth
for z in [0j, -0j, complex(-0.0, -0.0), 1j, complex(1e-320, 0), complex(nan, 0)]:
    print(repr(z), bool(z), not z, 'yes' if z else 'no')

# Ordering is refused
for f, label in [(lambda: 1j < 2j, '1j < 2j'), (lambda: 1j <= 1, '1j <= 1'),
                 (lambda: 1 > 1j, '1 > 1j'), (lambda: 1.5 >= 1j, '1.5 >= 1j'),
                 (lambda: sorted([1j, 2j]), 'sorted'), (lambda: max(1j, 2j), 'max'),
                 (lambda: [1j] < [2j], '[1j] < [2j]')]:
    check(label, f)

# Conversions that are refused
check('int(1j)', lambda: int(1j))
check('float(1j)', lambda: float(1j))
check('round(1j)', lambda: round(1j))
check('round(1j, 2)', lambda: round(1j, 2))
items, j = [1, 2], 1j
check('items[1j]', lambda: items[j])
check("'%d' % 1j", lambda: '%d' % 1j)
check("'%f' % 1j", lambda: '%f' % 1j)
check("'%s %r' % (1j, 1j)", lambda: '%s %r' % (1j, 1j))
check('range(1j)', lambda: range(1j))
check('hex(1j)', lambda: hex(1j))
check('len(1j)', lambda: len(1j))
check('iter(1j)', lambda: iter(1j))
check('1j()', lambda: j())
check('1j[0]', lambda: j[0])
