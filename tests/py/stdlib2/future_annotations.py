from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import ClassVar, get_type_hints


def f(a: int, b: UndefinedName) -> list[Foo]:
    return a


print(f.__annotations__, f(3, 4))


@dataclass
class Point:
    x: int
    y: float = 0.0
    tag: ClassVar[str] = "p"


print(Point(1), [(fl.name, fl.type) for fl in fields(Point)], Point.__annotations__)
print(get_type_hints(Point))
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
