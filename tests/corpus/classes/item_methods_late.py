# Item special methods added to and removed from a class after instances exist: the
# next subscript sees the change, on the class and on its subclasses.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box:
    pass


class SubBox(Box):
    pass


b, s = Box(), SubBox()
t(lambda: b[1])
Box.__getitem__ = lambda self, k: ("got", k)
t(lambda: b[1])
t(lambda: s[2])
Box.__setitem__ = lambda self, k, v: print("set", k, v)
b[3] = 4
s[5] = 6
del Box.__getitem__
t(lambda: b[1])
t(lambda: s[1])


def delete(o, k):
    del o[k]


t(lambda: delete(b, 1))
SubBox.__delitem__ = lambda self, k: print("del", k)
t(lambda: delete(s, 7))
t(lambda: delete(b, 7))


class Counts(dict):
    def __delitem__(self, k):
        print("soft delete", k)


c = Counts(a=1)
c["b"] = 2
c["a"] += 10
print(sorted(c.items()))
del c["zzz"]
Counts.__setitem__ = lambda self, k, v: dict.__setitem__(self, k, v * 100)
c["d"] = 1
print(sorted(c.items()))
Counts.__getitem__ = lambda self, k: dict.get(self, k, "default")
print(c["nope"], c["a"])
setattr(Counts, "__getitem__", lambda self, k: "via setattr")
print(c["a"])
delattr(Counts, "__getitem__")
t(lambda: c["nope"])


# One of the pair defined: the other one is what is missing.
class OnlyDel:
    def __delitem__(self, k):
        print("deleting", k)


def store(o):
    o[1] = 2


t(lambda: store(OnlyDel()))
t(lambda: delete(OnlyDel(), 3))


class DictOnlySet(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v)


d = DictOnlySet(a=1)
del d["a"]
print(d)
