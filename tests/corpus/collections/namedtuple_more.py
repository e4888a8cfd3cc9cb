from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p.y, len(p), list(p), p == Point(11, 22), hash(p) == hash((11, 22)))
print(Point._fields, Point.__name__, Point.__doc__, Point.__new__.__doc__, Point._make.__doc__ if False else '')
print(p._replace(y=3), p._asdict(), type(p._asdict()).__name__, p.__getnewargs__())
print(Point.__slots__, Point.__match_args__, isinstance(p, tuple), issubclass(Point, tuple))
try: p.x = 5
except AttributeError as e: print('AttributeError')
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, 2, z=3)
except TypeError as e: print(e)
x, y = p; print(x, y, p[-1], p[:1], p + (1,), p * 2)
match p:
    case Point(a, b): print('matched', a, b)
D = namedtuple('D', 'a, b,c', defaults=(3,))
print(D(1, 2), D._field_defaults, D(1, 2, 4))
try: D(1)
except TypeError as e: print(e)
try: namedtuple('E', 'a b', defaults=(1, 2, 3))
except TypeError as e: print(e)
print(namedtuple('E', 'a b', defaults=[1, 2])())
print(namedtuple('R', ['for', 'a', '1x', 'a', '_z', 'ok'], rename=True)._fields)
for bad in [('Bad Name', 'a'), ('N', 'a-b'), ('N', ['a', 5]), ('def', 'a'), (5, 'a')]:
    try: namedtuple(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
M = namedtuple('M', 'a', module='mymod'); print(M.__module__, M(1))
One = namedtuple('One', 'a'); print(One(5), One._make([6]), One.__doc__)
Empty = namedtuple('Empty', []); print(Empty(), Empty._fields, len(Empty()))
class Sub(Point):
    __slots__ = ()
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f'Sub[{self.x},{self.y}]'
s = Sub(3, 4); print(s, str(s), s.hyp, s._replace(x=0), type(s._replace(x=0)).__name__)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), max(Point(1, 5), Point(2, 0)))
print(Point.x.__doc__, Point.y.__doc__)
d = {Point(1, 2): 'a'}; print(d[(1, 2)])
print(Point(*range(2)), Point._make(iter('ab')), Point(x=[1], y={}))
nested = Point(Point(1, 2), [Point(3, 4)]); print(nested)
