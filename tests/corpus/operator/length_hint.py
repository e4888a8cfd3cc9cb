# operator.length_hint over the built-in iterators (their __length_hint__) and objects.
from operator import length_hint


def hints(it, steps):
    out = [length_hint(it)]
    for _ in range(steps):
        next(it, None)
        out.append(length_hint(it))
    return out


print(hints(iter([1, 2, 3]), 4))
print(hints(iter((1, 2)), 3))
print(hints(iter('abc'), 4))
print(hints(iter('é€😀x'), 5))
print(hints(iter(b'ab'), 3))
print(hints(iter(bytearray(b'abc')), 2))
print(hints(iter(range(10)), 3))
print(hints(iter(range(10, 0, -3)), 5))
print(hints(iter(range(5, 5)), 1))
print(hints(reversed([1, 2, 3]), 4))
print(hints(reversed('abcd'), 2))
print(hints(reversed((1, 2)), 3))
print(iter([1, 2]).__length_hint__(), iter(range(2**40)).__length_hint__())
lst = [1, 2, 3]
it = iter(lst)
lst.clear()
print(length_hint(it))
lst = [1, 2, 3]
it = reversed(lst)
next(it)
lst.clear()
print(length_hint(it))
it = iter(range(3))
print(list(it), it.__length_hint__())
print(length_hint(map(int, [1])), length_hint(zip(), 4), length_hint(x for x in []))
print(length_hint(5, 3), length_hint({}, 2), length_hint({1: 2}), length_hint(set()))
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print(type(e).__name__)
