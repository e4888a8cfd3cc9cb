# Metaclasses: metaclass=, __new__/__init__/__call__/__prepare__, derived metaclasses.
log = []

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        log.append(("call", cls.__name__, args))
        obj = super().__call__(*args, **kw)
        obj.made_by = "Meta"
        return obj

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {"injected": 42}

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, tag="first"):
    def __init__(self, x):
        self.x = x

    def method(self):
        return "method"

for entry in log:
    print(entry)
log.clear()
a = A(5)
print(log, a.x, a.made_by, A.tag, A.injected)
print(type(A) is Meta, type(a) is A, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), A.upper_name)
print(hasattr(a, "describe"))
print(type(Meta), Meta.__mro__)

# Subclasses inherit the metaclass.
class B(A):
    pass

print(type(B).__name__, B.tag, log[0][0], log[0][1:3])
log.clear()

# The most derived metaclass wins, wherever it is named.
class SubMeta(Meta):
    pass

class C(metaclass=SubMeta):
    pass

class D(A, C):
    pass

print(type(D).__name__, [c.__name__ for c in D.__mro__])
log.clear()

class M1(type):
    pass

class M2(type):
    pass

class X1(metaclass=M1):
    pass

class X2(metaclass=M2):
    pass

try:
    class Bad(X1, X2):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(X1, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)

# A function as a metaclass.
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 7

class NotAClass(metaclass=func_meta, flag=True):
    y = 1

print(NotAClass)

# type(name, bases, ns) and a metaclass called directly.
T = type("T", (A,), {"z": 3})
print(type(T).__name__, T.z, T.__name__, T.__qualname__)
U = Meta("U", (), {"w": 1})
print(type(U).__name__, U.w, log[-1])

# __instancecheck__ and __subclasscheck__ on the metaclass.
class Checker(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return obj == 1

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int

class Anything(metaclass=Checker):
    pass

print(isinstance(1, Anything), isinstance(2, Anything), isinstance(Anything(), Anything))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(bool, (str, Anything)))

# A metaclass __repr__ and class attributes through the metaclass.
class Reprs(type):
    def __repr__(cls):
        return "<Reprs " + cls.__name__ + ">"
    greeting = "hello"

class R(metaclass=Reprs):
    pass

print(repr(R), str(R), R.greeting, [R])
try:
    R().greeting
except AttributeError as e:
    print("AttributeError:", e)

# Metaclass __call__ returning something else skips __init__.
class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]

class One(metaclass=Singleton):
    def __init__(self):
        print("One.__init__")

print(One() is One())

# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5

try:
    class P(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
