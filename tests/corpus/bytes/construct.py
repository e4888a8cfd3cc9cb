print(bytes(), bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")), bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("hi", "ascii"), bytearray(x for x in [7, 8]))
for bad in [lambda: bytes([256]), lambda: bytearray([256]), lambda: bytes(-1), lambda: bytes("abc"), lambda: bytes(1.5), lambda: bytes(["a"]), lambda: bytes(b"a", "utf-8"), lambda: bytes("é", "ascii"), lambda: bytearray(-2), lambda: bytes(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("é".encode(), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é€".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.start, e.end, e.reason)
print(b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 2 * b"x", b"x" * 0, b"x" * -1, b"abc"[1], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1])
print(b"a" < b"b", b"ab" == bytearray(b"ab"), b"abc" > b"ab", hash(b"x") == hash(b"x"), list(b"hi"), len(b"abc"), b"" == b"")
for bad in [lambda: b"a" + "b", lambda: b"a" * 1.5, lambda: b"abc"[5], lambda: b"abc"[str("x")], lambda: hash(bytearray(b"x")), lambda: b"a" < "b"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(memoryview(b"\x02"), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(b"%s and %d and %5.1f and %x and %c%c and %r and %%" % (b"bytes", 42, 3.14159, 255, 65, b"B", b"r"))
print(b"%(name)s=%(v)03d" % {b"name": b"k", b"v": 7}, b"%-5b|" % b"ab", bytearray(b"%s") % (b"x",))
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
