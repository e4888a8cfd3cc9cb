s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], len(s))
print(s.lower(), s.upper(), s.split(", "), s.replace("l", "L"), s.find("o"), s.rfind("o"), s.count("l"))
print("  pad  ".strip() + "|", "a,b,,c".split(","), " x y  z ".split(), "-".join(["a", "b", "c"]))
print(s.startswith("Hell"), s.endswith("ld"), s.startswith(("x", "H")), "abc".index("c"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnewline\\"), repr("\x00\x7f"))
print("%s is %d years and %.2f%%" % ("Bob", 30, 99.5), "%5s|%-5s|%05d" % ("a", "b", 42))
print(f"{'nested'!r} {3 + 4} {s[0]}{s[1]} {1/3:.3f} {255:#x} {255:08b} {1234567:,}")
name = "x"
print(f"{name=} {name!s:>4}|{name:*^7}|")
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{k}".format(k=5), "{:>6.2f}".format(3.14159))
print("é" * 3, len("héllo"), "héllo"[1], "日本語"[::-1], "ß".upper())
print(str(12), str(1.5), str(None), str([1, "a"]), repr([1, "a"]), ascii("é"))
print("abc" < "abd", "a" * 0, "ab" + "cd", "title case words".title(), "x".center(5, "-"), "7".zfill(3))
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "key=value=x".partition("="))
print(ord("A"), chr(0x263A), "".join(reversed("abc")), sorted("banana"), "ab".isalpha(), "12".isdigit())
print("""triple
quoted""", 'single' "concat" 'enated', r"raw\n", b"by" b"tes")
print("\u00e9\N{BULLET}\U0001F600", "\101\x42")
