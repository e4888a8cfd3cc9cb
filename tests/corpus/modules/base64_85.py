# base64: a85encode/a85decode (foldspaces, wrapcol, pad, adobe, ignorechars),
# b85encode (pad)/b85decode.
import base64
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"\x00", b"\x00" * 4, b"\x00" * 5, b"    ", b"     ", b"a", b"ab", b"abc", b"abcd", b"abcde",
           b"\xff" * 4, b"\xff" * 7, b"hello world", b"\x00\x00\x00\x01", b"    \x00\x00\x00\x00    ", bytes(range(40))]
for s in samples:
    t(base64.a85encode, s)
    t(base64.a85encode, s, pad=True)
    t(base64.a85encode, s, foldspaces=True)
    t(base64.a85encode, s, adobe=True)
    t(base64.b85encode, s)
    t(base64.b85encode, s, pad=True)
    t(base64.b85encode, s, True)
for w in [0, 1, 2, 3, 5, 7, 10, -1, True, 2**70, 0.5, 1.5, 2.0, "x", None, [], [1]]:
    t(base64.a85encode, bytes(range(30)), wrapcol=w)
    t(base64.a85encode, bytes(range(30)), wrapcol=w, adobe=True)
for w in [1, 2, 3, 4, 6, 8]:
    t(base64.a85encode, b"abcdefgh", wrapcol=w, adobe=True)
    t(base64.a85encode, b"", wrapcol=w, adobe=True)
    t(base64.a85encode, b"", wrapcol=w)
for d in [bytearray(b"abc"), memoryview(b"..abcd..")[2:-2], array("B", b"abcd"), array("I", [0]), memoryview(b"a.b.c.d.")[::2]]:
    t(base64.a85encode, d)
    t(base64.b85encode, d)
for bad in ["abc", 5, None, [1]]:
    t(base64.a85encode, bad)
    t(base64.b85encode, bad)
for flag in [0, 1, [], [0], "", "x", None]:
    t(base64.a85encode, b"    \x00\x00\x00\x00ab", foldspaces=flag, pad=flag, adobe=flag)

decs = [b"", b"z", b"zz", b"y", b"!!!!!", b"!!!!", b"!", b"!!", b"!!!", b"87cURD]i,\"Ebo80", b"87cURD]i,\"Ebo8",
        b"87c URD\n]i,\t\"Ebo80", b"s8W-!", b"s8W-\"", b"uuuuu", b"!z", b"!y", b"a~", b"ab{cd", b"ab\x80cd",
        b"<~87cURD]i,\"Ebo80~>", b"87cURD]i,\"Ebo80~>", b"<~~>", b"<~>", b"~>", b"<~", b"<~z~>",
        "87cURD]i,\"Ebo80", "87\xe9", bytearray(b"zz"), memoryview(b"..!!!!!..")[2:-2], array("B", b"z"),
        memoryview(b"z.z.")[::2], b"GA(E,", b"zzz\x0b\x0c"]
for s in decs:
    t(base64.a85decode, s)
    t(base64.a85decode, s, foldspaces=True)
    t(base64.a85decode, s, adobe=True)
for ig in [b"", b" ", b"x", "x", bytearray(b"{"), [123], (120,), 5, None, memoryview(b"{x")]:
    t(base64.a85decode, b"87cU{RD]i,x\"Ebo80", ignorechars=ig)
    t(base64.a85decode, b"87cURD]i,\"Ebo80", ignorechars=ig)
for bad in [5, None, 1.5]:
    t(base64.a85decode, bad)
    t(base64.b85decode, bad)

b85s = [b"", b"0", b"00", b"000", b"0000", b"00000", b"Xk~0{Zy<MXa%^M", b"|NsC0", b"|NsC1", b"~~~~~", b"{{{{{",
        b"abc\"d", b"ab de", "Xk~0{", "X\xe9", bytearray(b"VPRom"), memoryview(b"..VPRom..")[2:-2],
        array("B", b"VPRom"), memoryview(b"V.P.R.o.m.")[::2], b"VPRomVPR", b"VPRomV", b"01234567890"]
for s in b85s:
    t(base64.b85decode, s)

t(base64.a85encode)
t(base64.a85encode, b"", 1)
t(base64.a85encode, b"", 1, pad=True)
t(base64.a85encode, b"", 1, 2, pad=True, adobe=1)
t(base64.a85encode, pad=1)
t(base64.a85encode, b"", x=1)
t(base64.a85encode, b"", b=b"")
t(base64.a85decode, b"", 1)
t(base64.a85decode, b"", ignore=1)
t(base64.b85encode, b"", 1, 2)
t(base64.b85encode, b=b"a", pad=1)
t(base64.b85decode, b"", 1)
t(base64.b85decode)

for n in range(20):
    d = bytes((i * 91 + n) % 256 for i in range(n))
    for kw in [{}, {"pad": True}, {"foldspaces": True}, {"adobe": True, "wrapcol": 7}]:
        e = base64.a85encode(d, **kw)
        back = base64.a85decode(e, foldspaces=kw.get("foldspaces", False), adobe=kw.get("adobe", False))
        if back != d and not kw.get("pad"):
            print("a85 round trip differs", n, kw)
    assert base64.b85decode(base64.b85encode(d)) == d
big = bytes(range(256)) * 300
print(base64.a85decode(base64.a85encode(big, wrapcol=76)) == big, base64.b85decode(base64.b85encode(big)) == big)
