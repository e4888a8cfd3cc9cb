"""strftime and strptime for datetime's date, time and datetime (C locale)."""

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def _offset_text(off):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign, off = "-", -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%02d" % (sign, hh, mm)
    if off.microseconds:
        return s + "%02d.%06d" % (ss, off.microseconds)
    return s + ("%02d" % ss if ss else "")


def strftime(obj, fmt):
    """Formats a date, time or datetime as C's strftime does in the C locale."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    y, mo, d = getattr(obj, "year", 1900), getattr(obj, "month", 1), getattr(obj, "day", 1)
    hh, mi = getattr(obj, "hour", 0), getattr(obj, "minute", 0)
    ss, us = getattr(obj, "second", 0), getattr(obj, "microsecond", 0)
    from _datetime_date import _ymd2ord
    ordinal = _ymd2ord(y, mo, d)
    wd = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(y, 1, 1)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c in "EO" and i < n and fmt[i] in "cCxXyYdeHImMSuUVwWy":
            c = fmt[i]
            i += 1
        if c == "a":
            out.append(_DAYS[wd][:3])
        elif c == "A":
            out.append(_DAYS[wd])
        elif c in "bh":
            out.append(_MONTHS[mo - 1][:3])
        elif c == "B":
            out.append(_MONTHS[mo - 1])
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYS[wd][:3], _MONTHS[mo - 1][:3], d, hh, mi, ss, y))
        elif c == "C":
            out.append("%d" % (y // 100))
        elif c == "d":
            out.append("%02d" % d)
        elif c == "D" or c == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "e":
            out.append("%2d" % d)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif c in "gGV":
            iy, iw, _ = type(obj).isocalendar(obj) if hasattr(obj, "isocalendar") \
                else _iso(y, mo, d)
            out.append("%02d" % (iy % 100) if c == "g" else
                       ("%d" % iy if c == "G" else "%02d" % iw))
        elif c == "H":
            out.append("%02d" % hh)
        elif c == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif c == "j":
            out.append("%03d" % (yday + 1))
        elif c == "k":
            out.append("%2d" % hh)
        elif c == "l":
            out.append("%2d" % (hh % 12 or 12))
        elif c == "m":
            out.append("%02d" % mo)
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "n":
            out.append("\n")
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % (hh % 12 or 12, mi, ss,
                                              "AM" if hh < 12 else "PM"))
        elif c == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif c == "S":
            out.append("%02d" % ss)
        elif c == "t":
            out.append("\t")
        elif c == "T" or c == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif c == "u":
            out.append("%d" % (wd + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 7 - (wd + 1) % 7) // 7))
        elif c == "w":
            out.append("%d" % ((wd + 1) % 7))
        elif c == "W":
            out.append("%02d" % ((yday + 7 - wd) // 7))
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "Y":
            out.append("%d" % y)
        elif c == "z":
            out.append(_offset_text(obj.utcoffset()) if hasattr(obj, "utcoffset") else "")
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name or "")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _iso(y, mo, d):
    from _datetime_date import date
    return date(y, mo, d).isocalendar()


D = "0123456789"
# Each directive's alternatives in the order CPython's _strptime regex tries them;
# an alternative is one string of allowed characters per position.
_ALTS = {
    "d": (("3", "01"), ("12", D), ("0", "123456789"), ("123456789",), (" ", "123456789")),
    "H": (("2", "0123"), ("01", D), (D,)),
    "I": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "G": ((D, D, D, D),),
    "Y": ((D, D, D, D),),
    "y": ((D, D),),
    "j": (("3", "6", "0123456"), ("3", "012345", D), ("12", D, D),
          ("0", "123456789", D), ("0", "0", "123456789"), ("123456789", D),
          ("0", "123456789"), ("123456789",)),
    "m": (("1", "012"), ("0", "123456789"), ("123456789",)),
    "M": (("012345", D), (D,)),
    "S": (("6", "01"), ("012345", D), (D,)),
    "U": (("5", "0123"), ("01234", D), (D,)),
    "V": (("5", "0123"), ("0", "123456789"), ("1234", D), (D,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "f": tuple((D,) * k for k in range(6, 0, -1)),
}
_ALTS["W"] = _ALTS["U"]
_NAMES = {
    "a": sorted([s[:3].lower() for s in _DAYS], key=len, reverse=True),
    "A": sorted([s.lower() for s in _DAYS], key=len, reverse=True),
    "b": sorted([s[:3].lower() for s in _MONTHS], key=len, reverse=True),
    "B": sorted([s.lower() for s in _MONTHS], key=len, reverse=True),
    "p": ["am", "pm"],
    "Z": ["utc", "gmt"],
}
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _compile(fmt):
    """The format as a list of items: ('lit', ch), ('ws',), ('dir', c)."""
    items = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            c = fmt[i + 1]
            i += 2
            if c in _EXPAND:
                items.extend(_compile(_EXPAND[c]))
            elif c == "%":
                items.append(("lit", "%"))
            elif c in _ALTS or c in _NAMES or c == "z":
                items.append(("dir", c))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(("ws",))
        else:
            items.append(("lit", ch.lower()))
            i += 1
    return items


def _candidates(item, s, pos):
    kind = item[0]
    if kind == "lit":
        if s[pos:pos + 1].lower() == item[1]:
            yield None, pos + 1
        return
    if kind == "ws":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        for e in range(end, pos, -1):
            yield None, e
        return
    c = item[1]
    if c in _NAMES:
        low = s[pos:].lower()
        for name in _NAMES[c]:
            if low.startswith(name):
                yield s[pos:pos + len(name)], pos + len(name)
        return
    if c == "z":
        yield from _zone_candidates(s, pos)
        return
    for alt in _ALTS[c]:
        k = len(alt)
        piece = s[pos:pos + k]
        if len(piece) == k and all(piece[j] in alt[j] for j in range(k)):
            yield piece, pos + k


def _zone_candidates(s, pos):
    if s[pos:pos + 1] == "Z":
        yield "Z", pos + 1
        return
    if s[pos:pos + 1] not in ("+", "-"):
        return
    # [+-]HH:?MM(:?SS(.f{1,6})?)? -- greedy, longest first
    found = []
    p = pos + 1
    if not (p + 2 <= len(s) and s[p:p + 2].isdigit() and s[p:p + 2].isascii()):
        return
    p += 2
    for colon in (1, 0) if s[p:p + 1] == ":" else (0,):
        q = p + colon
        if not (q + 2 <= len(s) and s[q] in "012345" and s[q + 1] in D):
            continue
        q += 2
        found.append(q)
        for c2 in (1, 0) if s[q:q + 1] == ":" else (0,):
            r = q + c2
            if r + 2 <= len(s) and s[r] in "012345" and s[r + 1] in D:
                r += 2
                found.append(r)
                if s[r:r + 1] == ".":
                    k = 0
                    while k < 6 and r + 1 + k < len(s) and s[r + 1 + k] in D:
                        k += 1
                    if k:
                        found.append(r + 1 + k)
            break
        break
    for end in sorted(found, reverse=True):
        yield s[pos:end], end


def _match(items, k, s, pos, got):
    if k == len(items):
        return pos
    for value, end in _candidates(items[k], s, pos):
        if value is not None:
            got[items[k][1]] = value
        r = _match(items, k + 1, s, end, got)
        if r is not None:
            return r
    return None


def strptime(cls, data, fmt):
    """Parses `data` by `fmt` into an instance of the datetime class `cls`."""
    for i, v in enumerate((data, fmt)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (i + 1, type(v).__name__))
    items = _compile(fmt)
    got = {}
    end = _match(items, 0, data, 0, got)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    julian = weekday = week = iso_year = iso_week = None
    week_starts_monday = False
    for c, v in got.items():
        if c in "aAbBp":
            v = v.lower()
        if c == "y":
            year = int(v) + (2000 if int(v) <= 68 else 1900)
        elif c == "Y":
            year = int(v)
        elif c == "G":
            iso_year = int(v)
        elif c == "m":
            month = int(v)
        elif c in "bB":
            month = [m.lower()[:len(v)] for m in _MONTHS].index(v) + 1
        elif c == "d":
            day = int(v)
        elif c == "H":
            hour = int(v)
        elif c == "I":
            hour = int(v)
            ampm = got.get("p", "").lower()
            if ampm == "pm":
                hour = 12 if hour == 12 else hour + 12
            elif hour == 12:
                hour = 0
        elif c == "M":
            minute = int(v)
        elif c == "S":
            second = int(v)
        elif c == "f":
            us = int(v.ljust(6, "0"))
        elif c in "aA":
            weekday = [x.lower()[:len(v)] for x in _DAYS].index(v)
        elif c == "w":
            weekday = (int(v) - 1) % 7
        elif c == "u":
            weekday = int(v) - 1
        elif c == "j":
            julian = int(v)
        elif c in "UW":
            week = int(v)
            week_starts_monday = c == "W"
        elif c == "V":
            iso_week = int(v)
        elif c == "z":
            tz = _zone(v, got.get("Z"))
    from _datetime_date import _ymd2ord, _ord2ymd
    if "Y" not in got and "y" not in got and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with "
                             "ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', "
                             "'%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    if julian is None and weekday is not None:
        if week is not None:
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            if not week_starts_monday:
                first, wd = (first + 1) % 7, (weekday + 1) % 7
            else:
                wd = weekday
            if week == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None and iso_week is not None:
            year, month, day = _iso_to_ymd(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) \
                else 365
    if julian is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
    return cls(year, month, day, hour, minute, second, us, tz)


def _iso_to_ymd(y, w, d):
    from _datetime_date import _isoweek_to_gregorian
    return _isoweek_to_gregorian(y, w, d)


def _zone(v, name):
    from _datetime_date import timedelta
    from _datetime_clock import timezone
    if v == "Z":
        off = timedelta(0)
    else:
        body = v[1:].replace(":", "")
        hh, mm, ss = int(body[0:2]), int(body[2:4]), int(body[4:6] or 0)
        frac = body[7:] if len(body) > 6 else ""
        off = timedelta(hours=hh, minutes=mm, seconds=ss,
                        microseconds=int(frac.ljust(6, "0")) if frac else 0)
        if v[0] == "-":
            off = -off
    return timezone(off, name) if name else timezone(off)
