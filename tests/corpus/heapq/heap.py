# heapq: push/pop/heapify/replace/pushpop layouts, stability, errors, only `<` used.
import heapq


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 11), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 100), h)
print(heapq.heappushpop([], 3))
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, (), 1)
show(heapq.heappop, None)
show(heapq.heapify, (3, 1))
show(heapq.heappushpop, 'ab', 'c')
show(heapq.heappush, [1, 'a'], 2)
h = [(1, 'b'), (1, 'a')]
heapq.heapify(h)
print(h)


class OnlyLt:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%d%s' % (self.k, self.tag)


items = [OnlyLt(k, t) for k, t in zip([3, 1, 3, 1, 2, 2, 3, 1], 'abcdefgh')]
h = list(items)
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = []
for it in items:
    heapq.heappush(h, it)
print(h)
print(heapq.heappushpop(h, OnlyLt(1, 'z')), heapq.heapreplace(h, OnlyLt(0, 'y')), h)

# Big heaps: CPython sifts them in another order; the layout must be the same.
import random
random.seed(5)
big = [OnlyLt(random.randrange(50), str(i)) for i in range(3000)]
h = list(big)
heapq.heapify(h)
print(h[:20], h[-5:])
print([heapq.heappop(h) for _ in range(10)])
