K = 10
def g(n):
    for i in range(n):
        yield i + K
class C:
    def __iter__(self):
        yield K
    @property
    def p(self):
        return K
    def __repr__(self):
        return f"C({K})"
f = lambda: K
