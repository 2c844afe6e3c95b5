# Subclasses of float, the str-digits limit through sys, memoryview and
# bytes inputs, numeric dunders called directly, and mixed comparisons.
import sys


class Money(float):
    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)


m = Money("2.50")
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(m == 2.5, hash(m) == hash(2.5), m.is_integer(), m.as_integer_ratio(), round(m, 1), type(round(m)).__name__)
print(Money.fromhex("0x1p-1"), type(Money.fromhex("0x1p-1")).__name__, float(m), type(float(m)).__name__)
print(format(m, ".3f"), f"{m:>8}", "%.2f" % m, str(m))

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
for f in (lambda: str(10**700), lambda: int("7" * 641), lambda: len(hex(10**700)), lambda: int("f" * 900, 16) > 0):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len(repr(-(10**5000))))
sys.set_int_max_str_digits(4300)

print(int(b" 42 "), int(bytearray(b"-0x10"), 16), float(b"1e3"), float(bytearray(b"-inf")))
for f in (lambda: int(b"4 2"), lambda: float(b"1.2.3"), lambda: int("", 0), lambda: float("")):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)

print((5).__add__(2), (5).__add__(2.0), (5).__radd__(2), (5).__truediv__(2), (5).__rtruediv__(2))
print((5).__pow__(2, 3), (5).__rpow__(2), (2.0).__rpow__(3), (7).__divmod__(-2), (7.0).__rdivmod__(20))
print((5).__lt__(6.5), (5).__eq__(5.0), (5.0).__eq__(5), (5.5).__lt__(6), (1).__index__(), (3.7).__int__())
print(int.__new__(int, 5), float.__new__(float, "2.5"), int.__dict__["bit_length"](255))
print(10 ** 20 > 1e20 - 1, 10 ** 20 == 1e20, 2 ** 1000 > 1e300, -(2 ** 1000) < -1e300, 2 ** 1024 > float("inf"))
print(sorted([10 ** 16 + 1, 1e16, 10 ** 16 - 1, 1e16 + 2]), 0 == -0.0, 1 < float("nan"), 1 != float("nan"))
print(max([1, 2.0, 2, 1.5]), min([2, 2.0]), sum([1, 2.5, 3]), sum([0.1] * 3), abs(-0.0), -0.0 == 0)

import math


class I(int):
    def __float__(self):
        return 9.0

    def __floor__(self):
        return "F"


class F(float):
    def __float__(self):
        return 9.0

    def __int__(self):
        return 77


print(math.sqrt(I(4)), math.sqrt(F(4)), float(I(4)), float(F(4)), math.floor(I(3)), math.ceil(I(3)))
print(int(F(2.5)), math.trunc(F(2.5)), round(F(2.5)), F(2.5) + 1, I(4) + 1, type(I(4) * 2).__name__)
