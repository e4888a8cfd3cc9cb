import sys
cases = [
    "import nothere",
    "import nothere.sub",
    "import plain.missing",
    "import plain.notpkg.deeper",
    "import sys.path",
    "from plain import missing",
    "from plain.notpkg import missing",
    "from pkg import Y, Z",
    "from sys import nothing",
    "import plain.notpkg as alias; print(alias.X)",
]
for src in cases:
    try:
        exec(src)
        print("ok:", src)
    except ImportError as e:
        print(f"{type(e).__name__}: {e}", e.name, e.path is None)
print(issubclass(ModuleNotFoundError, ImportError))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(f"{type(e).__name__}: {e}")
from plain import notpkg
import nowhere_at_all
