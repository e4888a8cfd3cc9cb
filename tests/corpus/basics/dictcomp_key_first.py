# A dict comprehension evaluates each key before its value (Python 3.8+), as a dict
# display does.
def f(x):
    print("eval", x)
    return x

d = {f("k%d" % i): f("v%d" % i) for i in range(2)}
print(d)
d = {f("k"): f("v")}
print(d)
calls = []
d = {calls.append("key") or i: calls.append("value") or i * i for i in range(3) if i != 1}
print(d, calls)
print({k: v for k, v in zip("abc", range(3))})
print({(i, j): i * j for i in range(2) for j in range(2)})
