# throw() into a generator in `yield from`: a delegate that is not a generator gets
# throw()'s own arguments
class D:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *a):
        print("throw", len(a), a)
        if a and a[0] is KeyError:
            raise StopIteration("done")
        if a and a[0] is IndexError:
            raise ValueError("from throw")
        return 2

def g():
    r = yield from D()
    print("r", r)
    yield "after"

x = g()
next(x)
print(x.throw(123))
print(x.throw(ValueError, 5))
print(x.throw(ValueError(1), None, None))
print(x.throw(KeyError))
x = g()
next(x)
try:
    x.throw(IndexError)
except ValueError as e:
    print("got", e)

def outer():
    yield from g()

x = outer()
next(x)
print(x.throw(ZeroDivisionError, "a"))

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def h():
    yield from NoThrow()

x = h()
next(x)
try:
    x.throw(ValueError)
except ValueError:
    print("ValueError")
x = h()
next(x)
try:
    x.throw(123)
except TypeError as e:
    print("TypeError", e)

# close() does not call throw()
x = g()
next(x)
x.close()
print("closed")

def plain():
    yield 1

x = plain()
next(x)
try:
    x.throw(123)
except TypeError as e:
    print(e)
try:
    x.throw(ValueError, 1, 5)
except TypeError as e:
    print(e)

# StopIteration raised inside a native delegate ends yield from with its value
def gen7(v):
    if v < 3:
        return v
    raise StopIteration(444)

def gen8():
    print((yield from map(gen7, range(100))))

print(list(gen8()))

# next() on a user iterator re-raises its StopIteration, value and all
class A:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

for label, make in [("next", lambda: next(A())), ("enumerate", lambda: next(enumerate(A()))),
                    ("map", lambda: next(map(lambda v: v, A()))), ("zip", lambda: next(zip(A())))]:
    try:
        make()
    except StopIteration as e:
        print(label, e.args, e.value)
print(next(A(), "default"))
