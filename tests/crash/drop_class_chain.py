# args: --timeout 20
# expect: freed
# expect: freed exceptions
c = None
for i in range(10**5):
    class A:
        x = c
    c = A
del c, A
print("freed")
d = None
for i in range(10**5):
    class B(Exception):
        pass
    e = B(d)
    d = e
del d, e
print("freed exceptions")
