# exec in the caller's namespace, in a dict, and with separate locals
print(exec("def foo(): return 42"))
print(foo())
exec("counter = 1\ncounter += 1")
print(counter)

d = {}
exec("def bar(): return x * 2\nx = 21", d)
print(d["bar"](), d["x"], "__builtins__" in d, type(d["__builtins__"]).__name__)
print(sorted(k for k in d if k != "__builtins__"))
print(list(d)[0])

# names defined later by the exec'd function land in its dict
exec("def setter(v):\n    global y\n    y = v", d)
d["setter"](5)
print(d["y"])
d["x"] = 100
print(d["bar"]())

# a user-supplied __builtins__ stays
d2 = {"__builtins__": {"len": len}}
print(sorted(d2["__builtins__"]))

# globals and locals
foo = 11
exec("print(foo)")
exec("print(foo)", None)
exec("print(foo)", {"foo": 3}, None)
exec("print(foo)", None, {"foo": 4})
exec("print(foo)", None, {"bar": 3})
exec("print(foo)", {"bar": 3, "foo": 7}, {"baz": 1})
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
g = {}
l = {"k": 2}
exec("def f(): return k\ntry:\n    f()\nexcept NameError as e:\n    print('NameError', e)", g, l)
print(sorted(l), "f" in g)
try:
    exec("print(foo)", {"bar": 3}, None)
except NameError as e:
    print("NameError:", e)

# exec inside a function sees (a snapshot of) its locals
def func(a, b=2):
    c = a + b
    exec("print(a, b, c)")
    exec("c = 99")
    print(c)
    ns = {}
    exec("r = a", {"a": 7}, ns)
    return ns["r"]

print(func(1))

# the same dict twice runs in one namespace
ns = {}
exec("q = 1", ns, ns)
exec("q += 1", ns)
print(ns["q"])

# functions defined in one dict call functions defined in another
a_ns, b_ns = {}, {}
exec("def inner(): return 'inner from a'", a_ns)
b_ns["helper"] = a_ns["inner"]
exec("def outer(): return helper() + ' via b'", b_ns)
print(b_ns["outer"]())

# generators made in exec'd code keep their namespace
gen_ns = {"n": 3}
exec("def gen():\n    for i in range(n):\n        yield i * step\nstep = 10", gen_ns)
print(list(gen_ns["gen"]()))

# classes in exec'd code
cls_ns = {}
exec("class K:\n    v = 5\n    def m(self): return self.v + w\nw = 1", cls_ns)
print(cls_ns["K"]().m(), cls_ns["K"].__name__)

# del in exec'd code removes from the dict
dd = {"gone": 1}
exec("del gone", dd)
print("gone" in dd)

# import inside exec
ns = {}
exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"], type(ns["math"]).__name__)

# exec returns None, even for an expression
print(exec("1 + 1"))
