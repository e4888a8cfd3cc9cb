# Subclasses of list, tuple, dict, set and frozenset.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, repr(s), len(s), s.peek(), s[0], s[1:], type(s[1:]).__name__, s == [1, 2, 3], s + [4], type(s + [4]).__name__)
print(s * 2, list(s), sorted(s, reverse=True), 2 in s, s.index(2), s.count(1), bool(Stack()), list(reversed(s)))
s += [4]
print(s, type(s).__name__)
s[0] = 100
del s[1]
s.extend(range(2))
s.sort()
print(s, s.pop(), s, isinstance(s, list), type(s.copy()).__name__)

class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named('xs', 'abc')
print(n, n.name, len(n))

class Silent(list):
    def __init__(self, *args):
        pass
print(Silent([1, 2]), len(Silent([1, 2])))

class Checked(list):
    def __getitem__(self, i):
        return ('got', list.__getitem__(self, i))
    def __len__(self):
        return 99
c = Checked([5, 6])
print(c[0], len(c), list(c), 5 in c, bool(c))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p[:1]).__name__, hash(p) == hash((3, 4)), p == (3, 4), {p: 1}[(3, 4)])
a, b = p
print(a, b, *p)

class Registry(dict):
    def __missing__(self, key):
        return f"<{key}>"

r = Registry(a=1)
r['b'] = 2
print(r, r['a'], r['zz'], r.get('zz'), 'zz' in r, len(r), list(r), r.keys(), r.items())
print({**r}, dict(r), type(r.copy()).__name__, r == {'a': 1, 'b': 2}, Registry.fromkeys('ab', 0))
del r['a']
r.update(c=3)
print(r, r.pop('b'), r.setdefault('d', 4), r)

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo['ABC'] = 1
print(lo, lo['aBc'], {**lo}, lo.get('ABC'))

class Tags(set):
    pass
t = Tags([1, 2])
t.add(3)
print(t, len(t), 2 in t, t | {4}, type(t | {4}).__name__, t == {1, 2, 3}, Tags(), sorted(t))

class Frozen(frozenset):
    pass
fz = Frozen([1])
print(fz, Frozen(), hash(fz) == hash(frozenset([1])), fz | {2}, type(fz | {2}).__name__)

try:
    Stack(1, 2)
except TypeError as e:
    print(e)
try:
    Registry(1)
except TypeError as e:
    print(e)
