# %-formatting takes a tuple subclass's items as its arguments (PyTuple_Check)
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __repr__(self):
        return "Pair(%r, %r)" % self


p = Pair(1, "x")
print(repr(p), "%s-%s" % p, "%d" % Pair(5, 6)[:1], "%r" % (p,))
for fmt in ("%s", "%s %s %s", "%(a)s"):
    try:
        print(fmt % p)
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s+%s" % Pair(b"a", b"b"))


class Text(str):
    pass


print("%s!" % Text("hi"))
try:
    print("%(k)s" % Text("hi"))
except Exception as e:
    print(type(e).__name__, e)
