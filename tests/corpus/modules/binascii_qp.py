# binascii.b2a_qp (quotetabs, istext, header) and a2b_qp (header).
import binascii
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [
    b"", b"hello", b"a=b", b"tab\there", b"trailing space ", b"trailing tab\t", b"line1\nline2",
    b"line1\r\nline2\r\n", b"space \nnext", b"tab\t\r\nnext", b".", b".\n", b"a\n.\nb", b".\r\n",
    b"x" * 80, b"x" * 75 + b"\n", b"x" * 74 + b"=", b"y" * 200, b"under_score", b"\x00\x01\x7f\x80\xff",
    b"mixed\r\nand\nends", b"a\rb", b"\r", b"\n", b"=\n", b" ", b"\t", b"a b_c",
    bytes(range(256)), b"word " * 30, b"caf\xc3\xa9 na\xc3\xafve\n" * 5, b"a\r", b"." + b"\x00",
]
for s in samples:
    t(binascii.b2a_qp, s)
    t(binascii.b2a_qp, s, quotetabs=True)
    t(binascii.b2a_qp, s, istext=False)
    t(binascii.b2a_qp, s, header=True)
    t(binascii.b2a_qp, s, True, False, True)
for d in [bytearray(b"a=b c"), memoryview(b"..a=b c..")[2:-2], array("B", b"a=b c")]:
    t(binascii.b2a_qp, d)
for bad in ["abc", 5, None, memoryview(b"abcd")[::2]]:
    t(binascii.b2a_qp, bad)
for bad in [1.5, "x", None, 2**40]:
    t(binascii.b2a_qp, b"a", quotetabs=bad)
    t(binascii.b2a_qp, b"a", istext=bad)
    t(binascii.b2a_qp, b"a", header=bad)
t(binascii.b2a_qp)
t(binascii.b2a_qp, b"", 1, 1, 1, 1)
t(binascii.b2a_qp, b"", 1, quotetabs=1)
t(binascii.b2a_qp, quotetabs=1)
t(binascii.b2a_qp, data=b"a b", header=1)
t(binascii.b2a_qp, b"", foo=1)
t(binascii.b2a_qp, a=1, b=2, c=3, d=4, e=5)

decodes = [
    b"", b"hello", b"a=3Db", b"a=3db", b"=41=42", b"soft=\nbreak", b"soft=\r\nbreak", b"soft=  \r\nx",
    b"=\rabc\nz", b"==41", b"=4", b"=", b"=G1", b"=4G", b"under_score", b"a=\n", b"=0A=0D",
    b"=\xff=\x80", b"tail=", b"x=\r", b"=a=b=c", b"=ab=cd=EF",
]
for s in decodes:
    t(binascii.a2b_qp, s)
    t(binascii.a2b_qp, s, header=True)
for d in ["a=3Db_c", bytearray(b"a=3Db"), memoryview(b"..a=3Db..")[2:-2], array("B", b"a=3Db")]:
    t(binascii.a2b_qp, d)
    t(binascii.a2b_qp, d, True)
for bad in [5, None, "\xe9", memoryview(b"abcd")[::2]]:
    t(binascii.a2b_qp, bad)
for bad in [1.5, "x", None]:
    t(binascii.a2b_qp, b"a", header=bad)
t(binascii.a2b_qp)
t(binascii.a2b_qp, b"", 1, 1)
t(binascii.a2b_qp, data=b"a_b", header=1)
t(binascii.a2b_qp, b"", data=b"")
t(binascii.a2b_qp, b"", foo=1)
for s in samples:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        e = binascii.b2a_qp(s, **kw)
        back = binascii.a2b_qp(e, header=kw.get("header", False))
        if back != s:
            print("round trip differs:", s[:20], kw, back[:20])
