# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded while getting the repr of an object
e = Exception()
for i in range(10**5):
    e = Exception(e)
try:
    repr(e)
except RecursionError as err:
    print("RecursionError", err)
