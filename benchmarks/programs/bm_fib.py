# Recursive calls: naive fib, Takeuchi and a bounded Ackermann function.
# Measures frame creation/teardown and argument passing for small
# Python-to-Python calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main():
    total = 0
    for n in range(27, 34):
        total += fib(n)
    t = 0
    for i in range(4):
        t += tak(18 - i, 12, 6)
    a = 0
    for n in range(1, 7):
        a += ack(2, n) + ack(3, n)
    print("fib", total, "tak", t, "ack", a)


main()
