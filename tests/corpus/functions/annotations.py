# Annotations: kept on functions, class bodies and modules; never evaluated in a function body.
def f(x: int, *a: str, y: 'str' = 'a', **k: float) -> list[int]:
    q: undefined_name = 1
    return q


print(f.__annotations__, f(1))
print(f.__dict__, 'return' in f.__annotations__)


def g(a, b):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'a': int}
print(g.__annotations__)


def h(a: 1 + 1, /, b: [1, 2] = None, *, c: {'k': 'v'}) -> None:
    pass


print(h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


class A:
    x: int
    y: str = 'a'
    z = 3
    if True:
        w: float
    for i in range(1):
        v: 'later'


print(A.__annotations__, A.y, hasattr(A, 'x'), 'x' in vars(A))
print([k for k in vars(A) if not k.startswith('__')])


class B(A):
    b: bytes


print(B.__annotations__)


class NoAnn:
    pass


print('__annotations__' in NoAnn.__dict__)
x: int = 5
y: list
print(__annotations__, x, 'y' in globals())
obj = A()
obj.attr: int = 3
print(obj.attr, __annotations__)
order = []


def mark(tag):
    order.append(tag)
    return tag


class Order:
    a: mark('ann') = mark('value')


print(order, Order.__annotations__)


def outer():
    T = float

    def inner(p: T) -> T:
        return p
    return inner


print(outer().__annotations__)


class Ordered:
    zeta = 1
    alpha = 2
    mid = 3

    def method(self):
        pass


print([k for k in Ordered.__dict__ if not k.startswith('__')])
