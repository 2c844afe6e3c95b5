from typing import (Any, Callable, Dict, Generic, Iterator, List, Mapping, Optional, Protocol,
                    Sequence, Tuple, TypeVar, Union, get_args, get_origin, get_type_hints,
                    NamedTuple, TypedDict, Literal, Final, Annotated, ParamSpec, Concatenate,
                    no_type_check, overload, runtime_checkable, DefaultDict, Counter, Deque,
                    Awaitable, Coroutine, AsyncIterator, Type, NewType, AnyStr, Text, NoReturn,
                    ClassVar, Set, FrozenSet, Iterable, Generator, Hashable, Sized, IO, TextIO)
import typing
import collections

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", bound=int)
S = TypeVar("S", str, bytes)
P = ParamSpec("P")
print(T, V.__bound__, S.__constraints__, P, P.args, P.kwargs, T.__name__)
print(Dict[K, List[T]], Dict[K, List[T]][str, int], Callable[P, int], Callable[Concatenate[int, P], int])
print(Mapping[str, Any], Sequence[Tuple[int, str]], Iterator[int], Generator[int, None, str])
print(Union[int, str, None], Optional[Union[int, str]], Union[List[int], Dict[str, int]])
print(DefaultDict[str, int], Counter[str], Deque[int], Type[Any], Set[T], FrozenSet[int], Awaitable[int])
print(Literal["a", "b"], Final[List[int]], ClassVar[Dict[str, int]], Annotated[List[int], "x", 3])
print(Tuple[int, str], Tuple[int, ...], Callable[[], None], Callable[[List[int]], Dict[str, T]])
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]))
print(get_origin(Union[int, str]), get_args(Union[int, str]), get_origin(int), get_args(int), get_origin(Generic))
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_origin(Callable[[int], str]))


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class IntBox(Box[int]):
    pass


class Pair(Generic[K, V]):
    pass


print(Box[str], Box(3).get(), IntBox(4).get(), IntBox.__orig_bases__, Box.__parameters__, Pair.__parameters__)
print(Pair[str, int], Box[List[int]], IntBox.__mro__)
b = Box[int](5)
print(b.item, b.__orig_class__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError", e)


class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


print(isinstance([1], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
try:
    isinstance(3, SupportsClose)
except TypeError as e:
    print("TypeError", e)


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee("Guido")
print(e, e._replace(id=5), Employee._field_defaults, Employee.__annotations__, e._asdict())
Emp2 = NamedTuple("Emp2", name=str, age=int)
print(Emp2("x", 3), Emp2._fields)


class Point2D(TypedDict, total=False):
    x: int
    y: int
    label: str


class Point3D(Point2D):
    z: int


p: Point3D = {"x": 1, "y": 2, "z": 3}
print(p, Point3D.__required_keys__ == {"z"}, sorted(Point3D.__optional_keys__), Point2D.__total__, Point3D(x=1))
Movie = TypedDict("Movie", {"name": str, "year": int})
print(Movie(name="B", year=1982), Movie.__annotations__)

UserId = NewType("UserId", int)
print(UserId(3) + 1, UserId, UserId.__supertype__, UserId.__name__)


def greet(name: str, times: "int" = 1, *args: int, **kw: Optional[str]) -> List[str]:
    return [name] * times


print(get_type_hints(greet), greet("a", 2))


class Node:
    value: int
    next: "Optional[Node]"
    registry: ClassVar[Dict[str, "Node"]] = {}


print(get_type_hints(Node))


class Child(Node):
    extra: List["Child"]


print(get_type_hints(Child))


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x


print(conv(3), typing.get_overloads(conv)[0].__name__ if hasattr(typing, "get_overloads") else None)


@no_type_check
def loose(a: "nonsense here") -> None:
    return None


print(loose.__no_type_check__, get_type_hints(loose), typing.cast(List[int], "anything"))
print(typing.TYPE_CHECKING, AnyStr, Text, NoReturn, typing.Any, typing.Hashable, Iterable, Sized, IO, TextIO)
print(isinstance([], Iterable), isinstance(3, Hashable), issubclass(list, Sized), isinstance({}, Mapping))
try:
    isinstance(3, List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Literal[1, 2] == Literal[2, 1])
print(list[int], dict[str, List[int]], tuple[int, ...])
