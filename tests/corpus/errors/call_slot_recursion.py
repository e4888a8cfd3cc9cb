# Objects whose special methods lead back to themselves: the recursion is counted and
# ends in RecursionError (or CPython's TypeError), never a crash.
class Foo(object):
    pass


Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print("str", type(e).__name__)


class Caller:
    pass


caller = Caller()
Caller.__call__ = caller
try:
    caller()
except RecursionError as e:
    print("call", type(e).__name__, e)


class Other:
    pass


a, b = Caller(), Other()
Other.__call__ = a
try:
    b(1, 2, k=3)
except RecursionError as e:
    print("call via another", type(e).__name__, e)


class Descr:
    pass


descr = Descr()
Descr.__get__ = descr
Descr.x = descr
try:
    descr.x
except (RecursionError, TypeError) as e:
    print("descr", type(e).__name__, e)


class Fine:
    def __call__(self, x):
        return x * 2


class Forward:
    pass


Forward.__call__ = Fine()
print(Forward()(21))


class PrintCall:
    __call__ = print


PrintCall()("printed", "unbound")


class Static:
    @staticmethod
    def __call__(x):
        return ("static", x)


class Klass:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)


class Desc:
    def __get__(self, obj, cls):
        return lambda *a: ("bound by __get__", type(obj).__name__, a)


class ViaGet:
    __call__ = Desc()


print(Static()(1), Klass()(2), ViaGet()(3, 4))
