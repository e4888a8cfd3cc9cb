# glob over a small tree built in a fresh temporary directory: absolute and
# relative patterns, root_dir, recursive '**' in several positions,
# include_hidden, escape()d names, has_magic, iglob, bytes patterns, trailing
# slashes, nonexistent paths and the errors wrong arguments raise.  glob returns
# os.scandir (directory) order, so results are printed sorted, and relative to
# the temporary root.
import glob
import os

ROOT = "/tmp/minipy_glob_module_%d" % os.getpid()
BROOT = os.fsencode(ROOT)

DIRS = [
    "", "sub", "sub/deeper", "sub/deeper/w", ".hdir", ".hdir/inner", "star*",
    "empty", "dir.d", "a[b]c", "sub/.hsub", "ü",
]
FILES = [
    "a.txt", "b.py", "c.PY", "x", "[x]", "q?.txt", "qa.txt", ".hidden", ".h.txt",
    "sub/x.txt", "sub/y.py", "sub/.h.txt", "sub/deeper/z.txt", "sub/deeper/w/end.txt",
    ".hdir/inner.txt", ".hdir/.deep", ".hdir/inner/i.txt", "star*/in.txt",
    "starx", "dir.d/f", "a[b]c/file", "abc", "sub/.hsub/s.txt", "ü/ä.txt", "ü.txt",
]

for d in DIRS:
    os.makedirs(os.path.join(ROOT, d), exist_ok=True)
for f in FILES:
    with open(os.path.join(ROOT, f), "w") as fh:
        fh.write(f)


def rel(paths):
    out = []
    for p in paths:
        if isinstance(p, bytes):
            if p.startswith(BROOT + b"/"):
                p = b"<R>/" + p[len(BROOT) + 1:]
            elif p == BROOT:
                p = b"<R>"
        else:
            if p.startswith(ROOT + "/"):
                p = "<R>/" + p[len(ROOT) + 1:]
            elif p == ROOT:
                p = "<R>"
        out.append(p)
    return sorted(out)


def g(pattern, **kw):
    label = pattern
    if isinstance(pattern, bytes):
        full = BROOT + b"/" + pattern if pattern else BROOT
    else:
        full = ROOT + "/" + pattern if pattern else ROOT
    try:
        res = glob.glob(full, **kw)
        assert res == list(glob.iglob(full, **kw)), pattern
        print(repr(label), kw or "", rel(res))
    except Exception as e:
        print(repr(label), kw or "", type(e).__name__, e)


