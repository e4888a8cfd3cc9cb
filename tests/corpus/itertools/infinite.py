# count, cycle, repeat: values, reprs, length hints and argument errors.
from itertools import count, cycle, repeat, islice


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(2**64), 2)))
print(list(islice(count(1j, 1), 2)))
c = count(3)
next(c)
print(repr(c), next(c), repr(c))
for args in [(), (5,), (5, 2), (1.5,), (1, 1.0), (2**70,), (0, True), (0, -1), (0.0, 2)]:
    print(repr(count(*args)))
print(repr(count(start=4, step=3)))
show(count, 'a')
show(count, 1, 'a')
show(count, None)


class MyCount(count):
    pass


print(repr(MyCount(3)), list(islice(MyCount(3, 2), 3)))

print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
print(list(islice(cycle(range(2)), 5)))
g = (x for x in [1, 2])
print(list(islice(cycle(g), 6)))
show(cycle, 1)
show(cycle, [1], [2])
show(cycle)
show(cycle, [1], x=2)

print(list(repeat('x', 3)))
print(list(repeat('x', 0)), list(repeat('x', -2)))
print(list(islice(repeat(None), 4)))
print(list(map(pow, range(5), repeat(2))))
for r in [repeat(1), repeat('a', 3), repeat(1, -4), repeat(None, 0), repeat(times=2, object=[1])]:
    print(repr(r))
r = repeat(7, 3)
next(r)
print(repr(r), r.__length_hint__())
show(repeat(1).__length_hint__)
show(repeat)
show(repeat, 1, 'a')
show(repeat, 1, 2, 3)
show(repeat, 1, 2.0)
