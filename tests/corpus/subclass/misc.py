# Subclasses of array.array and exceptions, subclass chains, builtin checks.
from array import array

class Samples(array):
    def mean(self):
        return sum(self) / len(self)

a = Samples('h', [1, 2, 3])
print(a, repr(a), a.mean(), a[0], a[1:], type(a[1:]).__name__, len(a), a.tolist(), a.itemsize, a.typecode)
a.append(4)
print(a, memoryview(a).tolist(), bytes(a)[:2], a == array('h', [1, 2, 3, 4]))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(7, 'broken')
except AppError as e:
    print(e, repr(e), e.code, e.args, isinstance(e, Exception))

class Quiet(KeyError):
    pass
try:
    {}['k']
except KeyError as e:
    try:
        raise Quiet('q') from e
    except KeyError as q:
        print(repr(q), type(q.__cause__).__name__)

class Base(int):
    def twice(self):
        return type(self)(self * 2)
class Derived(Base):
    pass
d = Derived(21)
print(d.twice(), type(d.twice()).__name__, Derived.__mro__)
print(isinstance(d, Base), isinstance(d, int), issubclass(Derived, int), type(d) is Derived)

class MyList(list):
    pass
ml = MyList()
ml.append(ml)
print(ml, len(ml))
print(MyList.__bases__, MyList.__name__, list.__init__ is MyList.__init__)
