import sys
for attempt in range(2):
    try:
        import fragile
    except KeyError as e:
        print("caught", repr(e), "fragile" in sys.modules)
import fragile
