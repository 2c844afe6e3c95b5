# Class patterns: __match_args__, keyword sub-patterns, self-matching
# built-ins, dataclasses, errors raised by MATCH_CLASS.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: float


class NoArgs:
    pass


def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis?"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(x=cx), radius=r):
            return f"circle cx={cx} r={r}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str(s):
            return f"str {s}"
        case list([a, b]):
            return f"pair list {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case bool(b):
            return "unreachable bool"
        case NoArgs():
            return "noargs"
        case _:
            return "other"


for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(2, 7), Circle(Point(1, 2), 11),
          Circle(Point(4, 5), 1), 3, 2.5, True, "hi", [1, 2], [1, 2, 3], {"k": 9},
          NoArgs(), object()]:
    print(describe(o))


class Sub(int):
    pass


match Sub(7):
    case int(v):
        print("Sub matched int", v, type(v).__name__)


def check(src_subject, cls_name, body):
    try:
        body()
    except TypeError as e:
        print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a",)
    a = 1


def t1():
    match BadArgs():
        case BadArgs(1):
            pass


def t2():
    match BadElem():
        case BadElem(1):
            pass


def t3():
    match NoArgs():
        case NoArgs(1):
            pass


def t4():
    match 5:
        case int(1, 2):
            pass


def t5():
    match Two():
        case Two(1, a=1):
            pass


def t6():
    p = print
    match 1:
        case p():
            pass


for t in (t1, t2, t3, t4, t5, t6):
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

# A missing attribute is just a failed match.
match Point(1, 2):
    case NoArgs():
        print("no")
    case Point(z=1):
        print("no")
    case Point(x=1):
        print("x is 1")

# Not an instance: no attribute lookups happen.
class Loud:
    __match_args__ = ("v",)

    @property
    def v(self):
        print("getting v")
        return 42


match Loud():
    case Point(1):
        print("no")
    case Loud(42):
        print("loud 42")
