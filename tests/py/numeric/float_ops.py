# float repr, arithmetic, conversions and methods.
import math
vals = [0.0, -0.0, 0.1, 0.5, 1.0, -1.5, 2.5, 1e16, 1e15, 1e-4, 1e-5, 123456789012345678.0,
        1e22, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 1 / 3]
for v in vals:
    print(repr(v), str(v), v.hex(), v.is_integer(), hash(v) if v == v else "nan")
for a in [7.5, -7.5, 0.0, 1e300, float("inf")]:
    for b in [2, -2, 0.5, -0.0, 1e-300, float("inf"), float("nan"), 3]:
        r = [a + b, a - b, a * b, a < b, a == b]
        for op in ("/", "//", "%", "divmod", "**"):
            try:
                if op == "divmod":
                    r.append(divmod(a, b))
                else:
                    r.append(eval("a %s b" % op))
            except Exception as e:
                r.append("%s: %s" % (type(e).__name__, e))
        print(a, b, r)
for s in ["1.5", " -2.5e3 ", "1_0.5", "1__0", "inf", "-Infinity", "nan", "1e400", ".5", "5.", ".",
          "0x1p3", "1e1_0", "", "١٫٥"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)


class F:
    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 4


class Bad:
    def __float__(self):
        return 1


class MyFloat(float):
    pass


print(float(F()), float(Idx()), float(True), float(2**60), MyFloat(1.5), type(MyFloat("2")).__name__)
for x in [Bad(), None, "abc", b"1.25", 10**400]:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [2.675, 0.125, 2.5, -2.5, 1.5, 0.5, 1234.5678, -0.4, 1e300, 5e-324, 12345.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -3), round(v, 400))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print(round(v, 2))
try:
    round(1.7e308, -308)
except OverflowError as e:
    print(e)
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1074"), MyFloat.fromhex("0x1p1"))
print(math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), int(-2.5), (2.5).__trunc__(), (2.5).__round__())
print((3.0).conjugate(), (3.5).real, (3.5).imag, (1.5).__getnewargs__(), float.__getformat__("double"))
print(2.0 ** 0.5, (-2.0) ** 2, (-8.0) ** (1 / 3), 0.0 ** 0, float("nan") ** 0, 1 ** float("nan"))
try:
    2.0 ** 2000
except OverflowError as e:
    print(e.args, e)
print(sum([0.1] * 10), 0.1 + 0.2, 1e16 + 1, 0.1 * 3, 1 / 3 * 3, 2 ** -1074, 2 ** -1075)
