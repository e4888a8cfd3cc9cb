# The real-valued distributions draw exactly CPython's numbers after the same seed.
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def row(name, f, *args):
    print(name, args, [f(*args) for _ in range(4)])


random.seed(31337)
row('random', random.random)
row('uniform', random.uniform, 1, 10)
row('uniform', random.uniform, 5, -5)
row('triangular', random.triangular)
row('triangular', random.triangular, 0, 10, 8)
row('triangular', random.triangular, 3, 3)
row('triangular', random.triangular, 10, 0, 1)
row('normalvariate', random.normalvariate)
row('normalvariate', random.normalvariate, 100, 15)
row('gauss', random.gauss)
row('gauss', random.gauss, -1, 0.5)
row('lognormvariate', random.lognormvariate, 0, 1)
row('expovariate', random.expovariate, 1.5)
row('expovariate', random.expovariate, -2)
row('vonmisesvariate', random.vonmisesvariate, 0, 0)
row('vonmisesvariate', random.vonmisesvariate, 1, 4)
row('vonmisesvariate', random.vonmisesvariate, 3, 0.5)
row('gammavariate', random.gammavariate, 0.5, 1)
row('gammavariate', random.gammavariate, 1, 2)
row('gammavariate', random.gammavariate, 2.5, 1)
row('gammavariate', random.gammavariate, 200, 0.1)
row('betavariate', random.betavariate, 2, 3)
row('betavariate', random.betavariate, 0.5, 0.5)
row('paretovariate', random.paretovariate, 3)
row('weibullvariate', random.weibullvariate, 1, 1.5)
show(random.gammavariate, 0, 1)
show(random.gammavariate, 1, -1)
show(random.betavariate, -1, 1)
show(random.expovariate, 0)
show(random.uniform, 'a', 'b')
show(random.triangular, 'a')
show(random.lognormvariate, 0)
print(random.random())
