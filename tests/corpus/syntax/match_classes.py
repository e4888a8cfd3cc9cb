# Class patterns: __match_args__, keyword sub-patterns, built-in types matching themselves.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(1, 2, 3), "nope"]:
    print(where(p))

# Missing attributes make the pattern fail.
class Empty:
    pass

match Empty():
    case Empty(missing=1):
        print("no")
    case Empty():
        print("Empty() matched, no attribute needed")

# Built-in types match themselves with one positional sub-pattern.
for v in [5, True, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {3}, frozenset({4})]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i, type(i).__name__)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l, type(l).__name__)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)

# A keyword sub-pattern on a built-in type reads the attribute.
match 3.5:
    case float(real=r, imag=i):
        print("real", r, "imag", i)
match 10:
    case int(numerator=n, denominator=1):
        print("numerator", n)

# Subclass instances match a base class pattern.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

match Dog("rex"):
    case Animal(name):
        print("animal named", name)

# Captures in a class body, a closure cell and a global declared in a function.
class Parsed:
    match {"version": 3, "name": "cfg"}:
        case {"version": int(version), "name": str() as name}:
            label = f"{name} v{version}"

print(Parsed.version, Parsed.name, Parsed.label)

def make_reader(data):
    match data:
        case [head, *tail]:
            pass
    def read():
        return head, tail
    return read

print(make_reader([1, 2, 3])())

def set_global(pair):
    global first_seen
    match pair:
        case (first_seen, _):
            pass

set_global(("g", 0))
print(first_seen)

# A generator suspended inside a case body resumes there.
def steps(cmd):
    match cmd.split():
        case ["go", direction]:
            yield "going"
            yield direction
        case ["look"]:
            yield "looking"
        case _:
            yield "unknown"

print(list(steps("go north")), list(steps("look")), list(steps("jump high")))
g = steps("go south")
print(next(g))
print(next(g))
