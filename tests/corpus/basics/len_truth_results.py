# What __len__ returns, through len(), truth (if/while/bool/not) and a metaclass:
# ints, bools, negatives, floats, big ints, int subclasses' instances, errors raised.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if isinstance(self.n, BaseException):
            raise self.n
        return self.n


class B(L):
    def __bool__(self):
        return False


for n in (0, 3, True, False, -1, 1.5, 2**70, -(2**70), "2", None, KeyError("k")):
    for label, f in (("len", len), ("bool", bool), ("not", lambda o: not o)):
        try:
            print(label, repr(n), f(L(n)))
        except Exception as e:
            print(label, repr(n), type(e).__name__, e)
print(bool(B(3)), len(B(3)))


class Meta(type):
    def __len__(cls):
        return 0


class C(metaclass=Meta):
    pass


print(len(C), bool(C), not C)
left = L(3)
count = 0
while left:
    left.n -= 1
    count += 1
print(count)
