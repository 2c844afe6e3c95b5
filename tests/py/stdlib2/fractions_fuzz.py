# Random literals through Fraction(str) and random arithmetic, checked
# against CPython (random is bit-exact, so the inputs are the same).
import random
from fractions import Fraction

rng = random.Random(77)
chars = "0123456789_./eE+- 1234"
for i in range(300):
    s = "".join(rng.choice(chars) for _ in range(rng.randrange(1, 9)))
    try:
        print(repr(s), repr(Fraction(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__)
vals = [Fraction(rng.randrange(-50, 50), rng.randrange(1, 30)) for _ in range(40)]
for i in range(60):
    a, b = rng.choice(vals), rng.choice(vals)
    row = [a + b, a - b, a * b, a < b, a == b, round(a, 1), hash(a) == hash(float(a)) or a.denominator & (a.denominator - 1) != 0]
    if b:
        row += [a / b, a // b, a % b]
    if a:
        row.append(a ** rng.randrange(-3, 4))
    print(i, row)
print(sum(vals), max(vals), min(vals), sorted(vals)[:5])
print([Fraction(rng.random()).limit_denominator(rng.randrange(1, 500)) for _ in range(10)])
