# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise,
# zip_longest: values, laziness and argument errors.
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, zip_longest, islice, count)


def show(f, *args, **kw):
    try:
        print(list(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def noisy(xs, log):
    for x in xs:
        log.append(x)
        yield x


show(accumulate, [1, 2, 3, 4])
show(accumulate, [1, 2, 3, 4], operator.mul)
show(accumulate, [3, 1, 4, 1, 5], max)
show(accumulate, [1, 2], initial=100)
show(accumulate, [], initial=5)
show(accumulate, [])
show(accumulate, ['a', 'b', 'c'])
show(accumulate, [1, 'a'])
show(accumulate, 1)
show(accumulate, [1], x=1)
show(accumulate, [1], None, None)
show(accumulate, iterable=[1, 2], func=operator.sub)
show(accumulate, [1.5, 2, 3j])
show(accumulate, [1, 2, 3], None, initial=None)

show(chain, 'ab', [1, 2], (), range(2))
show(chain)
show(chain, 'a', 1)
show(chain, x=1)
show(chain.from_iterable, ['ab', 'cd'])
show(chain.from_iterable, 1)
show(chain.from_iterable, [1])
log = []
c = chain(noisy([1, 2], log), noisy([3], log))
print(next(c), log)
print(list(c), log)
print(list(islice(chain.from_iterable(map(range, count())), 8)))

show(compress, 'abcdef', [1, 0, 1, 0, 1, 1])
show(compress, 'abc', [1])
show(compress, 'a', [1, 1, 1])
show(compress, range(10), count())
show(compress, [1])
show(compress, data=[1, 2], selectors=[0, 1])
show(compress, 1, [1])

show(dropwhile, lambda x: x < 5, [1, 4, 6, 4, 1])
show(dropwhile, lambda x: x < 5, [])
show(dropwhile, lambda x: True, [1, 2])
show(dropwhile, None, [1])
show(dropwhile, bool)
show(dropwhile, bool, [1], x=1)
show(takewhile, lambda x: x < 5, [1, 4, 6, 4, 1])
show(takewhile, lambda x: x < 5, [])
show(takewhile, 1, [1])
show(takewhile, bool, 1)
t = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(t), list(t))
show(filterfalse, lambda x: x % 2, range(10))
show(filterfalse, None, [0, 1, '', 'a', None, [], [0]])
show(filterfalse, 1, [1])
show(filterfalse, None)

show(starmap, pow, [(2, 5), (3, 2), (10, 3)])
show(starmap, operator.add, ['ab', [1, 2]])
show(starmap, pow, [1])
show(starmap, pow)
show(starmap, pow, 1)
show(starmap, lambda *a: a, [(), (1,), iter([2, 3])])

show(pairwise, 'abcde')
show(pairwise, 'a')
show(pairwise, '')
show(pairwise, 1)
show(pairwise)
show(pairwise, 'ab', 'cd')
p = pairwise(iter([1, 2, 3]))
print(next(p), next(p), list(p), list(p))

show(zip_longest, 'abcd', 'xy', fillvalue='-')
show(zip_longest, 'ab', range(3))
show(zip_longest)
show(zip_longest, 'a')
show(zip_longest, [], [])
show(zip_longest, [1], x=1)
show(zip_longest, 1)
z = zip_longest([1, 2], [3])
print(next(z), next(z), list(z), list(z))

# An input of chain() that is not iterable raises once, and ends the chain.
broken = chain([1], 2, [3])
print(next(broken))
try:
    next(broken)
except TypeError as e:
    print("TypeError:", e)
print(list(broken))
