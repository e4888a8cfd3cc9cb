# __getattribute__, __getattr__, __setattr__, __delattr__, object.__getattribute__ &
# co. called explicitly, getattr/setattr/hasattr/delattr, vars(), dir(), __dict__.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "real", 1)

    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("getattr fallback", name)
        return name.upper()

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

    def method(self):
        return "method"

lg = Logged()
print(lg.real)
print(lg.missing)
print(lg.secret)
lg.x = 5
print(lg.x)
print(lg.method())
del lg.x
print(lg.x)
print(getattr(lg, "y", "default"))
print(hasattr(lg, "anything"))

# __getattr__ is only a fallback.
class Fallback:
    a = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

fb = Fallback()
print(fb.a, fb.dyn_value)
t(lambda: fb.other)
print(getattr(fb, "other", "default"), hasattr(fb, "other"), hasattr(fb, "dyn_x"))

# A __getattr__ raising something else propagates.
class Loud:
    def __getattr__(self, name):
        raise KeyError(name)

t(lambda: getattr(Loud(), "x", None))
t(lambda: hasattr(Loud(), "x"))

# __setattr__ that stores elsewhere, __delattr__ that refuses.
class Store:
    def __init__(self):
        object.__setattr__(self, "data", {})
    def __setattr__(self, name, value):
        self.data[name] = value
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)

st = Store()
st.a = 1
print(st.a, st.data, "a" in vars(st))
def delete_a():
    del st.a
t(delete_a)

# object.__getattribute__ / __setattr__ / __delattr__ errors.
class Plain:
    pass

pl = Plain()
object.__setattr__(pl, "v", 3)
print(object.__getattribute__(pl, "v"), pl.v)
object.__delattr__(pl, "v")
t(lambda: object.__getattribute__(pl, "v"))
t(lambda: object.__getattribute__(pl, 1))
t(lambda: object.__setattr__(pl, 1, 2))
t(lambda: object.__delattr__(pl, "nothing"))

# getattr & co. with non-str names and wrong arities.
t(lambda: getattr(pl, 1))
t(lambda: getattr(pl, 1, None))
t(lambda: setattr(pl, 1, 2))
t(lambda: delattr(pl, 1))
t(lambda: hasattr(pl, None))
t(lambda: getattr(pl))
t(lambda: setattr(pl, "a"))
t(lambda: delattr(pl, "missing"))

# vars() and __dict__, including assignment.
pl.a = 1
pl.b = 2
print(vars(pl), pl.__dict__)
pl.__dict__ = {"c": 3}
print(pl.c, hasattr(pl, "a"), vars(pl))
def bad_dict():
    pl.__dict__ = 5
t(bad_dict)
t(lambda: vars(1))
t(lambda: vars(pl, pl))
print(sorted(vars(Plain)) == sorted(Plain.__dict__))

# dir() of user objects and classes.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Derived(Base):
    derived_attr = 2

dv = Derived()
dv.inst_attr = 3
print(dir(dv))
print(dir(Derived))
print(dir(object()) == dir(object))

class CustomDir:
    def __dir__(self):
        return ["b", "a", "c"]

print(dir(CustomDir()))

# object() instances.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o))
t(lambda: setattr(o, "x", 1))
t(lambda: o.x)
t(lambda: o.__dict__)
t(lambda: object(1))
t(lambda: object(x=1))
print(str(o).startswith("<object object at "), repr(o) == str(o))

# The class attribute of instances.
print(dv.__class__ is Derived, type(dv) is Derived, dv.__class__.__name__)
