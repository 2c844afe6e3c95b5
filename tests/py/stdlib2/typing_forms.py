from typing import *
import typing
T_co = TypeVar("T_co", covariant=True)
B = TypeVar("B", bound="Foo")
class Reader(Protocol[T_co]):
    def read(self) -> T_co: ...
class Foo:
    def clone(self: B) -> B: return self
    def cb(self, f: Optional[Callable[[int], None]] = None) -> Dict[str, "Foo"]: return {}
handler: Callable[..., Awaitable[None]]
x: Union["Foo", "Bar", None] = None
y: Type["Foo"]
z: List["Foo"] | None = None
print(Reader[int], B, B.__bound__, Union["Foo", "Bar", None], Type["Foo"], List["Foo"] | None, Optional[Callable[[int], None]])
print(get_type_hints(Foo.cb), typing.IO[str], Iterator[Tuple[int, ...]], Callable[..., Awaitable[None]])
MAX: Final = 3
@final
class Leaf: pass
def f(mode: Literal["r", "w"] = "r") -> Literal[1]: return 1
print(f(), Leaf.__final__, get_type_hints(f), __annotations__)
class Cmp(Protocol):
    def __lt__(self, other: Any) -> bool: ...
CT = TypeVar("CT", bound=Cmp)
def biggest(xs: Sequence[CT]) -> CT: return max(xs)
print(biggest([3, 1, 2]), CT)
Json = Union[Dict[str, "Json"], List["Json"], str, int, float, bool, None]
print(Json)
