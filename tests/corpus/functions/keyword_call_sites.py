# One `obj.m(...)` call site with keywords meets methods whose parameters, defaults and
# keyword-only defaults change between calls: each call binds as CPython would.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    def m(self, a, b=2, *, c=3):
        return ("A.m", a, b, c)


def call(o):
    return o.m(b=20, a=10)


def call_kw(o):
    return o.m(1, c=30)


a = A()
for _ in range(3):
    print(call(a), call_kw(a))

# Defaults removed, then given back, then changed in number.
A.m.__defaults__ = None
t(lambda: call_kw(a))
print(call(a))
A.m.__defaults__ = (7,)
print(call_kw(a))
A.m.__kwdefaults__ = None
t(lambda: call(a))
print(call_kw(a))
A.m.__kwdefaults__ = {"c": 99}
print(call(a), call_kw(a))


# The method replaced by ones with other parameter names or orders.
def swapped(self, b, a, c=0):
    return ("swapped", a, b, c)


A.m = swapped
print(call(a))
t(lambda: call_kw(a))


def only_a(self, a):
    return ("only_a", a)


A.m = only_a
t(lambda: call(a))
t(lambda: call_kw(a))


def star_kw(self, **kw):
    return ("star_kw", sorted(kw.items()))


A.m = star_kw
print(call(a))
t(lambda: call_kw(a))


def positional_only(self, a, /, b=5, c=6):
    return ("positional_only", a, b, c)


A.m = positional_only
t(lambda: call(a))
print(call_kw(a))


# Two classes alternating at the same site, with different defaults.
class B:
    def m(self, a=0, b=0, c=0):
        return ("B.m", a, b, c)


class C:
    def m(self, b, a, c="C"):
        return ("C.m", a, b, c)


for o in [B(), C(), B(), C()]:
    print(call(o), t(lambda: call_kw(o)))


# Functions made in a loop: each has its own defaults.
def make(default):
    class K:
        def m(self, a, b=default, c=default):
            return ("K.m", a, b, c)

    return K()


print([call_kw(make(i)) for i in range(4)])
print([call(make(i)) for i in range(4)])


# Many keyword-only parameters.
ns = {}
params = ", ".join(f"k{i}={i}" for i in range(70))
exec(f"def many(self, *, {params}):\n    return k0 + k69", ns)


class M:
    m = ns["many"]


def call_many(o):
    return o.m(k0=100)


print(call_many(M()), call_many(M()))
ns["many"].__kwdefaults__ = {f"k{i}": i for i in range(69)}
t(lambda: call_many(M()))
