# The math module: values, special cases and error messages.
import math


def show(name, *args):
    try:
        r = getattr(math, name)(*args)
        print(name, args, "->", repr(r))
    except Exception as e:
        print(name, args, "=>", type(e).__name__ + ":", e)


for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf",
             "erfc", "gamma", "lgamma", "floor", "ceil", "trunc", "fabs", "frexp", "modf",
             "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "cbrt", "exp2"]:
    for x in [0.0, -0.0, 0.5, 1, -1, 2.5, 10, -3.5, 1e300, 710, float("inf"), float("-inf"),
              float("nan"), 2**2000]:
        show(name, x)
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "hypot", "log", "ldexp",
             "nextafter", "isclose", "dist"]:
    for a, b in [(1.0, 2.0), (0.0, -1.0), (-2.0, 0.5), (float("inf"), 1.0), (1e308, 10.0),
                 (3, 0), (2.0, -1075)]:
        show(name, a, b) if name != "dist" else show(name, (a, b), (b, a))
print(math.factorial(0), math.factorial(20), math.factorial(50), len(str(math.factorial(1000))))
show("factorial", -1)
show("factorial", 2.0)
show("factorial", 10**20)
print(math.comb(10, 3), math.comb(100, 50), math.perm(10, 3), math.perm(5), math.comb(3, 5))
show("comb", -1, 2)
show("perm", 5, -2)
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 27), math.gcd(2**100, 6**50), math.lcm(4, 6, 10))
print(math.lcm(), math.lcm(0, 5), math.isqrt(0), math.isqrt(99), math.isqrt(10**50), math.isqrt(True))
show("isqrt", -4)
show("gcd", 1.5, 2)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100, 1e-100]), math.fsum(range(10)))
show("fsum", [1e308, 1e308])
show("fsum", [float("inf"), float("-inf")])
print(math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([], start=5), math.prod([2, 3], start=0.5))
print(math.hypot(), math.hypot(3, 4), math.hypot(*range(10)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.1, rel_tol=0.2))
show("isclose", 1, 2, 3)


class Floorable:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))
show("trunc", "x")
show("floor", "x")
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
print(math.log(10**1000), math.log(2**1100, 2), math.log10(10**500), math.log2(2**3000))
for n, k in [(100, 50), (1000, 333), (5000, 2500), (64, 33), (34, 33), (35, 1), (10**20, 40)]:
    print(n, k, math.comb(n, k) % (10**9 + 7), math.comb(n, k).bit_length(), math.perm(n, k) % (10**9 + 9))
print(math.factorial(2000) % (10**9 + 7), math.factorial(2000).bit_length())
