# collections.deque: argument errors, index errors, and mutation during iteration,
# comparison and search. (Messages that name the type itself, where CPython says
# 'collections.deque', are left out.)
from collections import deque

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# Constructor arguments.
show('3 args', lambda: deque([], 1, 2))
show('bad kw', lambda: deque(foo=1))
show('dup', lambda: deque([1], iterable=[2]))
show('dup maxlen', lambda: deque([1], 2, maxlen=3))
show('not iterable', lambda: deque(5))
show('neg', lambda: deque([], -1))
show('float', lambda: deque([], 1.5))
show('str', lambda: deque([], '3'))
show('huge', lambda: deque([], 2**70))
class Ix:
    def __index__(self):
        return 2
show('index obj', lambda: deque([], Ix()))
show('init twice bad', lambda: deque([1]).__init__([], -2))
d = deque([1, 2, 3])
try:
    d.__init__([4], 'x')
except TypeError as e:
    print('kept', d, e)

# Method arities and types.
show('append()', lambda: deque().append())
show('append(1, 2)', lambda: deque().append(1, 2))
show('append(x=)', lambda: deque().append(x=1))
show('appendleft()', lambda: deque().appendleft())
show('pop(1)', lambda: deque([1]).pop(1))
show('popleft(1)', lambda: deque([1]).popleft(0))
show('extend()', lambda: deque().extend())
show('extend(1)', lambda: deque().extend(1))
show('extendleft(None)', lambda: deque().extendleft(None))
show('clear(1)', lambda: deque().clear(1))
show('copy(1)', lambda: deque().copy(1))
show('reverse(1)', lambda: deque().reverse(1))
show('count()', lambda: deque().count())
show('remove()', lambda: deque().remove())
show('index()', lambda: deque().index())
show('index 4 args', lambda: deque([1]).index(1, 0, 1, 2))
show('index kw', lambda: deque([1]).index(1, start=0))
show('index start str', lambda: deque([1]).index(1, 'a'))
show('index stop None', lambda: deque([1]).index(1, 0, None))
show('index missing', lambda: deque([1]).index('one'))
show('insert()', lambda: deque().insert())
show('insert(1)', lambda: deque().insert(1))
show('insert 3', lambda: deque().insert(1, 2, 3))
show('insert kw', lambda: deque().insert(i=1, x=2))
show('insert str', lambda: deque().insert('0', 1))
show('insert huge', lambda: deque().insert(2**64, 1))
show('rotate str', lambda: deque([1, 2]).rotate('1'))
show('rotate float', lambda: deque([1, 2]).rotate(1.0))
show('rotate 2 args', lambda: deque([1, 2]).rotate(1, 2))
show('rotate kw', lambda: deque([1, 2]).rotate(n=1))
show('rotate huge', lambda: deque([1, 2]).rotate(2**63))
show('rotate ix', lambda: deque([1, 2, 3]).rotate(Ix()))
show('copy_dunder(1)', lambda: deque().__copy__(1))
show('reduce(1)', lambda: deque().__reduce__(1))
show('reversed(1)', lambda: deque().__reversed__(1))
show('len(1)', lambda: deque().__len__(1))
show('getitem()', lambda: deque().__getitem__())
show('setitem(1)', lambda: deque().__setitem__(1))
show('delitem()', lambda: deque().__delitem__())
show('eq()', lambda: deque().__eq__())
show('iter(1)', lambda: deque().__iter__(1))
show('class_getitem()', lambda: deque.__class_getitem__())

# Indexing errors.
d = deque([1, 2, 3])
def setter(key):
    def f():
        d[key] = 0
    return f
def deleter(key):
    def f():
        del d[key]
    return f
for key in (3, -4, 100, -100, 2**70, -2**70, 1.0, '1', None, slice(0, 1), slice(None), (1,)):
    show('get %r' % (key,), lambda: d[key])
    show('set %r' % (key,), setter(key))
    show('del %r' % (key,), deleter(key))
show('empty get', lambda: deque()[0])
show('empty get -1', lambda: deque()[-1])
print(d)

# Read-only maxlen, no attributes on a plain deque.
def set_maxlen():
    d.maxlen = 3
def del_maxlen():
    del d.maxlen
show('set maxlen', set_maxlen)
show('del maxlen', del_maxlen)
show('maxlen kept', lambda: d.maxlen)

# Arithmetic errors.
show('+ list', lambda: deque([1]) + [2])
show('+ tuple', lambda: deque([1]) + (2,))
show('+ int', lambda: deque([1]) + 1)
show('* str', lambda: deque([1]) * 'a')
show('* float', lambda: deque([1]) * 1.5)
show('float *', lambda: 1.5 * deque([1]))
show('* None', lambda: deque([1]) * None)
show('* huge', lambda: deque([1]) * 2**70)
show('* huge neg', lambda: deque([1]) * -2**70)
def iadd_int():
    q = deque(); q += 5
