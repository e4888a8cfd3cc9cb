# binascii: crc32, crc_hqx, uuencode, the module's names and exception classes.
import binascii
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(binascii) if not n.startswith("__")))
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__name__, binascii.Error.__module__, binascii.Incomplete.__module__)
print(issubclass(binascii.Error, ValueError))
try:
    binascii.unhexlify(b"0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.args, isinstance(e, binascii.Error))
print(repr(binascii.hexlify), repr(binascii.crc32))

for d in [b"", b"a", b"hello world", bytearray(b"hello world"), memoryview(b"__hello world__")[2:-2], array("B", b"hello world"), array("I", [1, 2, 3]), bytes(range(256)) * 10]:
    t(binascii.crc32, d)
    t(binascii.crc_hqx, d, 0)
for start in [0, 1, -1, 0xFFFFFFFF, 2**32, 2**40 + 5, -(2**40), 2**100, -(2**100), True]:
    t(binascii.crc32, b"abc", start)
    t(binascii.crc_hqx, b"abc", start)
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc_hqx(b"world", binascii.crc_hqx(b"hello ", 7)) == binascii.crc_hqx(b"hello world", 7))
for bad in ["abc", 5, None, memoryview(b"abcd")[::2]]:
    t(binascii.crc32, bad)
    t(binascii.crc_hqx, bad, 0)
for bad in [1.5, "1", None]:
    t(binascii.crc32, b"a", bad)
    t(binascii.crc_hqx, b"a", bad)
t(binascii.crc32)
t(binascii.crc32, b"", 1, 2)
t(binascii.crc32, b"", crc=1)
t(binascii.crc32, data=b"")
t(binascii.crc_hqx, b"")
t(binascii.crc_hqx, b"", 1, 2)
t(binascii.crc_hqx, b"", crc=1)

# uuencode
for n in [0, 1, 2, 3, 4, 5, 44, 45, 46]:
    d = bytes((i * 7) % 256 for i in range(n))
    t(binascii.b2a_uu, d)
    t(binascii.b2a_uu, d, backtick=True)
for d in [bytearray(b"Cat"), memoryview(b"xCatx")[1:-1], array("B", b"Cat"), b"\x00\x00\x00"]:
    t(binascii.b2a_uu, d)
    t(binascii.b2a_uu, d, backtick=1)
for bad in [1.5, "x", None, 2**40]:
    t(binascii.b2a_uu, b"", backtick=bad)
for bad in ["Cat", 5, memoryview(b"abcd")[::2]]:
    t(binascii.b2a_uu, bad)
t(binascii.b2a_uu)
t(binascii.b2a_uu, b"", b"")
t(binascii.b2a_uu, b"", foo=1)
t(binascii.b2a_uu, b"", backtick=1, foo=1)
t(binascii.b2a_uu, data=b"")
for s in [b"", "", b"\x00", b"!", b"!!!!!!!!", b"!\xff", b"#86)C\n", b"#86)C`` \n\r", b"#86)C   x", b"\xff",
          b"M" + b"A" * 70, b"#86)C", b"#86", "#86)C\n", b"`\n", b" \n", b"#````\n", b"# ``` \n", b"#86)C!",
          bytearray(b"#86)C\n"), memoryview(b"..#86)C\n..")[2:-2], array("B", b"#86)C\n"), b"$86)C" + b"\x7f"]:
    t(binascii.a2b_uu, s)
for bad in [5, None, memoryview(b"abcd")[::2], "\xe9"]:
    t(binascii.a2b_uu, bad)
t(binascii.a2b_uu)
t(binascii.a2b_uu, b"", b"")
t(binascii.a2b_uu, data=b"")
for n in range(46):
    d = bytes((i * 13 + n) % 256 for i in range(n))
    assert binascii.a2b_uu(binascii.b2a_uu(d)) == d, n
    assert binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d, n
print("uu round trips ok")
