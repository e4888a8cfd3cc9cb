class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super(Dog, self).speak() + " (woof)"
d = Dog("Rex")
print(d, d.speak(), d.kind, Dog.kind, isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), len(p), p[0], list(p), str(p))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.c = 5
print(t.c, Temp.s(1), t.s(2), type(t).__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super(B, self).who()
class C(A):
    def who(self): return "C" + super(C, self).who()
class D(B, C):
    def who(self): return "D" + super(D, self).who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(getattr(d, "name"), getattr(d, "nope", "dflt"), hasattr(d, "speak"))
setattr(d, "age", 3); print(d.age)
