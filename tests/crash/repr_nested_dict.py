# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded while getting the repr of an object
e = {}
for i in range(10**5):
    e = {1: e}
try:
    repr(e)
except RecursionError as err:
    print("RecursionError", err)
