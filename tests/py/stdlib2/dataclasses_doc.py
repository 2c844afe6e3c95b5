from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, ClassVar, Dict
import collections
@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional["A"] = None
    c: ClassVar[int] = 3
    i: InitVar[int] = 0
    n: int = field(init=False, default=0)
    _: KW_ONLY
    k: Dict[str, collections.OrderedDict] = field(default_factory=dict)
    s: "str" = "q"
    def __post_init__(self, i): pass
print(A.__doc__)
@dataclass(init=False)
class B:
    x: int = 0
print(B.__doc__)
@dataclass
class C:
    f: float = 1.5
    t: tuple = (1, 2)
    o: object = None
print(C.__doc__)
