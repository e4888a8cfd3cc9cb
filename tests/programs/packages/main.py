import sys
import pkg.sub.leaf
print(pkg.TOP, pkg.sub.leaf.VALUE, "pkg" in dir())
print(sorted(k for k in sys.modules if k.startswith("pkg")))
import pkg.sub.leaf as leaf
print(leaf is sys.modules["pkg.sub.leaf"], leaf.VALUE)
from pkg import solo
print(solo.__name__, pkg.solo is solo)
from pkg.other import mod
print(mod.NAME, mod.__package__)
from pkg.sub import leaf as again
print(again is leaf)
print(pkg.__path__ == [pkg.__file__.rsplit("/", 1)[0]], pkg.__file__.endswith("pkg/__init__.py"))
print(pkg.__package__, pkg.sub.__package__, pkg.sub.leaf.__package__)
print(hasattr(leaf, "__path__"), hasattr(pkg.sub, "__path__"))
