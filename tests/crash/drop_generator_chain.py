# args: --timeout 20
# expect: freed
g = iter([1])
for i in range(10**5):
    g = (x for x in g)
del g
print("freed")
