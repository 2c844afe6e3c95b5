from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         InitVar, FrozenInstanceError, KW_ONLY, make_dataclass, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(5), p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__match_args__)
print(Point.__hash__, Point.__doc__)
print([f.name for f in fields(Point)], fields(p)[1].default, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=10), p)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")), max(v1, v2))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print({v1: "a"}[Version(1, 2)])


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="s", repr=False)
    unit: ClassVar[str] = "kg"

    def __post_init__(self):
        self.total = len(self.items)


a, b = Inventory(), Inventory(["x", "y"])
a.items.append("z")
print(a, b, b.total, Inventory.unit, len(fields(Inventory)), Inventory().items)


@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        self.scaled = self.base * scale


w = WithInit(5)
print(w, WithInit(5, 10).scaled, [f.name for f in fields(WithInit)])
print(replace(w, base=7, scale=3))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 9


print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashy(3)) == hash(Hashy(3, [1])), Hashy.__hash__ is not None)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError")

for src in ["@dataclass\nclass Bad:\n    x: int = 1\n    y: int\n",
            "@dataclass\nclass Bad:\n    x: list = []\n",
            "@dataclass\nclass Bad:\n    x = field(default=1)\n",
            "@dataclass(order=True)\nclass Bad:\n    x: int\n    def __lt__(self, o): return True\n",
            "@dataclass(frozen=True)\nclass F:\n    x: int\n@dataclass\nclass Bad(F):\n    y: int = 0\n"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

C = make_dataclass("C", [("x", int), "z", ("y", int, field(default=5))])
print(C(1, z=3), [f.name for f in fields(C)])
print(repr(fields(Point)[0].type), fields(Point)[0].default is MISSING)


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))


class Outer:
    @dataclass
    class Inner:
        q: int = 1


print(Outer.Inner())
