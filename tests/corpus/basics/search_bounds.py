s = "hello"
print(s.find("", 100), s.find("", 5), s.count("", 100), s.count("", 2), s.startswith("", 100), s.startswith("", 5), s.find("l", -100), s.rfind("l", 0, -1), s.endswith("lo", -2), s.index("e", -5))
b = b"hello"
print(b.find(b"", 100), b.find(b"", 5), b.count(b"", 100), b.startswith(b"", 100), b.startswith(b"", 5), b.find(b"l", -100))
