import sys
def show(*args, **kwargs):
    print(args, kwargs)
show(1, *[2, 3], a=1, **{"b": 2})
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner()
print(outer(), x)
try:
    import struct
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)
print(sys.argv[0].endswith(".py"), len(sys.argv))
try:
    sys.exit("goodbye")
except SystemExit as e:
    print("SystemExit", e.code)
values = [1, 2, 3]
it = iter(values)
print(next(it), list(it), list(it))
print(list(reversed(range(5))), list(zip(range(3), reversed("abc"))))
b = bytearray(b"hello world")
mv = memoryview(b)
words = bytes(mv).split()
mv[0:5] = b"HELLO"
print(b, words, b.find(b"wor"), b.upper(), b.title())
print([hex(v) for v in b[:3]], b[-1:], b.count(b"l"), b.startswith(b"HELLO"))
lines = "a=1\nb=2\n\nc=3".splitlines()
print({k: int(v) for k, v in (l.split("=") for l in lines if l)})
print("%-6s|%6.2f|%+d|%x|%o|%e" % ("ab", 3.14159, 5, 255, 8, 12345.678))
print("{:<6}|{:>6.2f}|{:+d}|{:#x}|{:,}".format("ab", 3.14159, 5, 255, 1234567))
assert 1 + 1 == 2, "math"
print(__name__, type(__name__))
