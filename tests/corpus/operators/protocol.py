# The operator protocol with user classes: reflection, NotImplemented, in-place
# fallbacks, truth, membership, __index__, rounding hooks, __hash__ = None, __reversed__.
import math

class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return V(self.x * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    __hash__ = None

print(V(1) + V(2), V(1) + 3, 3 + V(1), V(2) * 3, 3 * V(2), sum([V(1), V(2)], V(0)))
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1)]))
for expr in (lambda: V(1) + 'a', lambda: 'a' + V(1), lambda: V(1) - V(2), lambda: hash(V(1)), lambda: V(1) <= V(2), lambda: {V(1)}):
    try:
        print(expr())
    except TypeError as e:
        print('TypeError:', e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return OnlyAdd(self.n + o)
a = Acc()
a += 1
a += 2
b = OnlyAdd(1)
b0 = b
b += 5
print(a.items, b.n, b is b0)
try:
    c = Acc()
    c -= 1
except TypeError as e:
    print('TypeError:', e)

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(Truth(True)), bool(Truth(False)), bool(Sized()), not Sized(), 'yes' if Truth(True) else 'no')
for v in (BadBool(), BadLen()):
    try:
        bool(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class Container:
    def __contains__(self, x):
        return x == 'magic'
print(2 in Iterable(), 5 in Iterable(), 20 in GetItem(), 25 in GetItem(), 'magic' in Container(), 'x' not in Container())
print(list(GetItem()), list(reversed([1, 2])))
try:
    1 in V(1)
except TypeError as e:
    print('TypeError:', e)

class Idx:
    def __index__(self):
        return 2
seq = [10, 20, 30, 40]
print(seq[Idx()], seq[Idx():], 'abcd'[Idx()], range(10)[Idx()], hex(Idx()), bin(Idx()), oct(Idx()), [0] * Idx(), bytes(Idx()), seq[:Idx()])



class Num:
    def __round__(self, n=None):
        return ('round', n)
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __format__(self, spec):
        return f'<{spec}>'
n = Num()
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), format(n, 'x'), f'{n:>5}', '{:abc}'.format(n))

class Rev:
    def __reversed__(self):
        return iter('cba')
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Rev())), list(Rev()))
