# base64: b32encode/b32decode (casefold, map01), b32hexencode/b32hexdecode,
# b16encode/b16decode (casefold).
import base64
from array import array


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for n in range(12):
    d = bytes((i * 41 + 3) % 256 for i in range(n))
    t(base64.b32encode, d)
    t(base64.b32hexencode, d)
    t(base64.b16encode, d)
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
for d in [bytearray(b"abc"), memoryview(b"..abc..")[2:-2], array("B", b"abc"), array("H", [1]), memoryview(b"a.b.c.")[::2]]:
    t(base64.b32encode, d)
    t(base64.b32hexencode, d)
    t(base64.b16encode, d)
for bad in ["abc", 5, None, [1]]:
    t(base64.b32encode, bad)
    t(base64.b32hexencode, bad)
    t(base64.b16encode, bad)
t(base64.b16encode, memoryview(b"a.b.c.")[::2])

decs = [b"", b"MFRGG===", b"mfrgg===", b"MFRGG", b"MFRGG==", b"MFRGGZDF", b"MFRGGZDFMY======", b"ME======",
        b"MFRA====", b"MFRGGZA=", b"MFRGGZDFM=======", b"========", b"M=======", b"MF=RGG==", b"MFRGG0==",
        b"MFRGG1==", b"MFRGG8==", b"MFRGG!==", b"MFRGGZDFMZTWQ2LK", "MFRGG===", "MFRGG\xe9==",
        bytearray(b"MFRGG==="), memoryview(b"..MFRGG===..")[2:-2], array("B", b"MFRGG==="),
        memoryview(b"M.F.R.G.G.=.=.=.")[::2], b"MFRGGZ==", b"MFRGGZD=", b"MFRGGZDFMFRGG===",
        b"ORSXG5A=", b"O0======", b"I1======"]
for s in decs:
    t(base64.b32decode, s)
    t(base64.b32decode, s, True)
    t(base64.b32decode, s, map01=b"L")
    t(base64.b32decode, s, True, b"I")
for s in [b"", b"C5H66===", b"c5h66===", b"C5H66P35", b"C5H66P3", b"C5H6W===", b"C5H66P35CPJMGQBE", "C5H66===", b"C5H66=1="]:
    t(base64.b32hexdecode, s)
    t(base64.b32hexdecode, s, casefold=True)
for m in [b"L", "I", bytearray(b"L"), memoryview(b"L"), b"LL", "", bytearray(b"LL"), memoryview(b"LL"), 5, "\xe9", b"0", None, array("B", b"II")]:
    t(base64.b32decode, b"M1RGG===", map01=m)
for c in [0, 1, [], [1], "", "x", None]:
    t(base64.b32decode, b"mfrgg===", casefold=c)
    t(base64.b16decode, b"abcd", casefold=c)
for bad in [5, None, 1.5]:
    t(base64.b32decode, bad)
    t(base64.b32hexdecode, bad)
    t(base64.b16decode, bad)
t(base64.b32decode, b"MFRGG", map01=5)
t(base64.b32decode, b"MFRGG===", map01=5)
t(base64.b32hexdecode, b"", map01=b"L")

for s in [b"", b"00", b"0001ABCDEF", b"abcd", b"ABC", b"ABCG", b"ABCG0", b"AB CD", "DEADBEEF", "dead", "\xe9\xe9",
          bytearray(b"FF00"), memoryview(b"..FF00..")[2:-2], array("B", b"FF00"), memoryview(b"F.F.0.0.")[::2]]:
    t(base64.b16decode, s)
    t(base64.b16decode, s, True)

t(base64.b32encode)
t(base64.b32encode, b"", b"")
t(base64.b32decode)
t(base64.b32decode, b"", 1, 2, 3)
t(base64.b32decode, b"", foo=1)
t(base64.b32decode, s=b"", casefold=1, map01=b"L")
t(base64.b32hexdecode, b"", 1, 2)
t(base64.b32hexencode, s=b"a")
t(base64.b16decode, b"", 1, 2)
t(base64.b16decode, b"", s=b"")
t(base64.b16encode)

big = bytes(range(256)) * 200
print(base64.b32decode(base64.b32encode(big)) == big, base64.b32hexdecode(base64.b32hexencode(big).lower(), True) == big)
print(base64.b16decode(base64.b16encode(big)) == big, base64.b16decode(base64.b16encode(big).lower(), casefold=True) == big)
