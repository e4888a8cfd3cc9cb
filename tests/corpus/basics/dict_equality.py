# dict == dict: every key looked up in the other, values compared with ==; keys found
# through their stored hash, instance keys through their own __eq__; either dict
# changed while values compare.

print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {1: 2} != {1: 2, 3: 4})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "x"} == {1.0: "x"}, {True: 1} == {1: 1})
print({(1, "a"): [1, 2]} == {(1, "a"): [1, 2]}, {frozenset({1}): 0} == {frozenset({1}): 0})
print({"k": {"n": [1, {"d": 2}]}} == {"k": {"n": [1, {"d": 2}]}})
print({"k": {"n": [1, {"d": 2}]}} == {"k": {"n": [1, {"d": 3}]}})
a = {"x" * 30: 1, "y" * 3: 2}
b = {"".join(["x"] * 30): 1, "".join(["y"] * 3): 2}
print(a == b, a == dict(reversed(list(b.items()))))
print({1: 2} == [(1, 2)], {1: 2} == {1: 2}.items(), {1: 2}.items() == {(1, 2)})

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("Key.__eq__", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v

print({Key(1): "a"} == {Key(1): "a"}, {Key(1): "a"} == {Key(2): "a"})
k = Key(5)
print({k: 1} == {k: 1})

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Loud.__eq__", self.v, other.v)
        return self.v == other.v
    __hash__ = None

print({"a": Loud(1), "b": Loud(2)} == {"b": Loud(2), "a": Loud(1)})
print({"a": Loud(1), "b": Loud(2)} == {"a": Loud(1), "b": Loud(3)})
same = Loud(9)
print({"s": same} == {"s": same})

class Raises:
    def __eq__(self, other):
        raise ValueError("no comparing")
    __hash__ = None

try:
    print({1: Raises()} == {1: Raises()})
except ValueError as e:
    print("ValueError", e)

# A value's __eq__ that changes the dicts being compared.
x = {}
y = {}
class Mutator:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        x.clear()
        y["new"] = 1
        return True
    __hash__ = None
x.update({"a": Mutator(1), "b": 2})
y.update({"a": Mutator(2), "b": 2})
print(x == y, x, sorted(y))

class Grow:
    def __eq__(self, other):
        for i in range(100):
            x[i] = i
        return True
    __hash__ = None
x = {"a": Grow(), "b": 1}
y = {"a": Grow(), "b": 1}
print(x == y, len(x))

# Subclasses, dict views, and nested self-reference.
class D(dict):
    pass
print(D(a=1) == {"a": 1}, {"a": 1} == D(a=1), D(a=1) == D(a=2))
r = {}
r["self"] = r
try:
    print(r == {"self": r})
except RecursionError as e:
    print("RecursionError", e)
print(r == r)
nan = float("nan")
print({1: nan} == {1: nan}, [nan] == [nan])
