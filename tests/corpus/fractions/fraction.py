# fractions.Fraction: construction, parsing, arithmetic with int/float/complex, rounding, hashing
import math
from fractions import Fraction as F


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (3,), (10, -8), (-10, -8), (0, 5), (F(1, 7), 5), (F(1, 7), F(2, 3)), (True,),
             (True, 2), (1.5,), (-0.1,), (1e300,), (2**100, 6), (1, 0), (0, 0), (F(0), F(0)),
             (1.5, 2), ("1", 2), (None,), ([1],), (float("nan"),), (float("inf"),), (2, 1.0)]:
    show(lambda: F(*args))
for s in ["1/2", "  -3/4 ", "1.5", ".5", "1.", "1e3", "-1.5e-3", "1_000", "1__0", "_1", "1/0",
          "1/-2", "+-1", "", " ", "1.5/2", "1e", "e1", "1.e5", ".e1", "1_0.0_1E+0_1", "inf",
          "nan", "1 /2", "3/4e", "0x10", "007/010", "-0", "+12.5E-2"]:
    show(lambda: F(s))

a, b = F(3, 4), F(-5, 6)
print(a.numerator, a.denominator, a.as_integer_ratio(), a.real, a.imag, a.conjugate(), str(b), repr(b))
for expr in ["a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "divmod(a, b)", "a ** 2",
             "a ** -2", "b ** -3", "b ** 0", "a ** F(1, 2)", "a ** 0.5", "2 ** a", "2 ** F(3)",
             "F(4) ** F(1, 2)", "(-8) ** F(1, 3)", "2.0 ** F(2)", "a + 1", "1 + a", "a - 1", "1 - a",
             "a * 2", "2 * a", "a / 3", "3 / a", "a // 1", "7 // a", "7 % a", "divmod(7, a)",
             "a + 0.5", "0.5 + a", "a * 1.5", "a / 0.25", "a + 1j", "1j * a", "a // 0.5",
             "a % 0.5", "divmod(a, 0.5)", "a + True", "-a", "+a", "abs(b)", "a / 0", "a // 0",
             "a % 0", "F(0) ** -1", "F(0) / F(0)", "b / F(0)", "1 / F(0)", "a + 'x'",
             "int(b)", "int(F(7, 2))", "math.trunc(b)", "math.floor(b)", "math.ceil(b)",
             "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(b)", "round(a, 1)",
             "round(F(12345, 100), -1)", "round(F(1, 3), 3)", "float(a)", "complex(a)", "bool(F(0))",
             "bool(b)", "a == F(6, 8)", "a == 0.75", "a == 0.7", "F(1) == 1", "F(1, 2) == 0.5 + 0j",
             "a != b", "a < b", "a > b", "a <= 0.75", "a >= 1", "a < float('inf')", "a > float('nan')",
             "a == float('nan')", "a < 1", "2 > a", "sorted([a, b, F(0), 0.5, 1])", "max(a, 0.7)",
             "F(1, 3).limit_denominator(2)", "F('3.141592653589793').limit_denominator(10)",
             "F('3.141592653589793').limit_denominator(100)", "F(4321, 8765).limit_denominator(10000)",
             "F(1, 3).limit_denominator(0)", "F.from_float(0.1)", "F.from_float(3)",
             "F.from_float('x')", "F.from_float(F(1))", "F.from_decimal(5)", "F.from_decimal(1.5)",
             "sum([F(1, n) for n in range(1, 11)])", "F(1, 3) * 3 == 1", "math.isclose(F(1, 3), 1/3)",
             "format(F(1, 3))", "f'{F(1, 3)}'", "a < 'x'"]:
    show(lambda: eval(expr))
for v in [F(1, 2), F(-1, 2), F(1, 3), F(-7, 3), F(2**61 - 1, 3), F(1, 2**61 - 1), F(10**30, 7), F(5)]:
    print(hash(v) == hash(float(v)) if float(v) == v else "", hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), len({F(1, 2), 0.5, F(2, 4)}))


class Sub(F):
    pass


s = Sub(1, 2)
print(repr(s), type(s + 1).__name__, type(-s).__name__, s == F(1, 2), isinstance(s, F))
