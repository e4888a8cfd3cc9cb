name = "Wörld"
print(f"Hello {name!a} {name!r:>12} {len(name):03d} {name.upper()} {name[1:]}")
print(f"{'nested {braces}'} {{literal}} {3+4=} {name=!s}")
print("ÄÖÜ".lower(), "straße".upper(), "ǅ".lower(), "a\u0301".isalpha(), "½".isnumeric(), "٣".isdigit(), "x".zfill(3))
print("café".encode("utf-8"), "café".encode("latin-1"), "€".encode("utf-8").decode("utf-8"), len("😀"), "😀".encode())
print(repr("\x00\x1f\x7f\x80\xa0\u2028"), ascii("é😀"), repr("'\""), repr('\\'))
print("a b\tc\nd".split(), "a,b".split(",", 0), "  padded ".strip(" p"), "abc".strip("cba"), "x".join("abc"))
print("Hello".center(11, "*"), "%-10s|" % "hi", "%10.3s|" % "hello", "{:^9}".format("mid"), "{0}{1}{0}".format("a", "b"))
print("abcabc".rfind("bc"), "abcabc".rindex("a"), "aaa".count("aa"), "abc".find("", 10), "title case".title(), "A-B".swapcase())
print(str(b"bytes", "ascii"), str(bytearray(b"x"), encoding="utf-8"), "%c%c" % (72, "i"), "%%d" % (), "%.0f" % 2.5, "%.0f" % 3.5)
print(sorted("bca"), "".join(sorted("bca")), list("ab") + ["c"], "-".join(map(str, [1, 2, 3])), "ab" in "cabd", "abc"[::-1])
tests='0 ٣ ² ½ Ⅷ ① ༣ ９ ₃ ⁰'.split(); print([t.isdigit() for t in tests], [t.isdecimal() for t in tests], [t.isnumeric() for t in tests])

# casefold is full case folding, not lower()
for word in ["Straße", "ΣΑΣ", "ﬁne", "ŉ", "µ", "ǰ", "Ꭰ", "ꭰ", "İ"]:
    print(word, word.lower(), word.casefold(), word.casefold() == word.lower())
print("STRASSE".casefold() == "straße".casefold())
