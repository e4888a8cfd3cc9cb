# getrandbits, randbytes, randrange, randint, choice, shuffle: values and errors.
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


random.seed(2024)
for k in [0, 1, 7, 31, 32, 33, 64, 65, 100, 1000]:
    print(k, random.getrandbits(k))
show(random.getrandbits, -1)
show(random.getrandbits, 1.5)
show(random.getrandbits, '3')
show(random.getrandbits)
print(random.randbytes(0), random.randbytes(1), random.randbytes(9))
show(random.randbytes, -1)

print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)])
print([random.randrange(-5, 5) for _ in range(5)])
print(random.randrange(2**100), random.randrange(-2**70, 2**70, 3))
print(random.randrange(True), random.randrange(3, 4), random.randrange(0, 10, 10))
print([random.randint(1, 6) for _ in range(15)])
print(random.randint(-10, -10), random.randint(10**30, 10**30 + 5))
show(random.randrange, 0)
show(random.randrange, -3)
show(random.randrange, 5, 5)
show(random.randrange, 5, 2)
show(random.randrange, 0, 10, 0)
show(random.randrange, 0, 10, -1)
show(random.randrange, 10, 0, 1)
show(random.randrange, 10, step=2)
show(random.randrange, 'a')
show(random.randrange, 0, 'b')
show(random.randrange, 0, 10, 'c')
show(random.randint, 5, 1)


class Index:
    def __index__(self):
        return 6


print(random.randrange(Index()), random.randrange(1, Index(), Index()))

print([random.choice('abcdefg') for _ in range(10)])
print(random.choice([None]), random.choice(range(10**18)), random.choice((1, 2)))
show(random.choice, [])
show(random.choice, '')
show(random.choice, {1: 'a', 0: 'b'})
show(random.choice, {1, 2})
show(random.choice, 5)
x = list(range(20))
random.shuffle(x)
print(x)
y = ['a']
random.shuffle(y)
z = []
random.shuffle(z)
print(y, z)
show(random.shuffle, (1, 2, 3))
show(random.shuffle, 'abc')
w = list('abcdef')
print(random.shuffle(w), w)
