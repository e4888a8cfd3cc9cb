# Seeding: int (any size, sign), float, str/bytes/bytearray (sha512), version 1, state.
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for s in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 7, -(2**100), 10**300, True]:
    random.seed(s)
    print(s if abs(s) < 10**20 else len(str(s)), random.random(), random.getrandbits(32))
for s in [0.0, 1.5, -2.25, 1e300, float('inf')]:
    random.seed(s)
    print(s, random.random())
for s in ['', 'a', 'hello world', 'é€😀', b'', b'bytes', bytearray(b'bytes')]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
for s in ['', 'abc', b'abc']:
    random.seed(s, version=1)
    print('v1', repr(s), random.random())
random.seed(7, version=1)
print('v1 int', random.random())
show(random.seed, [1])
show(random.seed, {})
show(random.seed, (1, 2))
show(random.seed, 1, 2, 3)

random.seed(12345)
state = random.getstate()
print(len(state), state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
random.seed(1)
random.gauss()
st = random.getstate()
print(st[2])
a = random.gauss()
random.setstate(st)
print(a == random.gauss())
show(random.setstate, (2, state[1], None))
print(random.random())
show(random.setstate, (4, state[1], None))
show(random.setstate, (3, (1, 2), None))
show(random.setstate, (3, [0] * 625, None))
show(random.setstate, (3, (0,) * 624 + (625,), None))
show(random.setstate, (3, (-1,) * 625, None))
show(random.setstate, (3, ('a',) * 625, None))
random.setstate((3, (2**32 + 5,) * 624 + (3,), None))
print(random.random())
random.setstate((3, (1,) * 625, None))
print(random.random())

# random() with no seed, or seeded from None, differs each run: only its shape is shown.
random.seed()
x = random.random()
print(type(x).__name__, 0.0 <= x < 1.0)
random.seed(None)
print(0 <= random.getrandbits(8) < 256)
