def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {sorted(kw.items())}"
print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", z=1, a=2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
square = lambda x: x * x
print(square(7), list(map(lambda v: v + 1, [1, 2])), list(filter(None, [0, 1, 2, ""])))
def deco(f):
    def wrapper(*a, **k):
        return "<" + str(f(*a, **k)) + ">"
    return wrapper
@deco
def val(x):
    """Docstring."""
    return x
print(val(3), val.__name__)
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
def posonly(a, b, /, c):
    return (a, b, c)
print(posonly(1, 2, c=3))
args = [1, 2]
kwargs = {"c": 9}
print(posonly(*args, **kwargs))
def noret():
    pass
print(noret())
print(fact.__name__, fact.__doc__, val.__doc__)
