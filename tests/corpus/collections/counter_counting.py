# Counter's counting loop (`_count_elements`): plain dicts and Counters are counted in
# place; a subclass with its own get or __setitem__ is counted through them; errors from
# iterating, hashing and adding come out as from a Python loop.
from collections import Counter, OrderedDict


def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Counter("abracadabra"))
print(Counter(["a", 1, 1.0, True, (1, 2), (1, 2), b"x", None, None]))
print(Counter(iter("hello")), Counter(), Counter(""), Counter(x % 3 for x in range(10)))
c = Counter("aab")
c.update("abc")
c.update(["b", "b"])
c.update(Counter("zz"))
c.update({"a": 10})
c.update(k=2)
print(c, c.total())
c = Counter()
c.update(range(5))
c.update(range(3))
print(c.most_common(2))

# Existing counts that are not ints, and a count at the edge of small ints.
c = Counter()
c["x"] = 1.5
c["y"] = 2**63 - 1
c["z"] = "s"
c.update(["x", "y"])
print(c["x"], c["y"])
t(lambda: c.update(["z"]))
print(c["z"])

# Unhashable elements and iterables that fail part-way.
t(lambda: Counter([[1]]))
c = Counter()
t(lambda: c.update(["a", {}, "b"]))
print(c)


def gen():
    yield "a"
    yield "b"
    raise ValueError("stop here")


c = Counter()
t(lambda: c.update(gen()))
print(c)
t(lambda: Counter(5))
t(lambda: Counter().update(3.5))


# Subclasses: own get, own __setitem__, own __missing__ (not asked when counting).
class LoudSet(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


print(LoudSet("aba"))


class DoubleGet(Counter):
    def get(self, key, default=None):
        return 2 * super().get(key, default)


print(DoubleGet("aaa"))


class Missing(Counter):
    def __missing__(self, key):
        print("missing", key)
        return 100


m = Missing("ab")
print(m, m["zz"])


# Keys equal across types, and user objects with __eq__ and __hash__.
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return f"Key({self.k})"


print(Counter([Key(1), Key(1), Key(2), 1, 1.0, True]))


# The counts of an OrderedDict-based and a dict-based helper through the module function.
from _collections import _count_elements

d = {}
_count_elements(d, "mississippi")
print(d)
od = OrderedDict()
_count_elements(od, "banana")
print(od)
t(lambda: _count_elements({}, None))
t(lambda: _count_elements([], "ab"))
t(lambda: _count_elements({}))


class Mapping:
    def __init__(self):
        self.data = {}

    def get(self, k, default):
        return self.data.get(k, default)

    def __setitem__(self, k, v):
        self.data[k] = v


mp = Mapping()
_count_elements(mp, "aab")
print(mp.data)
