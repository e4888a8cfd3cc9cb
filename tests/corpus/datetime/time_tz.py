# time, tzinfo and timezone: reprs, offsets, comparisons, hashing, errors
from datetime import time, timezone, timedelta, tzinfo, datetime, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((23, 59, 59, 999999), {}), ((0, 0, 1), {}), ((0, 0, 0, 1), {}),
                 ((12,), {"fold": 1}), ((24,), {}), ((-1,), {}), ((0, 60), {}),
                 ((0, 0, 60), {}), ((0, 0, 0, 1000000), {}), ((0,), {"fold": 2}),
                 ((0,), {"tzinfo": 5}), (("1",), {}), ((1.0,), {}),
                 ((5, 6), {"tzinfo": timezone.utc}),
                 ((5, 6, 7, 8), {"tzinfo": timezone(timedelta(hours=-3), "X"), "fold": 1})]:
    show(lambda: time(*args, **kw))
print(time.min, time.max, time.resolution)

t = time(13, 5, 9, 250)
print(t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nope"]:
    show(lambda: t.isoformat(spec))
    show(lambda: time(1, 2).isoformat(spec))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), t.replace(microsecond=0))
show(lambda: t.replace(minute=99))
print(t.utcoffset(), t.tzname(), t.dst(), format(t, "%H.%M.%S.%f %p"), f"{t}")
print(t < time(14), t == time(13, 5, 9, 250), t != time(13), t >= time(13, 5, 9, 251))
a = time(12, tzinfo=timezone(timedelta(hours=1)))
b = time(11, tzinfo=timezone.utc)
print(a == b, a < b, a <= b, hash(a) == hash(b), a.utcoffset(), a.tzname(), str(a))
show(lambda: a < time(12))
print(a == time(12), a != time(12))
print(time(0) == 0, bool(time(0)))

# timezone
for args in [(timedelta(0),), (timedelta(hours=5),), (timedelta(hours=-5, minutes=-30),),
             (timedelta(minutes=1, seconds=30),), (timedelta(microseconds=1),),
             (timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(0), "Z"),
             (timedelta(hours=1), "CET"), (5,), (timedelta(0), 5),
             (timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),)]:
    show(lambda: timezone(*args))
    try:
        z = timezone(*args)
        print(" ", str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
    except Exception:
        pass
print(repr(timezone.min), repr(timezone.max), timezone.utc is UTC, timezone(timedelta(0)) is UTC)
print(timezone(timedelta(0), "UTC") is UTC, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "B")))
show(lambda: UTC.utcoffset(5))
show(lambda: UTC.tzname("x"))
show(lambda: UTC.dst(1))
show(lambda: UTC.fromutc(datetime(2020, 1, 1)))
show(lambda: UTC.fromutc(5))
z = timezone(timedelta(hours=2))
print(z.fromutc(datetime(2020, 1, 1, tzinfo=z)))
print(isinstance(UTC, tzinfo), issubclass(timezone, tzinfo))


# a user tzinfo with DST
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        end = datetime(dt.year, 11, 1, 1)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


e = Eastern()
for m in (1, 6, 12):
    x = datetime(2021, m, 15, 12, tzinfo=e)
    print(repr(x), x, x.utcoffset(), x.dst(), x.tzname(), x.astimezone(UTC), x.timetuple()[:8] if False else "")
    u = datetime(2021, m, 15, 12, tzinfo=UTC)
    print(u.astimezone(e), e.fromutc(u.replace(tzinfo=e)))
print(time(1, tzinfo=e).utcoffset(), time(1, tzinfo=e).tzname())


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7

    def dst(self, dt):
        return timedelta(days=2)


bad = datetime(2020, 1, 1, tzinfo=Bad())
show(lambda: bad.utcoffset())
show(lambda: bad.tzname())
show(lambda: bad.dst())
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))
