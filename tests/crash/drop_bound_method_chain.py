# args: --timeout 20
# expect: freed
class A:
    def m(self):
        pass
b = None
for i in range(10**5):
    a = A()
    a.x = b
    b = a.m
del a, b
print("freed")
