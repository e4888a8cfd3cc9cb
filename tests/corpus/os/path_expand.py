# os.path.expandvars and expanduser, reading os.environ as the script sets it.
import os
import os.path

os.environ["MINIPY_A"] = "alpha"
os.environ["MINIPY_B"] = "/b/"
os.environ["MINIPY_EMPTY"] = ""
os.environ.pop("MINIPY_NOPE", None)
for p in ["", "$", "$$", "$MINIPY_A", "${MINIPY_A}", "x$MINIPY_A/y", "$MINIPY_A$MINIPY_B",
          "${MINIPY_A}${MINIPY_B}z", "$MINIPY_NOPE", "${MINIPY_NOPE}", "${MINIPY_A",
          "$MINIPY_A}", "${}", "$/x", "a$", "$MINIPY_EMPTY|", "${MINIPY_B}~",
          "$MINIPY_NOPE$MINIPY_A", "$1", "${MINIPY_A}$", "pre ${ MINIPY_A}"]:
    print(repr(p), repr(os.path.expandvars(p)), repr(os.path.expandvars(p.encode())))

home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
for p in ["~", "~/", "~/x", "~x", "x~", "", "/~", "~//y"]:
    print(repr(p), repr(os.path.expanduser(p)), repr(os.path.expanduser(p.encode())))
os.environ["HOME"] = "/"
print(repr(os.path.expanduser("~")), repr(os.path.expanduser("~/a")))
os.environ["HOME"] = ""
print(repr(os.path.expanduser("~")), repr(os.path.expanduser("~/a")))
for bad in [1, None, bytearray(b"~")]:
    for f in (os.path.expanduser, os.path.expandvars):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
if home is not None:
    os.environ["HOME"] = home
print(os.getenv("MINIPY_A"), os.getenv("MINIPY_NOPE"), os.getenv("MINIPY_NOPE", 3))
print(os.getenv(key="MINIPY_A"), os.getenv("MINIPY_NOPE", default="d"))
for bad in [1, b"MINIPY_A", None]:
    try:
        os.getenv(bad)
    except TypeError as e:
        print("getenv", e)
