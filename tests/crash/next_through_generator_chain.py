# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded
g = iter([1])
for i in range(10**5):
    g = (x for x in g)
try:
    print(list(g))
except RecursionError as e:
    print("RecursionError", e)
