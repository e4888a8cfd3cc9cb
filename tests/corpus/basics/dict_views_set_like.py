# Keys and items views compare as sets do (with sets, frozensets and each other); a
# values view by identity. Membership looks the key up; values are searched.
d={1:2}
import operator as o
for op in ['eq','ne','lt','le','gt','ge']:
  f = getattr(o, op)
  for other in [{1},{(1,2)},{1:2}.keys(),{1:2}.items(),[1],frozenset({(1,2)}), {1:2}.values(), set(), {1, 3}]:
    for pair in [(d.keys(), other), (d.items(), other), (other, d.keys()), (other, d.items()), (d.values(), other)]:
      try: print(op, f(*pair), end="; ")
      except TypeError as e: print(op, 'TypeError', e, end="; ")
    print()
print((1,2) in d.items(), [1,2] in d.items(), (1,) in d.items(), 1 in d.items(), 2 in d.values(), 1 in d.keys(), 5 in d.keys())
for bad in [([], 1), []]:
  for v in (d.items(), d.keys(), d.values()):
    try: print(bad in v)
    except TypeError as e: print(e)
e = {}
print(e.keys() == set(), e.items() == frozenset(), e.keys() < {1}, e.values() == e.values())
big = dict.fromkeys(range(100))
print(big.keys() == set(range(100)), big.keys() >= set(range(50)), big.keys() > big.keys(), big.items() <= set(big.items()))
class K:
  def __eq__(s, o): print("K.__eq__"); return True
  __hash__ = object.__hash__
k = K()
d2 = {1: k}
print((1, k) in d2.items(), (1, 0) in d2.items())
