# split with maxsplit on short and long texts, a Python __new__ before object.__init__,
# dict displays and item sets with equal keys of other types, view membership.
for t in ["a-b-c-d", "", "--", "a--b--c", "x" * 10]:
    for sep in ["-", "--", "x", "xx"]:
        print(t.split(sep, 0), t.split(sep, 1), t.split(sep, 2), t.split(sep, -1), t.split(sep=sep, maxsplit=1))
print(("ab" * 200000).split("b", 3)[:4], len(("ab" * 200000).split("b", 5)), len(("a,b" * 100000).split(",")))
class P(tuple):
    def __new__(cls, *a, **k):
        return super().__new__(cls, a)
print(P(1, 2, x=3))
class Q:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(Q(1, 2)).__name__)
class R:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
R(1, 2)
try:
    object.__new__(Q, 1)
except TypeError as e:
    print(e)
d = {1: "a", 1.0: "b", True: "c", 2: "d"}
print(d, {**d, 1: "z"})
e = {}
e[1] = "a"; e[1.0] = "b"; e[(1, 2)] = 3; e[(1.0, 2)] = 4
print(e, e.setdefault(2, 9), e)
print((1, 2) in {1: 2}.items(), 3 in {1: 3}.values(), [] in {1: 3}.values())
