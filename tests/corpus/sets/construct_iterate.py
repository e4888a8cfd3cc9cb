# Constructors from any iterable, repr, iteration, and mutation during iteration.
def t(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(set(), frozenset(), set([]), frozenset(()), set('aaa'), set(range(5)), set({3: 1, 1: 2}))
print(set(x * 2 for x in range(5)), frozenset(iter([3, 2, 1])), set(b'\x01\x02'))
print(repr({1}), str(frozenset({1})), [set(), frozenset()], {frozenset(): frozenset({frozenset()})})
t('set int', lambda: set(1))
t('set two', lambda: set([1], [2]))
t('set kw', lambda: set(iterable=[1]))
t('frozenset int', lambda: frozenset(1))
t('frozenset two', lambda: frozenset(1, 2))
t('frozenset kw', lambda: frozenset(iterable=[]))
t('unhashable item', lambda: set([[1]]))
t('unhashable display', lambda: {[1]})
t('set in set', lambda: {{1}})
t('set in frozenset', lambda: frozenset([{1}]))
class R:
    def __init__(self, s): self.s = s
    def __repr__(self): return 'R(' + repr(self.s) + ')'
    def __hash__(self): return 1
s = set()
s.add(R(s))
print(s)
box = []
f = frozenset([R(box)])
box.append(f)
print(f)
s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
t('add during iteration', grow)
def shrink():
    for x in s:
        s.discard(x)
t('discard during iteration', shrink)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(99)
t('next after change', lambda: next(it))
t('next again', lambda: next(it))
s = {1, 2, 3}
it = iter(s)
print(list(it), list(it))
s.add(4)
t('exhausted stays exhausted', lambda: list(it))
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x + 100)
    break
print(s)
it = iter({5, 6})
print(type(it).__name__, next(it), next(it))
t('next past end', lambda: next(it))
print(len({1, 1.0, True}), {1, 1.0, True}, {0, 0.0, False, -0.0}, {1.0, 1})
print(bool(set()), bool({0}), len(frozenset('abcabc')))
print(sorted({'b', 'a', 'c'}), sorted(frozenset('hello')))
