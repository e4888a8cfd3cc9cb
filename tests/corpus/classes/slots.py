# __slots__: no instance __dict__, slot descriptors on the class, inheritance.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

p = Point(1)
print(p.x, Point.x, type(Point.x).__name__, Point.__slots__)
t(lambda: p.y)
p.y = 2
print(p.x, p.y)
del p.y
t(lambda: p.y)
def del_again():
    del p.y
t(del_again)
def set_other():
    p.z = 3
t(set_other)
t(lambda: p.__dict__)
t(lambda: vars(p))
print("__dict__" in dir(p), sorted(n for n in dir(p) if not n.startswith("__")))

# A string names one slot.
class One:
    __slots__ = "only"

o = One()
o.only = 1
print(o.only)
t(lambda: setattr(o, "other", 1))

# Slots conflicting with class variables.
def conflict():
    class Bad:
        __slots__ = ("a",)
        a = 1
t(conflict)
def bad_item():
    class Bad:
        __slots__ = (1,)
t(bad_item)
def bad_name():
    class Bad:
        __slots__ = ("not an identifier",)
t(bad_name)

# Subclasses without __slots__ get a __dict__ again.
class Sub(Point):
    pass

s = Sub(5)
s.z = 6
print(s.x, s.z, s.__dict__)

# Subclasses with __slots__ add to the base's.
class Sub3(Point):
    __slots__ = ("z",)

s3 = Sub3(7)
s3.z = 8
s3.y = 9
print(s3.x, s3.y, s3.z)
t(lambda: setattr(s3, "w", 1))

# '__dict__' in __slots__ brings the dict back.
class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

# Empty slots: nothing can be set.
class Nothing:
    __slots__ = ()

t(lambda: setattr(Nothing(), "a", 1))
print(Point.__dict__["x"], repr(Sub3.z))

# Properties and slots together.
class Temp:
    __slots__ = ("_c",)

    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v

tm = Temp()
tm.c = 25
print(tm.c)
