# The descriptor protocol: data descriptors, then the instance dict, then non-data
# descriptors; __get__(None, cls) on classes; property in full.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        print("get", self.name, obj is None, objtype.__name__)
        if obj is None:
            return self
        return getattr(obj, "_" + self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, "_" + self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, "_" + self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class C:
    d = Data()
    n = NonData()


c = C()
print(c.d)
c.d = 5
print(c.d)
c.__dict__ = {"d": "shadow?", "_d": 6}   # a data descriptor outranks the instance dict
print(c.d)
del c.d
print(c.d)
print(type(C.d).__name__)
print(c.n, C.n)
c.n = "instance wins"          # the instance dict outranks a non-data descriptor
print(c.n, C.n)
del c.n
print(c.n)

# A descriptor with only __set__ is still a data descriptor.
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class D:
    s = SetOnly()

d = D()
d.s = 1
print(type(d.s).__name__)
try:
    del d.s
except AttributeError as e:
    print("AttributeError:", e)

# Descriptors in a base class.
class E(C):
    pass

e = E()
e.d = 9
print(e.d)

# property: getter, setter, deleter, doc, errors.
class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        "the x"
        print("get x")
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v

    @x.deleter
    def x(self):
        print("del x")
        self._x = None

    ro = property(lambda self: "read-only")
    wo = property(None, lambda self, v: print("wo", v))
    empty = property()

p = P()
p.x = 3
print(p.x)
del p.x
print(p.x)
print(P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
print(P.ro.fset, P.ro.__get__(p), P.ro.__get__(None, P) is P.ro)
print(p.ro)

def attempt(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)

def set_ro(): p.ro = 1
def del_ro(): del p.ro
def get_wo(): p.wo
def set_wo(): p.wo = 2
def get_empty(): p.empty
def set_empty(): p.empty = 1
def del_empty(): del p.empty
for f in [set_ro, del_ro, get_wo, set_wo, get_empty, set_empty, del_empty]:
    attempt(f)

# property() keyword arguments and an explicit doc.
q = property(fget=lambda s: 1, doc="explicit")
print(q.__doc__)
print(property(P.x.fget).__doc__)
P.x.__set__(p, 11)
print(p._x)
P.x.__delete__(p)
print(p._x)

# staticmethod / classmethod objects.
def plain(*args):
    return args

sm = staticmethod(plain)
cm = classmethod(plain)
print(sm.__func__ is plain, cm.__func__ is plain, sm(1, 2))

class S:
    st = sm
    cl = cm

print(S.st(1), S().st(2), S.cl(3)[0].__name__, S().cl(4)[0].__name__)

# Methods are non-data descriptors too: functions bind on instances, not on classes.
class F:
    def m(self):
        return "m"

print(F.m(F()), F().m(), type(F.m).__name__, type(F().m).__name__)
