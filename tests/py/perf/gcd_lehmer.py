import math, random
random.seed(11)
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
cases = [(0, 0), (0, 5), (5, 0), (-12, 18), (2**200, 2**100), (2**200, 2**200), (fib(500), fib(499)), (fib(1000), fib(998)),
         (3**300, 2**300 * 3**100), (-(10**100), 10**50 + 1), (2**64 - 1, 2**64 + 1), (2**60, 2**60 - 1), (2**61 + 7, 2**60 + 3)]
h = 0
for a, b in cases:
    h = (h * 31 + math.gcd(a, b)) % (2**61 - 1)
    h = (h * 31 + math.lcm(a, b)) % (2**61 - 1)
for i in range(20000):
    g = random.getrandbits(random.randrange(1, 300)) + 1
    a = g * random.getrandbits(random.randrange(0, 800)) * random.choice([1, -1])
    b = g * random.getrandbits(random.randrange(0, 800))
    h = (h * 31 + math.gcd(a, b)) % (2**61 - 1)
    if i % 10 == 0:
        h = (h * 31 + math.lcm(a, b, g)) % (2**61 - 1)
        h = (h * 31 + math.gcd(a, b, g * 3, 7**i % 1000)) % (2**61 - 1)
print(h)
print(math.gcd(), math.lcm(), math.gcd(-7), math.lcm(-7), math.lcm(0, 2**100), math.gcd(True, 2**100))
from fractions import Fraction
t = Fraction(0)
for i in range(1, 400): t += Fraction(1, i) * Fraction(i % 7 + 1, 3)
print(t.numerator % 1000003, t.denominator % 1000003)
