from fractions import Fraction as F
import math

print(F(3, 4), repr(F(6, -8)), F(5), F(), F(F(1, 3)), F(0.75), F(1.1), F(-0.1))
for s in ["3/4", " -6/8 ", "1.25", "-.5", "1e3", "2.5E-3", "+7", "1_000/3", "0.1_2", "  12  ", "3.0e+2"]:
    print(repr(s), F(s))
for bad in ["3/", "/4", "abc", "1.2.3", "1/2.0", "", " ", "1__0", "e5", "1 /2", "0x10"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError", e)
for args in [(1, 0), ("1/0",)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for args in [(1.5, 2), ([],), (1, "2")]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError", e)

a, b = F(1, 3), F(5, 6)
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(2), 4 ** F(1, 2), a ** 0.5)
print(a + 0.5, 0.5 + a, a * 1j, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(3, 1) == 3.0)
print(a < b, a <= a, b > 1, F(1, 2) < 0.6, F(1, 2) >= 0.5, F(7, 2) > 3, a < math.inf, a > -math.inf, a == math.nan)
print(sorted([F(3, 4), 0.5, 1, F(1, 8)]), max(F(1, 2), F(2, 3)), sum([F(1, n) for n in range(1, 7)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print({F(1, 2): "half"}[0.5], len({F(2, 4), F(1, 2), 0.5}))
print(int(F(7, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(12345, 1), -2), float(F(1, 3)))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(3, 7).limit_denominator(100), F(1.1).limit_denominator())
print(F.from_float(0.25), F.from_float(3), F(10, 4).as_integer_ratio(), F(10, 4).numerator, F(10, 4).denominator)
try:
    F.from_float("1")
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(bool(F(0)), bool(F(1, 9)), str(F(-3, 9)), F(1, 3) * 3 == 1, isinstance(F(1), F))
x = F(0)
for i in range(1, 30):
    x += F(1, i * (i + 1))
print(x, x.limit_denominator(5))
