# Generators whose body ends in a `while` loop, stopped at a `yield` of the loop's own
# block: resumed in place, with the same values, errors, tracebacks and places as any
# other generator.
import traceback


def show(f):
    try:
        print(f())
    except Exception:
        traceback.print_exc()


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def middle(n):
    i = 0
    while i < n:
        i += 1
        yield i * 10
        i += 1


def last(n):
    i = 0
    while True:
        i += 1
        if i > n:
            break
        yield i


def bare(n):
    while n:
        n -= 1
        yield


print(list(count(5)), list(middle(7)), list(last(4)), list(bare(3)), list(count(0)))


# send(): the value goes to the target, even an unpacking one.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


acc = accumulator()
print(next(acc), acc.send(3), acc.send(4))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def pairs():
    seen = []
    while True:
        a, b = yield seen
        seen.append(a + b)


p = pairs()
next(p)
print(p.send((1, 2)), p.send("xy"))
show(lambda: p.send((1, 2, 3)))
show(lambda: p.send(None))


# continue before and after the yield, break, return, the loop's test raising.
def skipping(n):
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        yield i
        if i == 7:
            continue
        yield -i


print(list(skipping(9)))


def stops_at(n):
    i = 0
    while True:
        yield i
        i += 1
        if i == n:
            return "done"


g = stops_at(3)
print(list(g))


def test_raises(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


show(lambda: list(test_raises(2.5)))
show(lambda: list(test_raises("3")))


# Errors before the yield, after it, and in its value.
def failing(items):
    i = 0
    while True:
        x = 10 // items[i]
        yield x
        i += items[i] // items[i]


def after(items):
    i = 0
    while True:
        yield items[i]
        1 // items[i]
        i += 1


show(lambda: list(failing([1, 2, 0])))
show(lambda: list(after([1, 0, 2])))


def bad_value(items):
    i = 0
    while True:
        yield 1 / items[i]
        i += 1


show(lambda: list(bad_value([1, 2, 0])))


# Other yields in the loop: nested in an `if`, two in a row, in a `for`, in a `try`.
def several(n):
    i = 0
    while i < n:
        yield ("a", i)
        if i % 2:
            yield ("odd", i)
        for j in range(i):
            yield ("j", j)
        try:
            yield ("try", i)
        finally:
            i += 1


print(list(several(4)))


def alternate():
    i = 0
    while i < 3:
        x = yield i
        y = yield x
        i += 1
        print("got", x, y)


g = alternate()
print(next(g), g.send("x1"), g.send("y1"), g.send("x2"), g.send("y2"))


# throw() and close() in the middle; a loop with an else, or statements after it.
def guarded():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print("caught", e)
        i += 1


g = guarded()
print(next(g), next(g), g.throw(ValueError("v")), next(g))
g.close()
show(lambda: next(g))

g = count(10)
print(next(g), next(g))
show(lambda: g.throw(KeyError("k")))
print(list(g))


def cleanup():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("cleanup at", i)


g = cleanup()
print(next(g), next(g))
g.close()


def with_else(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield "else"
    yield "after"


print(list(with_else(2)))


# A generator resuming itself, and StopIteration escaping (PEP 479).
def reentered():
    while True:
        yield next(again)


again = reentered()
show(lambda: list(again))


def stops():
    while True:
        yield next(iter([]))


show(lambda: list(stops()))

# Pipelines of them, and with `for` generators.
print(sum(x * x for x in count(100) if x % 2 == 0), max(len(str(x)) for x in count(500)))
