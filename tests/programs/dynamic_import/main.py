import importlib
import sys

m = importlib.import_module("pkg.mod")
print(m.__name__, m.f())
print(importlib.import_module(".other", "pkg").X)
print(importlib.import_module("..mod", "pkg.other").__name__)
top = __import__("pkg.mod")
print(top.__name__, top.mod.f())
print(__import__("pkg.other", fromlist=["X"]).__name__)
print(__import__("pkg", fromlist=["mod", "other"]).other.X)
print(__import__("math").sqrt(16))
print(__import__("other", globals={"__package__": "pkg"}, level=1).__name__)
print(__import__("", globals={"__name__": "pkg.mod"}, fromlist=["other"], level=1).__name__)
for call in [
    lambda: importlib.import_module(".other"),
    lambda: importlib.import_module("nothing_here"),
    lambda: importlib.import_module("...x", "pkg"),
    lambda: importlib.import_module(""),
    lambda: __import__("x", level=-1),
    lambda: __import__(""),
    lambda: __import__(5),
    lambda: importlib.import_module(5),
]:
    try:
        call()
    except (ImportError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
