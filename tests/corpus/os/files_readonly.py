# Read-only file-system calls on paths inside the repository (the corpus runs with
# tests/corpus as its working directory): stat, exists/isfile/isdir/islink, getsize,
# listdir, abspath/realpath, and the OSError subclasses for missing paths.
import os
import os.path


def t(f, *a, **k):
    try:
        print(f.__name__, repr(a), '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, repr(a), '!', type(e).__name__, e)


here = "os/data"
for p in [here, here + "/hello.txt", here + "/empty.bin", here + "/sub", here + "/sub/one.txt",
          here + "/missing", here + "/hello.txt/x", "", ".", b"os/data/hello.txt", b"os/none"]:
    for f in (os.path.exists, os.path.lexists, os.path.isfile, os.path.isdir, os.path.islink):
        t(f, p)
    t(os.path.getsize, p)

st = os.stat("os/data/hello.txt")
print(type(st).__name__, type(st).__module__, len(st), isinstance(st, tuple))
print(st.st_size, st[6], st.st_size == st[6], st.st_mode == st[0], st.st_mode & 0o170000 == 0o100000)
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink >= 1, st.st_blocks >= 0, st.st_blksize > 0)
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="))
print(tuple(st)[6], st[-4], st[1:3] == (st.st_ino, st.st_dev))
print(os.stat("os/data").st_mode & 0o170000 == 0o040000, os.stat_result is type(st))
print(os.lstat("os/data/sub/one.txt").st_size, os.stat(b"os/data/sub/one.txt").st_size)
print(os.stat("os/data/hello.txt", follow_symlinks=False).st_size)
print(os.path.getmtime("os/data/hello.txt") == st.st_mtime, os.path.samefile("os/data", "os/../os/data"))
a, b = st.st_mode, st.st_size
print(a == os.stat(os.path.join("os", "data", "hello.txt")).st_mode, b)

for p in ["os/data/missing", b"os/data/missing", "os/data/hello.txt/x", "a\0b", 1.5, None, []]:
    t(os.stat, p)
    t(os.lstat, p)
t(os.stat)
t(os.stat, "os/data", "x")
t(os.path.exists, "a\0b")
t(os.path.exists, 1.5)
t(os.path.getsize, "os/data/missing")
t(os.path.getsize, 2.5)

print(sorted(os.listdir("os/data")), sorted(os.listdir(b"os/data")))
print(sorted(os.listdir("os/data/sub")), sorted(os.listdir("os/data/sub/")))
print("os" in os.listdir(), "os" in os.listdir("."), "os" in os.listdir(None))
for p in ["os/data/missing", b"os/data/missing", "os/data/hello.txt", 1.5, "a\0b"]:
    t(os.listdir, p)

cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.getcwdb() == cwd.encode())
print(os.path.abspath(".") == cwd, os.path.abspath("os/../os/data") == cwd + "/os/data")
print(os.path.abspath(b"x") == cwd.encode() + b"/x", os.path.abspath("/a/../b/./c"))
print(os.path.realpath("os/./data/../data/hello.txt") == cwd + "/os/data/hello.txt")
print(os.path.realpath("/"), os.path.realpath(b"/"), os.path.realpath("os/data/none/..") == cwd + "/os/data")
print(os.path.basename(os.path.realpath(".")), os.path.dirname(os.path.abspath("os/data")) == cwd + "/os")
try:
    os.path.realpath("os/data/nonexistent", strict=True)
except FileNotFoundError as e:
    print("strict", e.errno, e.filename)
try:
    os.stat("os/data/missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
try:
    os.listdir("os/data/hello.txt")
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
