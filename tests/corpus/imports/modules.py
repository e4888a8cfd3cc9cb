import sys
import struct as st
from struct import calcsize as cs, pack
print(sys.version_info[:2], sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.argv[0].endswith("modules.py"))
print(st.calcsize("i"), cs("h"), pack("B", 1))
sys.stdout.write("written\n")
print(__name__)
if __name__ == "__main__":
    print("main guard")
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from struct import nothing
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'nothing' from 'struct'"))
try:
    import another.missing
except ModuleNotFoundError as e:
    print(e.args)
