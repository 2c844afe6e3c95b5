from enum import IntFlag, Enum, global_enum, IntEnum, StrEnum, Flag
@global_enum
class RF(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(RF.A), repr(RF.A | RF.B), str(RF.A), repr(RF(0)), A, repr(B), RF(8))
@global_enum
class Col(Enum):
    RED = 1
print(repr(Col.RED), str(Col.RED), RED)
class Big(IntFlag):
    X = 1 << 40
print(repr(Big.X), repr(Big(3 << 40)))
