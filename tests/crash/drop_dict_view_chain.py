# args: --timeout 20
# expect: freed
d = {}
for i in range(10**5):
    d = {1: d.keys()}
del d
print("freed")
