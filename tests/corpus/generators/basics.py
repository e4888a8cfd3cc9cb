def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(next(g), next(g), next(g, "done"))

def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x
        else:
            continue
    yield "end"

print(list(evens(range(7))))
print(sum(x * x for x in range(10)), list(c.upper() for c in "abc"))
print(b"-".join(bytes([b]) for b in b"xyz"), max(len(w) for w in ["a", "bbb", "cc"]))

def delegate():
    yield "start"
    yield from count_up(3)
    yield from ["x", "y"]
    return "ignored"

print(list(delegate()))

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    yield received

e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))

def with_try():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as exc:
        yield f"caught {exc}"
    finally:
        yield "finally"

print(list(with_try()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
def stops():
    yield 1
    return 5
s = stops()
next(s)
try:
    next(s)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
print(list(zip(count_up(3), "abc")), dict((k, v) for k, v in [("a", 1)]))
