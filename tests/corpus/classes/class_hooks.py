# __init_subclass__, __set_name__, __class_getitem__, class keyword arguments,
# __new__ rules (object_new / object_init excess arguments), __classcell__.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plugin:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        print("init_subclass", cls.__name__, key, kwargs)
        super().__init_subclass__(**kwargs)
        if key:
            Plugin.registry[key] = cls

class Alpha(Plugin, key="alpha"):
    pass

class Beta(Plugin):
    pass

print(sorted(Plugin.registry), Plugin.registry["alpha"] is Alpha)
def extra_kw():
    class Gamma(Plugin, key="g", color="red"):
        pass
t(extra_kw)
def plain_kw():
    class NoHook(flavour=1):
        pass
t(plain_kw)
t(lambda: type("Dyn", (Plugin,), {}, key="dyn"))
print(sorted(Plugin.registry))

# __init_subclass__ is an implicit classmethod.
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# __set_name__ receives the owner and the attribute name.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name

class Holder:
    field = Named()

print(Holder.field.name, Holder.field.owner is Holder)
Holder.late = Named()   # not called for attributes added later
print(hasattr(Holder.late, "name"))
T = type("T", (), {"dynamic": Named()})
print(T.dynamic.name)

class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)

def set_name_fails():
    class Z:
        bad = Failing()
try:
    set_name_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# __class_getitem__ is an implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"

class SubBox(Box):
    pass

print(Box[int], SubBox[str], Box[1, 2] if False else Box["x"])
t(lambda: Holder[int])
t(lambda: Holder()[0])

# __new__ is an implicit staticmethod; returning another type skips __init__.
class Other:
    pass

class Factory:
    def __new__(cls, kind):
        print("Factory.__new__", kind)
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)

print(type(Factory("self")).__name__, type(Factory("other")).__name__)
print(type(Factory.__dict__["__new__"]).__name__)

class ReturnsNone:
    def __new__(cls):
        return None

print(ReturnsNone())

# The excess-argument rules of object.__new__ and object.__init__.
class Bare:
    pass

class InitOnly:
    def __init__(self, *args):
        print("InitOnly", args)

class NewOnly:
    def __new__(cls, *args):
        print("NewOnly", args)
        return object.__new__(cls)

t(lambda: Bare(1))
t(lambda: Bare(x=1))
t(lambda: InitOnly(1, 2) and None)
t(lambda: NewOnly(1) and None)
t(lambda: object.__new__(Bare, 1))
t(lambda: object.__new__(InitOnly, 1) and None)
t(lambda: object.__new__(NewOnly, 1))
t(lambda: object.__init__(Bare(), 1))
t(lambda: object.__init__(InitOnly(), 1))
t(lambda: object.__init__(NewOnly(), 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: object.__new__(int))
t(lambda: type(object.__new__(Bare)).__name__)

# Exceptions keep their arguments through __new__ / __init__.
class MyError(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code

e = MyError(3)
print(e.args, e.code, str(e))
t(lambda: MyError(1, 2))
t(lambda: ValueError(x=1))

# Class bodies see their own names; __module__ and __qualname__ are set first.
class Body:
    print("in body", __module__, __qualname__)
    a = 1
    b = a + 1

print(Body.b, "__qualname__" in Body.__dict__)
