# One call site re-entered while its arguments are evaluated: keyword calls whose
# argument calls the same site again (with another function, or after the defaults
# changed), and built-in methods called with no, one or several positional arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def a(x, y=1, *, z=2):
    return ('a', x, y, z)


def b(y, x, z=5):
    return ('b', x, y, z)


def site(func, depth):
    # The same call site: its argument runs the site again with another function.
    if depth == 0:
        return func(x=0, y=0)
    return func(x=site(b if func is a else a, depth - 1), y=depth)


t(lambda: site(a, 4))
t(lambda: site(b, 3))


def kw(n, step=1):
    if n <= 0:
        return 0
    kw.__defaults__ = (step + 1,)
    return n + kw(n=n - step)


t(lambda: kw(n=20))
kw.__defaults__ = (1,)


def c(p, q=2, *, r):
    return (p, q, r)


for i in range(3):
    t(lambda: c(p=i, r=i * 2))
    c.__kwdefaults__ = {'r': 9}
    t(lambda: c(p=i))
    c.__kwdefaults__ = None
    t(lambda: c(p=i))

# Built-in methods through one site, each shape of arguments.
items = []
for v in ([], [1], [1, 2], [1, 2, 3]):
    try:
        items.append(*v)
    except TypeError as e:
        print('TypeError', e)
print(items)
d = {}
for args in [(), ('k',), ('k', 1), ('k', 1, 2)]:
    try:
        print(d.get(*args))
    except TypeError as e:
        print('TypeError', e)
s = 'a,b,,c'
for args in [(), (',',), (',', 1), (',', 1, 2)]:
    try:
        print(s.split(*args))
    except TypeError as e:
        print('TypeError', e)


def boom():
    raise KeyError('arg')


for obj in [[], {}, 'x']:
    try:
        obj.count(boom())
    except (KeyError, AttributeError) as e:
        print(type(e).__name__, e)


# A missing method fails before its arguments run.
class Lazy:
    def __getattr__(self, name):
        print('getattr', name)
        raise AttributeError(name)


for obj in [[], {}, 'x', Lazy(), 3]:
    try:
        obj.nope(boom())
    except AttributeError as e:
        print('AttributeError', e)
    try:
        obj.nope(boom(), key=1)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        obj.nope(**{'a': boom()})
    except AttributeError as e:
        print('AttributeError', e)
[].nope(boom())
