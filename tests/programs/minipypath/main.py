import sys
import extra
import libpkg
print(extra.hello(), libpkg.WHO)
print(extra.__file__.endswith("lib/extra.py"), sys.path[1].endswith("/lib"))
