# args: --timeout 20
# expect: compared
a = b = frozenset()
for i in range(10**5):
    a = frozenset([a])
    b = frozenset([b])
try:
    a == b
except RecursionError:
    pass
print("compared", hash(a) == hash(b))
