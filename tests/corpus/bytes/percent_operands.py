# bytes % x and bytearray % x: the left operand formats first (its error stands even
# when x has __rmod__), unless x's class derives from the left one's type; the
# __mod__/__rmod__ methods called directly.
class M:
    def __rmod__(self, o): return "M.rmod"
class BA(bytearray): pass
class B(bytes):
    def __rmod__(self, o): return "B.rmod"
class BB(bytearray):
    def __rmod__(self, o): return "BB.rmod"
tests = [
 lambda: bytearray(b"%d") % 5, lambda: type(bytearray(b"%d") % 5).__name__, lambda: BA(b"%d") % 5, lambda: type(BA(b"%d") % 5).__name__,
 lambda: b"%s" % M(), lambda: bytearray(b"%s") % M(), lambda: b"abc" % M(), lambda: b"x".__mod__(M()),
 lambda: b"x".__rmod__(b"%s"), lambda: bytearray(b"x").__rmod__(bytearray(b"%s")), lambda: bytearray(b"x").__rmod__(b"%s"),
 lambda: b"%s".__rmod__(bytearray(b"y")), lambda: 5 % b"x", lambda: b"%s" % B(b"y"), lambda: b"x" % B(b"y"),
 lambda: bytearray(b"%s") % B(b"y"), lambda: b"%s" % BB(b"y"), lambda: bytearray(b"%s") % BB(b"y"), lambda: 5 % M(),
 lambda: b"%(a)s" % {b"a": 1}, lambda: b"%%" % (), lambda: b"%s" % (), lambda: b"%*d" % (3, 4), lambda: b"%.2f" % 1.234,
]
ba = bytearray(b"%d-")
ba %= 3
print(ba, type(ba).__name__)
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
