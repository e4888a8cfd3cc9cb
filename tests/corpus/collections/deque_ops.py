from collections import deque
d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(20):
    if i % 3: d.append(i)
    else: d.appendleft(i)
print(d, len(d), d[0], d[-1], d[5], d[-5])
while len(d) > 3:
    d.pop(); d.popleft()
print(d)
d = deque(range(10), maxlen=4); print(d)
d.appendleft(-1); print(d); d.extend('ab'); print(d); d.extendleft('xy'); print(d)
print(deque(maxlen=0), deque([1, 2], 0), deque('abc', maxlen=None))
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
for bad in (-1, 'x', 1.5):
    try: deque([], bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
r = deque(range(6))
for n in (1, -1, 7, -8, 0, 6):
    r.rotate(n); print(n, r)
r.rotate(); print(r)
e = deque(); e.rotate(5); print(e)
d = deque('hello world')
print(d.count('l'), d.count('z'), d.index('o'), d.index('o', 5), d.index('l', -3))
for args in (('z',), ('o', 8), ('h', 1, 3)):
    try: d.index(*args)
    except ValueError as ex: print('ValueError', ex)
d.insert(0, '<'); d.insert(100, '>'); d.insert(-1, '!'); print(''.join(d))
d.remove('o'); print(''.join(d))
try: d.remove('Q')
except ValueError as ex: print('ValueError', ex)
d.reverse(); print(''.join(d))
d[0] = 'X'; d[-1] = 'Y'; del d[1]; del d[-2]; print(''.join(d))
for i in (50, -50):
    try: d[i]
    except IndexError as ex: print('IndexError', ex)
    try: d[i] = 1
    except IndexError as ex: print('IndexError', ex)
    try: del d[i]
    except IndexError as ex: print('IndexError', ex)
try: d['a']
except TypeError as ex: print('TypeError', ex)
full = deque([1, 2], maxlen=2)
try: full.insert(0, 3)
except IndexError as ex: print('IndexError', ex)
c = full.copy(); c.append(9); print(full, c, c.maxlen)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2], maxlen=3) * 3)
q = deque([1]); q += [2, 3]; q *= 2; print(q)
try: deque([1]) + [2]
except TypeError as ex: print('TypeError', ex)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]),
      deque([2]) >= deque([1, 9]), deque([1]) == [1], deque([1]) <= deque([1]))
try: deque([1]) < [1]
except TypeError as ex: print('TypeError')  # CPython names the C type 'collections.deque'
print(list(reversed(deque('abc'))), 'b' in deque('abc'), list(deque(iter(range(3)))))
try: hash(deque())
except TypeError as ex: print('TypeError')
m = deque([1, 2, 3])
try:
    for x in m: m.append(x)
except RuntimeError as ex: print('RuntimeError', ex)
s = deque([1]); s.append(s); print(s)
s2 = deque(); s2.extend(s2); print(s2)
d = deque('ab'); d.extend(d); print(d)
d.clear(); print(d, len(d))
class Sub(deque): pass
print(Sub([1, 2], maxlen=5), isinstance(Sub(), deque))
big = deque()
for i in range(1000): big.append(i); big.appendleft(-i)
print(len(big), big[0], big[-1], big[1000], sum(big))
