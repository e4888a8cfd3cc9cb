# The itertools types: names, modules, subclassing, iterator protocol, unbound calls.
import itertools
from itertools import count, repeat, chain, islice, product, permutations

names = ['count', 'repeat', 'cycle', 'chain', 'compress', 'dropwhile', 'takewhile',
         'filterfalse', 'starmap', 'accumulate', 'pairwise', 'zip_longest', 'islice',
         'product', 'permutations', 'combinations', 'combinations_with_replacement',
         'groupby']
for n in names:
    t = getattr(itertools, n)
    print(n, type(t).__name__, t.__name__, t.__module__, hasattr(t, '__next__'),
          hasattr(t, '__iter__'), bool(t.__doc__))
print(callable(itertools.tee), itertools.tee.__name__)


class Evens(count):
    def __init__(self, start):
        self.start = start

    def __next__(self):
        return super().__next__() * 2


e = Evens(3)
print(repr(e), e.start, next(e), next(e), isinstance(e, count), type(e).__name__)


class Tagged(chain):
    tag = 'T'


t = Tagged('ab', 'c')
print(list(t), t.tag, type(Tagged.from_iterable(['xy'])).__name__, list(Tagged.from_iterable(['xy'])))
print(type(chain.from_iterable([])).__name__, list(chain().from_iterable(['q'])))

it = count(5)
print(iter(it) is it, it.__next__(), next(it), count.__next__(it), count.__repr__(it))
print(repeat.__length_hint__(repeat('x', 2)), list(map(len, repeat('ab', 3))))
p = product('ab', repeat=2)
print(next(p), list(p), list(p))
print(list(zip(count(), 'abc')), dict(zip('xyz', repeat(0))))
print(sorted(permutations('cab', 2))[:3], max(islice(count(7), 4)))
print(sum(islice(count(1, 0.5), 5)), list(islice(count(10, -2.5), 3)))
try:
    count.__next__(5)
except TypeError as ex:
    print('TypeError')
g = (x for x in chain('ab', 'cd'))
print(list(g))
