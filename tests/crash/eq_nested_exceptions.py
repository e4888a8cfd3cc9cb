# args: --timeout 20
# expect: False True
# expect: False
a = Exception()
b = Exception()
for i in range(10**5):
    a = Exception(a)
    b = Exception(b)
print(a == b, a.args == a.args)
print(a.args == b.args)
