# yield inside every compound statement: loops with else, break and continue around
# yields, try/except/else/finally with yields in each part, with, and yields in the
# headers of if/while/for/with/try/raise/del/def/class.


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow


def walk():
    for i in range(3):
        if i == 1:
            continue
        x = yield ("for", i)
        print("for got", x)
    else:
        yield "for-else"
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            yield "while-2"
            continue
        yield ("while", n)
    else:
        yield "while-else"
    for i in [10, 20, 30]:
        for j in "ab":
            if (i, j) == (20, "b"):
                break
            yield i, j
        else:
            yield "inner-else", i
        if i == 30:
            break
    else:
        yield "never"
    for b in b"xy":
        yield "bytes", b
    for t in (1, 2):
        for k in {"k": 1}:
            yield "tuple-dict", t, k
    try:
        yield "try-body"
        raise ValueError("boom")
    except KeyError:
        yield "wrong"
    except ValueError as e:
        yield "handler", str(e)
        try:
            yield "nested"
            raise
        except ValueError as e2:
            yield "reraised", str(e2)
    else:
        yield "no-else"
    finally:
        yield "finally"
    try:
        yield "try2"
    except Exception:
        pass
    else:
        yield "else2"
    finally:
        yield "finally2"
    with CM("a") as a, CM("b") as b:
        yield "with", a, b
    with CM("s", swallow=True):
        yield "in-swallow"
        raise RuntimeError("swallowed")
    yield "after-swallow"
    return "done"


gen = walk()
i = 0
while True:
    try:
        v = gen.send(None if i == 0 else i)
    except StopIteration as e:
        print("return", e.value)
        break
    print("yield", v)
    i += 1


def pending_return():
    try:
        return "ret"
    finally:
        yield "in finally with a pending return"


f = pending_return()
print(next(f))
try:
    next(f)
except StopIteration as e:
    print("value", e.value)


def break_through_finally():
    for i in range(5):
        try:
            yield i
            if i == 2:
                break
        finally:
            yield "fin", i
    yield "end"


print(list(break_through_finally()))


def return_in_loop():
    for i in range(3):
        try:
            if i == 1:
                return "early"
            yield i
        finally:
            print("finally", i)


print(list(return_in_loop()))


def pending_error():
    try:
        raise KeyError("pending")
    finally:
        yield "finally runs first"


p = pending_error()
print(next(p))
try:
    next(p)
except KeyError as e:
    print("then KeyError", e)


def trace(name, value=None):
    print("eval", name)
    return name if value is None else value


def drive(gen, answers):
    queues = {k: list(v) for k, v in answers.items()}
    try:
        prompt = next(gen)
        while True:
            print("prompt", prompt)
            key = prompt[0] if isinstance(prompt, tuple) else prompt
            q = queues.get(key)
            prompt = gen.send(q.pop(0) if q else None)
    except StopIteration as e:
        print("returned", e.value)


class Box:
    def __init__(self):
        self.v = 10
        self.items = [0, 1, 2]

    def __getitem__(self, k):
        print("getitem", k)
        return self.items[k]

    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.items[k] = v


def headers():
    if (yield "if"):
        print("if taken")
    n = 0
    while (yield "cond"):
        n += 1
        yield ("body", n)
    else:
        yield "while-else"
    w = 0
    while w < (yield "limit"):
        w += 1
        if w == 5:
            break
    else:
        print("limit reached at", w)
    for x in (yield "iter"):
        yield ("item", x)
    b = Box()
    b.v += yield "aug-attr"
    print("b.v", b.v)
    b[trace("idx", 1)] += yield "aug-item"
    print(b.items)
    b[(yield "key")] = yield "value"
    print(b.items)
    b.items[0], b.items[1] = (yield "pair")
    print(b.items)
    x = b.items[trace("i0", 0)] = b.items[(yield "late-key")] = trace("val", 99)
    print(x, b.items)
    del b.items[(yield "del-index")], b.items[trace("del-second", 0)]
    print(b.items)
    for b.attr in (yield "attr-target"):
        print("b.attr", b.attr)
    with (yield "ctx") as (p, q):
        print(p, q)
    with CM("t") as (yield "with-target")[0]:
        print("in with")
    try:
        raise KeyError("k")
    except (yield "exc-type") as e:
        print("caught", repr(e))
    try:
        try:
            raise ValueError("v")
        except (yield "no-match"):
            print("wrong")
        except (yield "match") as e:
            print("matched", repr(e))
        finally:
            print("inner finally")
    except Exception as e:
        print("outer", repr(e))

    @trace("decorator", lambda f: f)
    def inner(a=(yield "default")):
        return a

    print("inner()", inner())

    class C((yield "base")):
        pass

    print(C.__mro__[1].__name__)
    raise (yield "raise-type")((yield "raise-arg")) from (yield "cause")


class Base:
    pass


class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        print("exit pair", a[0])


try:
    drive(headers(), {"if": [1], "cond": [1, 1, 0], "limit": [9, 9, 9, 9, 9], "iter": ["xy"],
                      "aug-attr": [5], "aug-item": [3], "key": [2], "value": ["V"],
                      "pair": ["ab"], "late-key": [1], "del-index": [1],
                      "attr-target": ["uv"], "ctx": [Pair()], "with-target": [[0]],
                      "exc-type": [KeyError], "no-match": [TypeError], "match": [ValueError],
                      "default": [7], "base": [Base], "raise-type": [ValueError],
                      "raise-arg": ["arg"], "cause": [KeyError("cause")]})
except ValueError as e:
    print("escaped", repr(e), repr(e.__cause__), e.__suppress_context__)
