# eval of expressions in the caller's namespace and in dicts
print(eval("1 + 2"), eval("1 + 2\n"), eval("1 + 2\n\n#comment\n"))
x = 4
print(eval("x"), eval("x * x", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
print(eval("lambda x: x + 10")(-5))
y = 6
print(eval("lambda: y * 2")())
print(eval("  3 * 3"), eval("\t7"))
print(eval(b"2 ** 10"), eval(bytearray(b"1 + 1")), eval(memoryview(b"2 + 2")))
print(eval("[i * i for i in range(5)]"))
print(eval("(yield_ := 5) + 1"), yield_)

def f(a):
    b = a * 2
    return eval("a + b"), eval("[a for _ in range(2)]")

print(f(3))

class C:
    z = 10
    print(eval("z + 1"))

# eval's dict gets __builtins__
g = {}
print(eval("len('abc')", g), "__builtins__" in g)

# nested eval
print(eval("eval('1 + 1') * 3"))
print(eval("{'a': 1}")["a"], eval("(1,)"), eval("None"), eval("...") is Ellipsis)
