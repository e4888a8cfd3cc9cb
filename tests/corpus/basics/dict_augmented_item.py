# d[k] op= v on dicts and dict subclasses: one lookup when the key is there, and the
# same results as CPython when the right-hand side changes the dict, the key is absent,
# or the key or the value has methods of its own.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = {"a": 1, 1: 10, 2.5: "x", b"k": [1]}
d["a"] += 1
d[1] *= 3
d[True] += 1
d[1.0] -= 2
d[2.5] += "y"
d[b"k"] += [2]
print(d)


def bump(k, by=1):
    d[k] += by
    return d[k]


t(lambda: bump("missing"))
t(lambda: bump([1]))


# The right-hand side deletes, re-adds or reorders the key.
def rhs_deletes():
    del d["a"]
    return 5


d["a"] += rhs_deletes()
print(d)


def rhs_reorders():
    del d[1]
    d[1] = 100
    return 1


d["a"] += rhs_reorders()
d[1] += rhs_reorders()
print(d)


def rhs_clears():
    d.clear()
    return 1


d["a"] += rhs_clears()
print(d)


# Dict subclasses: __missing__, and classes that define __getitem__ / __setitem__.
class Zero(dict):
    def __missing__(self, k):
        print("missing", k)
        return 0


z = Zero()
z["x"] += 1
z["x"] += 1
print(z)


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)

    def __getitem__(self, k):
        print("get", k)
        return dict.__getitem__(self, k)


l = Loud(n=1)
l["n"] += 5
print(l)


# A key with its own __hash__ and __eq__ is asked as CPython asks it.
class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


kd = {Key(1): 1}
kd[Key(1)] += 1
print([(k.n, v) for k, v in kd.items()])


# A value with __iadd__ is changed in place; one with __add__ only is replaced.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self


acc = Acc()
box = {"acc": acc, "t": (1,)}
box["acc"] += 5
box["t"] += (2,)
print(box["acc"] is acc, acc.items, box["t"])

from collections import Counter, defaultdict

c = Counter("abca")
for ch in "abcz":
    c[ch] += 1
dd = defaultdict(list)
dd["k"] += [1]
dd["k"] += [2]
print(sorted(c.items()), dict(dd))

# Keys equal to the one the dict holds but other objects, and a right-hand side that
# puts an equal key back in the same place.
part = "a"
counts = {"ab": 0}
for _ in range(3):
    counts[part + "b"] += 1


def readd():
    del counts["ab"]
    counts["".join(["a", "b"])] = 50
    return 1


counts[part + "b"] += readd()
print(counts)
