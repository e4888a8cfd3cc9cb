# date: construction, calendar arithmetic, ordinals, ISO calendar, errors
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(2024, 1, 2), (1, 1, 1), (9999, 12, 31), (2000, 2, 29), (1900, 2, 29),
             (2024, 2, 29), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (-1, 1, 1),
             (2020, 0, 1), (2020, 13, 1), (2020, 4, 31), (2020, 1, 0), (2020, 1, 32),
             ("2020", 1, 1), (2020.0, 1, 1), (2020, None, 1), (True, True, True)]:
    show(lambda: date(*args))
show(lambda: date(2020))
show(lambda: date(2020, 1))
show(lambda: date(year=2020, month=5, day=17))
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.isoformat(), str(d), d.ctime())
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar())
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2024, 1, 2), type(ic).__name__)
for y in (1, 2, 4, 100, 400, 1582, 1900, 1969, 1970, 2000, 2020, 2021, 2024, 9999):
    for m, dd in ((1, 1), (1, 4), (2, 28), (3, 1), (12, 28), (12, 31)):
        x = date(y, m, dd)
        o = x.toordinal()
        assert date.fromordinal(o) == x
        print(x, o, x.weekday(), tuple(x.isocalendar()), x.ctime())
for n in (1, 2, 365, 366, 730120, 3652059, 0, -5, 3652060, 1.0):
    show(lambda: date.fromordinal(n))
show(lambda: date.fromisocalendar(2020, 53, 7))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2015, 53, 1))
show(lambda: date.fromisocalendar(2020, 0, 1))
show(lambda: date.fromisocalendar(2020, 1, 0))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date.fromisocalendar(9999, 52, 5))

print(d + timedelta(days=30), d - timedelta(days=2), timedelta(days=366) + d)
print(d + timedelta(hours=23), d - timedelta(hours=1), d + timedelta(seconds=-1))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d - d)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.min + timedelta(-1))
print(d.replace(day=29), d.replace(year=2000, month=2), d.replace())
show(lambda: d.replace(month=13))
show(lambda: date(2024, 2, 29).replace(year=2023))
print(d == date(2024, 1, 2), d != date(2024, 1, 3), d < date(2024, 1, 3), d >= date(2025, 1, 1))
print(d == 5, d != "x", sorted([date(2020, 5, 1), date(2019, 12, 31), d]))
print(hash(d) == hash(date(2024, 1, 2)), len({d, date(2024, 1, 2), date(2024, 1, 3)}))
for bad in ["d + 1", "d - 1", "d < 1", "d + d"]:
    try:
        eval(bad)
    except TypeError:
        print(bad, "TypeError")
print(format(d, ""), format(d, "%d.%m.%Y"), f"{d}", f"{d:%A %B}")


class MyDate(date):
    def hello(self):
        return "hi %d" % self.year


m = MyDate(2020, 5, 6)
print(repr(m), m.hello(), type(m + timedelta(1)).__name__, type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, MyDate.fromisoformat("2020-01-01"), m == date(2020, 5, 6))
