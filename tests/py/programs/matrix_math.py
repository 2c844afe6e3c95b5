"""Number crunching: a small Matrix class over Fractions, math functions, primes."""
import math
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[Fraction(int(i == j)) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"shape mismatch {self.shape} x {other.shape}")
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * other for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    @property
    def shape(self):
        return (self.n, self.m)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for c in range(self.n):
            pivot = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)]
             for i, r in enumerate(self.rows)]
        for c in range(n):
            pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
            if a[pivot][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __repr__(self):
        return f"Matrix({self.rows!r})"


def primes_upto(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, ok in enumerate(sieve) if ok]


def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


def newton_sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > tol * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


def continued_fraction(fr, limit=12):
    terms = []
    while limit and fr.denominator != 0:
        q = math.floor(fr)
        terms.append(q)
        fr -= q
        if fr == 0:
            break
        fr = 1 / fr
        limit -= 1
    return terms


def main():
    A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    B = Matrix([[1, 2], [3, 4], [5, 6]])
    print(A, "", B.transpose(), sep="\n")
    print("A*B =", (A * B).rows, "shape", (A * B).shape)
    print("det A =", A.determinant(), " det I4 =", Matrix.identity(4).determinant())
    inv = A.inverse()
    print("A^-1 =")
    print(inv)
    print("A * A^-1 == I:", A * inv == Matrix.identity(3))
    print("2*A+A =", (2 * A + A).rows[0], " A[1,2] =", A[1, 2])
    F = Matrix([[1, 1], [1, 0]])
    print("fib via matrix power:", [(F ** k)[0, 1] for k in range(1, 12)], (F ** 90)[0, 1])
    try:
        A * B.transpose()
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        Matrix([[1, 2], [2, 4]]).inverse()
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
    H = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
    print("hilbert det:", H.determinant(), " inverse row 0:", [str(x) for x in H.inverse().rows[0]])

    print("\nfractions:")
    x = Fraction(3, 4) + Fraction(5, 6) - Fraction(1, 12)
    print(" ", x, repr(x), float(x), x.numerator, x.denominator)
    print(" ", Fraction("2.125"), Fraction(0.5), Fraction(1, 3) ** 2, Fraction(-7, 3) // 2, Fraction(-7, 3) % 2)
    print(" ", Fraction(355, 113).limit_denominator(10), Fraction(math.pi).limit_denominator(1000))
    print("  sum of 1/k for k<=10:", sum(Fraction(1, k) for k in range(1, 11)))
    print("  compare:", Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, round(Fraction(7, 3), 2), round(Fraction(5, 2)))
    print("  cf(sqrt2 approx):", continued_fraction(Fraction(math.sqrt(2)).limit_denominator(10**6)))
    print("  cf(415/93):", continued_fraction(Fraction(415, 93)))

    print("\nmath:")
    print(" ", math.gcd(1071, 462), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
    print(" ", math.isqrt(10**20 + 1), math.sqrt(2), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
    print(" ", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.125, 2))
    print(" ", f"{math.exp(1):.12f} {math.log(1000, 10):.6f} {math.log2(1024)} {math.log10(0.001)}")
    print(" ", f"{math.sin(math.pi / 6):.6f} {math.cos(math.pi):.1f} {math.degrees(math.atan2(1, 1))} {math.radians(180) == math.pi}")
    print(" ", math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0), math.prod(range(1, 8)))
    print(" ", math.inf > 10**300, math.isnan(math.nan), math.isfinite(1e308), math.copysign(3, -0.0), math.fabs(-2))
    print(" ", divmod(-17, 5), divmod(17.5, 4), pow(3, 200, 1000), pow(2, -1), pow(7, -1, 40), (-8) ** (1 / 3) == (-8) ** (1 / 3))
    print(" ", 2 ** 100, (2 ** 100).bit_length(), int("ff", 16), hex(255), oct(8), bin(10), f"{2**64:,}", f"{1234.5678:e}")
    print(" ", math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio())

    ps = primes_upto(100)
    print("\nprimes:", len(ps), ps[-5:], "twin:", [(p, p + 2) for p in ps if p + 2 in ps][:6])
    for n in [360, 97, 1001, 2 ** 16 + 1, 600851475143]:
        f = factorize(n)
        print(f"  {n} = {' * '.join(map(str, f))}  (check {math.prod(f) == n})")
    for v in [2, 10, 0.25, 1e6]:
        r, steps = newton_sqrt(v)
        print(f"  sqrt({v}) ~ {r:.10f} in {steps} steps, err {abs(r - math.sqrt(v)):.1e}")
    mean = sum(ps) / len(ps)
    var = sum((p - mean) ** 2 for p in ps) / len(ps)
    print(f"  mean {mean:.4f} sd {math.sqrt(var):.4f} median {ps[len(ps) // 2]}")


if __name__ == "__main__":
    main()
