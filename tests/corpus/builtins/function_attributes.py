# function and method attributes
def f(a, b=2, *, c=3):
    "doc"

print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__doc__, f.__dict__, f.__module__, f.__annotations__)
f.__defaults__ = (5,)
print(f.__defaults__)
f(1)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (10, 20)
def show(a, b=2, *, c=3):
    print(a, b, c)
show.__defaults__ = (10, 20)
show()
show.__defaults__ = (1, 10, 20)
print(show.__defaults__)
show()
show.__kwdefaults__ = {"c": 9}
print(show.__kwdefaults__)
show(0)
show.__kwdefaults__ = None
try:
    show(0)
except TypeError as e:
    print("TypeError", e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError", e)
for name in ["__name__", "__qualname__"]:
    try:
        setattr(f, name, 5)
    except TypeError as e:
        print("TypeError", e)
f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
print(f.__name__, f.__qualname__, repr(f).startswith("<function Outer.renamed at"))
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError", e)
f.x = 1
print(f.__dict__, f.x)
del f.x
try:
    del f.x
except AttributeError as e:
    print("AttributeError", e)
try:
    f.missing
except AttributeError as e:
    print("AttributeError", e)
f.__doc__ = "new"
print(f.__doc__)
f.__module__ = "mod"
print(f.__module__)
print(f.__closure__)
f.__annotations__ = {"a": 1}
print(f.__annotations__)

def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls)

# bound methods
class A:
    def m(self):
        "m doc"
a = A()
print(a.m.__self__ is a, a.m.__func__ is A.m, a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__module__)
print(a.m == a.m, a.m != a.m, a.m == A().m, hash(a.m) == hash(a.m), A.m == A.m)
# built-in functions and methods
print(len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__)
l = [1]
print(l.append.__self__ is l, l.append == l.append, l.append == [].append)
