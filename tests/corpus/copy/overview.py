import copy
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'])
p = P([1], {'a': 2}); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
class CC:
    def __init__(self): self.v = 1
    def __copy__(self): print('copy called'); return 'copied'
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return 'deep'
print(copy.copy(CC()), copy.deepcopy(CC()))
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy(3.5), copy.deepcopy('x'))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=3)))
Pt = namedtuple('Pt', 'x y'); print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt([1], 2)))
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': 99}
    def __setstate__(self, st): self.a = st['a'] + 1
print(copy.copy(WithState()).a)
