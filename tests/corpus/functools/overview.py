import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch, partialmethod, singledispatchmethod
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(max, 'abc'))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
try: reduce(lambda a, b: a, 5)
except TypeError as e: print(e)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords)
pp = partial(p, 7, c=3); print(pp(), pp.args, pp.keywords, pp.func is f)
print(repr(partial(len, [1])).replace(repr(len), 'LEN'))
try: partial(5)
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info(), fib.cache_parameters())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def c2(x): return x
c2(1); c2(1); print(c2.cache_info())
try: lru_cache('x')
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(x):
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3), functools.WRAPPER_ASSIGNMENTS)
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) < N(2), N(1) > N(2), N(1) <= N(1), N(2) >= N(1))
try:
    @total_ordering
    class Z: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class CP:
    @cached_property
    def val(self):
        print('computing'); return 42
o = CP(); print(o.val, o.val, CP.val.attrname)
@singledispatch
def fun(arg): return 'default'
@fun.register(int)
def _(arg): return 'int'
@fun.register(list)
def _(arg): return 'list'
print(fun(1), fun([1]), fun('s'), fun(True), fun.dispatch(int).__name__ if hasattr(fun.dispatch(int), '__name__') else '')
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v)
class Disp:
    @singledispatchmethod
    def m(self, arg): return 'obj'
    @m.register(int)
    def _(self, arg): return 'int'
print(Disp().m(1), Disp().m('x'))
