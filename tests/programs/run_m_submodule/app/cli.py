import sys
from . import __name__ as pkg_name
print(__name__, __package__, pkg_name, sys.argv[1:], "app.cli" in sys.modules)
