# match statements: every kind of pattern, guards, alternatives, captures.
def describe(x):
    match x:
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "world":
            return "helloworld"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case []:
            return "empty sequence"
        case [a]:
            return f"one item {a!r}"
        case [a, b] if a == b:
            return f"pair of equal {a!r}"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case {"kind": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"kind": kind, **rest}:
            return f"kind {kind} rest {rest}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"str {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case float(f):
            return f"float {f}"
        case _:
            return f"other {type(x).__name__}"

for v in [0, 1, 2, -1, 2.5, "helloworld", b"raw", None, True, False, 1.0, 0.0,
          [], (), [7], (7,), [3, 3], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5), range(2),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "box", "w": 3, "h": 4},
          {"other": 1}, {}, "text", 1000, 50, 3.5, {1, 2}, bytearray(b"raw"),
          b"bytes", "ab"]:
    print(repr(v), "->", describe(v))
print(describe(memoryview(b"xy")))

# True/False/None match by identity: 1 is not True, 0 is not False.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched the literal 1")
match 1.0:
    case 1:
        print("1.0 == 1")

# Strings, bytes and bytearrays are not sequences for patterns.
for s in ["ab", b"ab", bytearray(b"ab")]:
    match s:
        case [x, y]:
            print("sequence", x, y)
        case _:
            print("not a sequence:", type(s).__name__)

# Value patterns: dotted names compare with ==.
class Color:
    RED = 0
    GREEN = 1
    BLUE = 2

import sys
for c in [0, 1, 2, 3]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN | Color.BLUE:
            print("green or blue")
        case sys.maxsize:
            print("maxsize")
        case other:
            print("unknown", other)

# as-patterns, nested patterns, alternatives binding the same names.
def shape(v):
    match v:
        case [("x" | "y") as axis, int() | float() as amount]:
            return f"move {axis} by {amount}"
        case [[a, b], [c, d]] | ((a, b), (c, d)):
            return f"matrix {a}{b}{c}{d}"
        case {"pos": [x, y] as pos, **kw} if not kw:
            return f"pos {pos} {x} {y}"
        case [*_, "end"]:
            return "ends with end"
        case [1, *_]:
            return "starts with 1"
        case _:
            return "no match"

for v in [["x", 3], ["y", 2.5], ["z", 1], [[1, 2], [3, 4]], ((5, 6), (7, 8)),
          {"pos": [1, 2]}, {"pos": (3, 4), "extra": 1}, ["a", "b", "end"], [1, 9, 9], ()]:
    print(v, "->", shape(v))

# Captures are bound even when the guard fails; a failed pattern binds nothing.
match [1, 2]:
    case [p, q] if p > q:
        print("unreachable")
    case _:
        print("guard failed, p and q:", p, q)
r = "unset"
match [1, 2, 3]:
    case [r, 5, _]:
        print("no")
    case _:
        print("r after a failed match:", r)

# match and case stay usable as names.
match = {"case": 1}
case = [match]
print(match, case)
match["case"] = 2
print(match)
match (match):
    case {"case": case}:
        print("case is", case)
def match(x):
    return x * 2
print(match(21))
match, case = 1, 2
print(match, case)

# The subject can be a tuple without parentheses, and a star expression.
xs = [1, 2]
match *xs, 3:
    case (1, 2, 3):
        print("tuple subject")
match 1, 2:
    case a, b:
        print("open sequence pattern", a, b)
    case _:
        pass

# Nested match, match in loops with break/continue, and in a generator.
def gen(items):
    for item in items:
        match item:
            case int(n):
                yield n * 10
            case [*inner]:
                for i in inner:
                    yield i
            case "stop":
                return
            case _:
                continue

print(list(gen([1, [2, 3], "skip", 4, "stop", 5])))

for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
        case _:
            match i % 2:
                case 0:
                    print(i, "even")
                case _:
                    print(i, "odd")

# A missing key fails the pattern.
d = {"a": 1}
match d:
    case {"b": _}:
        print("b found")
    case {"a": 1, **rest}:
        print("a found; rest", rest, type(rest).__name__)
print(dict(d))

# A longer mapping than keys still matches; extra keys go to **rest.
match {1: "one", 2: "two", 3: "three"}:
    case {1: one, 3: three, **others}:
        print(one, three, others)
