# gmtime / localtime / mktime / asctime / ctime over fixed timestamps (the local zone
# is UTC where this runs), and struct_time's tuple and attribute sides.
import time

for secs in [0, 1, -1, -1.5, 1.9, 86399, 86400, 951782400, 1e9, 1234567890,
             2**31, 4102444800, -2208988800, 253402300799, 68195, True]:
    g = time.gmtime(secs)
    print(secs, g)
    print(" ", g.tm_zone, g.tm_gmtoff, time.asctime(g), time.mktime(g))
    print(" ", time.localtime(secs) == g, time.ctime(secs), len(g), g[:3], g[-1])

t = time.gmtime(1e9)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday,
      t.tm_yday, t.tm_isdst)
print(list(t), tuple(t) == t, isinstance(t, tuple), type(t).__name__)
print(type(t).__module__, type(t).__name__)
y, m, d, *rest = t
print(y, m, d, rest)
print(time.mktime((2024, 3, 5, 12, 34, 56, 0, 0, -1)))
print(time.mktime((2024, 14, 40, 25, 61, 61, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((999, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((2024, 2, 29, 9, 5, 3, 3, 60, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (2024, 0, 1, 0, 0, 0, 0, 1, 0), (1, 2), [2024, 1, 1, 0, 0, 0, 0, 1, 0], "x",
            (2024, 1, 1, 0, 0, 0, 0, 1, 0.5)]:
    try:
        print(time.asctime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1, 2), "x", None]:
    try:
        print(time.mktime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["x", float("nan"), 1e20, [1]]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for t in [(2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0),
          (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 0, 0, 2**40, 1, 0), (2024, -2**40, 1, 0, 0, 0, 0, 1, 0)]:
    for f in (time.asctime, time.mktime, lambda t: time.strftime("%Y %s %G", t)):
        try:
            print(f(t))
        except Exception as e:
            print(type(e).__name__, e)
