from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def both_defaults():
    return field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class A:
        x = field(default=1)


def frozen_mix():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def nonfrozen_mix():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def dict_default():
    @dataclass
    class A:
        x: dict = {}


def set_default():
    @dataclass
    class A:
        x: set = set()


attempt('order without eq', order_without_eq)
attempt('both defaults', both_defaults)
attempt('no annotation', no_annotation)
attempt('frozen from non-frozen', frozen_mix)
attempt('non-frozen from frozen', nonfrozen_mix)
attempt('dict default', dict_default)
attempt('set default', set_default)
attempt('fields(1)', lambda: fields(1))
attempt('asdict(1)', lambda: asdict(1))
attempt('astuple(1)', lambda: astuple(1))
attempt('replace(1)', lambda: replace(1))


@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)


attempt('replace init=False', lambda: replace(P(1), y=2))
attempt('too many', lambda: P(1, 2))
attempt('unknown kw', lambda: P(1, z=3))
attempt('missing', lambda: P())


@dataclass(frozen=True)
class F:
    a: int


f = F(1)
attempt('frozen set', lambda: setattr(f, 'a', 2))
attempt('frozen new attr', lambda: setattr(f, 'b', 2))
attempt('frozen del', lambda: delattr(f, 'a'))
attempt('frozen is AttributeError', lambda: issubclass(FrozenInstanceError, AttributeError))
attempt('lt without order', lambda: P(1) < P(2))


@dataclass
class Q:
    a: int
    b: InitVar[int]


attempt('replace InitVar', lambda: replace(Q(1, 2)))
