# collections.deque: every method on empty, bounded (maxlen 0, 1, n) and unbounded deques.
from collections import deque
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# Construction, keywords, re-initialisation.
print(deque(), deque([]), deque('abc'), deque(range(5), 3), deque(iterable=[1], maxlen=2))
print(deque(maxlen=2), deque([1, 2], maxlen=None), deque((x * x for x in range(4))))
print(deque({'a': 1, 'b': 2}), deque(iter([1, 2])), deque(range(10), maxlen=True))
d = deque([1, 2, 3], 5)
d.__init__('xy')
print(d, d.maxlen)
d.__init__([9], 1)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
class MyInt(int):
    pass
print(deque([1, 2, 3], MyInt(2)).maxlen)
print(deque.__new__(deque, 1, 2, x=3), type(deque.__new__(deque)))

# Appends and pops at both ends, with and without a bound.
for m in (None, 0, 1, 3):
    d = deque(maxlen=m)
    for i in range(5):
        d.append(i)
        d.appendleft(-i)
    print(m, d, len(d), d.maxlen)
    while d:
        print(d.pop(), d.popleft() if d else None, end=' | ')
    print()
show('pop empty', deque().pop)
show('popleft empty', deque().popleft)

# extend / extendleft from every kind of iterable, and from itself.
d = deque([1])
d.extend([2, 3]); d.extend((4,)); d.extend(range(5, 7)); d.extend('ab'); d.extend(deque([7]))
d.extend({8: 0}); d.extend(x for x in [9]); d.extend(iter([10]))
print(d)
d.extendleft([0, -1]); d.extendleft(deque([-2, -3])); d.extendleft(x for x in (-4,))
print(d)
d = deque('ab'); d.extend(d); print(d)
d = deque('ab'); d.extendleft(d); print(d)
d = deque('abc', 2); d.extend(d); print(d)
d = deque(maxlen=3); d.extend(range(100)); print(d)
d = deque(maxlen=3); d.extendleft(range(100)); print(d)
d = deque([1, 2], maxlen=3); d.extend([3, 4, 5, 6]); print(d)
d = deque([1, 2], maxlen=3); d.extendleft((3, 4, 5, 6)); print(d)
d = deque(maxlen=0); d.extend(range(10)); d.extendleft('abc'); d.append(1); d.appendleft(2); print(d)
consumed = []
def gen():
    for i in range(3):
        consumed.append(i)
        yield i
deque(maxlen=0).extend(gen()); print(consumed)

# insert at every position, negative and huge too.
for i in (-100, -4, -3, -2, -1, 0, 1, 2, 3, 4, 100, 2**62, -2**62):
    d = deque('abc')
    d.insert(i, '*')
    print(i, ''.join(d))
d = deque([1, 2], 3); d.insert(1, 9); print(d)
show('insert full', lambda: deque([1, 2], 2).insert(0, 0))
show('insert maxlen0', lambda: deque(maxlen=0).insert(0, 0))

# remove, index, count, contains.
d = deque([1, 2, 3, 2, 1, 2.0])
print(d.count(2), d.count(1.0), d.count('x'), 2 in d, 'x' in d, 3.0 in d)
d.remove(2); print(d)
d.remove(2.0); print(d)
show('remove missing', lambda: d.remove(42))
show('remove empty', lambda: deque().remove(None))
d = deque('abcdefabc')
for args in (('a',), ('a', 1), ('a', -3), ('c', 0, 3), ('c', 3, -1), ('c', -100, 100),
             ('z',), ('a', 1, 6), ('a', 9), ('a', 100), ('a', 5, 2), ('a', -2**70, 2**70)):
    show('index' + repr(args), lambda: d.index(*args))
nan = float('nan')
print(deque([nan]).count(nan), nan in deque([nan]), deque([nan]).index(nan))

# clear, copy, reverse.
d = deque([1, [2]], 4)
c = d.copy()
print(c, c.maxlen, c is d, c[1] is d[1], c == d)
print(copy.copy(d), copy.copy(d).maxlen, d.__copy__())
e = copy.deepcopy(d)
print(e, e.maxlen, e[1] is d[1])
d.clear(); print(d, len(d), d.maxlen)
for items in ([], [1], [1, 2], [1, 2, 3], list(range(10))):
    r = deque(items); r.reverse(); print(r)
r = deque(range(100)); r.rotate(37); r.reverse(); print(list(r)[:5], list(r)[-5:])

# rotate: every direction, zero, multiples of the length, huge and negative counts.
for n in (0, 1, -1, 2, -2, 3, -3, 4, 5, 6, 11, -11, 2**40, -2**40, 2**63 - 1, -2**63):
    r = deque(range(5)); r.rotate(n); print(n, list(r))
