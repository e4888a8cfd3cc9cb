def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(x, /, y):
    return x, y
def h(*args, **kwargs):
    return args, kwargs
print(f(1, 2, d=4), f(1, b=2, c=0, d=4, e=6), g(1, y=2), h(1, 2, k=3), h())
calls = [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, d=1, z=0), lambda: f(1, 2, a=1, d=1),
         lambda: g(x=1, y=2), lambda: g(1, 2, 3), lambda: (lambda: 0)(1), lambda: (lambda a, b: 0)(1), lambda: f(),
         lambda: len(), lambda: len(1, 2), lambda: int("x"), lambda: isinstance(1), lambda: "".join(1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print(outer())
def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([a(10) for a in make_adders()])
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
print(s(), s(), s())
def uses_before_assign():
    print(y)
    y = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)
print(recurse(500))
print((lambda *a, **k: (a, k))(1, x=2))
def annotated(a: int, b: str = "x") -> str:
    return b * a
print(annotated(2), annotated.__name__)
