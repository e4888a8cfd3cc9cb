from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5


d = Derived(0)
print(d, [f.name for f in fields(Derived)], Derived.__match_args__)


@dataclass(repr=False, eq=False, init=True)
class NoRepr:
    a: int


n = NoRepr(1)
print(n.a, NoRepr.__repr__ is object.__repr__, n == NoRepr(1))


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={'unit': 'm'}, repr=False, compare=False)
    b: str = field(default='x', hash=True)


w = WithMeta()
print(w, fields(w)[0].metadata['unit'], fields(w)[0].metadata, WithMeta(1) == WithMeta(2))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Inner:
    v: int


@dataclass
class Outer:
    items: list
    mapping: dict
    inner: Inner
    pair: tuple = (1, 2)


o = Outer([Inner(1), Inner(2)], {'k': Inner(3)}, Inner(4))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
o2 = replace(o, pair=(3,))
print(o2.pair, o2.items is o.items)


@dataclass(eq=True, frozen=True)
class Hashable:
    a: int
    b: tuple = ()


print(hash(Hashable(1)) == hash(Hashable(1)), {Hashable(1), Hashable(1), Hashable(2)} == {Hashable(1), Hashable(2)})


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a')]
print(sorted(vs), Version(1) <= Version(1, 0), Version(2) > Version(1, 9), max(vs))


@dataclass
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(Post(3), is_dataclass(Post), Post.__doc__)


@dataclass
class Defaults:
    a: list = field(default_factory=list)
    b: dict = field(default_factory=dict)


x, y = Defaults(), Defaults()
x.a.append(1)
print(x, y, Defaults.__doc__)


@dataclass
class Rec:
    name: str
    child: 'Rec' = None


r = Rec('a')
r.child = r
print(r)


def match(p):
    match p:
        case Base(x, y):
            return f'Base {x} {y}'
    return 'no'


print(match(Base(3, 4)), match(5))
print('x' in Derived.__dataclass_fields__, Derived.__dataclass_params__.frozen)
