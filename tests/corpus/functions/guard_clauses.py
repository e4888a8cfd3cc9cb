# Guard clauses (`if test: return value`) and `return` at a function's top level:
# results, and where errors in the test or the value point.
import sys
import traceback


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception:
        traceback.print_exc(file=sys.stdout)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def first_negative(xs):
    if not xs:
        return None
    if xs[0] < 0:
        return xs[0]
    return first_negative(xs[1:])


def classify(x):
    if x == "a":
        return 1
    if x:
        return 2
    if x is None:
        return 3
    return 4


def bad_test(x):
    if x < "a":
        return "small"
    return "big"


def bad_value(x):
    if x:
        return x + "!"
    return -x


def bad_truth(x):
    if x:
        return 1
    return 0


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


def unbound():
    if True:
        return y  # noqa: F821
    y = 1


def guard_then_more(n):
    if n > 10:
        return "big"
    total = 0
    for i in range(n):
        if i == 3:
            return total
        total += i
    return total


def guard_with_else(n):
    if n:
        return "yes"
    else:
        return "no"


def bare_return(n):
    if n:
        return
    return n


def returns_call(n):
    if n == 0:
        return len([])
    return returns_call(n - 1)


def deep(n):
    if n == 0:
        return 1 // n
    return deep(n - 1)


print([fib(i) for i in range(15)])
show(first_negative, [3, 4, -2, 5])
show(first_negative, [])
show(first_negative, [1, 2])
print([classify(x) for x in ["a", "b", "", None, 0, 5]])
show(bad_test, 5)
show(bad_test, "0")
show(bad_value, 3)
show(bad_value, "x")
show(bad_value, "")
show(bad_truth, Falsy())
show(unbound)
print([guard_then_more(n) for n in (2, 5, 20)])
print(guard_with_else(1), guard_with_else(0))
print(bare_return(1), bare_return(0))
show(returns_call, 5)
show(deep, 3)
g = (fib(n) for n in range(5) if n)
print(list(g))
print((lambda n: n if n else -1)(0))
