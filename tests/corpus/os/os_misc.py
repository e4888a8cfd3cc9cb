# os's constants and process facts: names, separators, environ, getpid, cpu_count,
# urandom, strerror, fsencode/fsdecode, and their errors.
import os


def t(f, *a, **k):
    try:
        print(f.__name__, repr(a), '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, repr(a), '!', type(e).__name__, e)


print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.altsep)
print(os.pathsep, os.defpath, os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.error is OSError)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print("PATH" in os.environ, type(os.environ["PATH"]).__name__, os.getenv("PATH") == os.environ["PATH"])
os.environ["MINIPY_SET"] = "v"
print(os.environ["MINIPY_SET"], os.getenv("MINIPY_SET"), os.environ.get("MINIPY_NONE"))
del os.environ["MINIPY_SET"]
print(os.getenv("MINIPY_SET"), "MINIPY_SET" in os.environ)

for n in [0, 1, 16, 100, True]:
    r = os.urandom(n)
    print(type(r).__name__, len(r))
print(os.urandom(32) != os.urandom(32))
for bad in [-1, 1.5, "3", None]:
    t(os.urandom, bad)
t(os.urandom)

for code in [0, 1, 2, 13, 17, 20, 21, 22, 28, 39, 99999, -1]:
    t(os.strerror, code)
t(os.strerror, "2")
t(os.strerror, 2**40)

for v in ["a\u00e9", b"a\xc3\xa9", "plain"]:
    t(os.fsencode, v)
    t(os.fsdecode, v)
t(os.fsencode, 1)
t(os.fsdecode, None)
