# Arguments whose __index__ empties the bytearray being worked on: every method reads
# the length after converting them, as CPython does.
class Boom:
    def __init__(self, b, r=0): self.b = b; self.r = r
    def __index__(self):
        self.b.clear()
        return self.r
tests = []
def t(name, f):
    b = bytearray(b"abc")
    try:
        r = f(b)
        print(name, repr(r), b)
    except Exception as e:
        print(name, type(e).__name__, e, b)
t("setitem key", lambda b: b.__setitem__(Boom(b), 1))
t("setitem value", lambda b: b.__setitem__(0, Boom(b, 65)))
t("getitem", lambda b: b[Boom(b)])
t("delitem", lambda b: b.__delitem__(Boom(b)))
t("pop", lambda b: b.pop(Boom(b)))
t("insert idx", lambda b: b.insert(Boom(b), 65))
t("insert val", lambda b: b.insert(0, Boom(b, 65)))
t("append", lambda b: b.append(Boom(b, 65)))
t("remove", lambda b: b.remove(Boom(b, 97)))
t("count", lambda b: b.count(Boom(b, 97)))
t("find", lambda b: b.find(Boom(b, 97)))
t("index", lambda b: b.index(b"a", Boom(b, 0)))
t("contains", lambda b: Boom(b, 97) in b)
t("slice start", lambda b: b[Boom(b, 0):2])
t("setslice", lambda b: b.__setitem__(slice(Boom(b, 0), 2), b"xy"))
t("delslice", lambda b: b.__delitem__(slice(Boom(b, 0), 2)))
t("mul", lambda b: b * Boom(b, 2))
t("imul", lambda b: b.__imul__(Boom(b, 2)))
t("extend", lambda b: b.extend([Boom(b, 65), 66]))
t("center", lambda b: b.center(Boom(b, 6)))
t("replace", lambda b: b.replace(b"a", b"x", Boom(b, 1)))
t("split", lambda b: b.split(b"b", Boom(b, 1)))
t("startswith", lambda b: b.startswith(b"a", Boom(b, 0)))
t("hex", lambda b: b.hex(":", Boom(b, 1)))
t("ctor iter", lambda b: bytearray(iter([Boom(b, 65)])) + b)
