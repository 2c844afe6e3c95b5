from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), Color.RED, f"{Color.BLUE}", format(Color.GREEN, ">12"))
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color(1), Color['BLUE'])
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.describe(), Color.BLUE.lower, Color.favourite())
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED in Color)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color), EnumMeta is EnumType)
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 1}[Color.CRIMSON])
print(repr(Color), Color.__name__, sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        PINK = 7
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", Num.ONE + 1, Num.TWO * 3, Num.THREE == 3)
print(sorted([Num.THREE, Num.ONE]), Num.ONE < Num.TWO, int(Num.TWO), Num(2), [n for n in Num])
print("%d %s %r" % (Num.ONE, Num.ONE, Num.ONE), "{:03d}".format(Num.THREE))


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"


print(repr(Shape.CIRCLE), str(Shape.CIRCLE), Shape.SQUARE.upper(), Shape("sq"), Shape.CIRCLE == "circle")


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [a.value for a in Auto])


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, list(rw), len(rw), Perm.R in rw, Perm.X in rw)
print(repr(~Perm.R), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm.RWX), list(Perm))
print(repr(Perm.RWX & Perm.W), repr(rw ^ Perm.R), Perm(6) is rw)


class Open(IntFlag):
    RD = auto()
    WR = auto()
    AP = auto()


print(repr(Open.RD | Open.WR), str(Open.WR), Open.RD | 8, repr(Open(8)), repr(Open.AP | 16), Open.WR + 1)
print([o.value for o in Open], repr(~Open.RD), f"{Open.AP}")


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY.value, Coordinate.PY.label, Coordinate(1) is Coordinate.PY)


class Missing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Missing("A"), Missing("b"))
try:
    Missing(3)
except ValueError as e:
    print("ValueError", e)


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(list(Gen), Gen.Y.value)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal.BEE), Animal.CAT.value)
Sizes = Enum('Sizes', [('S', 10), ('M', 20)])
print(list(Sizes), Sizes(20))
Things = IntEnum('Things', ['X', 'Y'], start=5)
print(list(Things), Things.Y + 0)
Mapped = Enum('Mapped', {'UP': 'u', 'DOWN': 'd'})
print(Mapped('d'), Mapped.UP.value)


class WithDoc(Enum):
    """Documented."""
    ONLY = 1


print(WithDoc.__doc__, WithDoc.ONLY.__class__.__name__)
print(dir(Color.RED)[:3], 'describe' in dir(Color.RED))
