# PEP 479: StopIteration leaving a generator becomes RuntimeError, caused by it.


def g():
    yield 1
    raise StopIteration("inside")


for x in g():
    print(x)
