# Big-int arithmetic: digits of pi with Gibbons' unbounded spigot
# algorithm (linear fractional transformations on arbitrary-precision
# integers), plus a factorial and a Fibonacci-by-doubling on big numbers.
# Prints the digits in lines of 10, like the reference program.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def main():
    digits = pi_digits(4500)
    for i in range(0, 60, 10):
        print("".join(str(d) for d in digits[i:i + 10]), "\t:%d" % (i + 10))
    print("sum", sum(digits), "last", "".join(map(str, digits[-10:])))
    f = 1
    for i in range(2, 1400):
        f *= i
    s = str(f)
    print("1399! has", len(s), "digits, starts", s[:20], "digit sum", sum(map(int, s)))
    fb = fib_pair(30000)[0]
    print("fib(30000) mod 1e9+7 =", fb % 1000000007, "bits", fb.bit_length())


main()
