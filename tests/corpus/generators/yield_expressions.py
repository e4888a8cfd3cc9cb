# yield anywhere an expression may stand: operands evaluated before a yield keep their
# values (and CPython's order), and/or/if-else and comparison chains skip what they skip.


def trace(name, value=None):
    print("eval", name)
    return name if value is None else value


def drive(gen, answers):
    """Sends each prompt the generator yields the next answer queued for it."""
    queues = {k: list(v) for k, v in answers.items()}
    try:
        prompt = next(gen)
        while True:
            print("prompt", prompt)
            q = queues.get(prompt)
            prompt = gen.send(q.pop(0) if q else None)
    except StopIteration as e:
        print("returned", e.value)


def operands():
    x = trace("a", 1) + (yield "binop")
    print("x =", x)
    print((yield "in-call") + 1)
    f = trace("callee", lambda *a, **k: (a, k))
    r = f(trace("p1", 1), (yield "p2"), trace("p3", 3), k=(yield "kw"))
    print("r =", r)
    print([1, (yield "list"), 3], (trace("t"), (yield "tuple")))
    print({trace("k1"): (yield "dict-value"), (yield "dict-key"): trace("v2")})
    s = {(yield "set1"), (yield "set2")}
    print(sorted(s))
    print(-(yield "neg"), not (yield "not"))
    text = "abcdef"
    print(text[trace("lo", 1):(yield "hi")], text[(yield "index")])
    print((yield "attr").real)
    print(trace("obj", [3, 1, 2]).index((yield "method-arg")))
    print(*(yield "star"), *(yield "star2"), sep=(yield "sep"))
    print(dict(**(yield "kwargs"), z=(yield "z")))
    print([*trace("first", [1]), *(yield "star-display")])
    n = (v := (yield "walrus")) + v
    print("walrus", n, v)
    y = yield (yield "inner")
    print("yield of yield", y)
    return [(yield "ret1"), (yield "ret2")]


drive(operands(), {"binop": [10], "in-call": [2], "p2": [2], "kw": ["K"], "list": [2],
                   "tuple": ["T"], "dict-value": ["dv"], "dict-key": ["dk"], "set1": [5],
                   "set2": [4], "neg": [3], "not": [""], "hi": [3], "index": [-1],
                   "attr": [2.5], "method-arg": [2], "star": "ab", "star2": ["c"],
                   "sep": ["-"], "kwargs": [{"a": 1}], "z": [2], "star-display": [[2, 3]],
                   "walrus": [21], "inner": ["i"], "i": ["outer"], "ret1": ["r1"],
                   "ret2": ["r2"]})


def conditionals():
    a = (yield "if-body") if trace("test", True) else trace("no")
    print("a", a)
    b = trace("yes") if (yield "if-test") else (yield "if-else")
    print("b", b)
    c = trace("zero", 0) and (yield "and-skipped")
    print("c", c)
    d = trace("one", 1) and (yield "and1") and trace("z")
    print("d", d)
    e = trace("zero", 0) or (yield "or1") or trace("w")
    print("e", e)
    f = (yield "first") or trace("after")
    print("f", f)
    g = trace("a", 1) and trace("b", 2) and (yield "late")
    print("g", g)
    h = trace("p", 0) or trace("q", 0) or (yield "or-late") or trace("r", 7)
    print("h", h)


drive(conditionals(), {"if-body": [5], "if-test": [0], "if-else": [7], "and1": [1],
                       "or1": [0], "first": [0], "late": [3], "or-late": [0]})


def chains():
    r = trace("a", 1) < (yield "mid") < trace("c", 10)
    print("r", r)
    r = trace("a", 1) < trace("b", 5) < (yield "last")
    print("r", r)
    r = trace("a", 9) < trace("b", 5) < (yield "skipped")
    print("r", r)
    r = 1 < 2 < (yield "x") < 4 < (yield "y")
    print("r", r)
    r = trace("x", 1) == (yield "eq") != trace("y", 2)
    print("r", r)


drive(chains(), {"mid": [5], "last": [7], "x": [3], "y": [5], "eq": [1]})
drive(chains(), {"mid": [50], "last": [3], "x": [9], "eq": [2]})


def fstrings():
    print(f"{trace('a')}{(yield 'field')!r:>6}{trace('b')}")
    print(f"{(yield 'value'):{(yield 'width')}}|")
    print(f"{trace('x')=} {(yield 'debug')=}")


drive(fstrings(), {"field": ["fv"], "value": ["val"], "width": [8], "debug": [42]})


def statements():
    total = 5
    total += yield "aug-name"
    print("total", total)
    lst = [1, 2]
    alias = lst
    lst += yield "aug-list"
    print(lst, alias is lst)
    first = second = (yield "multi")
    print(first, second)
    p, q = (yield "unpack")
    print(p, q)
    assert (yield "assert-test"), (yield "assert-msg")
    return (yield "return")


drive(statements(), {"aug-name": [10], "aug-list": [[3]], "multi": ["m"], "unpack": ["pq"],
                     "assert-test": [True], "return": ["done"]})
try:
    drive(statements(), {"aug-name": [1], "aug-list": [[]], "multi": [0], "unpack": [(1, 2)],
                         "assert-test": [0], "assert-msg": ["why"]})
except AssertionError as e:
    print("AssertionError", e)

# A lambda holding yield is a generator function.
lam = lambda: (yield 1) + (yield 2)
gl = lam()
print(next(gl), gl.send(10))
try:
    gl.send(20)
except StopIteration as e:
    print("lambda returned", e.value)
print(list((lambda: (yield "only"))()))


def nested_scopes():
    x = yield "x"
    f = lambda: x
    def inner():
        nonlocal x
        x += (yield "inner-yield")
        return x
    yield f()
    gi = inner()
    print(next(gi))
    try:
        gi.send(5)
    except StopIteration as e:
        print("inner returned", e.value, x)
    print([v * 2 for v in (yield "comprehension-iterable")])
    print(list(v for v in (yield "genexp-iterable")))


g = nested_scopes()
print(next(g), g.send(3), g.send(None))
print(g.send([1, 2]))
try:
    g.send("ab")
except StopIteration:
    print("done")
