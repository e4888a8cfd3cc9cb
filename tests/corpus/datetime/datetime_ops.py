# datetime: construction, arithmetic across days and zones, naive/aware rules, timestamps
from datetime import datetime, date, time, timedelta, timezone, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((2024, 1, 2), {}), ((2024, 1, 2, 3), {}), ((2024, 1, 2, 3, 4), {}),
                 ((2024, 1, 2, 3, 4, 5), {}), ((2024, 1, 2, 0, 0, 0, 6), {}),
                 ((2024, 1, 2, 0, 0, 5), {}), ((2024, 1, 2), {"tzinfo": UTC}),
                 ((2024, 1, 2), {"fold": 1}), ((2024, 2, 30), {}), ((2024, 1, 2, 24), {}),
                 ((2024,), {}), ((2024, 1), {}), ((2024, 1, 2), {"tzinfo": "UTC"}),
                 ((2024, 1, 2, 1, 2, 3, 4, timezone(timedelta(hours=-8), "PST")), {}),
                 ((), {"year": 1, "month": 1, "day": 1, "microsecond": 5})]:
    show(lambda: datetime(*args, **kw))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))

dt = datetime(2024, 1, 2, 3, 4, 5, 678)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), dt.timetz(), repr(dt.date()), repr(dt.time()))
print(dt.weekday(), dt.isoweekday(), dt.toordinal(), dt.isocalendar(), dt.ctime())
print(str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat("x", "minutes"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bad"]:
    show(lambda: dt.isoformat(timespec=spec))
print(dt + timedelta(hours=21), dt - timedelta(days=3, microseconds=679), timedelta(1) + dt)
print(dt - datetime(2023, 12, 31), datetime(2023, 12, 31) - dt, dt - dt)
print(datetime(2024, 2, 28, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2023, 12, 31, 23) + timedelta(hours=1), datetime(2024, 3, 1) - timedelta(seconds=1))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
print(dt.replace(year=2000, tzinfo=UTC), dt.replace(microsecond=0), dt.replace(fold=1))
show(lambda: dt.replace(day=40))
show(lambda: dt.replace(tzinfo=3))

aware = datetime(2024, 1, 2, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
utc = datetime(2024, 1, 2, 6, 30, tzinfo=UTC)
print(aware == utc, hash(aware) == hash(utc), aware - utc, aware.astimezone(UTC), utc.astimezone(aware.tzinfo))
print(aware - datetime(2024, 1, 1, tzinfo=UTC), aware.utcoffset(), aware.tzname(), aware.dst())
print(aware.timestamp(), utc.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(aware.utctimetuple()[:6], aware.isoformat(), str(aware))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-3661, microseconds=5))).isoformat())
show(lambda: dt < aware)
show(lambda: dt - aware)
print(dt == aware, dt != aware)
show(lambda: dt < date(2024, 1, 2))
show(lambda: date(2024, 1, 2) < dt)
print(dt == date(2024, 1, 2), date(2024, 1, 2) == datetime(2024, 1, 2), dt != date(2024, 1, 2))
show(lambda: dt.astimezone(5))
print(sorted([utc, aware.replace(hour=11), datetime(2024, 1, 1, tzinfo=UTC)]))
print(max(dt, datetime(2025, 1, 1)), dt < datetime(2024, 1, 2, 3, 4, 5, 679), dt >= dt)

for ts in (0, 1, -1, 86399.5, 1e9, 1700000000.123456, 1700000000.9999996, -0.5,
           253402300799, 253402300800, -62135596800, -62135596801):
    show(lambda: datetime.fromtimestamp(ts, UTC))
    show(lambda: datetime.utcfromtimestamp(ts))
show(lambda: datetime.fromtimestamp(0, timezone(timedelta(hours=-3))))
show(lambda: datetime.fromtimestamp("0"))
show(lambda: datetime.fromtimestamp(float("nan")))
show(lambda: datetime.fromtimestamp(0, tz=5))
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC)))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC), tzinfo=None)))
show(lambda: datetime.combine(5, time()))
show(lambda: datetime.combine(date(2020, 1, 1), 5))
print(datetime.combine(datetime(2020, 1, 2, 5), time(1)))
x = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
print(x.utctimetuple()[:], datetime(2024, 1, 2).timetuple()[:] if False else "")
print(hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5, 678)), len({dt, dt.replace(fold=1)}))
print(datetime(2024, 1, 2) == datetime(2024, 1, 2, fold=1), isinstance(dt, date))


class MyDT(datetime):
    pass


m = MyDT(2020, 1, 2, 3)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__,
      type(MyDT.fromisoformat("2020-01-01")).__name__, type(MyDT.combine(date(2020, 1, 1), time())).__name__,
      type(MyDT.strptime("2020", "%Y")).__name__, type(m.astimezone(UTC)).__name__)
print(repr(MyDT.fromtimestamp(0, UTC)), repr(m.replace(hour=4)))
