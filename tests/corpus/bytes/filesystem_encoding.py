# sys's encoding queries, and decoding with the file system's error handler.
import sys
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
for f in (sys.getfilesystemencoding, sys.getfilesystemencodeerrors, sys.getdefaultencoding):
    for args, kwargs in [((1,), {}), ((), {"x": 1}), ((1, 2), {})]:
        try:
            f(*args, **kwargs)
        except TypeError as e:
            print("TypeError", e)
s = b"-\xff".decode(sys.getfilesystemencoding(), "surrogateescape")
print(len(s), s[0], bool(s))
print(b"abc".decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()))
# An unknown error handler is looked up only when an error needs it.
print(b"ab".decode("utf-8", "no-such-handler"), "ab".encode("ascii", "no-such-handler"))
print(bytes("ab", "latin-1", "no-such-handler"), bytearray("ab", "ascii", "no-such-handler"))
for f in [lambda: b"\xff".decode("utf-8", "no-such-handler"),
          lambda: "\xe9".encode("ascii", "no-such-handler"),
          lambda: bytes("\u0100", "latin-1", "no-such-handler")]:
    try:
        f()
    except LookupError as e:
        print("LookupError", e)
