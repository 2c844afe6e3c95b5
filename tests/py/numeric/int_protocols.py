# int(): __int__, __index__, __trunc__, strings, bytes, bases, errors;
# int subclasses and bool.
import sys


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class HasInt:
    def __int__(self):
        return 42


class HasIndex:
    def __index__(self):
        return 7


class HasTrunc:
    def __trunc__(self):
        return 3


class BadInt:
    def __int__(self):
        return "x"


class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


show(int)
show(int, HasInt())
show(int, HasIndex())
show(int, HasTrunc())
show(int, BadInt())
show(int, None)
show(int, [1])
show(int, 3.99)
show(int, -3.99)
show(int, float("inf"))
show(int, float("nan"))
show(int, "  -0012  ")
show(int, "1_000_000")
show(int, b"42")
show(int, bytearray(b"-7"))
show(int, b"4x2")
show(int, "ff", 16)
show(int, "0xff", 0)
show(int, "0o777", 0)
show(int, "0b1011", 0)
show(int, "012", 0)
show(int, "z", 36)
show(int, "12", 99)
show(int, 12, 10)
show(int, "12", base=3)
show(int, base=3)
show(int, "1" * 4301)
show(int, "٣")
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(abs(m)).__name__)
print(m == 5, hash(m) == hash(5), m.real, type(m.real).__name__, m.numerator, m.denominator)
print(MyInt("101", 2), MyInt(), isinstance(m, int), issubclass(MyInt, int))
print(True + True, True * 10, -True, ~True, True & False, True | False, True ^ True, True << 3)
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(bool(0), bool(2), bool(""), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(1e-300))
show(bool, 1, 2)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(repr(True), str(False), format(True), format(False, "d"), format(True, "^7"))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-(2**100)))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (-1).bit_count(), (2**100 - 1).bit_count())
print((10).conjugate(), (10).__trunc__(), (10).__floor__(), (10).__ceil__(), (-7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(123, 2), round(10**30 + 5 * 10**9, -10), round(7, -100))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(MyInt.from_bytes(b"\x01", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(int.from_bytes([1, 2, 3], "big"), (65).to_bytes(length=2, byteorder="little"))
print((3).__getnewargs__(), (2**70).as_integer_ratio(), divmod(True, 2))
print(sys.maxsize, -sys.maxsize - 1, 2**63 // -1, -(2**63) // -1, (-(2**63)) * -1)
