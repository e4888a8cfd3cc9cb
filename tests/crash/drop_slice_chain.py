# args: --timeout 20
# expect: freed
s = None
for i in range(10**5):
    s = slice(s)
del s
print("freed")
