from dataclasses import dataclass, field, astuple, asdict, replace, fields
from typing import Generic, TypeVar, Optional, NamedTuple, List
from abc import ABC, abstractmethod
import collections
T = TypeVar("T")
@dataclass
class Box(Generic[T]):
    item: T
    tags: List[str] = field(default_factory=lambda: ["new"])
b = Box[int](3)
print(b, Box("s"), Box.__parameters__, b == Box(3), b == Box(3, ["x"]))
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
@dataclass
class Sq(Shape):
    side: float
    def area(self): return self.side ** 2
print(Sq(3).area(), Sq(2))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class NT(NamedTuple):
    a: int
    b: int
P = collections.namedtuple("P", "x y")
@dataclass
class Holder:
    nt: NT
    p: P
    d: dict
print(asdict(Holder(NT(1, 2), P(3, 4), {"k": [NT(5, 6)]})), astuple(Holder(NT(1, 2), P(3, 4), {})))
@dataclass
class Base:
    x: int
@dataclass
class Sub(Base):
    y: int = 0
print(Base(1) == Sub(1), Sub(1) == Sub(1), Sub(1, 2), [f.name for f in fields(Sub)])
@dataclass(frozen=True)
class Cfg:
    name: str
    level: int = 1
c = Cfg("a")
c2 = replace(c, level=5)
# set order depends on str hashing, which differs between implementations
print(c, c2, c is not c2, sorted({c, c2, Cfg("a")}, key=repr))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 10
@dataclass
class PostSub(Post):
    c: int = 1
    def __post_init__(self):
        super().__post_init__()
        self.c += self.b
print(PostSub(2), PostSub(3, 4))
