# Attributes read and written in the instance dict although the class has data
# descriptors elsewhere (a property, slots), and every way that answer can change.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Ring:
    __slots__ = ("_buf", "_len", "_max")

    def __init__(self, m):
        self._buf = [None] * 4
        self._len = 0
        self._max = m

    @property
    def maxlen(self):
        return self._max

    def push(self, x):
        n = self._len
        if n == self._max:
            self._buf[n % 4] = x
            return
        self._buf[n % 4] = x
        self._len = n + 1
        self._len += 0


r = Ring(3)
for i in range(6):
    r.push(i)
print(r._len, r._buf, r.maxlen)
t(lambda: setattr(r, 'other', 1))
t(lambda: r.other)
del r._len
t(lambda: r._len)
r._len = 7
r._len += 1
print(r._len)
t(lambda: setattr(r, 'maxlen', 5))


def bump(o):
    o._len += 2
    o._len -= 1
    return o._len


print(bump(r))


# A subclass of a slot class with a dict: new names go to the dict; a property that
# shadows a slot in the subclass takes over the name.
class Loose(Ring):
    pass


lo = Loose(2)
lo.extra = 1
lo.extra += 1
lo._len = 5
print(lo.extra, lo._len, sorted(lo.__dict__))


class Shadow(Ring):
    @property
    def _len(self):
        return 'shadowed'


s = Shadow.__new__(Shadow)
t(lambda: s._len)
t(lambda: setattr(s, '_len', 1))


# The answer changes when the class changes: a property added later, then removed.
class P:
    @property
    def fixed(self):
        return 'prop'


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


p = P()
write_x(p, 1)
print(read_x(p), p.fixed)
P.x = property(lambda self: 'now a property', lambda self, v: print('property set', v))
print(read_x(p))
t(lambda: write_x(p, 2))
del P.x
print(read_x(p))
write_x(p, 3)
print(read_x(p), p.__dict__)


# A descriptor class that gains __set__ later becomes a data descriptor.
class D:
    def __get__(self, obj, cls):
        return 'from descriptor'


class Q:
    y = D()
    z = property(lambda self: 1)


q = Q()
q.y = 'from dict'
print(q.y)
D.__set__ = lambda self, obj, v: print('set', v)
print(q.y)
q.y = 5
del D.__set__
print(q.y)


# __setattr__ and __getattribute__ classes still see every access.
class Logged:
    z = property(lambda self: 0)

    def __setattr__(self, k, v):
        print('setattr', k, v)
        object.__setattr__(self, k, v)

    def __getattribute__(self, k):
        if k == 'a':
            print('getattribute', k)
        return object.__getattribute__(self, k)


lg = Logged()
lg.a = 1
lg.a += 1
print(lg.a)


# Classes with item methods keep plain attributes.
class Box:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        pass


b = Box()
b.n = 1
b.n += 4
b.n *= 2
print(b.n, b[3])

# Exceptions keep their special attributes.
e = ValueError('x')
e.args = ('y',)
e.note = 1
e.note += 1
print(e.args, e.note, str(e))
