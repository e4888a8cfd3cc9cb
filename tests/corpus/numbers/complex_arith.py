# complex arithmetic: every operator with int/float/bool/complex on either side,
# CPython's exact results (division, powers), and the errors.

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

nan, inf = float('nan'), float('inf')
values = [2, -3, True, 0, 1.5, -0.0, 2 + 3j, -1j, 0j]
for a in values:
    for b in values:
        row = []
        for name, op in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y),
                         ('*', lambda x, y: x * y), ('/', lambda x, y: x / y),
                         ('**', lambda x, y: x ** y)]:
            try:
                row.append(repr(op(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        if isinstance(a, complex) or isinstance(b, complex):
            print(repr(a), repr(b), ' '.join(row))

# Division: Smith's algorithm, as CPython
for a, b in [(1 + 2j, 3 + 4j), (1, 1e-300j), (1e300 + 1e300j, 1e-300 + 1e-300j),
             (1j, complex(inf, 0)), (1j, complex(nan, 1)), (5, 2j), (-7.5 + 1j, 0.5)]:
    print(repr(a), '/', repr(b), '=', repr(a / b))
check('1j / 0', lambda: 1j / 0)
check('1 / 0j', lambda: 1 / 0j)
check('0j / 0j', lambda: 0j / 0j)
check('1.5 / 0j', lambda: 1.5 / 0j)
check('1j / 0.0', lambda: 1j / 0.0)

# Powers: small integer exponents by repeated squaring, others in polar form
for a, b in [(1 + 1j, 2), (1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -3), (2, 1j), (1j, 1j),
             (2 + 3j, 1.5 - 2j), (-8, 1 / 3), (-1, 0.5), (-2.0, 1.5), (0j, 0), (0j, 0j),
             (0j, 2), (0j, 0.5), (complex(inf, 0), 2), (1j, 4), (1j, -1), (3, 0.5j),
             (1e200 + 1e200j, 2), (1e-200j, 2), (2, 101.0), (2 + 0j, -100)]:
    check('%r ** %r' % (a, b), lambda: a ** b)
check('0j ** -1', lambda: 0j ** -1)
check('0j ** 1j', lambda: 0j ** 1j)
check('0j ** -0.5', lambda: 0j ** -0.5)
check('(1e-200j) ** -2', lambda: (1e-200j) ** -2)
check('(1e200j) ** 5.5', lambda: (1e200j) ** 5.5)
check('(1e200 + 1j) ** 3', lambda: (1e200 + 1j) ** 3)
check('10 ** 400 * 1j', lambda: 10 ** 400 * 1j)
check('1j + 10 ** 400', lambda: 1j + 10 ** 400)
check('1j ** 10 ** 400', lambda: 1j ** 10 ** 400)
check('pow(1j, 2)', lambda: pow(1j, 2))
check('pow(1j, 2, None)', lambda: pow(1j, 2, None))
check('pow(1j, 2, 3)', lambda: pow(1j, 2, 3))
check('pow(2, 3, 1j)', lambda: pow(2, 3, 1j))
check('pow(2.0, 3, 1j)', lambda: pow(2.0, 3, 1j))
check('(1j).__pow__(2, 3)', lambda: (1j).__pow__(2, 3))

# Unary operators and abs()
for z in [1 + 2j, -0j, complex(-0.0, 0.0), complex(nan, inf), 3 - 4j]:
    print(repr(z), repr(-z), repr(+z), abs(z))
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(1e308 + 1e308j))
check('abs(complex(1.7e308, 1.7e308))', lambda: abs(complex(1.7e308, 1.7e308)))
check('~1j', lambda: ~1j)
check('(1e308 + 1e308j) * (1e308 + 1e308j)', lambda: (1e308 + 1e308j) * (1e308 + 1e308j))

# Operators complex does not have
for label, f in [('1j // 1', lambda: 1j // 1), ('1 // 1j', lambda: 1 // 1j),
                 ('1j % 1.0', lambda: 1j % 1.0), ('2.0 % 1j', lambda: 2.0 % 1j),
                 ('divmod(1j, 1)', lambda: divmod(1j, 1)), ('divmod(1, 1j)', lambda: divmod(1, 1j)),
                 ('1j << 1', lambda: 1j << 1), ('1 >> 1j', lambda: 1 >> 1j),
                 ('1j & 1', lambda: 1j & 1), ('1j | 1j', lambda: 1j | 1j), ('1j ^ True', lambda: 1j ^ True),
                 ('1j @ 1j', lambda: 1j @ 1j), ("1j + 'a'", lambda: 1j + 'a'), ("'a' + 1j", lambda: 'a' + 1j),
                 ('[1] * 1j', lambda: [1] * 1j), ('1j * [1]', lambda: 1j * [1]), ('1j ** None', lambda: 1j ** None),
                 ('None - 1j', lambda: None - 1j), ('10 ** 400 // 1j', lambda: 10 ** 400 // 1j)]:
    check(label, f)

# Augmented assignment
z = 1j
z += 1
z *= 2j
z -= 0.5
z /= 2
z **= 2
print(z)
def floordiv_assign():
    x = 1j
    x //= 2
check('x //= 2', floordiv_assign)
def mod_assign():
    x = 1j
    x %= 2
check('x %= 2', mod_assign)

# Mixed with user objects: reflected methods run, NotImplemented falls through
class R:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return 'eq' if isinstance(other, complex) else NotImplemented
print(1j + R())
check('1j * R()', lambda: 1j * R())
print(1j == R(), R() == 1j, 1j != R())

# Special methods called directly
z = 3 + 4j
for name in ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__',
             '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__eq__', '__ne__',
             '__lt__', '__le__', '__gt__', '__ge__']:
    print(name, [getattr(z, name)(x) for x in [2, 0.5, 1j, 'a', None]])
print(z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__(), z.__hash__() == hash(z))
print(z.__repr__(), z.__str__(), z.__format__('.1f'), z.__complex__(), z.__getnewargs__())
print((2).__add__(1j), (2.0).__radd__(1j), (2).__eq__(2 + 0j), (2.0).__eq__(2 + 0j))
print(sum([1j, 2, 3.5, -1j]), sum([0.5j] * 4, 1j), [1j, 2j] == [1j, 2j], 2 * [1j])
