# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def show(f, *args, **kw):
    try:
        print(list(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show(product, 'ab', range(3))
show(product, [1, 2], repeat=2)
show(product)
show(product, repeat=0)
show(product, 'ab', [])
show(product, [], 'ab')
show(product, 'ab', repeat=-1)
show(product, 'ab', x=2)
show(product, 1)
show(product, iter([1, 2]), (x for x in 'xy'))
print(len(list(product(range(3), repeat=4))))

show(permutations, 'abc')
show(permutations, range(4), 2)
show(permutations, 'ab', 0)
show(permutations, 'ab', 3)
show(permutations, [])
show(permutations, 'ab', None)
show(permutations, 'ab', -1)
show(permutations, 'ab', 'a')
show(permutations, 'ab', 1.0)
show(permutations, 'ab', True)
show(permutations, 1)
show(permutations)
show(permutations, 'ab', r=1)
print(len(list(permutations(range(6), 4))))

show(combinations, 'abcd', 2)
show(combinations, range(5), 3)
show(combinations, 'ab', 0)
show(combinations, 'ab', 3)
show(combinations, [], 0)
show(combinations, 'ab', -1)
show(combinations, 'ab', 'a')
show(combinations, 'ab', 1.5)
show(combinations, 'ab')
show(combinations, 'ab', 1, r=2)
show(combinations, iterable='abc', r=2)
show(combinations, 'abc', 2, x=1)
print(len(list(combinations(range(10), 4))))

show(cwr, 'abc', 2)
show(cwr, range(3), 3)
show(cwr, 'ab', 0)
show(cwr, [], 0)
show(cwr, [], 2)
show(cwr, 'ab', -1)
show(cwr, 'ab', None)
show(cwr, 'ab')
print(len(list(cwr(range(5), 4))))

it = combinations('abc', 2)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
print(list(it))
