# Random instances, subclasses (random()-only generators use the float path),
# SystemRandom's shape, and the module's names.
import random
import _random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random('seed')
print(r3.random(), r3.choice('xyz'))
print(random.Random(7).sample(range(50), 4), random.Random(7).getrandbits(40))
print(isinstance(r1, _random.Random), random.Random.__mro__[1] is _random.Random)
print(random.Random.VERSION, r1.gauss_next)
show(random.Random, 1, 2)
show(random.Random, [1])
print(type(_random.Random(3).random()).__name__)
show(_random.Random, 1, 2)
show(_random.Random, x=1)
c = _random.Random(11)
print(c.random(), c.getrandbits(10))
c.seed(11)
print(c.random(), len(c.getstate()))
show(c.seed, 1, 2)
show(c.seed, [1])


class Seq(random.Random):
    """A generator with its own random(): randrange goes through floats."""

    def __init__(self):
        self.i = 0
        super().__init__()

    def seed(self, a=None):
        self.i = 0

    def random(self):
        self.i += 1
        return (self.i * 0.618033988749895) % 1.0


s = Seq()
print(s._randbelow.__func__ is random.Random._randbelow_without_getrandbits)
print([s.randrange(10) for _ in range(8)])
print(s.choice('abcdef'), s.sample(range(20), 3), s.uniform(0, 2))


class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3


b = Bits(1)
print(b._randbelow.__func__ is random.Random._randbelow_with_getrandbits, b.randrange(100))


class Plain(random.Random):
    pass


p = Plain(3)
print(p.random() == random.Random(3).random(), p._randbelow.__func__ is random.Random._randbelow_with_getrandbits)

sr = random.SystemRandom()
x = sr.random()
print(type(x).__name__, 0.0 <= x < 1.0, 0 <= sr.getrandbits(16) < 2**16, len(sr.randbytes(5)))
print(sr.seed(5), 0 <= sr.randrange(10) < 10, sr.choice('a'))
show(sr.getstate)
show(sr.setstate, None)
show(sr.getrandbits, -1)
print(sr.getrandbits(0))
print(sorted(random.__all__))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
print(random.random.__self__.__class__.__name__)
core = _random.Random(1)
show(core.random, 1)
show(core.getstate, 1)
show(core.setstate)
show(core.getrandbits)
show(core.seed, 1, 2)
show(random.Random().getstate, 1)
