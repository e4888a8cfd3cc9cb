# Native recursion (repr, str, ==, hash of nested objects) counts against the recursion
# limit as in CPython: shallow structures work, deep ones raise RecursionError.
import sys


def nest(make, depth, leaf):
    v = leaf
    for _ in range(depth):
        v = make(v)
    return v


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except RecursionError as e:
        print(label, "RecursionError:", e)


for depth in (10, 400, 5000):
    lists = nest(lambda v: [v], depth, [])
    tuples = nest(lambda v: (v,), depth, ())
    dicts = nest(lambda v: {1: v}, depth, {})
    excs = nest(lambda v: ValueError(v), depth, ValueError())
    slices = nest(slice, depth, None)
    attempt(f"repr list {depth}", lambda: repr(lists))
    attempt(f"repr tuple {depth}", lambda: repr(tuples))
    attempt(f"repr dict {depth}", lambda: repr(dicts))
    attempt(f"repr exception {depth}", lambda: repr(excs))
    attempt(f"str exception {depth}", lambda: str(excs))
    attempt(f"repr slice {depth}", lambda: repr(slices))
    attempt(f"eq list {depth}", lambda: lists == nest(lambda v: [v], depth, []))
    attempt(f"eq dict {depth}", lambda: dicts == nest(lambda v: {1: v}, depth, {}))
    attempt(f"eq slice {depth}", lambda: slices == nest(slice, depth, None))
    attempt(f"lt tuple {depth}", lambda: tuples < nest(lambda v: (v,), depth, (1,)))

for n in (1, 0, -5, 2**31, 2**100, 1.5, "x"):
    try:
        sys.setrecursionlimit(n)
        print("setrecursionlimit", n, "ok")
    except (ValueError, OverflowError, TypeError) as e:
        print("setrecursionlimit", n, type(e).__name__, e)
    sys.setrecursionlimit(1000)


def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print("RecursionError", str(e).split(" at the")[0])
        return
    deep(n - 1)


deep(20)
print(sys.getrecursionlimit())
