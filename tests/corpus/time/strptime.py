# strptime: the common directives, defaults, and its ValueErrors.
import time

cases = [
    ("2024-03-05 12:34:56", "%Y-%m-%d %H:%M:%S"),
    ("Mar 5 2024", "%b %d %Y"),
    ("March 05 2024", "%B %d %Y"),
    ("tuesday 5 mar 24", "%A %d %b %y"),
    ("1 Jan 70", "%d %b %y"),
    ("31 Dec 68", "%d %b %y"),
    ("12 PM", "%I %p"),
    ("12 am", "%I %p"),
    ("10:20:30 PM", "%I:%M:%S %p"),
    ("2024-060", "%Y-%j"),
    ("2023-365", "%Y-%j"),
    ("2024", "%Y"),
    ("5", "%m"),
    ("100%", "%d%%"),
    ("  2024-01-02", " %Y-%m-%d"),
    ("2024   01", "%Y %m"),
    ("12:30:45.123456", "%H:%M:%S.%f"),
    ("Sun Sep  9 01:46:40 2001", "%a %b %d %H:%M:%S %Y"),
    ("Sun Sep  9 01:46:40 2001", None),
    ("2024-02-29", "%Y-%m-%d"),
    ("x", "%Y"),
    ("2024x", "%Y"),
    ("2024", "%Q"),
    ("2024-02-30", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"),
    ("24", "%Y"),
    ("13", "%m"),
    ("2024-01-01", "%Y/%m/%d"),
    ("", ""),
    ("", "%Y"),
    ("abc", "abc"),
    ("ABC", "abc"),
]
for text, fmt in cases:
    try:
        t = time.strptime(text, fmt) if fmt is not None else time.strptime(text)
        print(repr(text), repr(fmt), t, t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(text), repr(fmt), type(e).__name__, e)
for args in [(2024, "%Y"), ("2024", 1), ("2024",)]:
    try:
        print(time.strptime(*args))
    except Exception as e:
        print(type(e).__name__, e)
