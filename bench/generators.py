# generators: a pipeline of generator functions and expressions, send() and yield from:
# the generator side of ordinary scripts. Our own program: scripts/bench times it.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chained(n):
    yield from count(n)
    yield from squares(count(n))


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def run(n):
    a = sum(squares(evens(count(n))))
    b = sum(x for x in range(n) if x % 3 == 0)
    c = 0
    for v in chained(n // 2):
        c += v
    acc = accumulator()
    next(acc)
    for i in range(n):
        acc.send(i)
    d = max(len(str(x)) for x in count(n // 4))
    return a, b, c, acc.send(5), d


print("generators", *run(200000))
