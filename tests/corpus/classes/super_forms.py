# super(): zero-argument form in methods, classmethods, staticmethod-like __new__,
# __init_subclass__, properties; super(C, obj) and super(C, C2); errors and repr.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1

    def who(self):
        return "A"

    @classmethod
    def create(cls):
        return "A.create " + cls.__name__

    @staticmethod
    def helper():
        return "A.helper"

    @property
    def prop(self):
        return "A.prop"

    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)


class B(A):
    def __init__(self, x):
        print("B.__init__", x)
        super().__init__()
        self.x = x

    def who(self):
        return "B>" + super().who()

    @classmethod
    def create(cls):
        return "B>" + super().create()

    @property
    def prop(self):
        return "B>" + super().prop

    def __new__(cls, x):
        print("B.__new__", x)
        return super().__new__(cls, x)


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D(7)
print(d.who(), d.a, d.x)
print(D.create(), d.prop, super(D, d).helper())
print(super(B, d).who(), super(C, d).who())
print(super(D, D).who(d), super(D, D).create(), type(super(D, D).who).__name__)
print(D.__mro__)

# Zero-argument super in __init_subclass__ and a nested function using __class__.
class Registry:
    seen = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Registry.seen.append((cls.__name__, name))

class R1(Registry, name="one"):
    pass

class R2(R1):
    pass

print(Registry.seen)

class UsesClassCell:
    def get(self):
        return __class__

    def inner(self):
        def f():
            return __class__.__name__
        return f()

print(UsesClassCell().get() is UsesClassCell, UsesClassCell().inner())

# super() outside a method, with bad arguments.
t(lambda: super())
t(lambda: super(1))
t(lambda: super(1, 2))
t(lambda: super(str, 0))
t(lambda: super(str, int))
t(lambda: super(A, 1, 2))
t(lambda: super(B, A()).who())

class NoArgs:
    def f():
        return super()
    @staticmethod
    def g():
        return super()

t(lambda: NoArgs.f())
t(lambda: NoArgs.g())

# Attribute errors and the repr of super objects.
t(lambda: super(D, d).missing)
print(super(D, d))
print(super(D, D))
print(super(A))
print(super(D, d).__thisclass__.__name__, super(D, d).__self__ is d, super(D, d).__self_class__.__name__)
print(type(super(D, d)).__name__)

# object.__init__ through super() with arguments is an error.
class TooMany:
    def __init__(self, x):
        super().__init__(x)

t(lambda: TooMany(1))

class NewToo:
    def __new__(cls, x):
        return super().__new__(cls, x)

t(lambda: NewToo(1))
