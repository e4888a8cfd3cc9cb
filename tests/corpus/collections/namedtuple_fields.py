# A named tuple's fields are _collections._tuplegetter descriptors: their type, repr,
# __get__/__set__/__delete__, __reduce__, __doc__, errors, subclasses and super().
from collections import namedtuple
from _collections import _tuplegetter
import copy


R = namedtuple("R", "a b")
g = type(R.a)
print(g is _tuplegetter, g, g.__module__, g.__name__, R.a, R.b)
print([x for x in dir(g) if not x.startswith("__") or x in ("__get__", "__set__", "__delete__", "__reduce__")])


def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tr(lambda: g(0))
tr(lambda: g(1, 2, 3))
tr(lambda: g())
tr(lambda: g("a", "b"))
tr(lambda: g(2**70, None))
tr(lambda: g(1.5, None))
tr(lambda: g(a=1, doc=None))
tr(lambda: R.a.__get__(5))
tr(lambda: R.a.__get__((1,)))
tr(lambda: R.b.__get__((1,)))
tr(lambda: R.a.__get__(None, R) is R.a)
tr(lambda: R.a.__get__(None))
tr(lambda: R.a.__get__([1, 2]))
tr(lambda: R.a.__get__((1, 2), 3, 4))
r = R(1, 2)


def set_a():
    r.a = 3


def del_a():
    del r.a


tr(set_a)
tr(del_a)
tr(lambda: R.a.__set__(r, 5))
tr(lambda: R.a.__set__(r))
tr(lambda: R.a.__delete__(r))
print(R.a.__reduce__(), R.a.__doc__, R.b.__doc__)
g2 = g(5, "hi")
print(g2, g2.__doc__)
g2.__doc__ = "x"
print(g2, g2.__doc__)


class T(tuple):
    x = g(1, None)
    y = g(-1, None)
    z = g(True, None)


tr(lambda: T((4, 5)).x)
tr(lambda: T((4,)).x)
tr(lambda: T((4, 5)).y)
tr(lambda: T((4, 5)).z)
tr(lambda: type("G", (g,), {}))


class U(R):
    __slots__ = ()

    @property
    def total(self):
        return super().a + super().b


u = U(7, 8)
print(u.b, u.total, isinstance(R.a, property), u)


class V(R):
    pass


v = V(3, 4)
v.extra = 9

print(v.a, v.extra, vars(v))
print(copy.copy(r), copy.deepcopy(u))
print(r._replace(b=9), R._make([1, 2]), r._asdict())