def show(f):
    try:
        r = f()
        print(repr(rel(r)) if isinstance(r, list) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(glob.__all__)
print(sorted(n for n in dir(glob) if not n.startswith("_") and n not in
             ("contextlib", "os", "re", "fnmatch", "itertools", "stat", "sys")))

print("-- plain")
for p in ["*", "*.txt", "?.py", "[ab].*", "[!a]*", "*.[Pp][Yy]", "q?.txt", "[x]",
          "x", "*x*", "star*", "star*/*", "a[b]c", "a[b]c/*", "abc", "ü*", "ü/*",
          "*/*", "*/*.txt", "*/*/*", "*/*/*/*", "sub/*", "sub/*/", "sub/**",
          "sub/deeper/*/*.txt", "sub/../*.txt", "sub/./x.txt", "./*.py",
          "sub//x.txt", "sub//*", "*//x.txt", "**", "**/*.txt", "[*]*", "*[?]*",
          "[[]x]", "dir.d", "dir.?", "empty/*", "empty"]:
    g(p)

print("-- hidden")
for p in [".*", ".h*", "?hidden", "*hidden", ".hdir/*", ".hdir/.*", "*/.*",
          "*/inner.txt", ".*/*", ".hdir/inner/*", "sub/.*", "sub/.hsub/*",
          "[.]*", "[!a]hidden"]:
    g(p)
    g(p, include_hidden=True)

print("-- trailing slash")
for p in ["sub/", "a.txt/", "*/", "s*/", "sub/deeper/", "nope/", "*.txt/",
          "./", "sub//", ".hdir/", "*/*/", "empty/"]:
    g(p)
g("*/", include_hidden=True)

print("-- nonexistent")
for p in ["nope", "nope/*", "*/nope", "nope*", "nope/**/x", "a.txt/*", "x/y",
          "sub/nope.txt", "[", "[!", "sub/["]:
    g(p)
g("nope/**", recursive=True)

print("-- recursive")
for p in ["**", "**/", "**/*", "**/*.txt", "**/*.py", "sub/**", "sub/**/",
          "sub/**/*.txt", "**/deeper/**", "**/deeper", "**/w/*.txt", "**/**",
          "**/**/*.txt", "sub/**/**/z.txt", "**/x", "**/.h*", "*/**",
          "sub/deeper/**", "empty/**", "nope/**", "**/nope", "x/**", "a**",
          "**a", "**.txt", "star*/**", "**/*/", "sub/**/w/**"]:
    g(p, recursive=True)
    if p in ("**", "**/", "**/*.txt", "sub/**", "**/.h*", "**/**"):
        g(p, recursive=True, include_hidden=True)
print(glob.glob(ROOT + "/**/z.txt") == [], glob.glob(ROOT + "/**", recursive=False) == glob.glob(ROOT + "/*"))

print("-- include_hidden only")
for p in ["*", "?h*", "**", "*/*.txt"]:
    g(p, include_hidden=True)

print("-- root_dir")
for kw in [dict(root_dir=ROOT), dict(root_dir=ROOT + "/"), dict(root_dir=ROOT + "/sub"),
           dict(root_dir=ROOT, recursive=True), dict(root_dir=ROOT, include_hidden=True),
           dict(root_dir=ROOT, recursive=True, include_hidden=True)]:
    for p in ["*", "*.txt", "sub/*", "*/", "**", "**/*.txt", "**/", "x.txt",
              "sub", "sub/", "", ".", "..", "nope", "./*.py", ".*", "deeper/**"]:
        try:
            r = glob.glob(p, **kw)
            assert r == list(glob.iglob(p, **kw))
            print(repr(p), {k: (rel([v])[0] if k == "root_dir" else v) for k, v in kw.items()},
                  sorted(r))
        except Exception as e:
            print(repr(p), type(e).__name__, e)


class PL:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(sorted(glob.glob("*.py", root_dir=PL(ROOT))))
print(sorted(glob.glob(b"*.py", root_dir=BROOT)), sorted(glob.glob(b"*.py", root_dir=PL(BROOT))))
print(rel(glob.glob(ROOT + "/*.py", root_dir=ROOT + "/sub")))
print(sorted(glob.glob("*", root_dir=ROOT + "/nope")), sorted(glob.glob("*", root_dir=ROOT + "/a.txt")))
print(sorted(glob.glob("**", root_dir=ROOT + "/sub/deeper", recursive=True)))

print("-- relative to the current directory")
print(glob.glob("modules"), glob.glob("modul?s"), glob.glob("modules/"),
      glob.glob("modules/fnmatch_modul?.py"), glob.glob("./modules/glob_m*.py"))
print(glob.glob("nope*"), glob.glob(""), glob.glob(b""), glob.glob("modules/nope/*"))
up = os.path.relpath(ROOT, os.getcwd())
for p in ["*.py", "sub/*", "**/*.txt", "*/"]:
    r = glob.glob(up + "/" + p, recursive=True)
    print(p, sorted(x[len(up):] for x in r), all(x.startswith(up + "/") for x in r))

print("-- bytes")
for p in [b"*", b"*.txt", b"sub/*", b"*/", b".*", b"[!a]*", b"q?.txt", b"nope",
          b"sub/x.txt", b"sub/", "ü/*".encode()]:
    g(p)
for p in [b"**", b"**/*.txt", b"sub/**/"]:
    g(p, recursive=True)
g(b"**", recursive=True, include_hidden=True)
print(sorted(glob.glob(b"*.PY", root_dir=BROOT)), glob.glob(b"modules/fnmatch_modul?.py"))

print("-- escape")
for name in ["[x]", "q?.txt", "star*", "a[b]c", "x", "ü.txt"]:
    e = glob.escape(name)
    print(repr(name), repr(e), glob.has_magic(e), rel(glob.glob(os.path.join(ROOT, e))),
          rel(glob.glob(glob.escape(os.path.join(ROOT, name)))))
print(rel(glob.glob(glob.escape(ROOT + "/star*") + "/*")))
print(rel(glob.glob(glob.escape(ROOT) + "/a[[]b]c/*")))
print(rel(glob.glob(os.fsencode(glob.escape(ROOT + "/q?.txt")))))
for s in ["", "abc", "*", "?", "[", "]", "a*b?c[d]e", "[[]", "//?/c:/x", "c:\\*",
          "***", "a/b*/c", "\\*", "!"]:
    print(repr(s), repr(glob.escape(s)))
for s in [b"", b"a*b?c[d]", b"\xff*", b"]"]:
    print(repr(s), repr(glob.escape(s)))

print("-- has_magic")
for s in ["", "abc", "*", "?", "[", "]", "a[b", "\\*", "{a,b}", "!", "a/b/c*",
          b"", b"abc", b"*", b"?", b"[", b"]", b"\xff"]:
    print(repr(s), glob.has_magic(s))

print("-- iglob")
it = glob.iglob(ROOT + "/*.txt")
print(iter(it) is it, hasattr(it, "__next__"))
print(rel(list(it)), rel(list(it)))
it = glob.iglob(ROOT + "/**/*.py", recursive=True)
print(rel([next(it)]) in (["<R>/b.py"], ["<R>/sub/y.py"]), rel(list(it)) in (["<R>/b.py"], ["<R>/sub/y.py"]))
it = glob.iglob("**", root_dir=ROOT + "/sub", recursive=True)
print(sorted(it))
it = glob.iglob(ROOT + "/nope/*")
show(lambda: next(it))
print(list(glob.iglob("**", root_dir=ROOT + "/empty", recursive=True)))
print(list(glob.iglob("", root_dir=ROOT)))

print("-- glob0 / glob1")
print(glob.glob0(ROOT, "a.txt"), glob.glob0(ROOT, "nope"), glob.glob0(ROOT, ""),
      glob.glob0(ROOT + "/a.txt", ""), glob.glob0(ROOT, "[x]"))
print(sorted(glob.glob1(ROOT, "*.txt")), sorted(glob.glob1(ROOT, ".*")),
      glob.glob1(ROOT + "/nope", "*"), sorted(glob.glob1(BROOT + b"/sub", b"*")))

print("-- dir_fd")
print(sorted(glob.glob("*", dir_fd=12345)), sorted(glob.glob("a.txt", dir_fd=12345)))
print(rel(glob.glob(ROOT + "/*.py", dir_fd=12345)), rel(glob.glob(ROOT + "/sub/", dir_fd=12345)))
print(sorted(glob.glob("*.py", root_dir=ROOT, dir_fd=12345)))
print(sorted(glob.glob("**/*.py", root_dir=ROOT, dir_fd=12345, recursive=True)))
show(lambda: glob.glob("a.txt", dir_fd="x"))
show(lambda: glob.glob("sub/*", dir_fd=1.5))
show(lambda: glob.glob("a.txt", dir_fd=2 ** 70))
show(lambda: glob.glob("*", dir_fd=2 ** 70))

print("-- errors")
show(lambda: glob.glob(5))
show(lambda: glob.glob(None))
show(lambda: glob.iglob(5))
show(lambda: glob.glob(["*"]))
show(lambda: glob.glob(b"*", root_dir=ROOT))
show(lambda: glob.glob("*", root_dir=BROOT))
show(lambda: glob.glob("*.txt", root_dir=5))
show(lambda: glob.glob("x", root_dir=5))
show(lambda: glob.glob("*", "x"))
show(lambda: glob.glob("*", recursve=True))
show(lambda: glob.glob())
show(lambda: glob.escape(5))
show(lambda: glob.escape(None))
show(lambda: glob.has_magic(5))
show(lambda: glob.has_magic(None))
show(lambda: glob.glob(ROOT + "/*", recursive=1, include_hidden=0) == glob.glob(ROOT + "/*"))

for f in reversed(FILES):
    os.remove(os.path.join(ROOT, f))
for d in reversed(DIRS):
    os.rmdir(os.path.join(ROOT, d))
print(os.path.exists(ROOT))
