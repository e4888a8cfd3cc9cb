# Set-like dict views are unhashable; strip returns the same object when nothing goes.
d = {1: 'a'}
for f in (lambda: hash(d.keys()), lambda: hash(d.items()), lambda: {d.keys()}, lambda: d.values() + 1, lambda: d.keys() + 1):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
print(type(hash(d.values())).__name__)
s = 'abc'
b = b'abc'
print(s.strip() is s, s.lstrip('x') is s, s.rstrip() is s, ' a'.strip() == 'a')
print(b.strip() is b, b.lstrip(b'x') is b, b.rstrip() is b, bytearray(b'a').strip() == b'a')
ba = bytearray(b'abc')
print(ba.strip() is ba)
class S(str):
    pass
print(type(S('x').strip()).__name__, type(S(' x ').strip()).__name__)
