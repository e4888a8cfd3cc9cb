# args: --timeout 20
# expect: freed
f = None
for i in range(10**5):
    def g(a=f):
        pass
    f = g
del f, g
print("freed")
