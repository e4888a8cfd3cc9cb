# A generator expression as the only argument of a call may bind with `:=`.
print(list(y := x + 1 for x in [1, 2, 3]), y)
print(sum(z := i * i for i in range(4) if i), z)
print(max(w := len(s) for s in ["a", "abc", "ab"]), w)


def f():
    return any((found := n) > 2 for n in [1, 5, 3]), found


print(f())
