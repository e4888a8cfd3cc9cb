def f(a, b):
    return a

print(f(x for x in range(3), 1))
