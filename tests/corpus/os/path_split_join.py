# os.path's pure functions on str and bytes: split, splitext, splitdrive, basename,
# dirname, isabs, normcase, join, over the edge cases posixpath.py handles.
import os.path
import posixpath


def t(f, *a, **k):
    try:
        print(f.__name__, repr(a), '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, repr(a), '!', type(e).__name__, e)


paths = ["", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/",
         "a//b", "/a/b/c", "a/b/c.txt", ".", "..", "./", "../", "...", ".a", "..a", "a.",
         "a..", ".a.b", "a/.b", "a/..b", "a/b.c.d", "a.b/c", "a.b/", "/.x", "x/...y",
         "dir/.hidden.tar.gz", "\u00e9t\u00e9/caf\u00e9.txt", "a b/c d.e", "a\\b/c.d"]
for p in paths:
    for arg in (p, p.encode()):
        for f in (posixpath.split, posixpath.splitext, posixpath.splitdrive,
                  posixpath.basename, posixpath.dirname, posixpath.isabs,
                  posixpath.normcase):
            t(f, arg)

joins = [("a",), ("a", "b"), ("a/", "b"), ("a", "/b"), ("/a", "b", "/c", "d"), ("", "b"),
         ("a", ""), ("a", "", ""), ("", ""), ("a", "b/"), ("/", "a"), ("//", "a"),
         ("a//", "b"), ("a", ".", ".."), ("\u00e9", "\u00e8")]
for j in joins:
    t(posixpath.join, *j)
    t(posixpath.join, *[s.encode() for s in j])

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep)
print(os.path.pathsep, os.path.defpath, os.path.altsep, os.path.devnull)
print(os.path.supports_unicode_filenames)
