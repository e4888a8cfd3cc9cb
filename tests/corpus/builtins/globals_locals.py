# globals() and locals(), and function __globals__
x = 123
print(locals()["x"], globals()["x"], locals() is globals())
g = globals()
print(type(g).__name__, g is globals())
g["newname"] = 5
print(newname)
def foo():
    pass
print(foo.__globals__ is globals())
foo.__globals__["bar"] = 123
print(bar)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__globals__ is globals(), outer().__globals__ is globals())
# globals() reflects later assignments and deletions
late = 1
print(globals()["late"])
del late
print("late" in globals())

class A:
    y = 1
    def f(self):
        pass
    print("x" in locals())
    print(locals()["y"])
    print("f" in locals())

def func(a, b=2, *args, **kw):
    c = 3
    l = locals()
    print(sorted(l.items()))
    d = 4
    print(sorted(l), sorted(locals()))
    def inner():
        return c
    print(sorted(locals()))
    print(sorted(vars()))
    print(dir())

func(1)
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
try:
    globals(1)
except TypeError as e:
    print(e)
try:
    locals(1)
except TypeError as e:
    print(e)
# a rebound locals is just a function
def locals():
    return "mine"
def h():
    return locals()
print(h())