r = deque(range(5)); r.rotate(); print(r)
for items in ([], [1]):
    r = deque(items); r.rotate(10**18); print(r)
big = deque(range(1000)); big.rotate(123456789); print(big[0], big[-1], len(big))
big.rotate(-123456789); print(big[0], big[-1])

# Indexing.
d = deque(range(10))
print(d[0], d[-1], d[3], d[-3], d[True], d[False])
d[0] = 'a'; d[-1] = 'z'; d[5] = 'm'
print(d)
del d[0]; del d[-1]; del d[3]
print(d, len(d))
class Ix:
    def __index__(self):
        return 2
print(d[Ix()])
d[Ix()] = 'ix'; del d[Ix()]; print(d)

# Iteration, reversal, length hints, iterator reduce.
d = deque('abcd')
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(d)
print(next(rit), rit.__length_hint__(), list(rit))
print(list(reversed(deque())), list(iter(deque())), type(iter(d)).__name__, type(reversed(d)).__name__)
it = iter(d); next(it)
cls, (dq, given) = it.__reduce__()
print(cls.__name__, dq is d, given, list(cls(d, given)))
rit = reversed(d); next(rit); next(rit)
cls, (dq, given) = rit.__reduce__()
print(cls.__name__, given, list(cls(d, given)))
print(iter(it) is it, sum(deque(range(101))), sorted(deque([3, 1, 2])), max(deque([3, 9, 1])))
print(list(enumerate(deque('xy'))), dict(deque([('k', 'v')])), tuple(deque((1, 2))))
d = deque([1, 2, 3]); it = iter(d); d[0] = 'set'; print(list(it))
d = deque([1, 2, 3]); it = iter(d); d.reverse(); print(list(it))

# Comparisons.
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == a, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque() == deque(), deque() < deque([0]), deque([1]) < deque([1, 0]), deque([1, 0]) > deque([1]))
print(deque([1], 3) == deque([1]), deque([1]) == [1], deque([1]) != [1], deque([1]) == (1,))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1, 2]), deque([2]) > deque([1, 5]))
print(deque([nan]) == deque([nan]), deque([[1]]) == deque([[1]]), deque(['a', 'b']) < deque(['a', 'c']))
print(a.__eq__([1]), a.__lt__(1), a.__ne__(None))

# Arithmetic.
print(deque([1, 2]) + deque([3]), deque([1], 2) + deque([2, 3]), deque() + deque())
print(deque([1, 2]) * 2, 2 * deque([1, 2]), deque([1, 2]) * 0, deque([1, 2]) * -5, deque([]) * 10)
print(deque([1, 2], 3) * 4, deque([1], 3) * 10, deque([1, 2, 3], 5) * 3, deque([7]) * 4)
print(deque([1, 2]) * True, deque([1, 2]) * Ix(), deque('ab', 0) * 3)
q = deque([1]); q += [2, 3]; q += 'ab'; q += q; print(q)
q = deque([1, 2]); q *= 3; print(q)
q = deque([1, 2], 5); q *= 3; print(q)
q = deque([1]); q *= 0; print(q)
q = deque([1, 2]); q *= 1; print(q)
q = deque([9], 4); q *= 100; print(q)
q = deque([1, 2]); same = q; q += [3]; q *= 2; print(same is q, same)

# repr: nested, self-referencing, long.
s = deque([1]); s.append(s); print(s)
s2 = deque(maxlen=3); s2.append(s2); s2.append([s2]); print(s2)
outer = deque([deque([1, deque()]), [deque('a')]]); print(outer)
l = [1]; dl = deque([l]); l.append(dl); print(dl, l)
print(repr(deque(range(30))), str(deque('ab')), f'{deque([1])}', '%s' % deque([2]))

# Misc protocol pieces.
print(len(deque(range(7))), bool(deque()), bool(deque([0])), deque.__hash__, deque[int], deque[str, int])
print(deque.__name__, deque.__qualname__, deque.__module__, deque.__doc__.splitlines()[0])
print(deque([1, 2], 3).__reduce__()[:3], deque([1]).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
print(isinstance(deque(), deque), issubclass(deque, object), type(deque()) is deque)
from collections.abc import MutableSequence, Sequence, Iterable, Reversible
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence), isinstance(deque(), Reversible))
import _collections
print(_collections.deque is deque, _collections._deque_iterator is type(iter(deque())),
      _collections._deque_reverse_iterator is type(reversed(deque())))
print(deque().__sizeof__() == deque([1]).__sizeof__(), deque(range(100)).__sizeof__() > deque().__sizeof__())
m = deque(range(10**5), 10); print(m, len(m))
