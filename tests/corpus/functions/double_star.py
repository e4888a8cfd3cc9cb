# ** arguments: any mapping (keys() and [key]), dict subclasses, repeated keywords named as CPython names the callable.
def f(**k):
    return k
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2
class D(dict):
    def __iter__(self):
        return iter(['x'])
    def keys(self):
        return ['k2']
    def __getitem__(self, k):
        return 'item'
print(f(**M()), f(**D(a=1)), f(x=0, **{'y': 1}), f(**{'a': 1}, **{'b': 2}))
for call in (lambda: f(a=1, **{'a': 2}), lambda: f(**{'a': 1}, **{'a': 2}), lambda: print(**{'sep': 1}, sep=2),
             lambda: f(**1), lambda: print(**None), lambda: f(**{1: 2}), lambda: f(**M(), a=5)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
class C:
    def m(self, **kw):
        return kw
try:
    C().m(**{'a': 1}, **{'a': 1})
except TypeError as e:
    print('TypeError:', e)