def imul_str():
    q = deque([1]); q *= 'x'
show('+= int', iadd_int)
show('*= str', imul_str)
class RAdd:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
show('+ radd', lambda: deque([1]) + RAdd())
show('* rmul', lambda: deque([1]) * RAdd())

# Mutation while iterating.
for change in ('append', 'appendleft', 'pop', 'popleft', 'clear', 'rotate', 'extend'):
    d = deque([1, 2, 3])
    try:
        for x in d:
            if change in ('append', 'appendleft'):
                getattr(d, change)(x)
            elif change == 'extend':
                d.extend([0])
            else:
                getattr(d, change)()
        print(change, 'finished', d)
    except RuntimeError as e:
        print(change, 'RuntimeError', e, d)
d = deque([1, 2, 3]); r = reversed(d); next(r); d.append(4)
show('reversed after append', lambda: next(r))
show('reversed again', lambda: next(r))
d = deque([1]); it = iter(d); next(it); d.append(2)
show('exhausted then mutated', lambda: next(it))
d = deque([1]); r = reversed(d); next(r); d.append(2)
show('reverse exhausted then mutated', lambda: next(r))
d = deque(); it = iter(d); d.clear()
show('clear empty keeps iterator', lambda: next(it))
d = deque([1]); it = iter(d); d.rotate(0)
show('rotate 0 on one item', lambda: next(it))
d = deque([1, 2]); it = iter(d); d.rotate(0)
show('rotate 0 on two items', lambda: next(it))
d = deque([1, 2]); it = iter(d); d.insert(1, 'x')
show('insert', lambda: next(it))
d = deque([1, 2]); it = iter(d); del d[0]
show('del', lambda: next(it))
d = deque([1, 2]); it = iter(d); d.remove(2)
show('remove', lambda: next(it))
d = deque([1, 2]); it = iter(d); d *= 2
show('imul', lambda: next(it))
d = deque([1, 2]); it = iter(d); d.extend([])
show('extend nothing', lambda: next(it))
d = deque([1, 2]); it = iter(d); d *= 1
show('imul 1', lambda: next(it))
d = deque([1, 2], 2); it = iter(d); d.append(3)
show('append full', lambda: next(it))
d = deque(maxlen=0); it = iter(d); d.append(3)
show('append maxlen 0', lambda: next(it))
show('iter new bad', lambda: type(iter(deque()))(5))
show('iter new none', lambda: type(iter(deque()))())
show('iter new 3', lambda: type(iter(deque()))(deque(), 1, 2))
show('iter new str', lambda: type(iter(deque()))(deque(), 'a'))

# Comparisons and searches whose __eq__ changes the deque.
class Mutator:
    def __init__(self, target, how):
        self.target, self.how = target, how
    def __eq__(self, other):
        getattr(self.target, self.how)(1) if self.how != 'pop' else self.target.pop()
        return False
    __hash__ = None
for how in ('append', 'pop'):
    for name in ('count', 'index', 'remove', '__contains__'):
        d = deque([1, 2, 3])
        show('%s %s' % (how, name), lambda: getattr(d, name)(Mutator(d, how)))
    d = deque([1, 2, 3])
    e = deque([Mutator(d, how), 2, 3])
    show('%s compare' % how, lambda: d == e)
    d = deque([1, 2, 3])
    e = deque([Mutator(d, how), 2, 3])
    show('%s compare <' % how, lambda: d < e)
    d = deque([1, 2, 3])
    e = deque([Mutator(d, how), 2, 3])
    show('%s compare other side' % how, lambda: e <= d)
class Setter:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target[0] = 'changed'
        return False
    __hash__ = None
d = deque([1, 2, 3])
print(d.count(Setter(d)), d)
class Boom:
    def __eq__(self, other):
        raise ValueError('boom')
    __hash__ = None
show('count raises', lambda: deque([1]).count(Boom()))
show('in raises', lambda: Boom() in deque([1]))
show('remove raises', lambda: deque([1]).remove(Boom()))
show('compare raises', lambda: deque([Boom()]) == deque([1]))
show('lt unorderable', lambda: deque([1]) < deque(['a']))
show('lt equal prefix', lambda: deque([1, 'a']) < deque([1, 2]))
b = Boom()
print(deque([b]).count(b), b in deque([b]), deque([b]).index(b), deque([b]) == deque([b]))
class EqualMutator:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.append('more')
        return True
    __hash__ = None
for op in ('==', '!=', '<', '<=', '>', '>='):
    d = deque([1, 2, 3])
    e = deque([EqualMutator(d), 2, 3])
    show('mutated during ' + op, lambda: eval('d %s e' % op))
    d = deque([1, 2, 3])
    e = deque([EqualMutator(d), 2, 3])
    show('mutated other side ' + op, lambda: eval('e %s d' % op))
