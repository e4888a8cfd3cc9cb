# Generators whose body is one `for` loop yielding one value a pass (every generator
# expression with at most one condition): resumed in place, with the same values,
# errors, tracebacks, steps and places as any other generator.
import traceback


def show(f):
    try:
        print(f())
    except Exception:
        traceback.print_exc()


def mapped(src):
    for x in src:
        yield x * 10


def guarded(src):
    for x in src:
        if x % 2:
            yield x


# Every kind of loop: over a range (up and down, empty), a list, a tuple, bytes, a
# bytearray, a str, an iterator, another generator.
for src in [range(6), range(10, -10, -4), range(0), [1, 2, 3], (4, 5), b"ab",
            bytearray(b"\x01\x02"), iter([7, 8])]:
    print(list(mapped(src)), list(guarded(src)))
print(list(mapped("xy")), list(guarded(mapped(range(5)))))
print(list(x for x in range(2**63 - 3, 2**63 - 1)))
print(list(x + 1 for x in range(-2**63, -2**63 + 4, 3)))
print(sum(x * x for x in range(100) if x % 3 == 0), max(len(str(x)) for x in range(200)))

# Errors at each part: the item, the condition, the value, the loop itself.
def bad_items():
    yield 1
    raise KeyError("from the source")


show(lambda: list(mapped(bad_items())))
show(lambda: list(x for x in [1, 0, 2] if 1 // x))
show(lambda: list(1 // x for x in [1, 2, 0]))
show(lambda: list(guarded([1, "a"])))
show(lambda: list(mapped(5)))

# A generator is an iterator: next(), send() (the value is dropped), throw() and close()
# in the middle of the loop, and after it.
g = (x * 2 for x in range(4))
print(next(g), g.send(None), g.send("dropped"), next(g))
show(lambda: next(g))
print(list(g))

g = guarded(range(10))
print(next(g), next(g))
show(lambda: g.throw(ValueError("thrown in")))
print(list(g))

g = mapped(range(10))
print(next(g))
g.close()
print(list(g))


def catches(src):
    for x in src:
        try:
            yield x
        except ValueError:
            yield "caught"


g = catches(range(3))
print(next(g), g.throw(ValueError), next(g), list(g))

# The list grows and shrinks while the loop runs through it.
items = [1, 2, 3]
g = mapped(items)
print(next(g))
items.append(4)
print(next(g))
del items[:]
print(list(g))

# Generators within generators, and a generator resuming itself.
print([list(row) for row in (((i, j) for j in range(i)) for i in range(4))])


def reentered():
    for _ in range(2):
        yield next(again)


again = reentered()
show(lambda: list(again))

# A StopIteration escaping becomes RuntimeError (PEP 479).
def stops(src):
    for x in src:
        yield next(iter([]))


show(lambda: list(stops([1])))

# Deep pipelines of such generators.
src = range(50)
for _ in range(30):
    src = (x + 1 for x in src)
print(sum(src))
