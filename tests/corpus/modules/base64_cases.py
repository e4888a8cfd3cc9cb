# base64: the error and edge cases of CPython's test_base64, with their messages.
import base64
import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


tests = [b"%3d==", b"$3d==", b"[==", b"YW]3=", b"3{d==", b"3d}==", b"@@", b"!", b"YWJj\n", b"YWJj\nYWI="]
for s in tests:
    for f in [base64.b64decode, base64.standard_b64decode, base64.urlsafe_b64decode]:
        t(f, s)
        t(f, s.decode("ascii"))
    t(base64.b64decode, s, validate=True)
    t(base64.b64decode, s.decode("ascii"), validate=True)
t(base64.b64decode, b"++[[//]]", b"[]")
t(base64.urlsafe_b64decode, b"++--//__")
t(base64.b64decode, b"abc")
t(base64.b64decode, "abc")

for c in list(range(32)) + list(range(118, 256)):
    for args in [(b"!!!!" + bytes([c]),), (b"<~!!!!" + bytes([c]) + b"~>", True)]:
        try:
            base64.a85decode(args[0], adobe=len(args) > 1)
            print("no error", c)
        except ValueError as e:
            if c < 32 and c not in b" \t\n\r\v" or c >= 118 and c not in b"yz":
                print(repr(str(e)), end=" ")
            else:
                print(c, type(e).__name__, e)
print()
for s, kw in [(b"malformed", {"adobe": True}), (b"<~still malformed", {"adobe": True}), (b"<~~>", {}),
              (b"<~~>", {"adobe": False}), (b"<~~>", {"adobe": True}), (b"abcx", {}), (b"abcdey", {}),
              (b"a b\nc", {"ignorechars": b""}), (b"s", {}), (b"s8", {}), (b"s8W", {}), (b"s8W-", {}), (b's8W-"', {})]:
    t(base64.a85decode, s, **kw)
for c in list(range(33)) + list(b"\"',./:[\\]") + list(range(128, 256)):
    try:
        base64.b85decode(b"0000" + bytes([c]))
        print("no error", c)
    except ValueError as e:
        print(repr(str(e)), end=" ")
print()
for s in [b"|", b"|N", b"|Ns", b"|NsC", b"|NsC1"]:
    t(base64.b85decode, s)
for f in [base64.b64decode, base64.standard_b64decode, base64.urlsafe_b64decode, base64.b32decode,
          base64.b16decode, base64.b85decode, base64.a85decode]:
    t(f, "with non-ascii \xcb")
print(issubclass(binascii.Error, ValueError))
# RFC 4648 test vectors.
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d),
          base64.a85encode(d), base64.b85encode(d))
