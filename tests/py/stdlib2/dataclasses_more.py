from dataclasses import dataclass, field, fields, asdict, replace, InitVar
from typing import Optional, List, ClassVar
import dataclasses

@dataclass
class A:
    """Doc kept."""
    x: int
    y: List[int] = field(default_factory=list, metadata={"unit": "m"})
    z: Optional[str] = None

print(A.__doc__, fields(A)[1].metadata["unit"], fields(A)[1].metadata)
print(repr(fields(A)[0]).split(",default=")[0])
print(A(1) == (1,), A(1).__eq__(3))
@dataclass
class B:
    a: int
    b: "str" = "q"
print(B.__doc__, B.__init__.__annotations__ if hasattr(B.__init__, '__annotations__') else None)
@dataclass(frozen=True, slots=True)
class FS:
    x: int
    y: int = 2
fs = FS(1)
print(fs, hash(fs) == hash(FS(1, 2)))
try:
    fs.x = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)
@dataclass
class Self_:
    self: int
print(Self_(3))
@dataclass
class Rec:
    name: str
    child: "Optional[Rec]" = None
r = Rec("a"); r.child = r
print(r)
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v
print(WithProp(4).v, WithProp())
print(dataclasses.is_dataclass(A), dataclasses.fields(A(1))[2].name, A.__dataclass_params__)
@dataclass(repr=False, eq=False, init=False)
class Bare:
    q: int = 1
print(Bare().q, Bare.__init__ is object.__init__, 'Bare object' in repr(Bare()))
