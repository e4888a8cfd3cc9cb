# type(name, bases, ns), type.__new__/__init__/__call__ errors, class attributes.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base:
    "Base docstring."
    x = 1
    def hello(self):
        return "hello from " + type(self).__name__

Made = type("Made", (Base,), {"y": 2, "__doc__": "made"})
m = Made()
print(Made.__name__, Made.__qualname__, Made.__module__, Made.__doc__, Made.x, Made.y, m.hello())
print(Made.__bases__, Made.__mro__, Made.mro())
print(type("Empty", (), {}).__bases__)
print(Base.__doc__, type(Base.__dict__["hello"]).__name__, sorted(k for k in Base.__dict__ if k not in ("__dict__", "__weakref__")))

t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type("A", (), {}, 1))
t(lambda: type(1, (), {}))
t(lambda: type("A", [], {}))
t(lambda: type("A", None, None))
t(lambda: type("A", (), None))
t(lambda: type("A", (1,), {}))
t(lambda: type("A", (), {"__qualname__": 5}))
t(lambda: type("A", (), {"__qualname__": "Q.A"}).__qualname__)
t(lambda: type.__new__(type))
t(lambda: type.__new__(type, "a", (), {}, 1))
t(lambda: type.__new__(1, "a", (), {}))
t(lambda: type.__new__(Base, "a", (), {}))
t(lambda: type.__new__())
t(lambda: type.__init__(Base, 1, 2))
t(lambda: type.__init__(Base, 1, x=2))
t(lambda: type.__init__(Base, 1, 2, 3))
t(lambda: type.__call__(Base).hello())
t(lambda: type.__call__(int, "12"))

# type(x) for every kind of value.
def f(): pass
def gen(): yield 1
class K:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
values = [None, True, 1, 10**30, 1.5, 2.5, "s", b"b", bytearray(), [], (), {}, set(),
          frozenset(), range(3), slice(1), f, gen(), len, K, K(), K().m, K.s, K.c, [].append,
          property(), staticmethod(f), classmethod(f), iter([]), NotImplemented, Ellipsis, type, object, object()]
print([type(v).__name__ for v in values])
print(type(type), type(object), type(type(1)), type.__class__, object.__class__)
print(K().__class__ is K, K.__class__ is type, (1).__class__, "".__class__.__name__)

# Class decorators run after the class exists, innermost first.
def deco(tag):
    def wrap(cls):
        print("decorating", cls.__name__, tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return wrap

@deco("outer")
@deco("inner")
class Decorated:
    pass

print(Decorated.tags)

def replace(cls):
    return 42

@replace
class Gone:
    pass

print(Gone)

# __qualname__ of nested classes and functions, __module__ and __doc__.
class Outer:
    class Inner:
        "Inner doc"
        def meth(self):
            class Local:
                pass
            return Local

print(Outer.Inner.__qualname__, Outer.Inner.__doc__, Outer.Inner().meth().__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.meth.__qualname__)

# Class attributes can be set and deleted; built-in types' cannot.
Outer.added = 1
print(Outer.added)
del Outer.added
t(lambda: Outer.added)
def del_missing():
    del Outer.nothing
t(del_missing)
def set_int():
    int.foo = 1
t(set_int)

# __init__ must return None.
class BadInit:
    def __init__(self):
        return 5
t(BadInit)

# MRO problems.
class P1: pass
class P2(P1): pass
t(lambda: type("Bad", (P1, P2), {}))
t(lambda: type("Dup", (P1, P1), {}))
