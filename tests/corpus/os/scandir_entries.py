# os.scandir over a directory in the repository: DirEntry names, paths, types, stat,
# os.fspath of an entry, the iterator as a context manager, and errors.
import os


def show(path):
    with os.scandir(path) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), repr(e.name), repr(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), os.fspath(e) == e.path)
        if e.is_file():
            st = e.stat()
            print("  size", st.st_size, st.st_size == os.stat(e.path).st_size,
                  e.inode() == st.st_ino, e.stat(follow_symlinks=False).st_size)


show("os/data")
show(b"os/data")
show("os/data/sub/")
it = os.scandir("os/data/sub")
print(type(it).__name__, iter(it) is it)
first = next(it)
print(type(first).__name__, type(first) is os.DirEntry, first.name)
try:
    next(it)
except StopIteration:
    print("StopIteration")
it.close()
it = os.scandir("os/data")
it.close()
print(list(it))
print("os" in [e.name for e in os.scandir()], "os" in [e.name for e in os.scandir(None)])
print(sorted(e.path for e in os.scandir(".") if e.name == "os"))
for bad in ["os/data/missing", "os/data/hello.txt", 1.5]:
    try:
        os.scandir(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.scandir("a", "b")
except TypeError as e:
    print(e)
e = next(os.scandir("os/data/sub"))
try:
    e.is_dir(True)
except TypeError as x:
    print(x)
