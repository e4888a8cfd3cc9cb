# One call site `obj.m()` meets methods that change under it: the class attribute is
# replaced or deleted, a subclass or an instance shadows it, classes are made and freed
# in a loop (a new class can reuse a freed one's address), __getattribute__ appears later.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    def m(self):
        return "A.m"


class B(A):
    pass


def call(o):
    return o.m()


a, b = A(), B()
for _ in range(3):
    print(call(a), call(b))
A.m = lambda self: "replaced"
print(call(a), call(b))
B.m = lambda self: "B own"
print(call(a), call(b))
del B.m
print(call(a), call(b))
a.m = lambda: "instance attribute"
print(call(a), call(b))
del a.m
print(call(a), call(b))
del A.m
t(lambda: call(a))
t(lambda: call(b))


def m2(self):
    return "def m2"


A.m = m2
print(call(a), call(b))


# Classes made and dropped one after another at the same call site.
def make(i):
    class C:
        def m(self):
            return i

    return C()


print([call(make(i)) for i in range(20)])
print(sum(make(i).m() for i in range(200)))


# A staticmethod, a classmethod, a property and a plain attribute under the same name.
class S:
    def m(self):
        return "method"


s = S()
print(call(s))
S.m = staticmethod(lambda: "static")
print(call(s))
S.m = classmethod(lambda cls: "class " + cls.__name__)
print(call(s))
S.m = property(lambda self: lambda: "property's function")
print(call(s))
S.m = len
t(lambda: call(s))
S.m = "not callable"
t(lambda: call(s))


# __getattribute__ added to the class after the site cached the method.
class G:
    def m(self):
        return "G.m"


g = G()
print(call(g))


def ga(self, name):
    if name == "m":
        return lambda: "through __getattribute__"
    return object.__getattribute__(self, name)


G.__getattribute__ = ga
print(call(g))
del G.__getattribute__
print(call(g))


# __getattr__ does not apply while the class has the method.
class H:
    def __getattr__(self, name):
        return lambda: "getattr " + name

    def m(self):
        return "H.m"


h = H()
print(call(h))
del H.m
print(call(h))


# A base class's method replaced after a subclass instance cached it.
class Base:
    def m(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
print(call(leaf))
Base.m = lambda self: "base replaced"
print(call(leaf))
Mid.m = lambda self: "mid"
print(call(leaf))


# Recursion through the same site, and a method that rebinds itself on its class.
class R:
    def m(self, n=3):
        if n:
            return [n] + self.m(n - 1)
        return []


print(R().m())


class Flip:
    def m(self):
        Flip.m = lambda self: "second"
        return "first"


fl = Flip()
print(call(fl), call(fl), call(fl))


# Wrong arguments still report as before.
class W:
    def m(self, x):
        return x


t(lambda: W().m())
t(lambda: W().m(1, 2))
t(lambda: W().m(y=1))
