# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded while getting the repr of an object
e = frozenset()
for i in range(10**5):
    e = frozenset([e])
try:
    repr(e)
except RecursionError as err:
    print("RecursionError", err)
