# os.PathLike: any class with __fspath__ counts as one; subclasses check as usual.
import os


class P:
    def __fspath__(self):
        return "p/q.r"


class Sub(os.PathLike):
    def __fspath__(self):
        return "sub"


class NoFspath:
    pass


class Cleared(P):
    __fspath__ = None


print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), isinstance("x", os.PathLike))
print(isinstance(b"x", os.PathLike), isinstance(NoFspath(), os.PathLike), issubclass(int, os.PathLike))
print(isinstance(Sub(), os.PathLike), issubclass(Sub, os.PathLike), isinstance(P(), Sub))
print(issubclass(Cleared, os.PathLike), os.fspath(Sub()), os.path.splitext(P()))
print(os.PathLike.__name__, os.PathLike.__module__, type(os.PathLike).__name__)
print(isinstance(next(os.scandir("os/data/sub")), os.PathLike), issubclass(os.DirEntry, os.PathLike))
try:
    issubclass(1, os.PathLike)
except TypeError as e:
    print(e)
