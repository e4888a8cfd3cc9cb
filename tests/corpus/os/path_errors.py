# os.path and os.fspath: what counts as a path (str, bytes, os.PathLike) and CPython's
# TypeErrors for everything else, including mixed str and bytes.
import os
import os.path


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class S(str):
    pass


class B(bytes):
    pass


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, '!', type(e).__name__, e)


for v in ["x/y.z", b"x/y.z", P("p/q.r"), P(b"p/q.r"), P(1), P(None), S("s/t"), B(b"b/c"),
          1, 1.5, None, bytearray(b"a"), memoryview(b"a"), ["a"], object()]:
    t(os.fspath, v)
    t(os.path.split, v)
    t(os.path.splitext, v)
    t(os.path.basename, v)
    t(os.path.dirname, v)
    t(os.path.isabs, v)
    t(os.path.normpath, v)
    t(os.path.normcase, v)
    t(os.path.join, v)
    t(os.path.join, v, "a")
    t(os.path.join, "a", v)
    t(os.path.join, b"a", v)
    t(os.path.splitdrive, v)

t(os.path.join)
t(os.path.split)
t(os.path.split, "a", "b")
t(os.path.basename, p="a/b")
t(os.path.join, "a", b"b")
t(os.path.join, b"a", "b")
t(os.path.join, "a", "b", b"c")
t(os.path.join, "a", 1, b"c")
t(os.path.join, "a", P("b"), "c")
t(os.path.join, "a", P(b"b"))
t(os.path.join, a="x")
t(os.fspath)
t(os.fspath, path="k")
