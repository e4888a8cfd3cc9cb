# args: --timeout 20
# expect: freed
p = None
for i in range(10**5):
    p = property(p)
del p
print("freed")
