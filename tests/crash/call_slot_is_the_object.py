# expect: RecursionError maximum recursion depth exceeded while calling a Python object
# A `__call__` that is the object being called calls through the call slot again,
# pushing no Python frame (found by RustPython's extra_tests/snippets/recursion.py).
class Caller:
    pass


caller = Caller()
Caller.__call__ = caller
try:
    caller()
except RecursionError as e:
    print(type(e).__name__, e)


class Wrapped:
    pass


w = Wrapped()
Wrapped.__call__ = staticmethod(w)
try:
    w(1, k=2)
except RecursionError as e:
    print(type(e).__name__, e)
