"""datetime's calendar half: helpers, timedelta and date (re-exported by datetime)."""

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    # Days since 0001-01-01 is day 1 (proleptic Gregorian).
    y1 = y - 1
    before = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    before += _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y))
    return before + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return f(v)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


def _typename(v):
    t = type(v)
    if t.__module__ in ("builtins", "__main__"):
        return t.__qualname__ if t.__module__ == "builtins" else t.__name__
    return "%s.%s" % (t.__module__, t.__qualname__)


def _cls_repr(self):
    # CPython's C types print their dotted tp_name; a subclass its bare name.
    t = type(self)
    return "datetime." + t.__name__ if t.__module__ == "datetime" else t.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_typename(a), _typename(b)))


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _exact(v, what):
    """An int or float as an exact (numerator, denominator) pair."""
    if isinstance(v, int):
        return int(v), 1
    if isinstance(v, float):
        return v.as_integer_ratio()
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (what, type(v).__name__))


def _round_half_even(n, d):
    q, r = divmod(n, d)
    r2 = 2 * r
    if r2 > d or (r2 == d and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        num, den = 0, 1
        for v, f, what in ((days, 86400000000, "days"), (seconds, 1000000, "seconds"),
                           (microseconds, 1, "microseconds"),
                           (milliseconds, 1000, "milliseconds"),
                           (minutes, 60000000, "minutes"), (hours, 3600000000, "hours"),
                           (weeks, 604800000000, "weeks")):
            if type(v) is int and den == 1:
                num += v * f
                continue
            n, d = _exact(v, what)
            num, den = num * d + n * f * den, den * d
        return cls._from_us(num if den == 1 else _round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_cls_repr(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        return self._us() / 10**6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._us(), other)
                                      if other > 0 else
                                      _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)


_MISSING = object()


def _wall_clock():
    import time
    return time.time()


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day", "_hashcode")
    _is_dt = False

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _timestamp_fields(t, False)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall_clock())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10) or not date_string.isascii():
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            ymd = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isoweek_to_gregorian(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_repr(self), self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        from _datetime_text import strftime
        return strftime(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp_date(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date) and not other._is_dt:
            return self._cmp_date(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not other._is_dt:
            return self._cmp_date(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not other._is_dt:
            return self._cmp_date(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not other._is_dt:
            return self._cmp_date(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not other._is_dt:
            return self._cmp_date(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not other._is_dt:
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _isoweek1monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isoweek_to_gregorian(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first_wd = _ymd2ord(year, 1, 1) % 7
            ok = first_wd == 4 or (first_wd == 3 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1)


def _digits(s):
    if not (s.isascii() and s.isdigit()):
        raise ValueError("not digits")
    return int(s)


def _parse_iso_date(s):
    year = _digits(s[0:4])
    dash = s[4:5] == "-"
    pos = 4 + dash
    if s[pos:pos + 1] == "W":
        week = _digits(s[pos + 1:pos + 3])
        pos += 3
        day = 1
        if len(s) > pos:
            if (s[pos] == "-") != dash:
                raise ValueError("Inconsistent use of dash separator")
            day = _digits(s[pos + dash:pos + dash + 1])
            if len(s) != pos + dash + 1:
                raise ValueError("bad length")
        return _isoweek_to_gregorian(year, week, day)
    month = _digits(s[pos:pos + 2])
    pos += 2
    if (s[pos:pos + 1] == "-") != dash:
        raise ValueError("Inconsistent use of dash separator")
    pos += dash
    if len(s) != pos + 2:
        raise ValueError("bad length")
    return year, month, _digits(s[pos:pos + 2])


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ("%s(year=%d, week=%d, weekday=%d)"
                % (_cls_repr(self), self[0], self[1], self[2]))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    fields = (y, m, d, hh, mm, ss, wday, yday, dst)
    try:
        from time import struct_time
    except ImportError:  # minipy without `time`: a plain 9-tuple
        return fields
    return struct_time(fields)


def _timestamp_fields(t, utc):
    """(y, m, d, hh, mm, ss, us) of a POSIX timestamp, UTC or local."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        n, d = t.as_integer_ratio()
        us = _round_half_even(n * 1000000, d)
    elif isinstance(t, int):
        us = t * 1000000
    else:
        f = getattr(type(t), "__float__", None)
        if f is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        return _timestamp_fields(f(t), utc)
    secs, us = divmod(us, 1000000)
    if not utc:
        secs += _local_offset(secs)
    days, secs = divmod(secs, 86400)
    o = days + 719163
    if not 0 < o <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % _ord2ymd(o)[0])
    y, m, d = _ord2ymd(o)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


def _local_offset(secs):
    """Seconds east of UTC of local time at POSIX time `secs` (0 without `time`)."""
    try:
        import time
        lt = time.localtime(secs)
    except (ImportError, AttributeError, OverflowError, OSError, ValueError):
        return 0
    return lt.tm_gmtoff or 0


