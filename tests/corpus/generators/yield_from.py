# yield from: values and send() pass through to the delegate, its return value is the
# expression's value, its exceptions propagate; delegates that are not generators.


def sub():
    x = yield "s1"
    print("sub got", x)
    y = yield "s2"
    print("sub got", y)
    return "sub-result"


def outer():
    r = yield from sub()
    print("outer r", r)
    r2 = yield from [1, 2]
    print("outer r2", r2)
    r3 = yield from (yield "plain")
    print("r3", r3)
    print("in expression", (yield from sub()) + "!")
    return r


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send(None))
print(g.send(None))
print(g.send(range(2)))
print(g.send(None))
print(g.send(None))
print(g.send("C"))
try:
    g.send("D")
except StopIteration as e:
    print("stop", e.value)


def bad_send():
    yield from [1, 2]


b = bad_send()
next(b)
try:
    b.send(5)
except AttributeError as e:
    print("AttributeError", e)


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it-done")
        return self.n


def user_iter():
    r = yield from It()
    print("user r", r)


print(list(user_iter()))


def raiser():
    yield 1
    raise KeyError("from sub")


def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        yield "caught " + repr(e)


print(list(catcher()))


def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def delegate():
    result = yield from echo()
    yield "echo returned %s" % result


d = delegate()
print(next(d), d.send(3), d.send(4), d.send(None))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", (1, 2), range(2), {"k": 0}, b"z", (x * x for x in range(3)))))


def deep(n):
    if n == 0:
        yield "bottom"
        return "base"
    r = yield from deep(n - 1)
    return r + "+"


gd = deep(30)
print(next(gd))
try:
    next(gd)
except StopIteration as e:
    print(len(e.value), e.value[:8])
print(sum(1 for _ in deep(200)))


def forever(n):
    yield n
    yield from forever(n + 1)


try:
    for x in forever(0):
        pass
except RecursionError as e:
    print("RecursionError", e)


def itself():
    yield from gi


gi = itself()
try:
    next(gi)
except ValueError as e:
    print("ValueError", e)
