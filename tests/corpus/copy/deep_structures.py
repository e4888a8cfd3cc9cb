import copy
class Node:
    def __init__(self, val, children=()):
        self.val = val; self.children = list(children); self.parent = None
        for c in self.children: c.parent = self
    def __repr__(self): return f'Node({self.val!r}, {self.children!r})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
print(t2, t2 is not tree, t2.children[0].parent is t2, t2.children[1].children[0].parent is t2.children[1])
t3 = copy.copy(tree); print(t3.children is tree.children, t3.val)
d = {'a': [1, 2], 'b': {'c': (3, [4])}}
d2 = copy.deepcopy(d); d2['a'].append(9); d2['b']['c'][1].append(5); print(d, d2)
shared = [0]; both = [shared, shared]; c = copy.deepcopy(both); print(c[0] is c[1], c[0] is shared)
selfref = {}; selfref['me'] = selfref; s2 = copy.deepcopy(selfref); print(s2['me'] is s2, s2 is not selfref)
tup = ([],); tup2 = copy.deepcopy(tup); print(tup2 is tup, tup2[0] is tup[0], copy.deepcopy((1, 'a', None)) == (1, 'a', None))
rec = []; rt = (rec,); rec.append(rt); r2 = copy.deepcopy(rt); print(r2[0][0] is r2, type(r2).__name__)
class Custom:
    def __init__(self): self.items = [1]; self.copied = False
    def __deepcopy__(self, memo):
        new = Custom(); new.items = copy.deepcopy(self.items, memo); new.copied = True; return new
cu = copy.deepcopy([Custom()])[0]; print(cu.copied, cu.items)
class Red:
    def __init__(self, a, b=0): self.a = a; self.b = b
    def __reduce__(self): return (Red, (self.a,), {'b': self.b * 10})
rr = copy.copy(Red(1, 2)); print(rr.a, rr.b); rd = copy.deepcopy(Red([1], 3)); print(rd.a, rd.b)
class RedStr:
    def __reduce__(self): return 'global_name'
x = RedStr(); print(copy.copy(x) is x, copy.deepcopy(x) is x)
class NewArgs(int):
    pass
n = copy.copy(NewArgs(7)); print(n, type(n).__name__)
class LS(list):
    pass
ls = LS([1, [2]]); ls.tag = 't'; l2 = copy.deepcopy(ls); print(l2, type(l2).__name__, l2.tag, l2[1] is ls[1])
l3 = copy.copy(ls); print(l3, type(l3).__name__, l3[1] is ls[1])
class DS(dict):
    pass
ds = DS(a=[1]); d3 = copy.deepcopy(ds); print(d3, type(d3).__name__, d3['a'] is ds['a'])
print(copy.copy([1, 2]), copy.copy({'a': 1}), copy.copy(bytearray(b'ab')), copy.copy((1, 2)), copy.copy(frozenset()), copy.copy(None), copy.copy(range(3)))
f = lambda: 1; print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Node) is Node, copy.deepcopy(print) is print)
memo = {}; lst = [1]; out = copy.deepcopy(lst, memo); print(memo[id(lst)] is out, len(memo))
class Slots:
    __slots__ = ('a', 'b')
s = Slots(); s.a = [1]; s3 = copy.copy(s); print(s3.a is s.a, hasattr(s3, 'b')); s4 = copy.deepcopy(s); print(s4.a, s4.a is s.a)
class Both:
    def __init__(self): self.x = 1
    def __copy__(self): return 'shallow'
print(copy.copy(Both()), copy.deepcopy(Both()).x)
try: raise copy.Error('bad')
except copy.Error as e: print(type(e).__name__, e)
class SS(set): pass
ss = SS([1, 2]); ss.n = 1; s5 = copy.copy(ss); print(sorted(s5), type(s5).__name__, s5.n); s6 = copy.deepcopy(ss); print(sorted(s6), s6.n)
class BA(bytearray): pass
print(copy.copy(BA(b'xy')), type(copy.deepcopy(BA(b'z'))).__name__)
class FS(frozenset): pass
print(sorted(copy.copy(FS([3, 4]))), type(copy.deepcopy(FS([1]))).__name__)
class TS(tuple): pass
print(copy.deepcopy(TS(([1], 2))), type(copy.copy(TS((1,)))).__name__)
