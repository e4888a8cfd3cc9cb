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
# hash() keeps a __hash__ result that fits a machine word, as CPython does.
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (5, -1, -2, 2**62, -2**63, 2**63, 2**61 - 1, 2**61, 10**30, True):
    print(hash(H(h)))
print(hash(H(hash('Hello World'))) == hash('Hello World'))
