# A property added to (or removed from) a base class after instances exist outranks
# (or again yields to) the instance's own attribute.
class A:
    def __init__(self):
        self.x = 1
        self.p = "inst"
class B(A):
    pass
b = B()
print(b.x, b.p)
A.p = property(lambda self: "prop")
print(b.p)
del A.p
print(b.p)
B.p = property(lambda self: "prop-b")
print(b.p, A().p)
