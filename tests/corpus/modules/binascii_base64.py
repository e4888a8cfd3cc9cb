# binascii.b2a_base64 (newline) and a2b_base64 (strict_mode): padding rules and errors.
import binascii
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for n in range(0, 10):
    d = bytes(range(250, 250 - n, -1))
    t(binascii.b2a_base64, d)
    t(binascii.b2a_base64, d, newline=False)
for d in [bytearray(b"abc"), memoryview(b"xxabcdyy")[2:-2], array("B", b"hello"), array("I", [1, 2])]:
    t(binascii.b2a_base64, d)
for nl in [0, 1, -1, True, False, 2**31 - 1]:
    t(binascii.b2a_base64, b"ab", newline=nl)
for bad in [1.5, "x", None, 2**31, []]:
    t(binascii.b2a_base64, b"ab", newline=bad)
t(binascii.b2a_base64, "abc")
t(binascii.b2a_base64, 5)
t(binascii.b2a_base64, memoryview(b"abcd")[::2])
t(binascii.b2a_base64)
t(binascii.b2a_base64, b"", True)
t(binascii.b2a_base64, data=b"")
t(binascii.b2a_base64, b"", foo=1)
t(binascii.b2a_base64, b"", newline=1, foo=1)

cases = [
    b"", b"=", b"==", b"a", b"ab", b"abc", b"abcd", b"ab==", b"ab=", b"abc=", b"ab=c",
    b"ab==cd", b"ab===", b"=ab=", b"a=b=", b"abcd=", b"abcd==", b"abc=d", b"ab\n==",
    b"ab=\n=", b"a b c d", b"ab!!cd", b"abcde", b"abcdef", b"abcdefg", b"ab=\x80=",
    b"\x80\xff", b"YWJj\n", b"ab==\n", b"abc==", b"abc=x", b"YQ=\n=", b"Y===", b"YQ=",
    b"YWJjZGVmZ2hp", b"YWJjZGVmZ2hpa", b"YWJjZGVmZ2hpam", b"YWJjZGVmZ2hpams",
    b"YWJj\r\nZGVm", b"+/+/", b"-_-_", b"////", b"AAAA" * 5 + b"A",
]
for s in cases:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
for d in ["YWJj", "YW Jj", "YWJj\xe9", bytearray(b"YWJj"), memoryview(b"__YWJj__")[2:-2], array("B", b"YWJj"), array("I", [0x6A4A5759])]:
    t(binascii.a2b_base64, d)
for bad in [5, None, memoryview(b"YWJj")[::2], [1]]:
    t(binascii.a2b_base64, bad)
for sm in [0, 1, -5, 2**31 - 1]:
    t(binascii.a2b_base64, b"YQ==x", strict_mode=sm)
for bad in [1.5, "x", None, 2**31, 2**70]:
    t(binascii.a2b_base64, b"YQ==", strict_mode=bad)
t(binascii.a2b_base64)
t(binascii.a2b_base64, b"", b"")
t(binascii.a2b_base64, data=b"")
t(binascii.a2b_base64, b"", strict=True)

# Every length and a long input, round trip.
for n in range(40):
    d = bytes((i * 37 + n) % 256 for i in range(n))
    e = binascii.b2a_base64(d)
    assert binascii.a2b_base64(e) == d, n
    assert binascii.a2b_base64(e[:-1], strict_mode=True) == d, n
    assert binascii.a2b_base64(e.decode()) == d, n
big = bytes(range(256)) * 3000
e = binascii.b2a_base64(big, newline=False)
print(len(e), e[:20], e[-20:], binascii.a2b_base64(e) == big)
broken = e[:1000] + b"\n!" + e[1000:]
print(binascii.a2b_base64(broken) == big)
t(binascii.a2b_base64, broken, strict_mode=True)
t(binascii.a2b_base64, e + b"A")
t(binascii.a2b_base64, e + b"AB")
