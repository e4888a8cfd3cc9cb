from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class N(IntEnum):
    A = 1
    B = 2


class S(StrEnum):
    A = auto()
    B = 'bee'


class M(float, Enum):
    PI = 3.14


class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


for v in [Color.RED, Color.GREEN, N.A, S.A, S.B, M.PI, Auto.W]:
    print(repr(v), str(v), format(v), f"[{v:>12}]", v.name, repr(v.value))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(1), Color['RED'])
print(Color.__members__)
print(list(Color.__members__), list(reversed(Color)), list(Auto))
print(Color.RED in Color, N.A in N, Color.RED in N)
print(repr(Color), repr(N), type(Color).__name__, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED.__class__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED != Color.BLUE)
print(N.A == 1, N.A + 1, N.B * 3, sorted([N.B, N.A]), int(N.B), N(2), N.A < N.B)
print(S.A == 'a', S.B.upper(), S('bee'), len(S.B))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(bool(Color), bool(Color.RED))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    def describe(self):
        return f'{self.name} has value {self.value}'

    @classmethod
    def default(cls):
        return cls.SQUARE

    def __str__(self):
        return 'Shape:' + self.name


print(Shape.CIRCLE.describe(), Shape.default(), str(Shape.SQUARE), repr(Shape.SQUARE))


class Missing(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        return None


print(Missing('a'), Missing(2))


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ONE = auto()
    TWO = auto()


print(list(Gen), Gen.TWO.value)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('DOG', 'd'), ('EEL', 'e')])
print(list(Pets), Pets('e'))
Nums = IntEnum('Nums', {'ONE': 1, 'TWO': 2})
print(Nums.TWO + 1, list(Nums))


@unique
class U(Enum):
    A = 1
    B = 2


print(list(U))
try:
    @unique
    class V(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)
