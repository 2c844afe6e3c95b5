# Float arithmetic, repr, special values and errors.
import math
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf - inf, inf * 0)
print(repr(0.1), repr(1/3), repr(2.0), repr(-0.0), repr(1e16), repr(1.5e-7), repr(123456789012345678.0))
print(str(1e100), 1e22, 1e21, 1e-4, 1e-5, 0.1 + 0.2, 100.0, 3.0 * 1.1)
print(float("1_0.5"), float(" -3.5 "), float("inf"), float("-Infinity"), float("nan"), float(7), float(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.25, 1), round(12.5, -1), round(1e300, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** 0.5 * 2 ** 0.5, 10 % 3.5)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"))
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.0 ** -1074)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), 1.0 == 1, 0.1 * 3 == 0.3)
print(float("0.1") == 0.1, 1e-7, 1.0e7, 12345678.9, 1234567890123456.7)
print(abs(-1.5), -(-0.0), abs(-0.0), max(1.0, 1), min(-0.0, 0.0), sum([0.1] * 10))
print(f"{1.5:.3f} {2/3:.2%} {1e6:e} {1e-6:g} {123.456:10.1f}| {-1.0:+} {float('nan'):f}")
print(format(1234567.891, ",.2f"), format(0.000012345, ".3g"), format(1e20, "g"), format(3.0, ""))
print(int(1e20), int(-1e-9), int(2.0 ** 70), float(2 ** 70), float(10 ** 20))
print(3 / 2, 3 // 2.0, 3.0 // 2, -3 / 2, 1 / 2 ** 10, 10.0 ** 2, (-8.0) ** 2)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.copysign(1, -0.0))
print(float.__add__(1.0, 2), (2.0).__radd__(1), (1.0).__add__("x"), 1.5.real, 1.5.imag, 1.5.conjugate())
for s in ["abc", "", "1.2.3", "1e", "--1"]:
    try: float(s)
    except ValueError as e: print(e)
try: float([])
except TypeError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0.0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: int(nan)
except ValueError as e: print(e)
try: int(inf)
except OverflowError as e: print(e)
try: 10.0 ** 400
except OverflowError as e: print(e)
try: (-8.0) ** 0.5 == 0
except Exception as e: print(type(e).__name__)
print(type((-8.0) ** 0.5).__name__)
try: round(inf)
except OverflowError as e: print(e)
try: round(nan)
except ValueError as e: print(e)
try: math.sqrt(-1)
except ValueError as e: print(e)
try: float.fromhex("zz")
except ValueError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
print(1.0.__round__(), (2.675).__round__(2), float.__trunc__(3.7), float.__floor__(-0.5), float.__ceil__(0.2))
