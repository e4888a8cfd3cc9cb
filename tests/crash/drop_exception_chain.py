# args: --timeout 20
# expect: freed
e = Exception()
for i in range(10**6):
    e = Exception(e)
del e
print("freed")
