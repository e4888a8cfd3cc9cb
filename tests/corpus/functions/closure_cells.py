# Closure cells: a nested function reads and writes its enclosing scope's variables
# through cells it holds, not copies; calls of closures reuse their frames' cell vectors.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


bump, peek = counter(3)
print([bump() for _ in range(5)], peek())
bump2, peek2 = counter(10)
print(bump2(), bump(), peek(), peek2())


# nonlocal augmented assignment on every kind of value.
def kinds():
    n, fl, s, b, lst, tup, big = 1, 1.5, "a", b"x", [1], (1,), 2**62

    def go():
        nonlocal n, fl, s, b, lst, tup, big
        n += 1
        n *= 3
        n -= 1
        n //= 2
        n **= 2
        n %= 7
        n <<= 70
        n >>= 68
        fl += 1
        fl /= 4
        s += "b"
        s *= 2
        b += b"y"
        before = lst
        lst += [2]
        lst *= 2
        tup += (2,)
        big += big
        big *= 4
        return n, fl, s, b, lst, lst is before, tup, big

    return go()


print(kinds())


# Errors inside the nonlocal update leave the cell as it was.
def failing():
    x = 1

    def go(v):
        nonlocal x
        x += v
        return x

    t(lambda: go("s"))
    t(lambda: go(2))
    t(lambda: go(None))
    return x


print(failing())


# An unbound free variable, and a cell deleted before a read.
def unbound():
    def inner():
        return later

    t(inner)
    later = "bound"
    t(inner)
    del later
    t(inner)


unbound()


def unbound_local_cell():
    def inner():
        return x

    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return inner()


print(unbound_local_cell())


def aug_unbound():
    def inner():
        nonlocal y
        y += 1

    t(inner)
    y = 0


aug_unbound()


# Parameters captured by inner functions, with defaults and keywords.
def params(a, b=2, *args, c=3, **kw):
    def show():
        return a, b, args, c, kw

    a += 100
    return show


print(params(1)())
print(params(1, 5, 6, 7, c=8, d=9)())


# Deeply nested scopes and a class body reading an enclosing function's variable.
def outer():
    x = "outer x"

    def middle():
        y = "middle y"

        def inner():
            return x, y

        class K:
            attr = x
            other = y

            def m(self):
                return x + "/" + y

        return inner(), K.attr, K.other, K().m()

    return middle()


print(outer())


# Recursive closures, and closures made in a loop (late binding).
def fact():
    def f(n):
        return 1 if n <= 1 else n * f(n - 1)

    return f


print(fact()(20), fact()(1))
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
fns = [lambda i=i: i for i in range(3)]
print([g() for g in fns])


def make_adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i

        out.append(add)
    return out


print([a(10) for a in make_adders()])


# Closures in generators, and a generator's cells outliving its frame.
def gen_closure():
    total = 0

    def add(v):
        nonlocal total
        total += v

    for v in range(5):
        add(v)
        yield total


print(list(gen_closure()))


def gen_maker():
    n = 0

    def g():
        nonlocal n
        while n < 3:
            n += 1
            yield n

    return g


print(list(gen_maker()()))


# locals() and the code object see the cells (no cell objects: docs/differences.md).
def with_locals():
    a = 1
    b = 2

    def inner():
        c = a + b
        return sorted(locals().items())

    return inner()


print(with_locals())


def closure_attr():
    v = "cell value"

    def inner():
        return v

    return inner


inner = closure_attr()
print(inner(), inner.__code__.co_freevars)


# Many calls of a closure that raises: the frame's cells are released each time.
def raiser():
    hits = 0

    def r(x):
        nonlocal hits
        hits += 1
        if x % 2:
            raise ValueError(x)
        return x

    return r, lambda: hits


r, hits = raiser()
caught = 0
for i in range(1000):
    try:
        r(i)
    except ValueError:
        caught += 1
print(caught, hits())


# A closure holding a big structure: it is freed with the closure.
def holder():
    data = [[i] * 3 for i in range(1000)]

    def size():
        return len(data), sum(map(len, data))

    return size


print(holder()())
