# dict displays and lookups with keys equal by __eq__: the stored key is asked, the first
# key object stays; keys are evaluated before their values; pop/del/get/in find equal keys.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): print("eq", self.v, o.v); return True
    def __repr__(self): return f"K({self.v})"
print({K(1): "a", K(2): "b", 3: "c"})
print({1: "a", 1.0: "b", True: "c"}, {0.0: 1, 0: 2, False: 3, -0.0: 4})
d = {"a": 1, **{"a": 2, "b": 3}, "b": 4}
print(d)
try:
    {[]: 1}
except TypeError as e:
    print(e)
order = []
def k(x): order.append(("k", x)); return x
def v(x): order.append(("v", x)); return x
print({k(1): v(2), k(3): v(4)}, order)
print({(1, 2): 1, (1, 2): 2}, {"x" * 40: 1, "x" * 40: 2})
class K2:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): print("eq", self.v, getattr(o, "v", o)); return self.v == getattr(o, "v", o)
K = K2
a, b, c = K(1), K(2), K(1)
d = {a: "a", b: "b"}
print(d[c], c in d, d.get(K(2)), K(3) in d)
d[c] = "z"
print(list(d.values()))
del d[K(2)]
print(len(d), d.pop(K(1)), d)
s = {a, b}
print(K(1) in s, K(2) in s)
