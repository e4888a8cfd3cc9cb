# Equality of strs in conditions and expressions: locals, constants, other
# expressions, subclasses, huge texts, mixed types, chained comparisons.


class S(str):
    def __eq__(self, other):
        print("S.__eq__", repr(other))
        return str.__eq__(self, other)

    def __ne__(self, other):
        print("S.__ne__", repr(other))
        return str.__ne__(self, other)

    __hash__ = str.__hash__


def conditions(k, other):
    out = []
    if k == "name":
        out.append("eq-const")
    if k != "name":
        out.append("ne-const")
    if k == other:
        out.append("eq-local")
    if k != other:
        out.append("ne-local")
    if "name" == k:
        out.append("const-eq")
    if k < other:
        out.append("lt")
    return out


def values(k, other):
    return [k == "name", k != "name", k == other, k != other, "name" != k,
            "a" < k <= "zzzz", k == other == "name"]


cases = [("name", "name"), ("name", "other"), ("", ""), ("", "x"), ("näme", "näme"),
         ("name", 5), (5, "name"), ("name", None), ("name", b"name"),
         ("name", ["name"]), ("\u20ac" * 3, "\u20ac" * 3)]
for k, other in cases:
    try:
        print(repr(k), repr(other), conditions(k, other), values(k, other))
    except TypeError as e:
        print(repr(k), repr(other), "TypeError:", e)

s = S("name")
print(conditions(s, "name"))
print(values(s, "other"))
print(conditions("name", s))

big = "x" * 300000
big2 = "x" * 299999 + "y"
big3 = "x" * 300000
print(big == big2, big != big2, big == big3, big != big3, big == big, big != big)


def big_cond(a, b):
    if a == b:
        return "same"
    return "different"


print(big_cond(big, big2), big_cond(big, big3), big_cond(big, "x"), big_cond("x", big))

# A local unbound at the comparison.


def unbound():
    if k == "x":  # noqa: F821
        pass
    k = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def walrus(xs):
    n = 0
    for x in xs:
        if (y := x) == "b":
            n += 1
    return n, y


print(walrus(["a", "b", "b", "c"]))
print(sum(1 for w in "a b a c a".split() if w == "a"), [w for w in ["x", "y"] if w != "x"])
