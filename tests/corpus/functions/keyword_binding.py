# Keyword and default arguments bound straight into the callee's slots, and every
# case that must fall back to the general binder for its error message.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)

def g(a, /, b, c=3):
    return (a, b, c)

def h():
    return "h"

def cl(x, y=10):
    def inner():
        return x + y
    return inner()

class K:
    def m(self, a, b=5, *, k=7):
        return (a, b, k)
    def none():
        return 1
    def gen(self, n=3):
        for i in range(n):
            yield i

def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

k = K()
show(lambda: f(1, c=3))
show(lambda: f(c=3, a=1))
show(lambda: f(1, 2, c=3, d=5))
show(lambda: f(1, b=9, c=3))
show(lambda: f(1, a=2, c=3))
show(lambda: f(1))
show(lambda: f(1, c=3, e=5))
show(lambda: g(1, b=2))
show(lambda: g(a=1, b=2))
show(lambda: g(1, 2, c=9))
show(lambda: h(x=1))
show(lambda: cl(1, y=5))
show(lambda: cl(x=2))
show(lambda: k.m(1, k=2))
show(lambda: k.m(a=1, b=3))
show(lambda: k.m(self=1, a=2))
show(lambda: k.m(1, 2, 3))
show(lambda: k.none())
show(lambda: list(k.gen(n=2)))
show(lambda: k.m(b=1))
show(lambda: K.m(k, a=4))
