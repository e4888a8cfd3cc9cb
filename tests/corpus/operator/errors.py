# The operator functions' argument errors (CPython's _operator wording) and identities.
import operator as op


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show(op.neg)
show(op.add, 1)
show(op.add, 1, 2, 3)
show(op.setitem, [1], 0)
show(op.length_hint)
show(op.length_hint, [], 1, 2)
show(op.index)
show(op.call)
show(op.truth, 1, 2)
show(op.not_)
show(op.contains, [1])
show(op.countOf, [1])
show(op.is_, 1)
show(op.concat, [1])
show(op.countOf, 1, 2)
show(op.indexOf, 1, 2)
show(op.itemgetter(1))
show(op.itemgetter(1), [1, 2], x=1)
show(op.attrgetter('a'), 1, 2)
show(op.methodcaller('a'))
show(op.itemgetter, x=1)
show(op.attrgetter, 'a', x=1)
print(op.add.__name__, op.__add__ is op.add, op.inv is op.invert, op.__inv__ is op.inv)
print(op.__invert__ is op.invert, op.__not__ is op.not_, op.__call__ is op.call)
print(op.itemgetter.__module__, op.itemgetter.__name__, type(op.itemgetter(1)).__name__)
print([n for n in dir(op) if not n.startswith('_')])
print(op.__doc__)
