"""Concrete date/time and related types: CPython 3.11's datetime module.

The classes live in _datetime_date (timedelta, date) and _datetime_clock (tzinfo,
time, datetime, timezone); strftime/strptime in _datetime_text, imported on first use.
"""

from _datetime_date import MAXYEAR, MINYEAR, IsoCalendarDate, date, timedelta
from _datetime_clock import datetime, time, timezone, tzinfo

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

for _cls in (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate):
    _cls.__module__ = "datetime"
del _cls
UTC = timezone.utc
del IsoCalendarDate
