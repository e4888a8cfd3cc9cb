from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod, cached_property, partialmethod
import functools
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v == o.v
    def __gt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v > o.v
    def __repr__(self): return f'V({self.v})'
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), a <= V(1), b >= V(2), sorted([b, a, V(0)]))
try: a < 5
except TypeError as e: print(e)
print(V.__lt__.__name__, V.__le__.__name__, V.__ge__.__name__)
for root in ('__le__', '__ge__', '__lt__'):
    ns = {'__init__': lambda s, v: setattr(s, 'v', v), '__eq__': lambda s, o: s.v == o.v,
          root: (lambda op: lambda s, o: op(s.v, o.v))({'__le__': int.__le__, '__ge__': int.__ge__, '__lt__': int.__lt__}[root])}
    C = total_ordering(type('C', (), ns))
    x, y = C(1), C(2)
    print(root, x < y, x <= y, x > y, x >= y, y < x, y >= x, x <= C(1))
try:
    @total_ordering
    class NoOrder:
        def __eq__(self, o): return True
except ValueError as e: print(e)
def cmp(a, b): return (a > b) - (a < b)
print(sorted(['b', 'C', 'a'], key=cmp_to_key(lambda x, y: cmp(x.lower(), y.lower()))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) != K(1))
try: hash(K(1))
except TypeError as e: print('TypeError')
print(max([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
@singledispatch
def show(x): return f'object {x!r}'
@show.register(int)
def _(x): return f'int {x}'
@show.register(float)
@show.register(complex)
def _(x): return f'number {x}'
def show_list(x): return f'list of {len(x)}'
show.register(list, show_list)
from collections.abc import Mapping, Sequence
@show.register(Mapping)
def _(x): return f'mapping {sorted(x)}'
@show.register(Sequence)
def _(x): return f'sequence {len(x)}'
print(show(1), show(True), show(1.5), show(2j), show([1, 2]), show({'a': 1}), show((1, 2, 3)), show('abc'), show(None))
class MyInt(int): pass
print(show(MyInt(3)), show.dispatch(bool) is show.dispatch(int), show.dispatch(object) is show.registry[object], sorted(k.__name__ for k in show.registry))
try: show()
except TypeError as e: print(e)
try: show.register(5)
except TypeError as e: print(e)
try: show.register(5, lambda x: x)
except TypeError as e: print(e)
print(show.__name__, show.__wrapped__.__name__)
class Greeter:
    @singledispatchmethod
    def greet(self, arg): return 'generic'
    @greet.register(str)
    def _(self, arg): return 'hello ' + arg
    @greet.register(int)
    def _(self, arg): return 'number ' + str(arg)
g = Greeter(); print(g.greet('bob'), g.greet(5), g.greet([]), Greeter.greet.__name__)
class Lazy:
    def __init__(self): self.count = 0
    @cached_property
    def data(self):
        "the data"
        self.count += 1
        return [self.count]
l = Lazy(); print(l.data, l.data, l.count, Lazy.data.__doc__, type(Lazy.__dict__['data']).__name__)
l.data = 'over'; print(l.data); del l.data; print(l.data, l.count)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def y(self): return 1
try: Slotted().y
except TypeError as e: print(e)
cp = cached_property(lambda self: 1)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e: print(type(e).__name__)
class Acc:
    def __init__(self): self.v = 0
    def add(self, n, mult=1): self.v += n * mult; return self.v
    add5 = partialmethod(add, 5)
    add_double = partialmethod(add, mult=2)
acc = Acc(); print(acc.add5(), acc.add_double(10), acc.add5(mult=3), acc.v)
print(repr(Acc.__dict__['add5']).startswith('functools.partialmethod(<function Acc.add'))
