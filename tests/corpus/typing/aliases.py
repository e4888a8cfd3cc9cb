from typing import *
import typing
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str], Sequence[int], Mapping[str, int])
print(Literal[1, 'a'], Final[int], ClassVar[int], Annotated[int, 'meta'], Any, typing.List)
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', covariant=True)
print(T, K, V, K.__bound__, T.__name__)
print(List[T], Dict[K, V], List[T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int | None), get_args(int | None), get_origin(list[int]), get_args(list[int]), get_args(Callable[[int], str]))
print(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(int))
print(Union[int, str] == Union[str, int], Union[int] is int, Optional[int] == Union[int, None])
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box(3).item, Box.__parameters__)
class P(NamedTuple):
    x: int
    y: float = 0.0
p = P(1)
print(p, p.x, p.y, P._fields, P._field_defaults, p._asdict(), isinstance(p, tuple))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == frozenset({'name', 'year'}))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'x'), TYPE_CHECKING)
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'List[int]'
print(get_type_hints(A))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance(3, int | str))
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(2))
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int] | None)
