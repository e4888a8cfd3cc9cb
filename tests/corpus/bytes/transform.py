b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b"a,b,,c".split(b","), b"a b  c ".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"  x  y ".rsplit(None, 1), b"".split(), b"".split(b","))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"ab".replace(b"b", b"XY"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-42".zfill(6), b"42".zfill(1), b"abc".center(2))
print(b"line1\nline2\r\nline3\r".splitlines(), b"a\nb\n".splitlines(keepends=True), b"a\tbc\td".expandtabs(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Hello World".istitle(), b"\x80".isascii(), b"".isdigit())
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"xyz".removeprefix(b"q"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"hello".translate(table, delete=b"h"))
print(b"\x00\xff\x10".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(":", -4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
for bad in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"\xff".decode(), lambda: b"\xc3".decode("utf-8"), lambda: b"\x80".decode("ascii"), lambda: b"x".decode("nope"), lambda: b"ab".center(5, b"**"), lambda: b"a".split(b""), lambda: bytes.maketrans(b"a", b"bc"), lambda: b"abc".translate(b"short")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
