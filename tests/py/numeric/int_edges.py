# Integer arithmetic edge cases, bool arithmetic and errors.
big = 2 ** 100
print(big, -big, big // 3, big % 7, -big // 7, -big % 7, divmod(big, -9))
print(2 ** 64 - 1, (2 ** 64) >> 3, 1 << 70, -1 >> 5, -(1 << 65) >> 64)
print(abs(-big), big.bit_length(), (0).bit_length(), (-1).bit_length())
print(int("  -12_3 "), int("0x1f", 16), int("1f", 16), int("0b11", 0), int("z", 36), int("0o17", 0))
print(int(3.99), int(-3.99), int(True), int("0"), int("-0"), int(b"42"))
print(pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), pow(2, 0), 0 ** 0)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, True << 3, True & 3)
print(True == 1, False == 0, hash(True) == hash(1), {1: "a", True: "b"})
print(isinstance(True, int), bool(0), bool(-1), bool(big), type(True + 1))
print(5 & -3, 5 | -3, 5 ^ -3, ~big & 0xff, big & (big - 1), -big | 1)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), int.from_bytes(b"\xff", "big", signed=True))
print(round(12345, -2), round(15, -1), round(25, -1), round(-15, -1), round(7))
print((10).__floordiv__(3), (10).__rtruediv__(4), (3).__pow__(2), (5).__neg__())
print(int.__add__(1, 2), (1).__add__(1.5), (2).__mul__("x"))
print(10 / 4, 10 / 5, 1 / 3, -1 / 3, 2 ** 0.5, 10 ** -2, big / 2)
print(format(big, "x"), hex(-255), oct(8), bin(-5), f"{big:,}", f"{12345678:_}")
print(sum(range(101)), max(3, big, -big) == big, min([5, 2, 8]))
print(divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(int("1" * 30) % 97, (10 ** 30 + 1) // (10 ** 15), 10 ** 30 // -7)
print((123).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((-8).__abs__(), int.__index__(9), (6).as_integer_ratio(), (12).is_integer() if hasattr(int, "is_integer") else True)
for bad in ["", "1.5", "abc", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try: int("12", 1)
except ValueError as e: print(e)
try: int(12, 10)
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: pow(0, -1)
except ZeroDivisionError as e: print(e)
try: pow(2, 3, 0)
except ValueError as e: print(e)
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: "a" - 1
except TypeError as e: print(e)
try: [] * 2.0
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: -"x"
except TypeError as e: print(e)
try: 2 ** "x"
except TypeError as e: print(e)
try: (1).to_bytes(1, "big", signed=False) ; (256).to_bytes(1, "big")
except OverflowError as e: print(e)
try: (-1).to_bytes(1, "big")
except OverflowError as e: print(e)
