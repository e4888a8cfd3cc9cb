# Text encodings beyond utf-8: utf-16/32 (with byte-order marks), utf-8-sig, cp1252, cp437,
# with every error handler, CPython's reasons and positions, and the encoding aliases.
tests = [
    (b"ab\x00c", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"), (b"a\x00\x00\xd8", "utf-16"), (b"\xff\xfea\x00b", "utf-16"),
    (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"a\x00\x00", "utf-32-le"),
    (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"),
    (b"\x81", "cp1252"), (b"a\x81\x8db", "cp1252"), (b"\x80\x9f\xff", "cp1252"),
    (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"\xef\xbb\xbf\xff", "utf-8-sig"), (b"abc", "utf-8-sig"),
    (b"\xfe\xff\x00a", "utf-16"), (b"a\x00b\x00\x00\xd8c", "utf-16-le"),
    (b"\x00a\xd8=\xde\x00", "utf-16-be"), (b"=\xd8\x00\xde", "utf-16-le"), (b"", "utf-16"),
    (b"\xff\xfe", "utf-16"), (b"\xb0\xb1\xb2\xdb\x80\xfe", "cp437"), (b"\x00\x01\xf6\x01", "utf-32-le"),
    (b"\x00\x00\x00a\x00\x01\xf6\x00", "utf-32-be"), (b"\xff\xfe\x00\xd8\x00\xdc", "utf-16"),
]
for d, e in tests:
    try:
        print(e, repr(d.decode(e)))
    except UnicodeDecodeError as x:
        print(type(x).__name__, x, "|", x.encoding, x.start, x.end, x.reason, x.object)
    for h in ["replace", "ignore", "backslashreplace"]:
        print(" ", h, repr(d.decode(e, h)))
for s, e in [("a€", "cp1252"), ("aĀĀb", "cp1252"), ("a\u2500╬", "cp437"), ("aé", "utf-16"),
             ("aé", "utf-32"), ("aé", "utf-8-sig"), ("a\U0001f600", "utf-16-be"),
             ("a\U0001f600", "utf-16-le"), ("a\U0001f600", "utf-32-be"), ("", "utf-16"),
             ("", "utf-32"), ("", "utf-8-sig"), ("é€", "cp437"), ("Ç", "cp437")]:
    try:
        print(e, s.encode(e))
    except UnicodeEncodeError as x:
        print(type(x).__name__, x, "|", x.encoding, x.start, x.end, x.reason)
    for h in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(" ", h, repr(s.encode(e, h)))
# Round trips of every code page byte.
for e in ["cp1252", "cp437"]:
    ok = [b for b in range(256) if bytes([b]).decode(e, "replace") != "\ufffd"]
    print(e, len(ok), bytes(ok).decode(e).encode(e) == bytes(ok))
text = "héllo wörld \U0001f600 \u20ac"
for e in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    b = text.encode(e)
    print(e, len(b), b[:6], b.decode(e) == text)
for n in ["UTF16", "utf-16le", "U16", "utf_8_sig", "windows-1252", "IBM437", "437", "utf-32be",
          "utf8-sig", "UTF-8-SIG", "UTF-8", "utf 8", "Utf__8", "-utf-8-", "latin-1", "iso-8859-1",
          "ISO8859-1", "ansi_x3.4_1968", "ANSI_X3.4-1968", "utf.8", "u.8", "UnicodeLittleUnmarked",
          "1252", "cp-1252", "us", "L1", "utf-16-le", "utf32", "cp65001", "x"]:
    try:
        print(repr(n), "ab".encode(n), b"ab".decode(n) if "16" not in n and "32" not in n else "")
    except LookupError as x:
        print(repr(n), type(x).__name__, x)
try:
    b"\x81".decode("cp1252", "nonsense")
except LookupError as x:
    print(type(x).__name__, x)
print(b"abc".decode("cp1252", "nonsense"))
print(bytearray(b"a\x00b\x00").decode("utf-16-le"), memoryview(b"\xff\xfea\x00")[2:].tobytes().decode("utf-16-le"))
for e in ["utf-16-le", "UTF-16", "utf-32", "utf-8-sig", "cp1252", "cp437", "utf-8", "ascii", "latin-1", "Latin1", "utf-32-be"]:
    for d in [b"\x81\x00\xd8", b"\xff"]:
        try:
            print(e, repr(d.decode(e, "nonsense")))
        except LookupError as x:
            print(e, x)
    try:
        print(e, "a\u0100\U0001f600".encode(e, "nonsense"))
    except LookupError as x:
        print("enc", e, x)
for e in ["us-ascii", "iso-8859-1", "iso8859-1", "UTF8", "utf 8", "latin", "l1", "646", "u8", "utf16", "UTF_32", "cp65001"]:
    for d in [b"\xff\xfe\x00\xd8"]:
        try:
            print(e, repr(d.decode(e, "nonsense")))
        except LookupError as x:
            print(e, x)
