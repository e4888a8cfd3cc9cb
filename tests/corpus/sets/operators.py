# Operators and comparisons between sets and frozensets; only sets are accepted.
def t(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

a, b = {1, 2, 3}, frozenset({2, 3, 4})
for x, y in [(a, b), (b, a), (a, a), (set(), a), (frozenset(), frozenset())]:
    print(x | y, x & y, x - y, x ^ y)
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
t('set | list', lambda: a | [1])
t('list | set', lambda: [1] | a)
t('set & int', lambda: a & 1)
t('set - tuple', lambda: a - (1,))
t('set ^ str', lambda: a ^ 'a')
t('set + set', lambda: a + a)
t('set * 2', lambda: a * 2)
t('set < list', lambda: a < [1])
t('set >= str', lambda: a >= '1')
t('set == list', lambda: a == [1, 2, 3])
t('set == frozenset', lambda: {1, 2} == frozenset([2, 1]))
t('dict keys', lambda: {frozenset({1, 2}): 'x'}[frozenset([2, 1])])
t('set as dict key', lambda: {a: 1})
u = v = {1, 2, 3}
u |= {4}
print(u is v, v)
u &= frozenset({1, 2, 4, 5})
print(u is v, v)
u -= {1}
print(u is v, v)
u ^= {2, 9}
print(u is v, v)
def aug(op):
    w = {1}
    try:
        if op == '|': w |= [2]
        if op == '&': w &= [2]
        if op == '-': w -= [2]
        if op == '^': w ^= [2]
    except TypeError as e:
        print(op, 'TypeError', e)
for op in '|&-^':
    aug(op)
f = g = frozenset({1})
f |= {2}
print(f, g, f is g)
f = frozenset({1, 2})
f -= {1}
print(f, type(f).__name__)
print(1 in a, 5 in a, {1} in {frozenset({1})}, set() in {frozenset()}, frozenset() in a)
t('list in set', lambda: [] in a)
t('dict in set', lambda: {} in a)
t('hash set', lambda: hash(a))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({-1})), hash(frozenset({(1, 2), 3.5})))
print(hash(frozenset({frozenset({1}), frozenset()})), hash(frozenset(range(100))))
print(frozenset({1, 2}) == frozenset({1, 2}), {frozenset({1, 2}), frozenset([2, 1])})
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) is fs, frozenset(fs.copy()) is fs, frozenset() == set())
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'E(%d)' % self.v
es = {E(1), E(2), E(1)}
print(len(es), E(1) in es, E(3) in es, sorted(x.v for x in es))
print({E(1)} == {E(1)}, {E(1)} <= {E(1), E(2)}, {E(1), E(2)} - {E(2)})
