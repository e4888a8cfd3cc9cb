# Search arguments: CPython's conversion order (range, then needle), huge and
# non-int bounds, and a needle whose __index__ shrinks the haystack.
class Evil:
    def __init__(self, ba): self.ba = ba
    def __index__(self):
        self.ba.clear()
        return 97
# (What the search then finds is not printed: CPython searches the freed buffer, and
# its answer depends on what reuses that memory.)
ba = bytearray(b"abcabc")
print(type(ba.find(Evil(ba))).__name__, ba)
ba = bytearray(b"abcabc")
print(type(Evil(ba) in ba).__name__, ba)
ba = bytearray(b"abcabc")
print(type(ba.count(Evil(ba), 0, 6)).__name__, ba)
ba = bytearray(b"abcabc")
print(ba.find(ba), ba.count(ba), ba.split(ba), ba.startswith(ba), ba.replace(ba, ba), ba.partition(ba))
for f in (lambda: b"a".find(1.5, 5), lambda: b"a".count(1.5, 5), lambda: b"a".startswith(1.5, 5), lambda: b"a".startswith(1.5, "x"), lambda: b"a".count(1.5, "x"), lambda: b"a".index(1.5, 5),lambda: b"a".index(b"b", 5), lambda: b"a".find(300, "x"), lambda: b"a".find(300, 5), lambda: 1.5 in b"a", lambda: 300 in b"a", lambda: b"" in b"a", lambda: memoryview(b"bc") in b"abc", lambda: b"abc".find(memoryview(b"abc")[1:]), lambda: b"a b".split(memoryview(b" "))):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for f in (lambda: "abc".find("b", "x"), lambda: "abc".find("b", 10**30), lambda: b"abc".find(b"b", -10**30), lambda: "abc".count("", 10**20), lambda: b"abc".startswith(b"a", None, 10**40), lambda: "abc".index("c", 1.0)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for f in (lambda: "a".startswith(1.5, 5), lambda: "a".endswith(("a", 1), 0), lambda: "a".find(1, 5), lambda: "abc".rfind("b", None, 10**30), lambda: "abc".startswith("", 3), lambda: "abc".startswith("", 4)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
