import sys
try:
    import c
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(m for m in ("a", "b", "c", "d") if m in sys.modules))
import a
