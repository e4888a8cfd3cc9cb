# An assignment expression in a comprehension binds in the enclosing scope.
values = [3, 8, 1, 9]
print([y := v * 2 for v in values], y)
print(any((hit := v) > 5 for v in values), hit)
print(sorted({last := v for v in values}), last)
print({k: (seen := k) for k in "abc"}, seen)

def in_function(items):
    total = 0
    running = [total := total + i for i in items]
    return running, total

print(in_function([1, 2, 3]))

def nested_comprehensions():
    matrix = [[(cell := i * j) for j in range(3)] for i in range(3)]
    return matrix, cell

print(nested_comprehensions())

def closure_sees_it():
    [found := x for x in range(4) if x % 2]
    def inner():
        return found
    return inner()

print(closure_sees_it())

def with_global():
    global g
    [g := i for i in range(3)]

with_global()
print("global g =", g)

def outer():
    n = 0
    def inner():
        nonlocal n
        [n := n + i for i in range(5)]
        return n
    return inner(), n

print(outer())

# A generator expression binds when it runs.
gen = (z := i for i in range(3))
try:
    z
except NameError as e:
    print(type(e).__name__, e)
print(list(gen), z)

# Walrus in a lambda inside a comprehension binds in the lambda.
fs = [lambda: (w := 5) for _ in range(2)]
print([f() for f in fs])
try:
    w
except NameError as e:
    print(type(e).__name__, e)

# Plain walruses.
if (n := len(values)) > 3:
    print("long list", n)
while (chunk := values[:2]):
    print(chunk)
    values = values[2:]
print(f"{(q := 10)} {q}")
