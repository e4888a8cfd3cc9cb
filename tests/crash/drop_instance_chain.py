# args: --timeout 20
# expect: freed
class N:
    pass
n = None
for i in range(10**5):
    m = N()
    m.next = n
    n = m
del n, m
print("freed")
