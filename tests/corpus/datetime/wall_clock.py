# the wall clock through `time`: now/today/utcnow, local conversions, timetuple, uuid1
# (types and properties only; never the values)
import datetime as D
import uuid

n = D.datetime.now()
u = D.datetime.utcnow()
t = D.date.today()
z = D.datetime.now(D.timezone.utc)
print(type(n).__name__, type(u).__name__, type(t).__name__, z.tzinfo, n.tzinfo, u.tzinfo)
print(abs((z.replace(tzinfo=None) - u).total_seconds()) < 5, abs((D.datetime.fromtimestamp(z.timestamp(), D.timezone.utc) - z).total_seconds()) < 1e-3)
print(type(D.datetime(2024, 1, 2, 3, 4, 5).timetuple()).__name__, D.datetime(2024, 1, 2, 3, 4, 5).timetuple())
print(D.date(2024, 3, 4).timetuple()[:], D.datetime(2024, 1, 2, tzinfo=D.timezone.utc).utctimetuple())
print(D.datetime.fromtimestamp(0).year in (1969, 1970), D.datetime(2024, 1, 2).timestamp() > 0)
a = D.datetime(2024, 1, 2, 3, 4, 5).astimezone()
print(a.tzinfo is not None, a.utcoffset() is not None, type(a.tzname()).__name__)
print(D.datetime(2024, 1, 2, tzinfo=D.timezone.utc).astimezone().tzinfo is not None)
x = uuid.uuid1()
y = uuid.uuid1()
print(x.version, x.variant, x != y, x.node == y.node == uuid.getnode(), uuid.uuid1(node=5, clock_seq=7).clock_seq)
