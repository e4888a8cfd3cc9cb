# Subclasses of set and frozenset: operators, methods, in-place forms, hashing.
class Tags(set): pass
class F(frozenset): pass
a = Tags([1, 2])
print(a < {1, 2, 3}, {1} <= a, a.issubset(Tags([1, 2, 5])), a | Tags([9]), {0} | a, a & {2}, a - {1}, a ^ {7}, a == {1, 2}, a != {1})
print({1, 2}.isdisjoint(a), {1}.union(a), a.union({3}), type(a.union({3})).__name__, F([1]) | F([2]), type(F([1]) | F([2])).__name__)
a |= {5}
a &= {1, 5}
print(a, type(a).__name__, frozenset(a), set(a), F([3]) in {F([3]): 1}, {frozenset([3]): 1}[F([3])], 1 in a)
print(a.copy(), type(a.copy()).__name__, sorted(a), len(a), a.pop() in (1, 5), F(), hash(F([1, 2])) == hash(frozenset([1, 2])))
