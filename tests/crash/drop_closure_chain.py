# args: --timeout 20
# expect: freed
def mk(p):
    def g():
        return p
    return g
f = None
for i in range(10**5):
    f = mk(f)
del f
print("freed")
