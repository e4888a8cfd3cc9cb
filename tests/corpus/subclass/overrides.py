# Overridden special methods on subclasses of built-in types take effect where CPython consults them.
class CI(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI('Key'): 1}
print(d.get(CI('KEY')), CI('a') == 'A', 'A' == CI('a'), CI('x') in ['X'], CI('b') != 'B')
class Rev(str):
    def __lt__(self, o):
        return str(o) < str(self)
print(sorted([Rev('a'), Rev('c'), Rev('b')]), min(Rev('a'), Rev('b')))
class L(list):
    def __eq__(self, o):
        return True
print(L([1]) == [2], [2] == L([1]), L() != [], [L()] == [[5]])
class I(int):
    def __radd__(self, o):
        return 'radd'
    def __lt__(self, o):
        return 'lt'
print(1 + I(2), I(2) + 1, 1 < I(3), I(3) > 1)
class F(float):
    def __neg__(self):
        return 'neg'
print(-F(1), +F(1), abs(F(-2)))
class D(dict):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(['fake'])
    def keys(self):
        return ['k2']
    def __getitem__(self, k):
        return 'item'
dd = D(a=1)
print(len(dd), list(dd), dict(dd), {**dd}, bool(D()))
def f(**kw):
    return kw

class B(bytes):
    def __len__(self):
        return 1
print(len(B(b'abc')), bytes(B(b'abc')), memoryview(B(b'xy')).nbytes)
class T(tuple):
    def __getitem__(self, i):
        return 'x'
t = T((1, 2))
a, b = t
print(a, b, t[0], list(t))
import struct
print(struct.pack('2s', B(b'ab')))
mv = memoryview(bytearray(b'hello'))
class BA(bytearray): pass
x = BA(mv[1:3])
print(x, BA(b'q') + mv[0:1])
