# An exception raised in a generator resumed by yield from, by a for loop, by list():
# every generator frame appears in the traceback, at the line it stopped in.


def leaf(n):
    yield n
    yield 1 / (n - n)


def middle(n):
    total = yield from leaf(n)
    yield total


def top():
    for v in middle(3):
        yield v * 2


print(list(top()))
