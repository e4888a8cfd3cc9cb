# An exception thrown into a generator that does not handle it leaves through the
# generator's frame (and its delegate's, through yield from), at the yield.


def inner():
    x = yield 1
    print(x)


def outer():
    r = (yield from inner())
    print(r)


o = outer()
next(o)
o.throw(KeyError("thrown through"))
