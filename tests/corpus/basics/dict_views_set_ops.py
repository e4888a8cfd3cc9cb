# The set operators of keys and items views (| & - ^ with any iterable, on either
# side), isdisjoint, and the errors: values views, unhashable items, non-iterables.
d = {1: "a", 2: "b", 3: "c"}
e = {2: "b", 3: "x", 4: "d"}
k, i = d.keys(), d.items()


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)
    except Exception as ex:
        print(label, type(ex).__name__, ex)


for name, other in [("list", [2, 5]), ("set", {2, 5}), ("frozenset", frozenset([3])),
                    ("tuple", (1, 1, 9)), ("keys", e.keys()), ("empty", []),
                    ("gen", (x for x in [3, 4])), ("str", "ab"), ("dict", {1: 0, 7: 0}),
                    ("range", range(3))]:
    show(name + " |", lambda: k | other)
for name, other in [("list", [2, 5]), ("set", {2, 5}), ("big set", {1, 2, 3, 4, 5, 6}),
                    ("keys", e.keys()), ("small keys", {3: 0}.keys()), ("empty", [])]:
    show(name + " &", lambda: k & other)
    show(name + " r&", lambda: other & k)
    show(name + " -", lambda: k - other)
    show(name + " ^", lambda: k ^ other)
show("r|", lambda: [5] | k)
show("r-", lambda: [1, 7] - k)
show("r^", lambda: [1, 7] ^ k)
show("set r-", lambda: {1, 7} - k)
show("set r|", lambda: {9} | k)
show("set r&", lambda: {1, 9} & k)
show("items |", lambda: i | {(9, "z")})
show("items &", lambda: i & [(1, "a"), (2, "z"), 5])
show("items -", lambda: i - e.items())
show("items ^", lambda: i ^ e.items())
show("items & keys", lambda: i & k)
show("keys & items", lambda: k & e.items())
show("items unhashable", lambda: {1: [2]}.items() | set())
show("items & unhashable", lambda: {1: [2]}.items() & [(1, [2])])
show("int", lambda: k | 5)
show("r int", lambda: 5 | k)
show("none", lambda: k - None)
show("values", lambda: d.values() | [1])
show("values r", lambda: [1] | d.values())
show("unhashable", lambda: k | [[1]])
show("unhashable &", lambda: k & [[1]])
show("unhashable -", lambda: k - [[1]])
show("mul", lambda: k * 2)
show("add", lambda: k + [1])

x = d.keys()
x |= {9}
print(type(x).__name__, sorted(x))
y = {0}
y |= d.keys()
print(type(y).__name__, sorted(y))
z = {0, 1}
z -= d.keys()
print(sorted(z))
w = {0, 1}
w &= d.keys()
print(sorted(w))
v = {0, 1}
v ^= d.keys()
print(sorted(v))

for other in [[], [4], [3], {3}, {3: 0}.keys(), {7, 8, 9, 10}, (n for n in [1]), "x", k]:
    print(k.isdisjoint(other), i.isdisjoint([(1, "a")]), i.isdisjoint([(1, "b"), 3]))
print({}.keys().isdisjoint({}.keys()), k.isdisjoint(k))
show("isdisjoint int", lambda: k.isdisjoint(5))
show("isdisjoint none", lambda: k.isdisjoint())
show("isdisjoint two", lambda: k.isdisjoint([], []))
show("values isdisjoint", lambda: d.values().isdisjoint([]))


class Keys(dict):
    pass


sub = Keys(a=1, b=2)
print(sorted(sub.keys() | {"c"}), sorted(sub.items() - {("a", 1)}))
# The result does not follow later changes of the dict.
r = k | set()
d[10] = "j"
print(sorted(r), sorted(k))
