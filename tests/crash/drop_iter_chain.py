# args: --timeout 20
# expect: freed
it = iter([])
for i in range(10**5):
    it = iter([it])
del it
print("freed")
