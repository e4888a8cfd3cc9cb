# os.path.relpath (from the working directory or a given start) and commonpath, on str
# and bytes, with their errors.
import os.path


def t(f, *a, **k):
    try:
        print(f.__name__, repr(a), repr(k), '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, repr(a), repr(k), '!', type(e).__name__, e)


pairs = [("a", None), ("a/b", "a"), ("a", "a/b"), ("/a/b/c", "/a/x/y"), ("/", "/"), ("/a", "/"),
         ("/", "/a/b"), ("a/./b/../c", "a"), (".", None), ("..", None), ("x", "x"),
         ("/usr/lib", "/usr/local/lib"), ("/a//b/", "/a/b"), ("os/data", "os"), ("os", "os/data/sub")]
for p, start in pairs:
    t(os.path.relpath, p, start)
    t(os.path.relpath, p.encode(), start.encode() if start is not None else None)
t(os.path.relpath, "")
t(os.path.relpath, b"")
t(os.path.relpath, None)
t(os.path.relpath, "a", b"b")
t(os.path.relpath, b"a", "b")
t(os.path.relpath, 1)
t(os.path.relpath, "a", start="a/b/c")
t(os.path.relpath)

groups = [["/usr/lib", "/usr/local/lib"], ["/usr/lib/", "/usr/lib"], ["a/b", "a/c"], ["a", "b"],
          ["/a"], ["a"], ["/"], ["."], ["./a/./b", "a/b/c"], ["/a/b", "/a/b/c", "/a/bc"],
          ["a//b", "a/b/"], ("x/y", "x/z"), ["/a", "a"], ["a", "/a"], [], ["caf\u00e9/x", "caf\u00e9/y"]]
for g in groups:
    t(os.path.commonpath, g)
    t(os.path.commonpath, [s.encode() for s in g])
t(os.path.commonpath, ["a", b"a"])
t(os.path.commonpath, [1])
t(os.path.commonpath, None)
t(os.path.commonpath, "abc")
print(os.path.commonpath(iter(["/x/y", "/x/z"])))
