# math functions take any object with __float__ (or __index__), as PyFloat_AsDouble does;
# fsum reports intermediate overflow and keeps nan/inf as CPython does
import math


class Half:
    def __float__(self):
        return 0.5


class Three:
    def __index__(self):
        return 3


class BadFloat:
    def __float__(self):
        return "x"


class Nothing:
    pass


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ("sqrt", "exp", "log", "log2", "log10", "sin", "cos", "atan", "fabs", "isnan",
             "isinf", "isfinite", "floor", "ceil", "trunc", "frexp", "modf"):
    show(lambda: getattr(math, name)(Half()))
    show(lambda: getattr(math, name)(Three()))
show(lambda: math.pow(Half(), Three()))
show(lambda: math.atan2(Half(), 1))
show(lambda: math.copysign(Three(), -1.0))
show(lambda: math.fmod(Three(), Half()))
show(lambda: math.hypot(Half(), Three()))
show(lambda: math.isclose(Half(), 0.5))
show(lambda: math.isclose(1, 1.05, rel_tol=Half()))
show(lambda: math.ldexp(Half(), 2))
show(lambda: math.log(Half(), Three()))
show(lambda: math.fsum([Half(), Three(), 0.25]))
show(lambda: math.sqrt(BadFloat()))
show(lambda: math.sqrt(Nothing()))
show(lambda: math.fsum([1, Nothing()]))
show(lambda: math.sqrt("4"))

for data in ([1e308, 1e308], [1e308, 1e308, -1e308], [1, float("nan")], [float("inf"), 1],
             [float("inf"), float("-inf")], [float("nan"), float("inf"), float("-inf")],
             [float("inf"), float("inf")], [-1e308, -1e308], [1e308, float("inf")],
             [float("-inf"), 5, float("-inf")], [0.1] * 10, []):
    show(lambda: math.fsum(data))
