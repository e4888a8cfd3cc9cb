# `obj.attr op= value` on plain instances: ints computed in place, and every case
# that must take the general path (class attributes, __setattr__, properties,
# __slots__, big ints, other types, unbound right-hand side).
import sys


class Plain:
    shared = 10

    def __init__(self):
        self.n = 5


p = Plain()
step = 3
p.n += step
p.n -= 1
p.n *= step
p.n //= 2
p.n %= 7
p.n <<= step
p.n |= 1
p.n ^= 2
p.n &= 0xFF
p.n **= 2
p.n >>= 1
print(p.n)
p.shared += step  # the class's value, stored on the instance
print(p.shared, Plain.shared, sorted(vars(p)))
p.n = sys.maxsize
p.n += step
print(p.n, type(p.n).__name__)
p.n = -sys.maxsize - 1
p.n -= 1
print(p.n)
p.n = 7
p.n /= 2
print(p.n)
p.n = True
p.n += 1
print(p.n)
p.n = 2
p.n += 1.5
print(p.n)
p.n = 1
try:
    p.n //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, p.n)
try:
    p.n <<= -1
except ValueError as e:
    print("ValueError:", e, p.n)
try:
    p.missing += 1
except AttributeError as e:
    print("AttributeError:", e)


def unbound_rhs(o):
    o.n += later  # noqa: F821
    later = 1


try:
    unbound_rhs(p)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 1)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
lg.n += step
print(lg.n)


class Prop:
    def __init__(self):
        self._n = 1

    @property
    def n(self):
        print("get n")
        return self._n

    @n.setter
    def n(self, v):
        print("set n", v)
        self._n = v


pr = Prop()
pr.n += step
print(pr.n)


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 1


s = Slotted()
s.n += step
print(s.n)


class Frozen:
    def __init__(self):
        object.__setattr__(self, "n", 1)

    def __setattr__(self, name, value):
        raise AttributeError(f"frozen: {name}")


fz = Frozen()
try:
    fz.n += 1
except AttributeError as e:
    print("AttributeError:", e, fz.n)


class Counter:
    def __init__(self):
        self.hits = 0

    def hit(self, k):
        self.hits += k
        return self


c = Counter()
for i in range(1000):
    c.hit(i)
print(c.hits)
