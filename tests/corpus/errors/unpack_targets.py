# Unpacking into targets: a count that does not fit points at the targets; an
# object whose iteration fails reports its own error; an endless iterator is read only
# one item past the targets.
import itertools
import traceback


def show(f):
    try:
        print(f())
    except Exception:
        traceback.print_exc()


def plain():
    x = (1, 2, 3)
    a, b = x
    return a, b


def nested():
    [a, b], c = [1], 2
    return a


def chained():
    x = (1, 2, 3)
    q = a, b = x
    return q


def looped():
    for a, b in [(1, 2), (1, 2, 3)]:
        pass


def starred():
    a, *b, c = [1]
    return b


def not_iterable():
    a, b = 5
    return a


def in_comprehension():
    return [(a, b) for a, b in [(1, 2, 3)]]


class RaisingIter:
    def __iter__(self):
        raise KeyError("from __iter__")


class BadIter:
    def __iter__(self):
        return 5


class Indexed:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


def endless():
    a, b = itertools.count()
    return a


for f in [plain, nested, chained, looped, starred, not_iterable, in_comprehension,
          endless, lambda: [a for a, b in [RaisingIter()]]]:
    show(f)


def own_errors():
    a, b = RaisingIter()


def non_iterator():
    a, b = BadIter()


show(own_errors)
show(non_iterator)
x, y = Indexed()
a, *rest = iter(range(5))
k1, k2 = {"a": 1, "b": 2}
c1, c2 = "xy"
print(x, y, a, rest, k1, k2, c1, c2)
show(lambda: [p for p, q in (i for i in range(3))])


# Only a TypeError from a type with no way to iterate is reworded.
class Meta(type):
    def __iter__(cls):
        raise KeyError("from the metaclass")


class ByMeta(metaclass=Meta):
    pass


class IndexRaises:
    def __getitem__(self, i):
        raise TypeError("from __getitem__")


class IterRaisesTypeError:
    def __iter__(self):
        raise TypeError("from __iter__")


class NotIterable:
    __iter__ = None


for make in [lambda: ByMeta, IndexRaises, IterRaisesTypeError, NotIterable]:
    try:
        first, second = make()
    except Exception as e:
        print(type(e).__name__, e)
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
