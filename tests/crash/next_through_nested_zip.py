# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded
it = iter([1])
for i in range(30000):
    it = zip(it)
try:
    next(it)
    print("no error")
except RecursionError as e:
    print("RecursionError", e)
