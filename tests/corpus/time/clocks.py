# Clocks and sleep: types and ordering only (values differ run to run), and sleep's
# argument errors.
import time

for name in ["time", "perf_counter", "monotonic", "process_time"]:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a)
    fn = getattr(time, name + "_ns")
    x = fn()
    y = fn()
    print(name + "_ns", type(x).__name__, y >= x)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)

t0 = time.monotonic()
print(time.sleep(0), time.sleep(0.01), time.sleep(False))
print(time.monotonic() - t0 >= 0.01)
for bad in [-1, -0.5, "1", None, [], float("nan"), 1e300]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(type(e).__name__, e)
for name in ["time", "monotonic", "perf_counter", "process_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.resolution).__name__)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(type(e).__name__, e)
print(time.timezone, time.altzone, time.daylight, time.tzname)
