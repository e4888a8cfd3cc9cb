# timedelta: normalisation, reprs, str, arithmetic, comparisons, errors
from datetime import timedelta


def show(f):
    try:
        r = f()
        print(repr(r), str(r) if isinstance(r, timedelta) else "")
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
                 ((1, 2, 3), {}), ((0, 86400), {}), ((0, 0, 10**6), {}),
                 ((), {"weeks": 2, "days": -3, "hours": 25, "minutes": -61}),
                 ((), {"milliseconds": 1.5}), ((), {"microseconds": 0.5}),
                 ((), {"microseconds": 1.5}), ((), {"microseconds": -0.5}),
                 ((), {"days": 0.1}), ((), {"seconds": 1e-7}), ((), {"hours": -1.25}),
                 ((1.5, 0.25, 0.75), {}), ((), {"days": 999999999}),
                 ((), {"days": -999999999}), ((), {"days": 1000000000}),
                 ((), {"days": -1000000000}), (("1",), {}), ((None,), {}),
                 ((), {"weeks": 1e5})]:
    show(lambda: timedelta(*args, **kw))

a = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
b = timedelta(hours=-5, microseconds=3)
print(a.days, a.seconds, a.microseconds, a.total_seconds(), b.total_seconds())
for expr in ["a + b", "a - b", "b - a", "-a", "+b", "abs(b)", "abs(a)", "a * 3", "3 * a",
             "a * -2", "a * 0.5", "0.5 * b", "a * 1e-9", "a / 3", "a / 7.5", "a / b",
             "a // 3", "a // b", "a % b", "divmod(a, b)", "divmod(b, a)", "a / -3",
             "b // -7", "a / 0", "a // 0", "a % timedelta(0)", "a / 0.0",
             "a < b", "a > b", "a == timedelta(3, 14706, 7)", "a != a", "a <= a",
             "a >= b", "bool(timedelta(0))", "bool(b)", "a == 1", "a != 'x'",
             "timedelta.max + timedelta(1)", "timedelta.min - timedelta(1)",
             "timedelta.min", "timedelta.max", "timedelta.resolution",
             "hash(a) == hash(timedelta(3, 14706, 7))",
             "timedelta(seconds=1) / timedelta(microseconds=3)",
             "timedelta(days=1) * 2.675", "-timedelta.max", "timedelta(1) * True",
             "timedelta(microseconds=-1) // 2", "timedelta(microseconds=-1) / 2",
             "timedelta(microseconds=3) / 2", "timedelta(microseconds=5) / 2",
             "str(timedelta(days=-2, microseconds=1))", "str(timedelta(2))",
             "sorted([a, b, timedelta(0)])", "max(a, b)", 
             "{a: 1}[timedelta(3, 14706, 7)]"]:
    show(lambda: eval(expr))

for bad in ["a + 1", "a * 'x'", "a < 1", "a / 'x'", "1 - a", "a * None"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError")


class Sub(timedelta):
    pass


s = Sub(hours=1)
print(repr(s), type(s + s).__name__, type(-s).__name__, isinstance(s, timedelta), s == timedelta(hours=1))
