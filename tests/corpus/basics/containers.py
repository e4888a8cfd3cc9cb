lst = [3, 1, 2]
lst.append(4); lst.extend([5, 6]); lst.insert(0, 0)
print(lst, lst.pop(), lst.pop(0), lst.index(2), lst.count(1), len(lst))
lst.sort(); print(lst); lst.sort(reverse=True); print(lst); lst.reverse(); print(lst)
lst.remove(3); print(lst, lst[1:3], lst[::-1], lst[-2:])
lst[1:3] = [7, 8, 9]; print(lst)
del lst[0]; del lst[::2]; print(lst)
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True))
t = (1, 2, 3, 2)
print(t, t[1], t[1:], t.count(2), t.index(3), len(t), (1,) + (2,), t * 2, () == tuple())
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, "a" in d, len(d), d.setdefault("q", 7), d)
d.update({"a": 10}, e=5); print(d)
del d["a"]; print(d, dict(zip("xy", [1, 2])), dict([("k", "v")]))
s = {3, 1, 2}
s.add(4); s.discard(1)
print(sorted(s), 2 in s, len(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}))
print(list(range(5)), list(range(2, 10, 3)), range(10)[2], len(range(0, 100, 7)), range(5)[1:3])
nested = [[1, 2], [3, 4]]
print(nested[1][0], [row[0] for row in nested], list(reversed([1, 2, 3])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
print({1: "a", True: "b"}, {(1, 2): "tuple key"}[(1, 2)], hash((1, 2)) == hash((1, 2)))
print(list("abc"), tuple("ab"), set(), dict(), [] == [], {} == {}, [1, [2]] == [1, [2]])
a = [1, 2]
a.append(a)
print(a)
