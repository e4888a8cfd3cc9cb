# args: --timeout 20
# expect: freed
it = iter([1])
for i in range(10**5):
    it = map(abs, it)
del it
print("freed")
