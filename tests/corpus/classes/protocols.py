class Meta:
    """Doc."""
    count: int = 0
    def __init__(self, name="x"):
        self.name = name
    def __str__(self):
        return f"Meta({self.name})"
    def __format__(self, spec):
        return f"<{self.name}:{spec}>"
m = Meta()
print(m, str(m), f"{m:spec}", format(m, "z"), Meta.__doc__, Meta.count, Meta.__name__, Meta.__qualname__)
print(type(m).__name__, m.__class__.__name__, isinstance(m, object), Meta.__mro__)
class Err(ValueError):
    pass
try:
    raise Err("bad", 2)
except ValueError as e:
    print(type(e).__name__, e, e.args, isinstance(e, Err))
def f():
    try:
        return 1
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            pass
print(g())
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), [x * 2 for x in Counter()])
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return f"Num({self.v})"
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    __hash__ = None
n = Num(1)
n += 5
print(n, Num(1) + 2, 3 + Num(1), sum([Num(1), Num(2)], Num(0)), sorted([Num(3), Num(1)]), Num(1) == Num(1))
try:
    hash(Num(1))
except TypeError as e:
    print(e)
try:
    Num(1) < 5
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Num(2), "v"), vars(Num(3)), dir(Num(1))[-1])
class P:
    @property
    def x(self): return 42
try:
    P().x = 1
except AttributeError as e:
    print(e)
print(P().x, P.x.__class__.__name__)
