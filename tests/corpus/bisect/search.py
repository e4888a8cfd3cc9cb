# bisect_left/right, insort_left/right: lo, hi, key, errors, only `<` used.
import bisect


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 2, lo=4, hi=6))
print(bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, hi=-5), bisect.bisect(a, 2, 0, 100 - 93))
print(bisect.bisect_left([], 1), bisect.bisect_right('abcd', 'c'), bisect.bisect((1, 3), 2))
show(bisect.bisect, a, 2, -1)
show(bisect.bisect_left, a, 2, 1.0)
show(bisect.bisect_right, a, 2, None)
show(bisect.bisect, a, 2, hi=None)
show(bisect.bisect, 1, 2)
show(bisect.bisect, a, 2, 0, 10)
show(bisect.bisect_left, a, 2, 0, 2**70)
show(bisect.bisect, [1], 'a')
show(bisect.bisect, a=[1, 2], x=1)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

rows = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(bisect.bisect_left(rows, 3, key=key), bisect.bisect_right(rows, 3, key=key))
print(bisect.bisect_left(rows, 3, 2, key=key), bisect.bisect_right(rows, 3, 0, 2, key=key))
show(bisect.bisect, rows, 3, key=1)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
bisect.insort_left(b, 100, 3, 4)
print(b)
r = list(rows)
bisect.insort(r, ('x', 3), key=key)
bisect.insort_left(r, ('y', 3), key=key)
print(r)
show(bisect.insort, (1, 2), 3)
show(bisect.insort, [1], 2, -1)


class OnlyLt:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%d%s' % (self.k, self.tag)


s = [OnlyLt(k, 'a') for k in [1, 2, 2, 3]]
bisect.insort(s, OnlyLt(2, 'r'))
bisect.insort_left(s, OnlyLt(2, 'l'))
print(s)
