class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __bool__(self):
        return any(self.xs)
    def __call__(self, k):
        return self.xs[k]
    def __index__(self):
        return len(self.xs)
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v, len(v), v[0], v[-1], 2 in v, list(v), v + w, v * 2, 3 * v, -v, v == Vec(1, 2, 3), v != w, v < w, sorted([w, v]))
v[0] = 10; del v[1]; print(v, bool(Vec(0)), bool(v), v(0), {v: "hashed"}[Vec(10, 3)], [0, 1, 2, 3][Vec(1, 2)], bytes(Vec(1, 2)))
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
with Ctx("a") as a, Ctx("b"):
    print("body", a.name)
with Ctx("swallow", True):
    raise ValueError("hidden")
print("after")
try:
    with Ctx("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
class Base:
    count = 0
    def __init__(self):
        Base.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}:{Base.count}"
class Child(Base):
    pass
Child(); Base()
print(Child.created(), Base.created(), Child.__bases__, Child.__mro__)
class Slots:
    def __getattr__(self, name):
        return name.upper()
print(Slots().anything)
class NoEq:
    pass
n = NoEq()
print(n == n, n != NoEq(), hash(n) == hash(n))
class Unhashable:
    def __eq__(self, other):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
