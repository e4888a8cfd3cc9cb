# The operator functions: each against its operator, dunder aliases, errors.
import operator as op


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not']
for name in binary:
    f = getattr(op, name)
    print(name, [f(a, b) for a, b in [(7, 3), (2, 5), (True, 1), (6, 6)]])
    dunder = '__' + name.rstrip('_') + '__'
    if hasattr(op, dunder):
        print(' ', dunder, getattr(op, dunder) is f)
print(op.add('ab', 'cd'), op.mul([1], 3), op.mod('%s!', 'x'), op.truediv(1, 4))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}))
show(op.add, 1, 'a')
show(op.truediv, 1, 0)
show(op.floordiv, 1, 0)
show(op.lt, 1, 'a')
show(op.matmul, 1, 2)


class M:
    def __matmul__(self, o):
        return 'matmul'

    def __imatmul__(self, o):
        return 'imatmul'


print(op.matmul(M(), 1), op.imatmul(M(), 1), op.__matmul__ is op.matmul)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    f = getattr(op, name)
    print(name, [f(x) for x in [5, -3, 0, True]])
print(op.inv is op.invert, op.__inv__ is op.inv, op.__not__ is op.not_, op.__abs__ is op.abs)
print(op.truth([]), op.truth([0]), op.not_(''), op.neg(2.5), op.abs(-2j))
show(op.neg, 'a')
show(op.index, 1.5)
show(op.index, '3')
show(op.index, 2**100)


class Idx:
    def __index__(self):
        return 42


class BadIdx:
    def __index__(self):
        return 'x'


print(op.index(Idx()), type(op.index(True)).__name__)
show(op.index, BadIdx())

s = [1, 2, 3, 2]
print(op.contains(s, 2), op.contains(s, 9), op.countOf(s, 2), op.indexOf(s, 2))
show(op.indexOf, s, 9)
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan), op.contains([nan], nan))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
show(op.concat, 1, 2)
show(op.concat, [1], (2,))
print(op.getitem(s, 1), op.getitem('abc', slice(1, None)), op.getitem({'a': 1}, 'a'))
show(op.getitem, s, 10)
op.setitem(s, 0, 'x')
op.delitem(s, -1)
print(s)
d = {}
op.setitem(d, 'k', 'v')
print(d)
show(op.delitem, d, 'missing')
print(op.call(max, 3, 7, key=lambda x: -x), op.call(list))

a = [1]
b = op.iadd(a, [2])
print(a, b is a)
print(op.iadd(1, 2), op.isub(5, 3), op.imul('a', 3), op.itruediv(1, 2), op.ifloordiv(7, 2),
      op.imod(7, 3), op.ipow(2, 10), op.ilshift(1, 4), op.irshift(16, 2), op.iand(6, 3),
      op.ior(6, 3), op.ixor(6, 3))
t = (1,)
print(op.iconcat(t, (2,)), t)
show(op.iconcat, 1, 2)
l = [0]
print(op.iconcat(l, [1]) is l, l)
print(op.__iadd__ is op.iadd, op.__iconcat__ is op.iconcat, op.__getitem__ is op.getitem)

print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(5), op.length_hint(5, 7))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 9))
show(op.length_hint, Hint(-1))
show(op.length_hint, Hint('a'))
show(op.length_hint, [], 'x')
print(sorted(n for n in op.__all__))
