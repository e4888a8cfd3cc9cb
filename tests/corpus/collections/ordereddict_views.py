from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
while od: print(od.popitem())
od = OrderedDict.fromkeys(range(5))
print([od.popitem(last=False)[0] for _ in range(2)], list(od))
class Sub(OrderedDict):
    def __setitem__(self, k, v): print('set', k); super().__setitem__(k, v)
s = Sub(); s['x'] = 1; s.update(y=2); print(s)
d = {'x': 1, 'y': 2}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), type(reversed(d.items())).__name__ != '')
print(OrderedDict([('a', 1)], b=2), OrderedDict({'z': 0}), OrderedDict(OrderedDict(q=1)))
try: OrderedDict(1)
except TypeError as e: print('TypeError')
try: OrderedDict([1])
except TypeError as e: print('TypeError')
