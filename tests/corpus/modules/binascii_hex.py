# binascii.hexlify/b2a_hex/unhexlify/a2b_hex: sep, bytes_per_sep, argument types, errors.
import binascii
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


data = b"\x00\x01\xab\xcd\xef\x7f\x80\xff"
kinds = [
    data,
    bytearray(data),
    memoryview(b"xx" + data + b"yy")[2:-2],
    memoryview(data),
    array("B", data),
    array("H", [1, 0xFFFF]),
]
for f in [binascii.hexlify, binascii.b2a_hex]:
    for d in kinds:
        t(f, d)
    t(f, b"")
    t(f, "abc")
    t(f, 5)
    t(f, None)
    t(f, [1, 2])
    t(f, memoryview(b"abcdef")[::2])
    for sep in [":", b"-", " ", "\xe9", b"\x80", "\u0100"]:
        t(f, data, sep)
    for per in [1, 2, 3, -2, -3, 0, 7, 8, 9, -8, -9, 100, -100]:
        t(f, data, ":", per)
        t(f, data[:5], b"_", per)
    t(f, b"", ":", 2)
    t(f, b"a", ":", 2)
    t(f, data, bytes_per_sep=2)
    t(f, data=data, sep="|", bytes_per_sep=-3)
    for bad in ["ab", "", b"", 1, None, bytearray(b"-"), memoryview(b"-"), [1]]:
        t(f, data, bad)
    for bad in ["x", 1.5, None, 2**31, -(2**31) - 1, 2**100]:
        t(f, data, ":", bad)
    t(f)
    t(f, data, ":", 1, 2)
    t(f, data, foo=1)
    t(f, data, data=data)
    t(f, data, ":", sep=":")
    t(f, sep=":")
    t(f, a=1, b=2, c=3, d=4)

for f in [binascii.unhexlify, binascii.a2b_hex]:
    for d in [
        b"0001abcdefABCDEF7f80ff",
        bytearray(b"abCD"),
        memoryview(b"xx00ffyy")[2:-2],
        array("B", b"1234"),
        "deadBEEF",
        "",
        b"",
    ]:
        t(f, d)
    for bad in [b"0", "abc", b"0g", "zz", b"0 ", " 0", b"\xff\xff", "0\x00", "\xe9\xe9", "\u20ac0"]:
        t(f, bad)
    t(f, 5)
    t(f, None)
    t(f, memoryview(b"abcd")[::2])
    t(f, array("H", [0x3131, 0x3232]))
    t(f)
    t(f, b"00", b"00")
    t(f, hexstr=b"00")
    m = memoryview(b"00")
    m.release()
    t(f, m)

# Round trips over every byte value.
allb = bytes(range(256))
h = binascii.hexlify(allb)
print(len(h), h[:40], h[-40:])
print(binascii.unhexlify(h) == allb, binascii.a2b_hex(h.upper()) == allb)
print(binascii.hexlify(allb, "-", 16)[:60])
print(binascii.hexlify(allb, b" ", -5)[-60:])
print(binascii.hexlify(bytes(1000), ":", 7).count(b":"))
print(binascii.hexlify(bytes(1000), ":", -7).count(b":"))
