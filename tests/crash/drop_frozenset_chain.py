# args: --timeout 20
# expect: freed
f = frozenset()
for i in range(10**5):
    f = frozenset([f])
del f
print("freed")
