# Operator errors on subclasses of built-in types name the subclasses; % takes a tuple
# subclass's items.
class D(dict): pass
class L(list): pass
class T(tuple): pass
for a, b in [(D(), {}), ({}, D()), (L(), 5), (D(), D())]:
    try: a - b
    except TypeError as e: print(e)
    try: a < b
    except TypeError as e: print(e)
print('%s-%s' % T((1, 2)), '%r' % (T((3,)),))
class R(T):
    def __repr__(self): return 'R' + '(%r, %r)' % self
print(repr(R((1, 'x'))))
try: '%s %s' % T((1,))
except TypeError as e: print(e)
