# Ordering and equality between arrays, as array_richcompare: the first items that differ
# (== false, so NaN differs from itself) decide with the operator, else the lengths;
# any typecodes compare by value. Membership compares fresh items with ==.
from array import array
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
nan = float('nan')
pairs = [
    (array('i', [1, 2, 3]), array('i', [1, 2, 4])),
    (array('i', [1, 2, 3]), array('i', [1, 2])),
    (array('i', []), array('i', [])),
    (array('i', [-1, -2]), array('I', [1, 2])),
    (array('b', [5]), array('d', [5.0])),
    (array('f', [nan]), array('f', [nan])),
    (array('d', [1.0, nan]), array('d', [1.0, nan])),
    (array('d', [nan, 1.0]), array('d', [2.0, 1.0])),
    (array('B', [255]), array('b', [-1])),
    (array('Q', [2**64-1]), array('q', [-1])),
    (array('u', 'abc'), array('u', 'abd')),
    (array('u', 'ab'), array('u', 'abc')),
    (array('u', ''), array('i', [])),
    (array('u', 'a'), array('i', [1])),
    (array('d', [0.0]), array('d', [-0.0])),
]
for x, y in pairs:
    print(x, y)
    for op in ['<', '<=', '>', '>=', '==', '!=']:
        t(lambda: eval('x %s y' % op))
a = array('i', [1])
for other in [[1], (1,), 1, b'\x01', None, 'a']:
    for op in ['<', '<=', '>', '>=', '==', '!=']:
        t(lambda: eval('a %s other' % op))
        t(lambda: eval('other %s a' % op))
class A(array):
    pass
t(lambda: A('i', [1]) < array('i', [2]))
t(lambda: array('i', [1]) < A('i', [2]))
t(lambda: A('i', [3]) >= A('i', [2]))
t(lambda: a.__lt__(array('i', [2])))
t(lambda: a.__ge__(a))
t(lambda: sorted([array('i', [3]), array('i', [1, 2]), array('i', [1])]))
t(lambda: max(array('b', [1, 2]), array('b', [1, 3])))
# contains
b = array('d', [1.0, nan, 3.5])
for x in [1, 1.0, nan, 3.5, '1', None, True]:
    t(lambda: x in b)
    t(lambda: b.__contains__(x))
t(lambda: 'a' in array('u', 'abc'))
t(lambda: 'ab' in array('u', 'abc'))
t(lambda: 97 in array('u', 'abc'))
t(lambda: 1 in array('b'))
t(lambda: hasattr(array, '__contains__'))
it = iter(array('b', [1, 2]))
t(lambda: type(it).__name__)
t(lambda: type(it).__module__)
t(lambda: repr(type(it)))
t(lambda: next(it))
t(lambda: it.__next__())
t(lambda: it.__iter__() is it)
t(lambda: list(it))
t(lambda: type(iter(array('u'))).__name__)

c = array('h', [1, 2])
t(lambda: c.__copy__())
t(lambda: c.__copy__() is c)
t(lambda: c.__deepcopy__({}))
t(lambda: c.__deepcopy__())
t(lambda: array.__len__(c))
t(lambda: c.__getitem__(1))
t(lambda: c.__add__(c))
t(lambda: c.__mul__(2))
t(lambda: c.__rmul__(2))
t(lambda: list(c.__iter__()))
