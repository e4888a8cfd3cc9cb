# args: --timeout 20
# expect: freed
e = None
for i in range(10**5):
    x = ValueError()
    x.__cause__ = e
    e = x
del e, x
print("freed")
