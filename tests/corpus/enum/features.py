from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, member, nonmember, unique


class Order(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3


print(list(Order))
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)


class Ignore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1


print(list(Ignore), hasattr(Ignore, 'tmp'))


class Members(Enum):
    A = 1
    helper = nonmember(10)

    @member
    def fn(self):
        return 'called'


print(list(Members), Members.helper, Members.fn.name)


class Fmt(IntEnum):
    X = 255


print(f'{Fmt.X:x}', f'{Fmt.X:>6}', '%d' % Fmt.X, '%s' % Fmt.X, str(Fmt.X), f'{Fmt.X!r}')


class Sx(StrEnum):
    NORTH = auto()
    South = auto()


print(list(Sx), Sx.NORTH + '!', f'{Sx.South:_^9}', Sx('north'))


class Mixed(str, Enum):
    A = 'a'


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A == 'a', Mixed.A.upper())


class Tup(tuple, Enum):
    P = (1, 2)


print(repr(Tup.P), Tup.P[0], Tup((1, 2)))


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    ONE = (1, 'one')
    TWO = (2, 'two')


print(WithNew(2), WithNew.ONE.label, WithNew.TWO.value)


class Base(Enum):
    def describe(self):
        return self.name.lower()


class Child(Base):
    A = 1


print(Child.A.describe(), list(Child), issubclass(Child, Base))


class Sub(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
        super().__init_subclass__(**kw)


class S2(Sub):
    Q = 1


print(list(S2))
Color = Enum('Color', 'RED, GREEN BLUE', start=10)
print(list(Color), Color.RED.value)
Shade = Enum('Shade', ['DARK', 'LIGHT'])
print([m.value for m in Shade])
Bits = IntFlag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
print(sorted(Color.__members__.items())[0], Color.__members__['GREEN'])
try:
    Color.__members__['X'] = 1
except TypeError as e:
    print(type(e).__name__, e)


class Ex(Enum):
    A = 1

    @property
    def double(self):
        return self.value * 2


print(Ex.A.double, Ex.A.__class__.__name__, Ex.A.__objclass__ if hasattr(Ex.A, '__objclass__') else '-')
print(repr(auto()), Flag.__name__, isinstance(Ex.A, Enum))
