# Concatenation and repetition as sequence slots (a wrong operand raises), their slot
# wrappers' messages, and array subclasses as operands of +, ==, <, extend, slices, in.
from array import array
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2])
class I:
    def __index__(self): return 2
for call in [lambda: a.__add__(a), lambda: a.__add__('bad'), lambda: a.__add__(array('b')), lambda: a.__add__([1]),
             lambda: a.__mul__(2), lambda: a.__mul__('bad'), lambda: a.__mul__(1.5), lambda: a.__mul__(I()), lambda: a.__mul__(-1),
             lambda: a.__rmul__(3), lambda: a.__rmul__('x'), lambda: a.__mul__(), lambda: a.__add__(),
             lambda: array('i', [1]).__iadd__(array('i', [2])), lambda: a.__iadd__('bad'), lambda: a.__iadd__(array('b')),
             lambda: array('i', [1]).__imul__(3), lambda: a.__imul__('x'), lambda: a.__imul__(1.5),
             lambda: a + 'x', lambda: 'x' + a, lambda: a * 'x', lambda: 'x' * a, lambda: [1] + a, lambda: a * 1.5]:
    t(call)
b = array('h', [1])
b += array('h', [2])
b *= 2
print(b)
class Sub(array):
    def __add__(self, o): return 'sub add'
print(Sub('i', [1]) + a, a + Sub('i', [1]))
class S(array):
    pass
s = S('i', [1, 2])
t(lambda: a == s)
t(lambda: s == a)
t(lambda: a != s)
t(lambda: a < S('i', [1, 3]))
t(lambda: S('i', [1, 3]) > a)
t(lambda: a + s)
t(lambda: s + a)
t(lambda: type(s + a).__name__)
t(lambda: a.extend(S('b', [1])))
t(lambda: array('i', [0]).extend(S('i', [5])))
c = array('i', [0, 0, 0])
c[0:2] = S('i', [7, 8]); print(c)
t(lambda: c.__setitem__(slice(0, 1), S('b', [1])))
c += S('i', [9]); print(c)
t(lambda: 1 in s)
t(lambda: s.__contains__(2))
t(lambda: array('i', s))
t(lambda: s * 2)
t(lambda: type(s * 2).__name__)
