import sys
from . import util
print(__name__, __package__, sys.argv[0].endswith("tool/__main__.py"), sys.argv[1:])
print(util.helper())
util.fail()
