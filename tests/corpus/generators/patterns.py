def chunks(data, n):
    for i in range(0, len(data), n):
        yield data[i:i + n]
print(list(chunks(b"abcdefg", 3)), [bytes(c) for c in chunks(memoryview(b"xyzw"), 2)])
def pairs():
    for a in range(3):
        for b in range(a):
            if (a + b) % 2:
                continue
            yield a, b
print(list(pairs()))
def with_return(n):
    if n < 0:
        return
    yield n
print(list(with_return(-1)), list(with_return(2)))
def nested():
    yield from (x * 2 for x in range(3))
    yield from {"k": 1}
    yield from b"AB"
print(list(nested()))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
acc.send(5)
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as s:
    print("returned", s.value)
gen = (i * i for i in range(5) if i % 2)
print(sum(gen), sum(gen))
def raises():
    yield 1
    raise ValueError("inside generator")
try:
    for v in raises():
        print("got", v)
except ValueError as e:
    print("caught", e)
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup in finally")
for x in guarded():
    print(x)
def counter(limit):
    n = 0
    while n < limit:
        n += 1
        if n == 2:
            continue
        yield n
print(list(counter(4)), max(counter(5)), sorted(counter(3), reverse=True))
def squares():
    for i in range(3):
        y = yield i * i
        print("sent", y)
s = squares()
print(next(s), s.send("a"), s.send("b"))
print(list(zip(counter(3), squares())), dict(enumerate(counter(3))))
print(any(x > 3 for x in counter(10)), all(x < 3 for x in counter(2)))
