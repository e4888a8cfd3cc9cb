import functools
from functools import partial, lru_cache, reduce, update_wrapper, wraps
def f(*args, **kw): return args, kw
p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9), p.func is f, p.args, p.keywords, type(p).__name__)
print(repr(partial(f)).split(' at ')[0], repr(partial(f, 1, x='y')).startswith('functools.partial(<function f'))
q = partial(partial(partial(f, 1), 2, k=1), 3, k=2)
print(q.args, q.keywords, q.func is f, q())
class P(partial): pass
print(repr(P(max, 1)).split('(')[0], P(max, 1)(5), type(P(max)).__name__)
p.attr = 7; print(p.attr)
print(partial(int, base=2)('101'), list(map(partial(pow, 2), range(5))))
for bad in [(), (1,)]:
    try: partial(*bad)
    except TypeError as e: print('TypeError', e)
try: p.func = len
except AttributeError as e: print('AttributeError')
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(lambda a, b: a + b, ['a'], 'z'), reduce(lambda a, b: a + b, [5]))
print(reduce(lambda a, b: a + b, iter(range(5))), reduce(lambda a, b: a + [b], 'ab', []))
try: reduce(lambda a, b: a + b, [], )
except TypeError as e: print(e)
try: reduce(1, [1, 2])
except TypeError as e: print(e)
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x); return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]: sq(x)
print(calls, sq.cache_info(), sq.cache_info().hits, sq.cache_info()._fields, type(sq.cache_info()).__name__)
sq.cache_clear(); print(sq.cache_info())
print(sq.cache_parameters(), sq.__wrapped__(7), sq.__name__, sq.__qualname__)
@lru_cache(maxsize=None)
def add(a, b=0, *, c=0): calls.append((a, b, c)); return a + b + c
calls.clear(); add(1); add(1); add(1, 2); add(1, b=2); add(b=2, a=1); add(1, 2, c=3); print(calls, add.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
@lru_cache(typed=True)
def typed(x): calls.append(x); return x
calls.clear(); typed(1); typed(1.0); typed(True); typed(1); print(calls, typed.cache_info())
@lru_cache()
def untyped(x): calls.append(x); return x
calls.clear(); untyped(1); untyped(1.0); print(calls, untyped.cache_info())
try: lru_cache(maxsize='big')
except TypeError as e: print(e)
try: lru_cache()([1].append)([])
except TypeError as e: print('TypeError', e)
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info())
class Obj:
    @lru_cache
    def method(self, x): return x * 2
print(Obj().method(4))
def original(a, b):
    "original doc"
    return a + b
original.extra = 'e'
def wrapper(*a): return original(*a)
update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original, wrapper.extra, wrapper(1, 2), wrapper.__qualname__)
def w2(): pass
update_wrapper(w2, original, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'extra'))
class Callable:
    def __call__(self): pass
def w3(): pass
update_wrapper(w3, Callable())
print(w3.__name__, w3.__wrapped__.__class__.__name__)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return ('wrapped', fn(*a, **k))
    return inner
@deco
def target(x): "target doc"; return x
print(target(1), target.__name__, target.__doc__, target.__wrapped__(2))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
