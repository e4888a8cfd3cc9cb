# OSError: the subclass its errno picks, and its attributes
for args in [(2, "x", "f"), (2, "x", "f", None, "g"), (1,), (), ("a", "b", "c", "d", "e", "f"), (99, "zz"),
             (2, "a", "b", "c", "d", "e"), (None, "x"), (2, None), (13, "perm"), (1, "perm"), (17, "e"),
             (11, "x", 5), (114, "a"), (115, "i"), (4, "i"), (110, "t"), (111, "r"), (104, "r"), (103, "a"),
             (32, "p"), (108, "s"), (10, "c"), (3, "s"), (20, "d"), (21, "d"), (2, "x", None), (2, "x", None, 5),
             ("2", "x"), (2.0, "x"), (True, "x")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, str(e), repr(e.errno), repr(e.strerror), repr(e.filename), repr(e.filename2))
e = FileNotFoundError(13, "x")
print(type(e).__name__, e, e.errno)
class My(OSError):
    pass
e = My(2, "x")
print(type(e).__name__, e.errno, e)
e.errno = 5
print(e.errno, e, e.args)
e.filename = "changed"
print(e)
print(IOError is OSError, EnvironmentError is OSError)
print(BlockingIOError(11, "x", 5).characters_written, BlockingIOError(11, "x", 5).args, BlockingIOError(11, "x", 5).filename)
for c in [OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
          ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
          IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    print(c.__name__, [b.__name__ for b in c.__mro__])
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e)
try:
    raise PermissionError(13, "Permission denied")
except OSError as e:
    print("caught", type(e).__name__, e, e.errno)
class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, "gone", path)
e = WithInit("p")
print(type(e).__name__, e, e.args, e.filename)
for c in [ReferenceError, StopAsyncIteration, UnicodeTranslateError, PendingDeprecationWarning, SyntaxWarning,
          FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(c.__name__, c.__mro__[1].__name__)
raise OSError(2, "No such file or directory", "a.txt", None, "b.txt")
