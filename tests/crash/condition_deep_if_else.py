# args: --timeout 20
# expand: 100000 (0)if x else
# expect: no
# A condition tests `a if b else c` by its operands' truth, recursing into a chain as
# deep as the source is long: the stack grows as for any deep expression.
x = 0
if @@(0):
    print("yes")
else:
    print("no")
while (x)if x else(x)if x else @@(0):
    pass
print(1 if (@@(0)) else 2)
