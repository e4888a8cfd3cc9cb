# The rich-comparison special methods of bytes and bytearray called directly, and the
# comparison operators between bytes-likes and other types.
import array
names = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
receivers = [b"foobar", bytearray(b"foobar"), b"", bytearray()]
others = [2, "foobar", None, 1.5, [102], (102,), b"foobar", bytearray(b"foobar"),
          b"foo", bytearray(b"zzz"), memoryview(b"foobar"), array.array("B", b"foobar"),
          memoryview(b"a"), object()]
for r in receivers:
    for name in names:
        row = []
        for o in others:
            try:
                v = getattr(r, name)(o)
                row.append("NI" if v is NotImplemented else repr(v))
            except Exception as e:
                row.append(type(e).__name__)
        print(type(r).__name__, len(r), name, " ".join(row))

class Sub(bytes):
    pass
class SubBA(bytearray):
    pass
for r in [Sub(b"ab"), SubBA(b"ab")]:
    for name in names:
        print(type(r).__name__, name, [getattr(r, name)(o) for o in (b"ab", bytearray(b"ac"), 3, Sub(b"ab"))])

# Arity and unbound calls (a wrong receiver is a TypeError).
for name in names:
    for call in [lambda: getattr(b"a", name)(), lambda: getattr(b"a", name)(1, 2),
                 lambda: getattr(bytearray(), name)(x=1),
                 lambda: getattr(bytes, name)(b"a", b"a"),
                 lambda: getattr(bytes, name)(b"a", 1),
                 lambda: getattr(bytearray, name)(bytearray(b"a"), memoryview(b"b")),
                 lambda: getattr(bytes, name)(Sub(b"a"), b"a")]:
        try:
            v = call()
            print(name, "NI" if v is NotImplemented else repr(v))
        except Exception as e:
            print(name, type(e).__name__, e)
    for call in [lambda: getattr(bytes, name)("a", b"a"),
                 lambda: getattr(bytearray, name)(b"a", b"a"),
                 lambda: getattr(bytes, name)(bytearray(b"a"), b"a")]:
        try:
            call()
        except TypeError:
            print(name, "TypeError")

# Operators: == and != never raise; orderings with non-bytes do.
ops = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
       "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
for a in [b"a", bytearray(b"a")]:
    for b in ["a", 97, None, [97], memoryview(b"a"), array.array("B", b"a"), b"a", bytearray(b"b")]:
        for op, f in ops.items():
            label = type(b).__name__ if isinstance(b, memoryview) else repr(b)
            try:
                print(repr(a), op, label, f(a, b), f(b, a))
            except Exception as e:
                print(repr(a), op, label, type(e).__name__, e)

# A user type that answers the reflected comparison.
class Other:
    def __eq__(self, o): return "Other.eq"
    def __lt__(self, o): return "Other.lt"
    def __gt__(self, o): return "Other.gt"
    def __le__(self, o): return "Other.le"
    def __ge__(self, o): return "Other.ge"
for a in [b"x", bytearray(b"x")]:
    print(a == Other(), a != Other(), a < Other(), a > Other(), a <= Other(), a >= Other())
# A bytes subclass answering first.
class Rev(bytes):
    def __eq__(self, o): return "Rev.eq"
    def __lt__(self, o): return "Rev.lt"
    __hash__ = bytes.__hash__
print(b"x" == Rev(b"x"), b"x" > Rev(b"x"), Rev(b"x") == b"y", Rev(b"x") < b"y")
print(bytes.__eq__(Rev(b"x"), b"x"), bytes.__lt__(Rev(b"a"), b"b"))
# Views that are not plain bytes: non-contiguous, released, other formats, arrays of ints.
m = memoryview(b"abcd")[::2]
r = memoryview(b"ac"); r.release()
for o in [m, r, memoryview(b"ab").cast("c"), memoryview(array.array("h", [97])), array.array("h", [97]), array.array("B", b"ac")]:
    for a in [b"ac", bytearray(b"ac"), bytearray(b"a\x00")]:
        row = []
        for name in names:
            try:
                v = getattr(a, name)(o)
                row.append("NI" if v is NotImplemented else repr(v))
            except Exception as e:
                row.append(type(e).__name__)
        for op, f in ops.items():
            try:
                row.append(repr(f(a, o)))
            except Exception as e:
                row.append(type(e).__name__)
        print(type(o).__name__, repr(a), " ".join(row))
# Inside containers, sorting, and long operands (compared in pieces).
print(sorted([b"b", bytearray(b"a"), b"c", bytearray(b"")]))
print([b"a"] < [bytearray(b"b")], (bytearray(b"a"),) == (b"a",), [array.array("B", b"a")] == [bytearray(b"a")])
print(max(bytearray(b"x"), b"y"), min([b"q", bytearray(b"p")]))
big = b"x" * 300000
print(big == bytearray(big), big < bytearray(big + b"y"), bytearray(big) <= memoryview(big), bytearray(big).__ge__(array.array("B", big)))
try:
    sorted([b"a", "a"])
except TypeError as e:
    print("TypeError", e)
print(b"a" in [bytearray(b"a")], bytearray(b"a") in [b"a"], b"a" in {b"a": 1})
try:
    bytearray(b"a") in {b"a": 1}
except TypeError as e:
    print("TypeError", e)
# bytearray subclasses overriding the comparisons answer first when on the right.
class BA(bytearray):
    def __eq__(self, o): return "BA.eq"
    def __gt__(self, o): return "BA.gt"
    __hash__ = None
class PlainBA(bytearray):
    pass
for a in [b"x", bytearray(b"x")]:
    r = [a == BA(b"x"), a != BA(b"x"), a == PlainBA(b"x"), a != PlainBA(b"y")]
    try:
        r.append(a < BA(b"x"))
    except TypeError as e:
        r.append("TypeError")
    try:
        r.append(a < PlainBA(b"y"))
    except TypeError as e:
        r.append("TypeError")
    print(type(a).__name__, r)
