import typing
from typing import *
print(Any, Optional[int], Union[int, str], Union[int], Union[int, Union[str, None]], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Literal[1, "a"], Final[int], ClassVar[int])
print(Annotated[int, "meta"], Type[int], Iterable[str], Optional["Foo"], List, Set[int], FrozenSet[str])
T = TypeVar('T'); K = TypeVar("K_co", covariant=True)
print(T, K, List[T], Dict[str, T][int])
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack[int], Stack.__parameters__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return self.x + self.y
print(P(1), P(1, 2.5).norm(), P._fields, P.__annotations__)
Q = NamedTuple('Q', [('a', int), ('b', str)]); print(Q(1, 'z'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); print(m, type(m), Movie.__required_keys__ == {'name', 'year'})
UserId = NewType('UserId', int); print(UserId(5), UserId)
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]))
def f(a: "int", b: List["str"]) -> Optional[int]: pass
print(get_type_hints(f))
class C:
    x: int
    y: "List[int]"
print(get_type_hints(C))
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3), TYPE_CHECKING, isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
print(Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(SupportsInt, isinstance(3, SupportsInt), Union[int, str] | None)
class D(Dict[str, int]): pass
print(D.__mro__, D(a=1))
