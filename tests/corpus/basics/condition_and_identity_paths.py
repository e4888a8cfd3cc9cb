# Conditions decided without building bools (one comparison, `not`, `is`), generator
# methods through the call-site cache, and indexing of list and tuple subclasses.
from array import array
from collections import namedtuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = array('b', [1])
b = array('b', [1])
print(a is b, a is not b, a is a, a == b, a is not a)
for x, y in [(1, 1), (None, None), ([], []), (True, 1), (a, a), (a, b)]:
    print(x is y, x is not y, (lambda: x)() is y)


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Weird(self.v < other)

    def __eq__(self, other):
        return self.v == other

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return bool(self.v)


def check(o, n):
    if o < n:
        print('lt', n)
    else:
        print('not lt', n)
    if not o < n:
        print('not (lt)', n)
    while o < n:
        print('while')
        break


check(Weird(3), 5)
check(Weird(3), 1)
t(lambda: check(Weird(None), 1))


def cmp_errors():
    x = 3
    if x % 2 == 'a':
        print('never')
    if x % 2 < 'a':
        print('never')


t(cmp_errors)


def ints(n):
    hits = []
    for i in range(n):
        if i % 3 == 0 and i * i > 10 or -i >= 0:
            hits.append(i)
        if not i % 4 == 1:
            hits.append(-i)
        if i ** 2 != i * i or (2 ** 70) < i:
            hits.append('never')
    return hits


print(ints(12))


# Generator methods through one call site: before start, running, after finish.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


g = acc()
for v in [1, None, 5, None]:
    t(lambda: g.send(v))
g = acc()
next(g)
for v in [1, 2, 3]:
    print(g.send(v))
t(lambda: g.throw(KeyError('k')))
t(lambda: g.send(1))
t(lambda: g.close())


def reenter():
    yield me.send(None)


me = reenter()
t(lambda: next(me))


# Subclasses of list and tuple indexed without their own __getitem__, then with one.
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, p[0], p[-1], p[0:1], p[::-1])
t(lambda: p[2])
t(lambda: p['x'])


class L(list):
    pass


class T(tuple):
    pass


lst, tup = L([1, 2, 3]), T((4, 5))
print(lst[0], lst[-1], lst[1:], tup[1], tup[:1], type(lst[1:]).__name__, type(tup[:1]).__name__)
t(lambda: lst[5])
t(lambda: tup[True])
L.__getitem__ = lambda self, i: ('own', i)
print(lst[0], lst[1:2])
del L.__getitem__
print(lst[0])
