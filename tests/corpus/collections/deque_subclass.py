# Subclasses of collections.deque: their own __init__, attributes and methods, super()
# calls, and the operations that build a new deque (copy, +, *) making the subclass.
from collections import deque
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Plain(deque):
    pass

p = Plain([1, 2], 4)
p.tag = 'x'
print(p, type(p).__name__, p.maxlen, p.tag, p.__dict__, isinstance(p, deque))
for made in (p.copy(), copy.copy(p), p + deque([3]), p * 2, 2 * p, p.__copy__()):
    print(type(made).__name__, made, made.maxlen, getattr(made, 'tag', None))
q = p; q += [5]; q *= 1
print(q is p, p)
print(p.__reduce__()[:3], list(p.__reduce__()[3]))
c = copy.deepcopy(p); print(type(c).__name__, c, c.maxlen, c.tag, c == p)
print(p == deque([1, 2, 5]), deque([1, 2, 5]) == p, p < deque([9]), p != Plain([1, 2, 5]))
print(deque([1]) + Plain([2]), type(deque([1]) + Plain([2])).__name__)

class Stack(deque):
    """A bounded stack that counts its pushes."""
    def __init__(self, items=(), limit=3):
        super().__init__(items, limit)
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        super().append(x)
    def append(self, x):
        self.push(x)
    def __repr__(self):
        return 'Stack(%s, pushes=%d)' % (list(self), self.pushes)

s = Stack('ab')
s.push('c'); s.append('d'); s.extend('e')
print(s, len(s), s.maxlen, s[0], s[-1])
show('copy calls the class', lambda: s.copy())
show('add calls the class', lambda: s + deque('z'))
show('mul calls the class', lambda: s * 2)

class Loud(deque):
    def __init__(self, *args, **kwargs):
        print('  init', len(args), kwargs)
        super().__init__(*args, **kwargs)
    def __iter__(self):
        print('  own iter')
        return super().__iter__()
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
    def __contains__(self, x):
        return 'always'

l = Loud([1, 2], maxlen=5)
print(len(l), l[0], 7 in l, list(l), l.count(1), l.index(2))
m = l.copy()
print(type(m).__name__, deque.__len__(m), repr(m))
print(l.__reduce__()[1], list(l.__reduce__()[3]))

class NoInit(deque):
    def __init__(self):
        pass
n = NoInit()
print(n, n.maxlen)
n.append(1); n.extendleft([0]); print(n)
show('copy with wrong signature', lambda: n.copy())

class WrongCopy(deque):
    def __new__(cls, *args):
        if args:
            return [1, 2]
        return super().__new__(cls)
w = WrongCopy()
w.append(1)
show('copy not a deque', lambda: w.copy())

class Slotted(deque):
    __slots__ = ('a',)
sl = Slotted([1])
sl.a = 2
show('slot no dict', lambda: sl.__dict__)
show('slot new attr', lambda: setattr(sl, 'b', 1))
print(sl.a, sl.__reduce__()[2], sl)

class Meta(deque):
    def __init_subclass__(cls, **kw):
        print('  init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class Child(Meta, flavour='x'):
    pass
print(Child([1]), Child.__mro__[1:3])

show('new not a type', lambda: deque.__new__(5))
show('new not a subtype', lambda: deque.__new__(int))
print(deque.__new__(Plain), type(deque.__new__(Plain)).__name__)
show('unbound len', lambda: deque.__len__(deque([1, 2])))
print(Plain[int], type(Plain[int]).__name__)
