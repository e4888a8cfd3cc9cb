class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "B" + super().who()
class E(Exception):
    def __init__(self, msg):
        super().__init__(f"E: {msg}")
b = B(1, 2)
print(b.x, b.y, b.who())
try:
    raise E("boom")
except E as e:
    print(e, e.args)
