# `obj.name op= value`: the attribute is read, the right-hand side evaluated, the result
# stored, in that order, whatever the right-hand side does to the object or its class.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class P:
    cls_total = 100

    def __init__(self):
        self.n = 1
        self.s = "a"
        self.items = [1]
        self.f = 0.5


p = P()
p.n += 2
p.n *= 10
p.n -= 1
p.n //= 4
p.n **= 3
p.n %= 100
p.n <<= 64
p.n >>= 60
p.n |= 1
p.n ^= 3
p.n &= 0xFF
p.s += "b"
p.s *= 3
before = p.items
p.items += [2]
p.items *= 2
p.f /= 4
p.f += 2**53
print(p.n, p.s, p.items, p.items is before, p.f)

# A class attribute read through the instance becomes an instance attribute.
p.cls_total += 1
print(p.cls_total, P.cls_total, "cls_total" in vars(p))


# Big ints and overflow of small ints.
p.n = 2**62
p.n += 2**62
p.n *= 2**62
print(p.n)
p.n = -(2**63)
p.n -= 1
print(p.n)


# Errors: the attribute is missing, the operation fails, the right-hand side raises.
q = P()
t(lambda: exec("q.missing += 1"))
t(lambda: exec("q.n += 'x'"))
t(lambda: exec("q.s -= 1"))
t(lambda: exec("q.n += 1 / 0"))
print(q.n, q.s)


# The right-hand side deletes the attribute, replaces it, or gives the class a
# __setattr__ (the store then goes through it).
def deleting():
    del r.n
    return 5


r = P()
r.n += deleting()
print(r.n, vars(r))


def replacing():
    r.n = 1000
    return 5


r.n += replacing()
print(r.n)


class Logged:
    def __init__(self):
        self.v = 1


def add_setattr():
    def setattr_(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)

    Logged.__setattr__ = setattr_
    return 10


lg = Logged()
lg.v += add_setattr()
print(lg.v)
lg.v += 1
print(lg.v)
del Logged.__setattr__
lg.v += 1
print(lg.v)


# Properties, __getattr__, __getattribute__, slots and descriptors along the way.
class WithProp:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v


w = WithProp()
w.x += 5
print(w._x)


class Fallback:
    def __getattr__(self, name):
        print("getattr", name)
        return 40


fb = Fallback()
fb.v += 2
print(fb.v, vars(fb))


class Slotted:
    __slots__ = ("a",)


sl = Slotted()
t(lambda: exec("sl.a += 1"))
sl.a = 1
sl.a += 1
print(sl.a)


class Counter:
    def __init__(self):
        self.calls = 0

    def __iadd__(self, other):
        self.calls += other
        return self


class Holder:
    def __init__(self):
        self.c = Counter()


h = Holder()
c = h.c
h.c += 3
h.c += 4
print(h.c is c, c.calls)


# A subclass of a built-in type and an exception instance.
class MyList(list):
    pass


ml = MyList()
ml.extra = 1
ml.extra += 1
print(ml.extra, ml)

e = ValueError("x")
e.count = 1
e.count += 1
print(e.count, e.args)


# Functions, classes and modules as targets.
def fn():
    pass


fn.calls = 0
fn.calls += 1
P.cls_total += 1
import math

math.my_attr = 1
math.my_attr += 1
print(fn.calls, P.cls_total, math.my_attr)
del math.my_attr
