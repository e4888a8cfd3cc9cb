# A condition's truth is tested once per operand, as CPython's jumps test it; a failing
# truth test is reported at the statement (no carets), a comparison's result at the
# comparison.
import traceback


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


class Cmp:
    def __lt__(self, o):
        return Falsy()


class Counted:
    calls = 0

    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        Counted.calls += 1
        print("bool", self.truth)
        return self.truth


F = Falsy()


def a(x):
    if x:
        pass


def b(x):
    if not x:
        pass


def c(x):
    if 1 and x:
        pass


def d(x):
    if Cmp() < 1:
        pass


def e(x):
    if not (Cmp() < 1):
        pass


def g(x):
    while x:
        pass


def h(x):
    while not x: pass


def i(x):
    assert x


def j(x):
    return [1 for _ in range(3) if x]


def l(x):
    if (x if 1 else 2):
        pass


def m(x):
    if 0 or x or 1:
        pass


def n(x):
    if 0 < 1 < Cmp():
        pass


def o(x):
    y = 1; z = x or 2


def p(x):
    if x(): pass


def q(x):
    if 1 < x: pass


def r(x):
    if x.nope: pass


def s(x):
    y = 1; z = not x


def t(x):
    if x:
        return 1
    return 2


for fn in (a, b, c, d, e, g, h, i, j, l, m, n, o, p, q, r, s, t):
    try:
        fn(F)
    except Exception:
        traceback.print_exc()

T, N = Counted(True), Counted(False)
for label, fn in [
    ("and", lambda: 1 if T and N else 2),
    ("or", lambda: 1 if N or T else 2),
    ("not and", lambda: 1 if not (T and T) else 2),
    ("ifexp", lambda: 1 if (T if N else N) else 2),
]:
    Counted.calls = 0
    print(label, fn(), Counted.calls)


def cond_stmt(x, y):
    if x and y:
        return "both"
    if x or y:
        return "one"
    return "none"


for x, y in [(T, T), (T, N), (N, T), (N, N)]:
    Counted.calls = 0
    print(cond_stmt(x, y), Counted.calls)

Counted.calls = 0
w = [T, N]
while w and w.pop():
    print("loop")
print(Counted.calls, len(w))
print(len([v for v in (T, N, T) if v and v]), Counted.calls)
