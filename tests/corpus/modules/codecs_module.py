# codecs.encode/decode through the registry: text codecs, bytes-to-bytes codecs and the
# errors CPython wraps ("encoding with 'x' codec failed (...)"), and the byte-order marks.
import codecs

print([n for n in dir(codecs) if n.startswith("BOM")])
print(codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE, codecs.BOM_UTF32,
      codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: codecs.encode("héllo"))
show(lambda: codecs.decode(b"h\xc3\xa9llo"))
show(lambda: codecs.encode("héllo", "utf-16"))
show(lambda: codecs.decode(codecs.encode("héllo", "utf-32-be"), "utf-32-be"))
show(lambda: codecs.encode("é€", "cp1252"))
show(lambda: codecs.decode(b"\x80\xe9", "cp1252"))
show(lambda: codecs.decode(b"\xb0\xb1", "cp437"))
show(lambda: codecs.encode("x", "utf-8-sig"))
show(lambda: codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"))
show(lambda: codecs.decode(memoryview(b"abc")[1:], "latin-1"))
show(lambda: codecs.decode(bytearray(b"abc"), "ascii"))
show(lambda: codecs.encode(obj="x", encoding="ascii"))
show(lambda: codecs.encode("x", errors="ignore"))
show(lambda: codecs.decode(b"x\xff", "utf-8", "ignore"))
show(lambda: codecs.decode(b"x\xff", "utf-8", "replace"))
for n in ["UTF_8", "utf-8", "latin_1", "cp1252", "windows-1252", "utf-8-sig", "utf-16-le",
          "ascii", "utf-32"]:
    show(lambda: codecs.encode(1, n))
    show(lambda: codecs.encode(b"x", n))
    show(lambda: codecs.decode("x", n))
    show(lambda: codecs.decode(1, n))
show(lambda: codecs.encode("é", "ascii"))
show(lambda: codecs.decode(b"\xe9", "ascii"))
show(lambda: codecs.encode("é", "ascii", "nope"))
show(lambda: codecs.decode(b"\xe9", "utf-8", "nope"))
show(lambda: codecs.encode("é", "cp1252", "nope"))
show(lambda: codecs.encode("Ā", "cp1252", "nope"))
show(lambda: codecs.decode(b"ab", "nope"))
show(lambda: codecs.encode("x", "utf-8", 1))
show(lambda: codecs.encode("x", 1))
show(lambda: codecs.decode(b"x", None))
show(lambda: codecs.encode())
show(lambda: codecs.decode())
show(lambda: codecs.encode("x", "utf-8", "strict", 1))
show(lambda: codecs.encode("x", "utf-8", foo=1))
