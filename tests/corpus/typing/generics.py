from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict,
                    get_type_hints, Optional, Union, List, Dict, NewType, Any, ClassVar,
                    Final, Literal, Callable, no_type_check, get_origin, get_args, overload)
import typing

T = TypeVar('T')
S = TypeVar('S', int, str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.__parameters__, Stack[int], get_origin(Stack[int]), get_args(Stack[str]))
print(S.__constraints__, repr(S))


class Pair(Generic[T, S]):
    pass


print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def greet(self):
        return 'hi ' + self.name


e = Employee('guido')
print(e, e.greet(), e._replace(id=5), Employee._fields, Employee.__annotations__, e[0], len(e))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print(type(err).__name__, err)


class Point2D(TypedDict, total=False):
    x: int
    y: int


print(Point2D(x=1), Point2D.__total__, sorted(Point2D.__optional_keys__), Point2D.__annotations__)
Alt = TypedDict('Alt', {'a': int})
print(Alt(a=1), Alt.__annotations__, typing.is_typeddict(Alt))


@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...


print(isinstance([], SupportsLen), isinstance(3, SupportsLen))


class NotRuntime(Protocol):
    def meth(self): ...


try:
    isinstance(1, NotRuntime)
except TypeError as err:
    print(type(err).__name__, err)


class Config:
    name: str
    retries: int = 3
    limit: ClassVar[int] = 10
    kind: Final = 'x'
    mode: Literal['a', 'b'] = 'a'
    cb: Optional[Callable[[int], str]] = None
    fwd: 'Dict[str, Config]' = None


print(get_type_hints(Config))


def fn(a: 'int', b: Union[int, None] = None, *args: str, **kw: Any) -> 'List[int]':
    return []


print(get_type_hints(fn))
print(fn.__annotations__)


@no_type_check
def untyped(a: 'not a type') -> 'nope':
    pass


print(get_type_hints(untyped), untyped.__no_type_check__)
UserId = NewType('UserId', int)
print(UserId(3) + 1, UserId.__name__, UserId.__supertype__)
try:
    class Sub(UserId):
        pass
except TypeError as err:
    print(type(err).__name__, err)
try:
    Union[()]
except TypeError as err:
    print(type(err).__name__, err)
try:
    Any()
except TypeError as err:
    print(type(err).__name__, err)
try:
    isinstance(1, Any)
except TypeError as err:
    print(type(err).__name__, err)
for bad in ['List[int, str]', 'Dict[int]', 'Callable[int]', 'ClassVar[int, str]']:
    try:
        eval(bad)
    except TypeError as err:
        print(bad, type(err).__name__, err)
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Optional[Optional[int]], Union[int, Union[str, int]])
print(typing.Text, typing.AnyStr, typing.NoReturn, typing.Never, typing.Self, typing.TypeAlias)
