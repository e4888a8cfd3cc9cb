"""datetime's clock half: tzinfo, time, datetime and timezone (re-exported by datetime)."""

from _datetime_date import (
    _DAYNAMES, _MAXORDINAL, _MISSING, _MONTHNAMES, _ONE_DAY, _check_date, _check_offset,
    _check_time, _check_tzname, _cls_repr, _cmp, _cmperror, _digits, _format_offset,
    _format_time, _local_offset, _ord2ymd, _parse_iso_date, _struct_time,
    _timestamp_fields, _wall_clock, date, timedelta)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        args = getattr(self, "__getinitargs__", None)
        args = args() if args else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _tz_call(tz, name, dt):
    if tz is None:
        return None
    v = getattr(tz, name)(dt)
    if name == "tzname":
        _check_tzname(v)
    else:
        _check_offset(name, v)
    return v


def _parse_hms(s):
    """HH[:?MM[:?SS]][{.,}f+] -> ([hh, mm, ss, us], whole string used)."""
    comps = [0, 0, 0, 0]
    pos, n = 0, len(s)
    sep = False
    for i in range(3):
        comps[i] = _digits(s[pos:pos + 2]) if pos + 2 <= n else _digits("")
        pos += 2
        c = s[pos:pos + 1]
        pos += 1
        if i == 0:
            sep = c == ":"
        if not c or pos >= n:
            return comps, not c
        if sep and c == ":":
            continue
        if c in ".,":
            break
        if sep:
            raise ValueError("Malformed time separator")
        pos -= 1
    else:
        return comps, False
    k = min(n - pos, 6)
    comps[3] = _digits(s[pos:pos + k]) * 10 ** (6 - k)
    pos += k
    while pos < n and s[pos] in "0123456789":
        pos += 1
    return comps, pos == n


def _parse_iso_time(s):
    """[hh, mm, ss, us, offset-or-None-or-True(utc)] of an ISO time."""
    cut = 0
    while cut < len(s) and s[cut] not in "Z+-":
        cut += 1
    comps, whole = _parse_hms(s[:cut])
    if cut == len(s):
        if not whole:
            raise ValueError("trailing characters")
        return comps + [None]
    if s[cut] == "Z":
        if cut != len(s) - 1:
            raise ValueError("junk after Z")
        return comps + [True]
    (hh, mm, ss, us), whole = _parse_hms(s[cut + 1:])
    if not whole:
        raise ValueError("trailing characters")
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return comps + [-off if s[cut] == "-" else off]


def _iso_tz(off):
    if off is None:
        return None
    if off is True or not off:
        return timezone.utc
    return timezone(off)


def _iso_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    raise ValueError("Invalid ISO string")
                if n > 10 and s[10] in "0123456789":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        i = 7
        while i < n and s[i] in "0123456789":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff, otoff = self.utcoffset(), other.utcoffset()
            same = myoff == otoff
        if same:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        b = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((a, self._second, self._microsecond),
                    (b, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if not off:
                self._hashcode = hash(self._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_cls_repr(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            if not s.isascii():
                raise ValueError("not ASCII")
            *comps, off = _parse_iso_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(*comps, _iso_tz(off))

    def strftime(self, fmt):
        from _datetime_text import strftime
        return strftime(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        return _tz_call(self._tzinfo, "utcoffset", None)

    def tzname(self):
        return _tz_call(self._tzinfo, "tzname", None)

    def dst(self):
        return _tz_call(self._tzinfo, "dst", None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), self._key() + (self._tzinfo,))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")
    _is_dt = True

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        y, m, d, hh, mm, ss, us = _timestamp_fields(t, utc)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_wall_clock(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_wall_clock())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_cls):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_cls):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        bad = "Invalid isoformat string: %r" % (date_string,)
        if len(date_string) < 7 or not date_string.isascii():
            raise ValueError(bad)
        try:
            sep = _iso_separator(date_string)
            ymd = _parse_iso_date(date_string[:sep])
            rest = date_string[sep + 1:]
            if len(date_string) > sep:
                *comps, off = _parse_iso_time(rest)
            else:
                comps, off = [0, 0, 0, 0], None
        except ValueError:
            raise ValueError(bad) from None
        return cls(*ymd, *comps, _iso_tz(off))

    @classmethod
    def strptime(cls, date_string, format):
        from _datetime_text import strptime
        return strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else int(bool(dst))
        return _struct_time(self._year, self._month, self._day,
                            self._hour, self._minute, self._second, dst)

    def _local_seconds(self):
        return ((self.toordinal() - 719163) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)

    def _mktime(self):
        t = self._local_seconds()
        u = t - _local_offset(t)
        return t - _local_offset(u)

    def timestamp(self):
        if self._tzinfo is None:
            return self._mktime() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        off = self.utcoffset()
        if off:
            self -= off
        return _struct_time(self._year, self._month, self._day,
                            self._hour, self._minute, self._second, 0)

    def date(self):
        return _date_cls(self._year, self._month, self._day)

    def time(self):
        return _time_cls(self._hour, self._minute, self._second, self._microsecond,
                         fold=self._fold)

    def timetz(self):
        return _time_cls(self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        try:
            import time
            lt = time.localtime(ts)
            return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)
        except (ImportError, AttributeError, OverflowError, OSError, ValueError):
            return timezone(timedelta(0), "UTC")

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        else:
            _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            off = mytz.utcoffset(self)
        else:
            off = mytz.utcoffset(self)
            if off is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                off = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = "%s(%s)" % (_cls_repr(self), ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def utcoffset(self):
        return _tz_call(self._tzinfo, "utcoffset", self)

    def tzname(self):
        return _tz_call(self._tzinfo, "tzname", self)

    def dst(self):
        return _tz_call(self._tzinfo, "dst", self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff, otoff = self.utcoffset(), other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            same = myoff == otoff
        if same:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other)
        if isinstance(other, _date_cls):
            _cmperror(self, other)
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = (self._local_seconds() * 1000000 + self._microsecond + other._us())
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        o = days + 719163
        if not 0 < o <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(o)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(
            (self._local_seconds() - other._local_seconds()) * 1000000
            + self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff, otoff = self.utcoffset(), other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._key())
            else:
                self._hashcode = hash(timedelta(
                    self.toordinal(),
                    self._hour * 3600 + self._minute * 60 + self._second,
                    self._microsecond) - off)
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._key() + (self._tzinfo,))


_date_cls = date
_time_cls = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_repr(self), self._offset)
        return "%s(%r, %r)" % (_cls_repr(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
