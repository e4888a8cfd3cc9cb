# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded in comparison
a = b = None
for i in range(10**5):
    a = slice(a)
    b = slice(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
