# base64: b64encode/b64decode (altchars, validate), standard_ and urlsafe_ variants,
# encodebytes/decodebytes, the module's names; Lib/base64.py's errors.
import base64
import binascii
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(base64.__all__)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types, base64.binascii is binascii)

data = b"\xfb\xff\xfe\x00abc\x7f"
kinds = [data, bytearray(data), memoryview(b".." + data + b"..")[2:-2], array("B", data), array("h", [1, -1])]
for d in kinds:
    t(base64.b64encode, d)
    t(base64.b64encode, d, b"-_")
    t(base64.standard_b64encode, d)
    t(base64.urlsafe_b64encode, d)
for bad in ["abc", 5, None, memoryview(b"abcd")[::2], [1]]:
    t(base64.b64encode, bad)
    t(base64.standard_b64encode, bad)
    t(base64.urlsafe_b64encode, bad)
for alt in [b"-_", bytearray(b"*!"), "-_", b"-", b"abc", 5, [1, 2], None, memoryview(b"@#"), b"++", array("H", [1, 2])]:
    t(base64.b64encode, data, alt)
    t(base64.b64encode, data, altchars=alt)
for n in range(8):
    t(base64.b64encode, b"\xff" * n)

enc = base64.b64encode(data)
uenc = base64.urlsafe_b64encode(data)
for s in [enc, enc.decode(), bytearray(enc), memoryview(b"__" + enc + b"__")[2:-2], array("B", enc),
          memoryview(b"Y.Q.=.=.")[::2], b"", b"YQ", b"YQ=", b"YQ==", b"YQ==YQ==", b"Y Q = =", b"YQ==\n",
          b"!!YQ==", b"YWJjZA", b"YWJjZ", "YQ\xe9", uenc, uenc.decode(), b"=YQ==", b"YQ=x="]:
    t(base64.b64decode, s)
    t(base64.b64decode, s, validate=True)
    t(base64.standard_b64decode, s)
    t(base64.urlsafe_b64decode, s)
for bad in [5, None, [1], 1.5]:
    t(base64.b64decode, bad)
    t(base64.standard_b64decode, bad)
    t(base64.urlsafe_b64decode, bad)
for alt in [b"-_", "-_", bytearray(b"-_"), memoryview(b"-_"), b"-", "-", "\xe9_", 5, b"--", b"abc", bytearray(b"x"), array("B", b"-"), None]:
    t(base64.b64decode, uenc, alt)
for v in [0, 1, True, False, -3, 1.5, "x", None, 2**40]:
    t(base64.b64decode, b"YQ==x", validate=v)
t(base64.b64decode, b"Y\x80Q==", None, True)

# Argument binding, as Python functions bind.
t(base64.b64encode)
t(base64.b64encode, b"", 1, 2)
t(base64.b64encode, b"", 1, 2, x=1)
t(base64.b64encode, b"", s=1)
t(base64.b64encode, s=b"ab")
t(base64.b64encode, altchars=b"-_")
t(base64.b64decode)
t(base64.b64decode, b"", 1, 2, 3)
t(base64.b64decode, s="YQ==", validate=True)
t(base64.b64decode, "YQ==", foo=1)
t(base64.standard_b64encode, b"", 1)
t(base64.standard_b64decode, s=b"YQ==")
t(base64.urlsafe_b64encode, x=1)
t(base64.urlsafe_b64decode)

# encodebytes / decodebytes
for d in [b"", b"a", b"x" * 57, b"x" * 58, bytes(range(256)), bytearray(b"abc"), memoryview(b"..abc..")[2:-2],
          array("B", b"abc"), array("b", [1, -1]), memoryview(b"abc").cast("c"), memoryview(b"abc").cast("b")]:
    t(base64.encodebytes, d)
for bad in ["abc", 5, None, array("I", [1]), memoryview(b"abcd").cast("B", (2, 2)), memoryview(b"abcd")[::2],
            memoryview(b"abcd")[:0:2], memoryview(b"abcd").cast("H")]:
    t(base64.encodebytes, bad)
for s in [b"YWJj\n", b"YWJj\nZGVm\n", bytearray(b"YQ=="), memoryview(b"YQ=="), array("B", b"YQ=="), b"", b"Y", b"!!"]:
    t(base64.decodebytes, s)
for bad in ["YQ==", 5, None, array("I", [1]), memoryview(b"abcd")[::2], memoryview(b"abcd").cast("B", (2, 2))]:
    t(base64.decodebytes, bad)
m = memoryview(b"abc")
m.release()
t(base64.encodebytes, m)
t(base64.b64decode, m)
t(base64.b64encode, m)
t(base64.encodebytes)
t(base64.decodebytes, b"", b"")

big = bytes(range(256)) * 1000
e = base64.encodebytes(big)
print(len(e), e.count(b"\n"), base64.decodebytes(e) == big)
print(base64.b64decode(base64.b64encode(big), validate=True) == big)
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(big)) == big)
print(base64.b64decode(base64.b64encode(big, b"*!"), b"*!", True) == big)
