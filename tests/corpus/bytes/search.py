b = b"hello world, hello bytes"
for args in [(b"hello",), (b"hello", 1), (b"hello", 1, 10), (b"o", -5), (b"", 3), (111,), (b"zz",), (b"o", None, None), (b"o", 100), (b"", 100)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
print(b.index(b"world"), b.rindex(b"hello"), b.startswith(b"hell"), b.startswith((b"x", b"hello")), b.endswith(b"bytes", 0, 24))
print(b.startswith(b"world", 6), b.endswith(b"hello", 0, 18), b.find(memoryview(b"world")), b.find(bytearray(b"by")))
for bad in [lambda: b.index(b"zz"), lambda: b.find("str"), lambda: b.find(256), lambda: b.startswith("s"), lambda: b.count(), lambda: b.find(b"a", 1, 2, 3), lambda: b.rindex(b"q")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"ab" in b"cabd", 97 in b"abc", 300 in b"" if False else "skip")
try:
    300 in b"abc"
except ValueError as e:
    print(e)
