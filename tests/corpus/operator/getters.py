# itemgetter, attrgetter (dotted names), methodcaller: results, reprs, errors, sort keys.
from operator import itemgetter, attrgetter, methodcaller


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


g = itemgetter(1)
print(g('abc'), g([4, 5]), repr(g))
g = itemgetter(0, -1, slice(1, 3))
print(g('hello'), repr(g))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), repr(itemgetter('a', 'b')))
print(repr(itemgetter(None)), repr(itemgetter((1, 2))))
show(itemgetter)
show(itemgetter(5), [1])
show(itemgetter('x'), {})
show(itemgetter(0), 5)
show(itemgetter(0))
show(itemgetter(0), 'a', 'b')
rows = [('b', 2), ('a', 3), ('c', 1), ('a', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 1)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age


p = Person('Ada', 'Lovelace', 36)
print(attrgetter('age')(p), attrgetter('name.first')(p), attrgetter('age', 'name.last')(p))
print(repr(attrgetter('age')), repr(attrgetter('age', 'name.last')))
show(attrgetter('missing'), p)
show(attrgetter('name.missing'), p)
show(attrgetter, 1)
show(attrgetter, 'a', 2)
show(attrgetter)
people = [Person('B', 'x', 30), Person('A', 'y', 25), Person('C', 'z', 30)]
print([q.name.first for q in sorted(people, key=attrgetter('age', 'name.first'))])
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(1))

m = methodcaller('upper')
print(m('abc'), repr(m))
m = methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m))
m = methodcaller('replace', 'a', 'b')
print(m('banana'), repr(m))
print(repr(methodcaller('f', 1, 'x', k=[1], j=None)))
show(methodcaller)
show(methodcaller, 1)
show(methodcaller('nope'), 1)
show(methodcaller('index', 'z'), 'abc')
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
