# json.dumps options: indent (int, str, 0, negative), separators, skipkeys, allow_nan,
# check_circular, default, sort_keys, and the errors each raises.
import json

data = {"name": "x", "items": [1, 2, {"deep": [], "e": {}}], "n": None}
for indent in [None, 0, 1, 4, "\t", "--", -1, ""]:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
print(json.dumps([[]], indent=2))
print(json.dumps([1, [2, 3]], indent=2, separators=(",", ": ")))
print(json.dumps({"a": 1}, indent=2, separators=(" ,", " : ")))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
show(lambda: json.dumps({"a": 1, (1, 2): 3, "b": 2}, skipkeys=True))
show(lambda: json.dumps({frozenset(): 3}))
show(lambda: json.dumps({b"x": 3}))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([float("inf")], allow_nan=False))
show(lambda: json.dumps({"x": float("-inf")}, allow_nan=False))
show(lambda: json.dumps(float("nan"), allow_nan=False, indent=1))
show(lambda: json.dumps({1.5: float("inf")}, allow_nan=False, indent=1))
show(lambda: json.dumps(object()))
show(lambda: json.dumps([1, {2, 3}]))
show(lambda: json.dumps({"a": b"bytes"}))
show(lambda: json.dumps(1j))
show(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
show(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True, indent=2))
show(lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show(lambda: json.dumps({2.5: 1, 1: 2}, sort_keys=True))
show(lambda: json.dumps(10**5000))
show(lambda: json.dumps({10**5000: 1}))

lst = [1]
lst.append(lst)
show(lambda: json.dumps(lst))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps(d, indent=2))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError("nope: " + type(o).__name__)

print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, default=default))
print(json.dumps({"s": {3, 1, 2}}, default=default, indent=1))
show(lambda: json.dumps(object(), default=default))
show(lambda: json.dumps(object(), default=lambda o: o))
print(json.dumps([object()], default=lambda o: "obj"))
print(json.dumps(object(), default=lambda o: None))

class Node:
    def __init__(self):
        self.me = self

show(lambda: json.dumps(Node(), default=lambda o: o.__dict__))
show(lambda: json.dumps(Node(), default=lambda o: [o.me]))
show(lambda: json.dumps(Node(), default=lambda o: o.__dict__, check_circular=False))
show(lambda: json.dumps(lst, check_circular=False))
show(lambda: json.dumps([1, 2], separators=(1, 2)))
show(lambda: json.dumps([1, 2], separators=(",", 2)))
show(lambda: json.dumps([1, 2], separators=(1, ":")))
print(json.dumps([1, 2], indent=True))
show(lambda: json.dumps([1, 2], indent=1.5))
