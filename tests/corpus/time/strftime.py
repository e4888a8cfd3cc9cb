# strftime over fixed times: every common directive, padding flags, tuples, errors.
import time

times = [time.gmtime(0), time.gmtime(1e9), time.gmtime(951868800), time.gmtime(1704067199),
         time.gmtime(1735603200), time.gmtime(-86400 * 400)]
directives = "aAbBcdDeFgGhHIjklmMnpRrSTtuUVwWxXyYCzZ%"
for t in times:
    print(time.strftime("%Y-%m-%d %H:%M:%S", t))
    for d in directives:
        print(" %" + d, repr(time.strftime("%" + d, t)))
    print(" ", time.strftime("%-d/%-m/%Y %-H:%M", t), time.strftime("%_d|%_m", t))
print(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("plain text, no directives", time.gmtime(0)))
print(repr(time.strftime("", time.gmtime(0))))
print(time.strftime("%q %Q %", time.gmtime(0)))
print(time.strftime("%Z %z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y", (999, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("caf\u00e9 %Y \u20ac", time.gmtime(0)))
print(type(time.strftime("%Y")).__name__, len(time.strftime("%Y")))
for args in [(1,), ("%Y", (2024, 1, 1, 0, 0, 0, 0, 1)), ("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0]),
             ("%Y", (2024, 1, 1, 25, 0, 0, 0, 1, 0)), ("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
             ("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0)), ("%Y", (2024, 1, 1, 0, 0, 0, 0, 400, 0)),
             ("%Y", "abc"), ()]:
    try:
        print(time.strftime(*args))
    except Exception as e:
        print(type(e).__name__, e)
