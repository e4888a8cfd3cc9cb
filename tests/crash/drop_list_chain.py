# args: --timeout 20
# expect: freed
l = []
for i in range(10**6):
    l = [l]
del l
print("freed")
