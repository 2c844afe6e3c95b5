import copy
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS


class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64
    WEEKEND = SATURDAY | SUNDAY
    WORKDAYS = MONDAY | TUESDAY | WEDNESDAY | THURSDAY | FRIDAY


print(list(Weekday), len(Weekday), repr(Weekday.WEEKEND), str(Weekday.WORKDAYS))
print(list(Weekday.WEEKEND), Weekday.SATURDAY in Weekday.WEEKEND, repr(Weekday.MONDAY | Weekday.FRIDAY))
print(repr(Weekday(3)), repr(~Weekday.WEEKEND), repr(Weekday.WORKDAYS & Weekday.MONDAY), bool(Weekday.MONDAY & Weekday.SUNDAY))
print(list(Weekday.__members__), Weekday['WEEKEND'] is Weekday(96))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.GREEN | Color.BLUE), repr(Color(0)), Color(7).name)
for c in (Color.RED | Color.BLUE):
    print("member", c)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, Perm.R + 1, repr(Perm(7)), Perm(7) == 7, isinstance(Perm.R, int), repr(Perm.R ^ 5))
print(repr(Perm.R & 6), repr(3 | Perm.R), format(Perm.W, "04b"), "%s" % Perm.X, sorted(Perm))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"


print(Status.OK.describe(), Status(404).describe(), Status.OK < Status.NOT_FOUND, max(Status), int(Status.OK) + 1)
print({Status.OK: "fine"}[200], Status.OK == 200, hash(Status.OK) == hash(200), [s for s in sorted(Status, reverse=True)])


class Method(StrEnum):
    GET = auto()
    POST = auto()


print(Method.GET, repr(Method.POST), Method.GET == "get", Method("post"), "-".join(Method), f"{Method.GET:>6}|")
print(Method.GET.upper(), len(Method.POST), Method.GET + "x")

print(copy.copy(Status.OK) is Status.OK, copy.deepcopy(Color.RED) is Color.RED, copy.deepcopy([Method.GET])[0] is Method.GET)


class Base(Enum):
    def double(self):
        return self.value * 2


class Derived(Base):
    A = 1
    B = 5


print(Derived.B.double(), isinstance(Derived.A, Base), Derived.__mro__[1])


class Ordered(Enum):
    _ignore_ = "tmp"
    tmp = 5
    FIRST = 10
    SECOND = 20

    def __lt__(self, other):
        return self.value < other.value


print(list(Ordered), Ordered.FIRST < Ordered.SECOND, sorted([Ordered.SECOND, Ordered.FIRST]), hasattr(Ordered, "tmp"))

try:
    @verify(UNIQUE)
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 4
except ValueError as e:
    print("ValueError", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__.items())[-1])
print(Shape.SQUARE.name, Shape.ALIAS_FOR_SQUARE.name, [m.name for m in Shape])

Pets = Enum("Pets", "cat dog", module=__name__)
print(Pets.cat, Pets.dog.value, Pets.__module__, Pets.__name__, Pets["dog"])
Codes = IntEnum("Codes", {"A": 10, "B": 20})
print(Codes.A + Codes.B, repr(Codes.B))
try:
    Pets("bird")
except ValueError as e:
    print("ValueError", e)

for member in Status:
    print(member.name, member.value, type(member).__name__)
print(Status.__members__.keys(), len(Status.__members__))
print(type(Status.OK.value), type(Method.GET.value), Status._member_names_, Weekday._member_names_)
