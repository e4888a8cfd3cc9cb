# The ways to import os.path: it is posixpath, recorded in sys.modules under both names.
import sys
import os.path
import posixpath
import os.path as p
from os import path
from os.path import join, sep as separator

print(os.path is posixpath, p is posixpath, path is posixpath, join is posixpath.join)
print("os.path" in sys.modules, sys.modules["os.path"] is sys.modules["posixpath"], separator)
print(os.path.__name__, os.__name__, type(os.path).__name__)
print(join("a", "b"), p.split("x/y"), path.basename("/q/r"))
