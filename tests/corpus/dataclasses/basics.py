from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    c: ClassVar[int] = 5
p = P(1)
print(p, P(1, 2) == P(1, 2), P(1) == P(2), repr(P.__init__.__qualname__))
print(fields(P))
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(P), is_dataclass(1))
print(P.__doc__, P.__match_args__)
try: P()
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
print(F(1) < F(2), sorted([F(3), F(1, 'a'), F(1)]), hash(F(1)) == hash(F(1)))
@dataclass
class Q:
    a: int
    b: InitVar[int] = 3
    def __post_init__(self, b):
        self.c = self.a + b
print(Q(1).c, Q(1, 10).c, fields(Q))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))
M = make_dataclass('M', ['x', ('y', int), ('z', int, field(default=5))])
print(M(1, 2), M.__dataclass_fields__['z'].default)
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
print(P.__dataclass_params__)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, asdict(n))
print(field(default=1))
